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
from tests.unit.conftest import LOGIN, POD, Runner, body_of, login_body, mock_login
from tests.unit.test_promotion import ROUTED as PROMOTION_ROUTED

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

    covered = {case[0] for case in CASES} | {"login", "logout", "poll_job_status", "find_run"}
    covered |= {case[0] for case in _issue_16_methods()}
    covered |= PROMOTION_ROUTED  # routed in both layouts by tests/unit/test_promotion.py
    covered.add("check")  # its calls, in both layouts, are tested against the simulator (tests/e2e/test_health.py)
    public = {n for n in dir(IICSClient) if not n.startswith("_") and callable(getattr(IICSClient, n))}
    public -= {"close", "from_env", "from_profile"}
    assert public <= covered, sorted(public - covered)


@pytest.mark.parametrize("layout", ["reference", "iics"])
@pytest.mark.parametrize("server_url", [POD, POD + "/", POD + "/saas", POD + "/saas/"])
def test_server_url_with_or_without_saas(runner: Runner, mock: respx.MockRouter, server_url: str, layout: str) -> None:
    """A layout that is set explicitly uses only serverUrl's origin, whatever its path."""
    mock_login(mock, server_url=server_url)
    route = mock.get(POD + PREFIX[layout]["v2"] + "/connection").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(layout=layout)
    assert runner(client, "list_connections") == []
    assert route.called
    assert client.layout.name == layout
    assert runner(client, "login").layout_guessed is False
    runner.close(client)


# ---- the default layout, "auto": the login response's serverUrl decides ----


@pytest.mark.parametrize(
    ("server_url", "layout"),
    [
        (POD + "/saas", "iics"),  # real IICS (Informatica's docs: serverUrl = https://<pod>/saas)
        (POD + "/saas/", "iics"),
        ("https://use4-mdm.dm-us.informaticacloud.com/saas", "iics"),
        (POD, "reference"),  # the product reference's example: a bare origin
        (POD + "/", "reference"),
    ],
)
def test_auto_layout_from_server_url(server_url: str, layout: str) -> None:
    from iics_client._urls import layout_for_server_url

    assert layout_for_server_url(server_url).name == layout


def test_default_layout_is_iics_for_a_real_server_url(runner: Runner, mock: respx.MockRouter) -> None:
    """No layout argument, a serverUrl ending in /saas: v2 under /saas/api/v2 with icSessionId, v3 under
    /saas/public/core/v3 with INFA-SESSION-ID, mapping tasks as a v2 resource."""
    mock_login(mock, server_url=POD + "/saas")
    v2 = mock.get(POD + "/saas/api/v2/connection").mock(return_value=httpx.Response(200, json=[]))
    v3 = mock.get(POD + "/saas/public/core/v3/objects").mock(
        return_value=httpx.Response(200, json={"count": 0, "objects": []})
    )
    tasks = mock.get(POD + "/saas/api/v2/mttask").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    before_login = client.layout
    assert before_login is None  # not decided before the first login

    assert runner(client, "list_connections") == []
    assert runner(client, "search_objects", object_type="MTT") == []
    assert runner(client, "list_mapping_tasks") == []

    assert str(v2.calls.last.request.url) == POD + "/saas/api/v2/connection"
    assert v2.calls.last.request.headers["icSessionId"] == "S1"
    assert "INFA-SESSION-ID" not in v2.calls.last.request.headers
    assert str(v3.calls.last.request.url) == POD + "/saas/public/core/v3/objects?q=type%3D%3D%27MTT%27&limit=200&skip=0"
    assert v3.calls.last.request.headers["INFA-SESSION-ID"] == "S1"
    assert "icSessionId" not in v3.calls.last.request.headers
    assert tasks.calls.last.request.headers["icSessionId"] == "S1"
    assert client.layout.name == "iics"
    runner.close(client)


def test_default_layout_is_reference_for_a_bare_origin(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock, server_url=POD)
    v2 = mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=[]))
    v3 = mock.get(POD + "/api/v2/objects").mock(return_value=httpx.Response(200, json={"count": 0, "objects": []}))
    client = runner.client()
    session = runner(client, "login")
    assert (session.layout.name, session.layout_guessed) == ("reference", True)
    assert runner(client, "list_connections") == []
    assert runner(client, "search_objects") == []
    assert v2.calls.last.request.headers["icSessionId"] == "S1"
    assert "INFA-SESSION-ID" not in v2.calls.last.request.headers
    assert v3.calls.last.request.headers["INFA-SESSION-ID"] == "S1"
    assert "icSessionId" not in v3.calls.last.request.headers
    assert client.layout.name == "reference"
    runner.close(client)


