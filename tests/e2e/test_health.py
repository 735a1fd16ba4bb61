"""client.check() against the simulator: healthy in both layouts, and each likely cause named when the simulator is
misconfigured on purpose (wrong layout, a skewed clock, an untrusted certificate, rejected or unreachable login,
a refused call, a failing service). Sync and async."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from iics_client import CheckStatus, HealthReport, LikelyCause
from iics_client.testing import Fault, Simulator
from tests.support.drive import Runner, runner_fixture

from .conftest import LAYOUTS

pytestmark = pytest.mark.e2e

runner = runner_fixture(retry_backoff=0.001)


def check(runner: Runner, sim: Simulator, **settings: Any) -> HealthReport:
    defaults = {"login_url": sim.login_url, "username": sim.username, "password": sim.password, "layout": sim.layout}
    client = runner.client(**{**defaults, **settings})
    try:
        report: HealthReport = runner(client, "check")
    finally:
        runner.close(client)
    return report


def statuses(report: HealthReport) -> dict[str, str]:
    return {c.name: c.status.value for c in report.checks}


def causes(report: HealthReport) -> list[LikelyCause]:
    return [d.cause for d in report.diagnoses]


def test_healthy_in_both_layouts(runner: Runner, sim: Simulator) -> None:
    report = check(runner, sim)
    assert report.ok
    assert statuses(report) == dict.fromkeys(("login", "pod", "v2", "v3", "layout", "clock"), "ok")
    assert report.diagnoses == ()
    assert (report.pod, report.layout, report.user) == (sim.pod_url, sim.layout.name, sim.username)
    assert report.org_id == sim.org_id
    assert report.clock_skew is not None
    assert abs(report.clock_skew) < 5
    assert report.clock_source == "IICS serverTime"
    assert sim.layout.route("v2").prefix in report.check_named("layout").detail
    assert sim.stats.requests_by_operation == {
        "login": 1,
        "get_activity_log": 1,
        "search_objects": 1,
        "get_server_time": 1,
    }


def test_healthy_with_the_default_layout_auto(runner: Runner, sim: Simulator) -> None:
    client = runner.client(login_url=sim.login_url, username=sim.username, password=sim.password)  # layout "auto"
    report: HealthReport = runner(client, "check")
    runner.close(client)
    assert report.ok
    assert (report.layout, report.layout_guessed) == (sim.layout.name, True)
    assert "auto" in report.check_named("layout").detail


def test_a_layout_auto_picked_wrongly_is_named(runner: Runner) -> None:
    with Simulator("iics", server_url_path="") as sim:  # a bare serverUrl: "auto" picks the reference layout
        client = runner.client(login_url=sim.login_url, username=sim.username, password=sim.password)
        report: HealthReport = runner(client, "check")
        runner.close(client)
    assert causes(report) == [LikelyCause.WRONG_LAYOUT]
    assert (report.layout, report.layout_guessed, report.suggested_layout) == ("reference", True, "iics")
    assert "picked by layout 'auto' from serverUrl" in report.diagnoses[0].message


@pytest.mark.parametrize("served", LAYOUTS)
def test_a_wrong_layout_is_named_with_the_one_that_works(runner: Runner, served: str) -> None:
    configured = next(name for name in LAYOUTS if name != served)
    with Simulator(served) as sim:
        report = check(runner, sim, layout=configured)
    assert not report.ok
    assert causes(report) == [LikelyCause.WRONG_LAYOUT]
    assert report.suggested_layout == served
    assert f"layout={served!r}" in report.diagnoses[0].message
    assert statuses(report) == {
        "login": "ok",
        "pod": "ok",
        "v2": "failed",
        "v3": "failed",
        "layout": "failed",
        "clock": "ok",  # read from the answers at the layout that works
    }
    assert report.clock_source == "the pod's HTTP Date header"


@pytest.mark.parametrize("offset", [600.0, -600.0])
def test_clock_skew_is_measured_and_named(runner: Runner, offset: float) -> None:
    with Simulator(clock_offset=offset) as sim:
        report = check(runner, sim)
    assert report.clock_skew == pytest.approx(offset, abs=2)
    assert report.check_named("clock").status is CheckStatus.WARNING
    assert causes(report) == [LikelyCause.CLOCK_SKEW]
    assert ("behind" if offset > 0 else "ahead of") in report.diagnoses[0].message
    assert not report.ok
    assert statuses(report)["v2"] == statuses(report)["v3"] == "ok"


def test_without_server_time_the_date_header_gives_the_skew(runner: Runner) -> None:
    with Simulator(clock_offset=120) as sim:
        sim.add_fault(Fault.http(404, operation="get_server_time"))
        report = check(runner, sim)
    assert report.clock_source == "the pod's HTTP Date header"
    assert report.clock_skew == pytest.approx(120, abs=2)
    assert causes(report) == [LikelyCause.CLOCK_SKEW]


def test_the_skew_limit_is_a_parameter(runner: Runner) -> None:
    with Simulator(clock_offset=30) as sim:
        client = runner.client(login_url=sim.login_url, username=sim.username, password=sim.password)
        assert runner(client, "check").ok
        assert causes(runner(client, "check", max_clock_skew=10)) == [LikelyCause.CLOCK_SKEW]
        runner.close(client)


@pytest.fixture(scope="module")
def tls_sim() -> Iterator[Simulator]:
    with Simulator(https=True) as sim:
        yield sim


def test_an_untrusted_certificate_is_named_tls_interception(runner: Runner, tls_sim: Simulator) -> None:
    report = check(runner, tls_sim, max_retries=0)  # the default trust store does not know the simulator's CA
    assert causes(report) == [LikelyCause.TLS_INTERCEPTION]
    assert "CERTIFICATE_VERIFY_FAILED" in report.check_named("login").detail
    assert statuses(report)["v2"] == "skipped"
    trusted = check(runner, tls_sim, verify=tls_sim.ssl_context_for_clients())
    assert trusted.ok


def test_a_rejected_login_names_credentials_or_region(runner: Runner, sim: Simulator) -> None:
    report = check(runner, sim, password="wrong-password")
    assert causes(report) == [LikelyCause.WRONG_REGION]
    assert "another region" in report.diagnoses[0].message
    assert "wrong-password" not in str(report.to_dict())
    assert statuses(report) == {"login": "failed", **dict.fromkeys(("pod", "v2", "v3", "layout", "clock"), "skipped")}


def test_an_unreachable_login_host_is_named(runner: Runner) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    client = runner.client(login_url=f"http://127.0.0.1:{port}", username="u", password="p", max_retries=0)
    report = runner(client, "check")
    runner.close(client)
    assert causes(report) == [LikelyCause.WRONG_REGION]
    assert "no answer from" in report.diagnoses[0].message


def test_a_refused_call_and_a_failing_service_are_named(runner: Runner, sim: Simulator) -> None:
    sim.add_fault(Fault.http(403, operation="get_activity_log"))
    sim.add_fault(Fault.http(500, operation="search_objects"))
    report = check(runner, sim, max_retries=0, max_reauth_attempts=0)
    assert causes(report) == [LikelyCause.PERMISSION, LikelyCause.SERVICE]
    assert statuses(report)["layout"] == "skipped"
    assert statuses(report)["clock"] == "ok"  # serverTime still answers
