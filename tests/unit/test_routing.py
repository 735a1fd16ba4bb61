"""Every client method sends the right method, URL and session header, in both layouts (issue 8).

URL = origin of serverUrl + the layout's prefix for the operation's family + the operation path; exactly one
session header goes along, the one of that family.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from tests.support.spec_examples import example
from tests.unit.conftest import POD, Runner, mock_login

PREFIX = {
    "reference": {"v2": "/saas", "v3": "/api/v2"},
    "iics": {"v2": "/saas/api/v2", "v3": "/saas/public/core/v3"},
}
HEADER = {"v2": "icSessionId", "v3": "INFA-SESSION-ID"}
SERVER_URL = {"reference": POD, "iics": POD + "/saas"}  # real IICS's serverUrl ends in /saas

# method, args, kwargs, HTTP method, path, family in the reference layout, family in the IICS layout, body
CASES: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, str, str, Any]] = [
    ("list_connections", (), {}, "GET", "/connection", "v2", "v2", example("list_connections")),
    ("get_connection", ("c1",), {}, "GET", "/connection/c1", "v2", "v2", example("get_connection")),
    (
        "get_connection_by_name",
        ("My Conn/1",),
        {},
        "GET",
        "/connection/name/My%20Conn%2F1",
        "v2",
        "v2",
        example("get_connection_by_name"),
    ),
    (
        "create_connection",
        ({"name": "n", "type": "ODBC"},),
        {},
        "POST",
        "/connection",
        "v2",
        "v2",
        example("create_connection"),
    ),
    (
        "update_connection",
        ("c1", {"name": "n", "type": "ODBC"}),
        {},
        "POST",
        "/connection/c1",
        "v2",
        "v2",
        example("update_connection"),
    ),
    ("delete_connection", ("c1",), {}, "DELETE", "/connection/c1", "v2", "v2", None),
    (
        "list_runtime_environments",
        (),
        {},
        "GET",
        "/runtimeEnvironment",
        "v2",
        "v2",
        example("list_runtime_environments"),
    ),
    (
        "get_runtime_environment",
        ("r1",),
        {},
        "GET",
        "/runtimeEnvironment/r1",
        "v2",
        "v2",
        example("get_runtime_environment"),
    ),
    ("list_agents", (), {}, "GET", "/agent", "v2", "v2", example("list_agents")),
    ("get_agent", ("a1",), {}, "GET", "/agent/a1", "v2", "v2", example("get_agent")),
    ("start_job", (), {"task_id": "t1", "task_type": "MTT"}, "POST", "/job", "v2", "v2", example("start_job")),
    ("stop_job", (), {"task_id": "t1", "task_type": "MTT"}, "POST", "/job/stop", "v2", "v2", example("stop_job")),
    (
        "get_activity_log",
        (),
        {"task_id": "t1"},
        "GET",
        "/activity/activityLog",
        "v2",
        "v2",
        example("get_activity_log"),
    ),
    ("get_activity_monitor", (), {}, "GET", "/activity/activityMonitor", "v2", "v2", example("get_activity_monitor")),
    ("list_schedules", (), {}, "GET", "/schedule", "v2", "v2", example("list_schedules")),
    ("get_schedule", ("s1",), {}, "GET", "/schedule/s1", "v2", "v2", example("get_schedule")),
    ("get_audit_logs", (), {}, "GET", "/auditlog", "v2", "v2", example("get_audit_logs")),
    ("list_mapping_tasks", (), {}, "GET", "/mttask", "v3", "v2", example("list_mapping_tasks")),
    ("get_mapping_task", ("m1",), {}, "GET", "/mttask/m1", "v3", "v2", example("get_mapping_task")),
    ("list_taskflows", (), {}, "GET", "/workflow", "v3", "v2", example("list_taskflows")),
    ("get_taskflow", ("w1",), {}, "GET", "/workflow/w1", "v3", "v2", example("get_taskflow")),
    ("search_objects", (), {"object_type": "MTT"}, "GET", "/objects", "v3", "v3", example("search_objects")),
    ("raw_get", ("/license/org/o1",), {"api_version": "v3"}, "GET", "/license/org/o1", "v3", "v3", {"ok": True}),
    ("raw_post", ("/lookup", {"objects": []}), {"api_version": "v3"}, "POST", "/lookup", "v3", "v3", {"objects": []}),
    ("raw_get", ("/server/serverTime",), {"api_version": "v2"}, "GET", "/server/serverTime", "v2", "v2", {"t": 1}),
]


@pytest.mark.parametrize("layout", ["reference", "iics"])
@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}:{c[4]}" for c in CASES])
def test_url_and_session_header(runner: Runner, mock: respx.MockRouter, layout: str, case: tuple[Any, ...]) -> None:
    name, args, kwargs, method, path, ref_family, iics_family, body = case
    family = ref_family if layout == "reference" else iics_family
    mock_login(mock, server_url=SERVER_URL[layout])
    url = POD + PREFIX[layout][family] + path
    route = mock.request(method, url).mock(return_value=httpx.Response(200, json=body))
    client = runner.client(layout=layout)

    runner(client, name, *args, **kwargs)

    assert route.call_count == 1
    sent = route.calls.last.request
    assert str(sent.url).split("?")[0] == url
    assert sent.headers[HEADER[family]] == "S1"
    other = HEADER["v3" if family == "v2" else "v2"]
    assert other not in sent.headers
    runner.close(client)


def test_every_public_method_is_covered() -> None:
    from iics_client import IICSClient

    # check(): its v2 and v3 calls in both layouts are tested against the simulator (tests/e2e/test_health.py)
    covered = {case[0] for case in CASES} | {"login", "logout", "poll_job_status", "find_run", "check"}
    public = {n for n in dir(IICSClient) if not n.startswith("_") and callable(getattr(IICSClient, n))}
    public -= {"close", "from_env"}
    assert public <= covered, sorted(public - covered)


@pytest.mark.parametrize("server_url", [POD, POD + "/", POD + "/saas", POD + "/saas/"])
def test_server_url_with_or_without_saas(runner: Runner, mock: respx.MockRouter, server_url: str) -> None:
    mock_login(mock, server_url=server_url)
    route = mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    assert runner(client, "list_connections") == []
    assert route.called
    runner.close(client)


def test_query_parameters_reach_the_server(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(POD + "/saas/activity/activityLog").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    runner(client, "get_activity_log", task_id="t 1", run_id=42, page_size=50)
    params = route.calls.last.request.url.params
    assert dict(params) == {"taskId": "t 1", "runId": "42", "offset": "0", "rowLimit": "50"}
    runner.close(client)


def test_a_custom_layout(runner: Runner, mock: respx.MockRouter) -> None:
    from iics_client import Layout, Route

    gateway = Layout("gateway", {"v2": Route("/gw/v2", "icSessionId"), "v3": Route("/gw/v3", "X-Session")})
    mock_login(mock)
    route = mock.get(POD + "/gw/v3/objects").mock(return_value=httpx.Response(200, json={"count": 0, "objects": []}))
    client = runner.client(layout=gateway)
    assert runner(client, "search_objects") == []
    assert route.calls.last.request.headers["X-Session"] == "S1"
    runner.close(client)