def test_an_explicit_layout_wins_over_the_server_url(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock, server_url=POD + "/saas")
    route = mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(layout="reference")
    assert client.layout.name == "reference"  # known before login
    session = runner(client, "login")
    assert (session.layout.name, session.layout_guessed) == ("reference", False)
    assert runner(client, "list_connections") == []
    assert route.called
    runner.close(client)


def test_auto_is_decided_again_at_each_login(runner: Runner, mock: respx.MockRouter) -> None:
    """A renewal whose login answers another kind of serverUrl routes by the new one."""
    answers = iter([("S1", POD), ("S2", POD + "/saas")])
    mock.post(LOGIN).mock(side_effect=lambda request: httpx.Response(200, json=login_body(*next(answers))))
    old = mock.get(POD + "/saas/connection").mock(side_effect=[httpx.Response(200, json=[]), httpx.Response(401)])
    new = mock.get(POD + "/saas/api/v2/connection").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(layout="AUTO")
    assert runner(client, "list_connections") == []
    assert runner(client, "list_connections") == []  # 401 -> re-login -> the iics layout
    assert (old.call_count, new.call_count) == (2, 1)
    assert client.layout.name == "iics"
    runner.close(client)


@pytest.mark.parametrize(
    ("server_url", "guessed", "other"), [(POD + "/saas", "iics", "reference"), (POD, "reference", "iics")]
)
def test_a_404_under_a_guessed_layout_says_so(
    runner: Runner, mock: respx.MockRouter, server_url: str, guessed: str, other: str
) -> None:
    from iics_client import IICSNotFoundError

    mock_login(mock, server_url=server_url)
    mock.get(url__regex=r".*/connection$").mock(
        return_value=httpx.Response(404, text="No resource at /saas/connection")
    )
    client = runner.client(max_retries=0)
    with pytest.raises(IICSNotFoundError) as caught:
        runner(client, "list_connections")
    text = str(caught.value)
    assert f"URL layout {guessed!r}, picked automatically from serverUrl {server_url!r}" in text
    assert f"layout={other!r}" in text
    assert f"IICS_LAYOUT={other}" in text
    runner.close(client)

    explicit = runner.client(max_retries=0, layout=guessed)
    with pytest.raises(IICSNotFoundError) as caught:
        runner(explicit, "list_connections")
    assert "picked automatically" not in str(caught.value)  # a layout you chose is not second-guessed
    runner.close(explicit)


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


