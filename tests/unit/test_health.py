"""client.check()'s diagnosis of failures that the simulator cannot stage on 127.0.0.1 (respx)."""

from __future__ import annotations

import socket

import httpx
import respx

from iics_client import HealthReport, LikelyCause
from tests.unit.conftest import LOGIN, Runner


def test_a_login_host_that_does_not_resolve_is_named(runner: Runner, mock: respx.MockRouter) -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as cause:
            raise httpx.ConnectError("[Errno -2] Name or service not known") from cause

    mock.post(LOGIN).mock(side_effect=no_such_host)
    client = runner.client(max_retries=0)
    report: HealthReport = runner(client, "check")
    runner.close(client)
    assert [d.cause for d in report.diagnoses] == [LikelyCause.WRONG_REGION]
    assert "does not resolve" in report.diagnoses[0].message
    assert not report.ok


def test_the_report_is_json_able(runner: Runner, mock: respx.MockRouter) -> None:
    import json

    mock.post(LOGIN).mock(return_value=httpx.Response(401, json={"@type": "error", "description": "no"}))
    client = runner.client()
    report: HealthReport = runner(client, "check")
    runner.close(client)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ok"] is False
    assert [c["name"] for c in data["checks"]] == ["login", "pod", "v2", "v3", "layout", "clock"]
    assert data["diagnoses"][0]["cause"] == "wrong_region"
