"""Simulator: fault injection (status before/after the operation, dropped connections, delays) and its counters."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from iics_client.testing import Fault, Simulator

from .raw import RawApi

pytestmark = pytest.mark.e2e


def _start(api: RawApi, sim: Simulator, name: str = "mt_load_products") -> httpx.Response:
    return api.call("start_job", json={"@type": "job", "taskId": sim.task(name).id, "taskType": "MTT"})


def test_503_with_retry_after_comes_before_the_operation(sim: Simulator, api: RawApi) -> None:
    fault = sim.add_fault(Fault.http(503, operation="start_job", times=2, retry_after=1))
    for _ in range(2):
        response = _start(api, sim)
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "1"
        assert response.json()["@type"] == "error"  # IICS's own answer: a v2 error object
    assert sim.stats.job_starts == 0  # nothing was done
    assert _start(api, sim).status_code == 200
    assert sim.stats.job_starts == 1
    assert sim.fault_fired(fault) == 2
    assert sim.stats.faults_by_kind == {"503": 2}
    assert sim.stats.faults_by_operation == {"start_job": 2}
    assert api.call("list_agents").status_code == 200  # other operations are not affected


def test_503_without_retry_after_comes_after_the_operation(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.http(503, operation="start_job", times=1))
    assert _start(api, sim).status_code == 503
    assert sim.stats.job_starts == 1  # done, and the answer lost: what a gateway in front of IICS can do


def test_a_late_answer_comes_after_the_operation(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.slow(0.3, operation="start_job", phase="after", times=1))
    with pytest.raises(httpx.ReadTimeout):
        api.http.post(
            api.url("start_job"),
            json={"@type": "job", "taskId": sim.task("mt_load_products").id, "taskType": "MTT"},
            headers={api.route("start_job")[1]: api.session_id or ""},
            timeout=0.1,
        )
    assert sim.stats.job_starts == 1


def test_a_run_shows_in_the_monitor_after_the_lag(sim: Simulator, api: RawApi) -> None:
    sim.job_duration = 5
    sim.monitor_lag = 0.3
    assert _start(api, sim).status_code == 200
    assert api.call("get_activity_monitor").json() == []
    time.sleep(0.4)
    assert len(api.call("get_activity_monitor").json()) == 1


def test_429_carries_retry_after_in_the_family_shape(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.http(429, operation="search_objects", retry_after=2, times=1))
    response = api.call("search_objects")
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "2"
    assert set(response.json()) == {"error"}
    assert api.call("search_objects").status_code == 200


@pytest.mark.parametrize("status", [502, 504, 520])
def test_gateway_errors_come_after_the_operation(sim: Simulator, api: RawApi, status: int) -> None:
    sim.add_fault(Fault.http(status, operation=("start_job", "create_connection"), times=2))
    response = _start(api, sim)
    assert response.status_code == status
    assert response.headers["Content-Type"] == "text/html"  # from the load balancer, not an IICS error object
    assert sim.stats.job_starts == 1  # ... but the job did start
    body = {"@type": "connection", "name": f"gw_{status}", "type": "Oracle"}
    assert api.call("create_connection", json=body).status_code == status
    assert api.call("get_connection_by_name", name=f"gw_{status}").status_code == 200
    assert api.call("create_connection", json=body).status_code == 400  # so a blind retry hits the duplicate


def test_phase_can_be_chosen(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.http(504, operation="start_job", phase="before", times=1))
    sim.add_fault(Fault.http(503, operation="create_connection", phase="after", times=1))
    assert _start(api, sim).status_code == 504
    assert sim.stats.job_starts == 0
    assert api.call("create_connection", json={"name": "after_503", "type": "Oracle"}).status_code == 503
    assert api.call("get_connection_by_name", name="after_503").status_code == 200


def test_dropped_connection_after_a_job_start(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.drop(operation="start_job", times=1))
    with pytest.raises(httpx.RemoteProtocolError):
        _start(api, sim)
    assert sim.stats.job_starts == 1  # started, though the client never heard of it
    assert sim.stats.faults_by_kind == {"drop": 1}
    assert api.call("get_activity_monitor").json()[0]["taskId"] == sim.task("mt_load_products").id
    assert _start(api, sim).status_code == 200  # the connection pool recovers
    assert sim.stats.job_starts == 2


def test_dropped_connection_on_a_get(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.drop(operation="list_connections", times=1))
    with pytest.raises(httpx.RemoteProtocolError):
        api.call("list_connections")
    assert api.call("list_connections").status_code == 200
    assert 200 not in sim.stats.responses_by_status or sim.stats.responses_by_status[200] >= 1


def test_slow_responses(sim: Simulator, api: RawApi) -> None:
    sim.add_fault(Fault.slow(0.3, operation="get_agent", times=1))
    agent_id = api.call("list_agents").json()[0]["id"]
    started = time.perf_counter()
    assert api.call("get_agent", id=agent_id).status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    assert api.call("get_agent", id=agent_id).status_code == 200
    assert time.perf_counter() - started < 0.3
    sim.add_fault(Fault.slow(0.5, operation="list_agents", times=1))
    with pytest.raises(httpx.ReadTimeout):  # a delay plus a client timeout: the classic read timeout
        api.http.get(api.url("list_agents"), headers={"icSessionId": "x"}, timeout=0.1)
    assert sim.stats.faults_by_kind == {"delay": 2}


def test_every_nth_and_all_operations(sim: Simulator, api: RawApi) -> None:
    fault = sim.add_fault(Fault.http(502, every=3))  # every operation, including login
    statuses = [api.call("list_schedules").status_code for _ in range(9)]
    assert statuses == [200, 200, 502] * 3
    sim.remove_fault(fault)
    assert [api.call("list_schedules").status_code for _ in range(3)] == [200] * 3
    sim.add_fault(Fault.http(503, operation="login", times=1))
    assert api.login().status_code == 503
    assert api.login().status_code == 200
    sim.clear_faults()
    assert sim.stats.faults_injected == 4


def test_probability_uses_the_seeded_rng(layout: str) -> None:
    def pattern(seed: int) -> list[int]:
        with Simulator(layout, seed=seed) as sim:
            api = RawApi(sim)
            api.login()
            sim.add_fault(Fault.http(503, operation="list_agents", probability=0.3))
            statuses = [api.call("list_agents").status_code for _ in range(60)]
            api.close()
            return statuses

    first = pattern(3)
    assert first == pattern(3)  # reproducible
    assert 5 <= first.count(503) <= 35
    assert first != pattern(4)


def test_fault_arguments_are_checked() -> None:
    bad: Callable[[], Fault]
    for bad in (
        lambda: Fault("explode"),
        lambda: Fault.http(200),
        lambda: Fault.http(503, probability=1.5),
        lambda: Fault.http(503, every=0),
        lambda: Fault.slow(0),
        lambda: Fault.http(503, phase="during"),
    ):
        with pytest.raises(ValueError):  # noqa: PT011 - several messages
            bad()
    assert Fault.http(503).effective_phase == "after"
    assert Fault.http(503, retry_after=1).effective_phase == "before"
    assert Fault.http(429).effective_phase == "before"
    assert Fault.http(504).effective_phase == "after"
    assert Fault.drop().effective_phase == "after"