# The issue-16 operations have no client methods yet: their generated endpoint modules go through the client's pool,
# session and routing as they are. module, request_kwargs, HTTP method, path, family (reference layout), family (iics)
def _issue_16_cases() -> list[tuple[str, dict[str, Any], str, str, str, str]]:
    from iics_client.taskflow.models import TaskflowInputs, TerminateRequest
    from iics_client.v2.models import TaskListType, ValidatedTokenRequest
    from iics_client.v3.models import LookupRequest, ReferenceType

    return [
        ("v2.api.agents.get_agent_by_name", {"name": "agent 1/a"}, "GET", "/agent/name/agent%201%2Fa", "v2", "v2"),
        ("v2.api.runtime_environments.get_runtime_environment_by_name", {"name": "Hosted Agent"}, "GET",
         "/runtimeEnvironment/name/Hosted%20Agent", "v2", "v2"),
        ("v2.api.schedules.get_schedule_by_name", {"name": "Nightly"}, "GET", "/schedule/name/Nightly", "v2", "v2"),
        ("v2.api.tasks.list_tasks", {"type_": TaskListType.DSS}, "GET", "/task?type=DSS", "v2", "v2"),
        ("v2.api.activity.get_activity_log_entry", {"activity_log_id": "000A"}, "GET", "/activity/activityLog/000A",
         "v2", "v2"),
        ("v2.api.activity.get_session_log", {"activity_log_id": "000A", "item_id": "000B"}, "GET",
         "/activity/activityLog/000A/sessionLog?itemId=000B", "v2", "v2"),
        ("v2.api.activity.get_error_log", {"activity_log_id": "000A"}, "GET", "/activity/errorLog/000A", "v2", "v2"),
        ("v2.api.server.get_server_time", {}, "GET", "/server/serverTime", "v2", "v2"),
        ("v2.api.auth.validate_session",
         {"body": ValidatedTokenRequest.from_dict({"@type": "validatedToken", "userName": "u", "icToken": "t"})},
         "POST", "/user/validSessionId", "v2", "v2"),
        ("v3.api.mapping_tasks.get_mapping_task_by_name", {"name": "mt a"}, "GET", "/mttask/name/mt%20a", "v3", "v2"),
        ("v3.api.taskflows.get_taskflow_by_name", {"name": "lt"}, "GET", "/workflow/name/lt", "v3", "v2"),
        ("v3.api.objects.lookup_objects", {"body": LookupRequest.from_dict({"objects": [{"id": "f1"}]})}, "POST",
         "/lookup", "v3", "v3"),
        ("v3.api.objects.get_object_references", {"object_id": "f1", "ref_type": ReferenceType.USEDBY, "limit": 50},
         "GET", "/objects/f1/references?refType=usedBy&limit=50", "v3", "v3"),
        ("taskflow.api.taskflow_runs.run_taskflow",
         {"api_name": "tf_x", "body": TaskflowInputs.from_dict({"a": 1}), "tf_instance_name": "Nightly"}, "POST",
         "/rt/tf_x", "taskflow", "taskflow"),
        ("taskflow.api.taskflow_runs.get_taskflow_run", {"run_id": "7645954072982472420"}, "GET",
         "/services/tf/status/7645954072982472420", "taskflow", "taskflow"),
        ("taskflow.api.taskflow_runs.list_taskflow_runs", {"row_limit": 50, "offset": 10}, "GET",
         "/services/tf/status?offset=10&rowLimit=50", "taskflow", "taskflow"),
        ("taskflow.api.taskflow_runs.terminate_taskflow_runs",
         {"body": TerminateRequest.from_dict({"runid": ["1", "2"]})}, "PUT", "/services/tf/terminate", "taskflow",
         "taskflow"),
    ]  # fmt: skip


ISSUE_16_PREFIX = {layout: {**prefixes, "taskflow": "/active-bpel"} for layout, prefixes in PREFIX.items()}


@pytest.mark.parametrize("layout", ["reference", "iics"])
def test_issue_16_operations_route_per_layout(mock: respx.MockRouter, layout: str) -> None:
    """Exact URL, method and the one session header of every new operation: the taskflow runtime is the pod origin
    without /saas plus /active-bpel, with INFA-SESSION-ID; mttask/workflow by name move to v2 in the iics layout."""
    import importlib

    from iics_client import IICSClient

    headers = {**HEADER, "taskflow": "INFA-SESSION-ID"}
    mock_login(mock, server_url=SERVER_URL[layout])
    client = IICSClient(login_url="us", username="u@co.com", password="p", layout=layout)
    try:
        for module_name, kwargs, method, path, ref_family, iics_family in _issue_16_cases():
            family = ref_family if layout == "reference" else iics_family
            endpoint = importlib.import_module(f"iics_client.{module_name}")
            url = POD + ISSUE_16_PREFIX[layout][family] + path
            route = mock.route(method=method, url=url).mock(return_value=httpx.Response(200, json={}))
            client.v2.get_httpx_client().request(**endpoint.request_kwargs(**kwargs))
            assert route.call_count == 1, module_name
            sent = route.calls.last.request
            assert str(sent.url) == url
            session_headers = {"icsessionid", "infa-session-id", "ids-session-id"} & {k.lower() for k in sent.headers}
            assert session_headers == {headers[family].lower()}, module_name
            assert sent.headers[headers[family]] == "S1"
            if module_name.endswith("run_taskflow"):
                assert sent.headers["TF-INSTANCE-NAME"] == "Nightly"
                assert body_of(sent) == {"a": 1}
            if module_name.endswith("terminate_taskflow_runs"):
                assert body_of(sent) == {"runid": ["1", "2"]}
    finally:
        client.close()


def test_a_layout_without_the_taskflow_runtime_says_so(mock: respx.MockRouter) -> None:
    from iics_client import IICSClient, IICSConfigurationError, Layout, Route
    from iics_client.taskflow.api.taskflow_runs import get_taskflow_run

    gateway = Layout("gateway", {"v2": Route("/gw/v2", "icSessionId"), "v3": Route("/gw/v3", "X-Session")})
    mock_login(mock)
    client = IICSClient(login_url="us", username="u@co.com", password="p", layout=gateway)
    try:
        with pytest.raises(IICSConfigurationError, match="taskflow"):
            client.v2.get_httpx_client().request(**get_taskflow_run.request_kwargs("1"))
    finally:
        client.close()


# ---- the client methods of issue 16: exact URL (path and query), method, the one session header, the body ----

FAMILY_PREFIX = {layout: {**prefixes, "taskflow": "/active-bpel"} for layout, prefixes in PREFIX.items()}
FAMILY_HEADER = {**HEADER, "taskflow": "INFA-SESSION-ID"}
RUN_ID = "7645954072982472420"


Method16 = tuple[str, tuple[Any, ...], dict[str, Any], str, str, dict[str, str], str, str, Any, Any]


def _issue_16_methods() -> list[Method16]:
    """name, args, kwargs, HTTP method, path, query, family (reference), family (iics), response, request body."""
    from datetime import datetime

    return [
        ("get_agent_by_name", ("agent 1/a",), {}, "GET", "/agent/name/agent%201%2Fa", {}, "v2", "v2",
         example("get_agent_by_name"), None),
        ("get_runtime_environment_by_name", ("Hosted Agent",), {}, "GET", "/runtimeEnvironment/name/Hosted%20Agent",
         {}, "v2", "v2", example("get_runtime_environment_by_name"), None),
        ("get_schedule_by_name", ("Nightly",), {}, "GET", "/schedule/name/Nightly", {}, "v2", "v2",
         example("get_schedule_by_name"), None),
        ("list_tasks", ("DSS",), {}, "GET", "/task", {"type": "DSS"}, "v2", "v2", example("list_tasks"), None),
        ("get_activity_log_entry", ("000A",), {}, "GET", "/activity/activityLog/000A", {}, "v2", "v2",
         example("get_activity_log_entry"), None),
        ("get_session_log", ("000A",), {"item_id": "000B", "child_item_id": "000C"}, "GET",
         "/activity/activityLog/000A/sessionLog", {"itemId": "000B", "childItemId": "000C"}, "v2", "v2", b"a log\n",
         None),
        ("get_error_log", ("000A",), {}, "GET", "/activity/errorLog/000A", {}, "v2", "v2", b"ROW_NUMBER\n", None),
        ("get_server_time", (), {}, "GET", "/server/serverTime", {}, "v2", "v2", example("get_server_time"), None),
        ("validate_session", (), {}, "POST", "/user/validSessionId", {}, "v2", "v2", example("validate_session"),
         {"@type": "validatedToken", "userName": "test@co.com", "icToken": "S1"}),
        ("validate_session", ("S9",), {}, "POST", "/user/validSessionId", {}, "v2", "v2",
         example("validate_session"), {"@type": "validatedToken", "userName": "test@co.com", "icToken": "S9"}),
        ("get_mapping_task_by_name", ("mt a",), {}, "GET", "/mttask/name/mt%20a", {}, "v3", "v2",
         example("get_mapping_task_by_name"), None),
        ("get_taskflow_by_name", ("lt",), {}, "GET", "/workflow/name/lt", {}, "v3", "v2",
         example("get_taskflow_by_name"), None),
        ("lookup", (["/Sales/Loads/mt_load_customers"], "mtt"), {"ids": "2pR8sT4uV6wX0yZ1aB3cDe"}, "POST", "/lookup",
         {}, "v3", "v3", example("lookup_objects"),
         {"objects": [{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}, {"id": "2pR8sT4uV6wX0yZ1aB3cDe"}]}),
        ("get_object_references", ("f 1", "usedby"), {"page_size": 10}, "GET", "/objects/f%201/references",
         {"refType": "usedBy", "limit": "10", "skip": "0"}, "v3", "v3", example("get_object_references"), None),
        ("search_objects", (), {"object_type": "MTT", "updated_since": datetime(2024, 1, 1), "updated_by": "me",
                                "source_control": {"checkedoutby": "me", "sourceControlled": True},
                                "custom_attributes": {"publishedBy": "ci"}, "page_size": 10},
         "GET", "/objects",
         {"q": "type=='MTT' and updatedBy=='me' and updateTime>='2024-01-01T00:00:00Z' and "
               "sourceControl.checkedOutBy=='me' and sourceControl.sourceControlled=='true' and "
               "customAttributes.publishedBy=='ci'", "limit": "10", "skip": "0"},
         "v3", "v3", {"count": 0, "objects": []}, None),
        ("run_taskflow", ("tf_x", {"a": 1}), {"instance_name": "Nightly é"}, "POST", "/rt/tf_x", {}, "taskflow",
         "taskflow", example("run_taskflow"), {"a": 1}),
        ("run_taskflow", ("tf_x",), {}, "POST", "/rt/tf_x", {}, "taskflow", "taskflow", example("run_taskflow"), {}),
        ("get_taskflow_run", (RUN_ID,), {}, "GET", f"/services/tf/status/{RUN_ID}", {}, "taskflow", "taskflow",
         example("get_taskflow_run"), None),
        ("poll_taskflow_status", (int(RUN_ID),), {"interval": 0.01}, "GET", f"/services/tf/status/{RUN_ID}", {},
         "taskflow", "taskflow", example("get_taskflow_run"), None),
        ("list_taskflow_runs", (), {"run_status": "SUCCESS", "start": datetime(2024, 1, 1, 5, 48, 28),
                                    "end": "2024-01-02T05:48:28+00:00", "page_size": 20},
         "GET", "/services/tf/status", {"runStatus": "Success", "startTime": "2024-01-01T05:48:28Z",
                                        "endTime": "2024-01-02T05:48:28Z", "offset": "0", "rowLimit": "20"},
         "taskflow", "taskflow", [], None),
        ("terminate_taskflow_runs", (["1", 2, "1"],), {}, "PUT", "/services/tf/terminate", {}, "taskflow",
         "taskflow", example("terminate_taskflow_runs"), {"runid": ["1", "2"]}),
    ]  # fmt: skip


@pytest.mark.parametrize("layout", ["reference", "iics"])
@pytest.mark.parametrize("case", _issue_16_methods(), ids=[f"{c[0]}:{c[4]}" for c in _issue_16_methods()])
def test_issue_16_methods_send_the_exact_request(
    runner: Runner, mock: respx.MockRouter, layout: str, case: tuple[Any, ...]
) -> None:
    name, args, kwargs, method, path, query, ref_family, iics_family, answer, body = case
    family = ref_family if layout == "reference" else iics_family
    mock_login(mock, server_url=SERVER_URL[layout])
    url = POD + FAMILY_PREFIX[layout][family] + path
    reply = httpx.Response(200, content=answer) if isinstance(answer, bytes) else httpx.Response(200, json=answer)
    route = mock.request(method, url).mock(return_value=reply)
    client = runner.client(layout=layout)

    runner(client, name, *args, **kwargs)

    assert route.call_count == 1
    sent = route.calls.last.request
    assert str(sent.url.copy_with(query=None)) == url
    assert dict(sent.url.params) == query
    session_headers = {"icsessionid", "infa-session-id", "ids-session-id"} & {k.lower() for k in sent.headers}
    assert session_headers == {FAMILY_HEADER[family].lower()}
    assert sent.headers[FAMILY_HEADER[family]] == "S1"
    assert body_of(sent) == body
    if not isinstance(answer, bytes):
        assert sent.headers["Accept"] == "application/json"  # the taskflow status resource answers XML otherwise
    if name == "run_taskflow" and "instance_name" in kwargs:
        assert sent.headers["TF-INSTANCE-NAME"] == "Nightly %C3%A9"  # non-ASCII URL-encoded, as IICS asks
    runner.close(client)


@pytest.mark.parametrize("layout", ["reference", "iics"])
def test_start_job_by_path_looks_the_path_up_first(runner: Runner, mock: respx.MockRouter, layout: str) -> None:
    mock_login(mock, server_url=SERVER_URL[layout])
    lookup = mock.post(POD + FAMILY_PREFIX[layout]["v3"] + "/lookup").mock(
        return_value=httpx.Response(200, json={"objects": [{"id": "fed-1", "path": "Sales/mt", "type": "MTT"}]})
    )
    start = mock.post(POD + FAMILY_PREFIX[layout]["v2"] + "/job").mock(
        return_value=httpx.Response(200, json=example("start_job"))
    )
    client = runner.client(layout=layout)
    runner(client, "start_job", task_path="Sales/mt/", task_type="MTT")
    assert body_of(lookup.calls.last.request) == {"objects": [{"path": "Sales/mt", "type": "MTT"}]}
    assert lookup.calls.last.request.headers["INFA-SESSION-ID"] == "S1"
    assert body_of(start.calls.last.request) == {"@type": "job", "taskType": "MTT", "taskFederatedId": "fed-1"}
    runner.close(client)
