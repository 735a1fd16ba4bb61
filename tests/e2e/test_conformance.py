"""The simulator conforms to spec/: every operation of both specs, in both layouts, success and documented errors.

Each response is checked with openapi-core against the spec (status documented, body valid against the response
schema). The one deliberate difference: in the iics layout, mapping tasks and linear taskflows are v2 resources
(as in real IICS), so their *error* bodies are v2 error objects although spec/v3.yaml files them under v3; those
are validated against the v2 error schema instead.
"""

from __future__ import annotations

import copy
import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS30Validator
from werkzeug.datastructures import Headers, ImmutableMultiDict

from iics_client.testing import SPEC_OPERATIONS, Simulator

from .raw import NO_SESSION, OPERATIONS, RawApi

pytestmark = pytest.mark.e2e

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
FAMILIES = ("v2", "v3", "taskflow")
METHODS = ("get", "post", "put", "patch", "delete")
# statuses the spec lists that the simulator has no reason to produce (documented alternatives it does not use)
NOT_PRODUCED = {("login", "401")}  # bad credentials answer 403, the documented example (400 is covered too)
CHECKED_STATUSES = {"200", "400", "401", "403", "404"}


@functools.cache
def _spec(family: str) -> dict[str, Any]:
    return dict(yaml.safe_load((SPEC_DIR / f"{family}.yaml").read_text()))


def _spec_operations() -> dict[str, tuple[str, str, str, dict[str, Any]]]:
    """operationId -> (family, METHOD, path, operation object)."""
    found = {}
    for family in FAMILIES:
        for path, item in _spec(family)["paths"].items():
            for method in METHODS:
                if method in item:
                    found[item[method]["operationId"]] = (family, method.upper(), path, item[method])
    return found


def test_operation_table_matches_spec() -> None:
    """The simulator serves exactly the operations of spec/ (same id, family, method and path)."""
    spec = {(op_id, family, method, path) for op_id, (family, method, path, _) in _spec_operations().items()}
    served = {(op.id, op.family, op.method, op.path) for op in SPEC_OPERATIONS}
    assert served == spec


class _Request:
    """openapi-core's Request protocol over an httpx.Request."""

    def __init__(self, request: httpx.Request) -> None:
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.path
        self.method = request.method.lower()
        try:
            self.body: bytes | None = request.content or None
        except httpx.RequestNotRead:  # a streamed (multipart) upload: only responses are validated here
            self.body = None
        self.content_type = request.headers.get("Content-Type", "").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(url.query.decode(), keep_blank_values=True)),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content_type = response.headers.get("Content-Type", "").lower()
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content or None


class SpecChecker:
    """Validates responses of one running simulator against spec/ (servers pointed at the simulator)."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.apis: dict[str, OpenAPI] = {}
        for family in FAMILIES:
            document = copy.deepcopy(_spec(family))
            prefixes = sorted(
                {sim.layout.route(op.family, op.id).prefix for op in SPEC_OPERATIONS if op.family == family}
            )
            document["servers"] = [{"url": sim.pod_url + prefix} for prefix in prefixes]
            login = document["paths"].get(OPERATIONS["login"].path)
            if family == "v2" and login is not None:
                login["post"]["servers"] = [{"url": sim.login_url}]
            self.apis[family] = OpenAPI.from_dict(document)
        self.covered: set[tuple[str, str]] = set()

    def check(self, operation_id: str, response: httpx.Response) -> None:
        family, _, _, spec_op = _spec_operations()[operation_id]
        status = str(response.status_code)
        assert status in spec_op["responses"], f"{operation_id}: HTTP {status} is not documented: {response.text}"
        answering = self.sim.layout.operation_families.get(operation_id, family)
        if answering != family and response.status_code >= 400:
            schema_name = {"v2": "V2Error", "v3": "V3Error"}[answering]
            schema = _spec(answering)["components"]["schemas"][schema_name]
            errors = [e.message for e in OAS30Validator(schema).iter_errors(response.json())]
            assert not errors, f"{operation_id} {status}: {errors}"
        else:
            self.apis[family].validate_response(_Request(response.request), _Response(response))
        self.covered.add((operation_id, status))


def _exercise(api: RawApi, sim: Simulator, check: SpecChecker) -> None:
    def expect(operation_id: str, response: httpx.Response, status: int) -> httpx.Response:
        assert response.status_code == status, f"{operation_id}: {response.status_code} {response.text}"
        check.check(operation_id, response)
        return response

    login_url = sim.login_url + OPERATIONS["login"].path
    expect("login", api.http.post(login_url, json={"@type": "login", "username": "x"}), 400)
    expect("login", api.login(password="wrong-password"), 403)
    expect("login", api.login(), 200)

    # connections
    connections = expect("list_connections", api.call("list_connections"), 200).json()
    first = connections[0]
    expect("list_connections", api.call("list_connections", session=NO_SESSION), 401)
    expect("get_connection", api.call("get_connection", id=first["id"]), 200)
    expect("get_connection", api.call("get_connection", id="0100000B999999999999"), 404)
    expect("get_connection", api.call("get_connection", id=first["id"], session="not-a-session"), 401)
    expect("get_connection_by_name", api.call("get_connection_by_name", name="Flat File Landing"), 200)
    expect("get_connection_by_name", api.call("get_connection_by_name", name="no such"), 404)
    expect("get_connection_by_name", api.call("get_connection_by_name", name="x", session=NO_SESSION), 401)
    body = {
        "@type": "connection",
        "name": "conformance_conn",
        "type": "Oracle",
        "host": "h",
        "port": 1521,
        "password": "p",
    }
    created = expect("create_connection", api.call("create_connection", json=body), 200).json()
    expect("create_connection", api.call("create_connection", json=body), 400)  # duplicate name
    expect("create_connection", api.call("create_connection", json={"@type": "connection", "type": "Oracle"}), 400)
    expect("create_connection", api.call("create_connection", json=body, session=NO_SESSION), 401)
    partial = {"@type": "connection", "description": "changed"}
    expect(
        "update_connection",
        api.call("update_connection", id=created["id"], json=partial, headers={"Update-Mode": "PARTIAL"}),
        200,
    )
    expect("update_connection", api.call("update_connection", id=created["id"], json=partial), 400)  # full: no name
    expect("update_connection", api.call("update_connection", id="0100000B999999999999", json=body), 404)
    expect("update_connection", api.call("update_connection", id=created["id"], json=body, session=NO_SESSION), 401)
    expect("delete_connection", api.call("delete_connection", id=created["id"]), 200)
    expect("delete_connection", api.call("delete_connection", id=created["id"]), 404)
    expect("delete_connection", api.call("delete_connection", id=first["id"], session=NO_SESSION), 401)

    # read-only resources: list, get, unknown id, no session
    for list_op, get_op in [
        ("list_runtime_environments", "get_runtime_environment"),
        ("list_agents", "get_agent"),
        ("list_schedules", "get_schedule"),
        ("list_mapping_tasks", "get_mapping_task"),
        ("list_taskflows", "get_taskflow"),
    ]:
        items = expect(list_op, api.call(list_op), 200).json()
        assert items, list_op
        expect(list_op, api.call(list_op, session=NO_SESSION), 401)
        expect(get_op, api.call(get_op, id=items[0]["id"]), 200)
        expect(get_op, api.call(get_op, id="01000000999999999999"), 404)
        expect(get_op, api.call(get_op, id=items[0]["id"], session=NO_SESSION), 401)

    # jobs
    task = sim.task("mt_load_customers")
    sim.set_task_outcome(task.id, "success", duration=5)
    job = {"@type": "job", "taskId": task.id, "taskType": "MTT", "callbackURL": "https://hooks.example.com/x"}
    started = expect("start_job", api.call("start_job", json=job), 200).json()
    expect("start_job", api.call("start_job", json={"@type": "job", "taskId": task.id}), 400)  # no taskType
    expect(
        "start_job",
        api.call("start_job", json={"@type": "job", "taskId": "0100000Z999999999999", "taskType": "MTT"}),
        404,
    )
    expect("start_job", api.call("start_job", json=job, session=NO_SESSION), 401)
    monitor = expect("get_activity_monitor", api.call("get_activity_monitor", params={"details": "true"}), 200).json()
    assert any(entry["runId"] == started["runId"] for entry in monitor)
    expect("get_activity_monitor", api.call("get_activity_monitor", session=NO_SESSION), 401)
    stop = {"@type": "job", "taskId": task.id, "taskType": "MTT"}
    expect("stop_job", api.call("stop_job", json=stop, params={"cleanStop": "true"}), 200)
    expect("stop_job", api.call("stop_job", json=stop), 400)  # nothing running any more
    expect("stop_job", api.call("stop_job", json={**stop, "taskId": "0100000Z999999999999"}), 404)
    expect("stop_job", api.call("stop_job", json=stop, session=NO_SESSION), 401)
    log = expect(
        "get_activity_log", api.call("get_activity_log", params={"taskId": task.id, "runId": started["runId"]}), 200
    )
    assert log.json()[0]["isStopped"] is True
    expect("get_activity_log", api.call("get_activity_log", params={"rowLimit": 3, "offset": 1}), 200)
    expect("get_activity_log", api.call("get_activity_log", params={"rowLimit": 5000}), 400)
    expect("get_activity_log", api.call("get_activity_log", session=NO_SESSION), 401)

    # audit and search
    expect("get_audit_logs", api.call("get_audit_logs"), 200)
    expect("get_audit_logs", api.call("get_audit_logs", params={"batchId": 2, "batchSize": 25}), 200)
    expect("get_audit_logs", api.call("get_audit_logs", params={"batchSize": 0}), 400)
    expect("get_audit_logs", api.call("get_audit_logs", session=NO_SESSION), 401)
    expect("search_objects", api.call("search_objects", params={"q": "type=='MTT' and tag=='sales'", "limit": 2}), 200)
    expect("search_objects", api.call("search_objects", params={"q": "type~'MTT'"}), 400)
    expect("search_objects", api.call("search_objects", params={"limit": 500}), 400)
    expect("search_objects", api.call("search_objects", session=NO_SESSION), 401)

    _exercise_issue_16(api, sim, expect)
    _exercise_promotion(api, sim, expect)

    # logout last: the session is gone afterwards
    expect("logout", api.call("logout"), 200)
    expect("logout", api.call("logout"), 401)


def _exercise_issue_16(api: RawApi, sim: Simulator, expect: Any) -> None:
    """The calls of issue 16: by name, task list, run details and logs, session check, lookup, references, taskflows."""
    # by name (the iics layout serves the mttask/workflow ones as v2 resources)
    for op, name in [
        ("get_agent_by_name", "prod-agent-01"),
        ("get_runtime_environment_by_name", "Prod_Agent_Group"),
        ("get_schedule_by_name", "Nightly_0100"),
        ("get_mapping_task_by_name", "mt_load_customers"),
        ("get_taskflow_by_name", "lt_nightly_load"),
    ]:
        assert expect(op, api.call(op, name=name), 200).json()["name"] == name
        expect(op, api.call(op, name="no such thing"), 404)
        expect(op, api.call(op, name=name, session=NO_SESSION), 401)
    assert expect("list_tasks", api.call("list_tasks", params={"type": "MTT"}), 200).json()
    expect("list_tasks", api.call("list_tasks", params={"type": "DSS"}), 200)
    expect("list_tasks", api.call("list_tasks", params={"type": "WORKFLOW"}), 400)
    expect("list_tasks", api.call("list_tasks"), 400)
    expect("list_tasks", api.call("list_tasks", params={"type": "MTT"}, session=NO_SESSION), 401)

    # run details and logs
    history = api.call("get_activity_log", params={"rowLimit": 50}).json()
    mapping_run = next(entry for entry in history if entry["type"] == "MTT" and entry["state"] == 2)
    flow_run = next(entry for entry in history if entry["type"] == "WORKFLOW")
    entry = expect("get_activity_log_entry", api.call("get_activity_log_entry", activityLogId=mapping_run["id"]), 200)
    assert entry.json() == mapping_run
    expect("get_activity_log_entry", api.call("get_activity_log_entry", activityLogId="00000000000000000000"), 404)
    expect(
        "get_activity_log_entry",
        api.call("get_activity_log_entry", activityLogId=mapping_run["id"], session=NO_SESSION),
        401,
    )
    text = expect("get_session_log", api.call("get_session_log", activityLogId=mapping_run["id"]), 200)
    assert text.headers["Content-Type"].startswith("text/plain")
    archive = expect("get_session_log", api.call("get_session_log", activityLogId=flow_run["id"]), 200)
    assert archive.headers["Content-Type"] == "application/zip"
    item = flow_run["entries"][0]["id"]
    expect("get_session_log", api.call("get_session_log", activityLogId=flow_run["id"], params={"itemId": item}), 200)
    expect("get_session_log", api.call("get_session_log", activityLogId=mapping_run["id"], params={"itemId": "x"}), 404)
    expect("get_session_log", api.call("get_session_log", activityLogId="1", session=NO_SESSION), 401)
    assert expect("get_error_log", api.call("get_error_log", activityLogId=mapping_run["id"]), 200).content
    expect("get_error_log", api.call("get_error_log", activityLogId="12345"), 404)
    expect("get_error_log", api.call("get_error_log", activityLogId=mapping_run["id"], session=NO_SESSION), 401)

    # session check and server time
    check = {"@type": "validatedToken", "userName": sim.username, "icToken": api.session_id}
    assert expect("validate_session", api.call("validate_session", json=check), 200).json()["isValidToken"] is True
    expect("validate_session", api.call("validate_session", json={**check, "icToken": "dead"}), 200)
    expect("validate_session", api.call("validate_session", json={"@type": "validatedToken"}), 400)
    expect("validate_session", api.call("validate_session", json=check, session=NO_SESSION), 401)
    expect("get_server_time", api.call("get_server_time"), 200)
    expect("get_server_time", api.call("get_server_time", session=NO_SESSION), 401)

    # lookup, references, q operators
    task = sim.task("mt_load_customers")
    by_path = {"objects": [{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}, {"id": task.federated_id}]}
    found = expect("lookup_objects", api.call("lookup_objects", json=by_path), 200).json()["objects"]
    assert [obj["id"] for obj in found] == [task.federated_id, task.federated_id]
    expect("lookup_objects", api.call("lookup_objects", json={"objects": [{"path": "Sales/x"}]}), 400)
    expect("lookup_objects", api.call("lookup_objects", json={"objects": [{"id": "nope"}]}), 404)
    expect("lookup_objects", api.call("lookup_objects", json=by_path, session=NO_SESSION), 401)
    refs = {"refType": "usedBy", "limit": 1}
    assert (
        expect(
            "get_object_references", api.call("get_object_references", objectId=task.federated_id, params=refs), 200
        ).json()["count"]
        == 2
    )
    expect(
        "get_object_references",
        api.call("get_object_references", objectId=task.federated_id, params={"refType": "uses"}),
        200,
    )
    expect(
        "get_object_references",
        api.call("get_object_references", objectId=task.federated_id, params={"refType": "x"}),
        400,
    )
    expect(
        "get_object_references",
        api.call("get_object_references", objectId=task.federated_id, params={"refType": "uses", "limit": 51}),
        400,
    )
    expect("get_object_references", api.call("get_object_references", objectId="nope", params=refs), 404)
    expect(
        "get_object_references", api.call("get_object_references", objectId="x", params=refs, session=NO_SESSION), 401
    )
    q = "updateTime>='2024-01-01T00:00:00Z' and sourceControl.sourceControlled=='true' and customAttributes.x!='y'"
    expect("search_objects", api.call("search_objects", params={"q": q}), 200)
    expect("search_objects", api.call("search_objects", params={"q": "tag!='sales'"}), 400)

    # advanced taskflows on /active-bpel
    sim.set_taskflow_outcome("tf_month_end", "suspended", duration=0)
    started = expect(
        "run_taskflow", api.call("run_taskflow", apiName="tf_customer_pipeline", json={"region": "EMEA"}), 200
    )
    run_id = started.json()["RunId"]
    suspended = api.call("run_taskflow", apiName="tf_month_end", headers={"TF-INSTANCE-NAME": "Close"}).json()["RunId"]
    expect("run_taskflow", api.call("run_taskflow", apiName="tf_customer_pipeline", json=["not", "an", "object"]), 400)
    expect("run_taskflow", api.call("run_taskflow", apiName="tf_not_published"), 404)
    expect("run_taskflow", api.call("run_taskflow", apiName="tf_customer_pipeline", session=NO_SESSION), 401)
    assert (
        expect("get_taskflow_run", api.call("get_taskflow_run", runId=suspended), 200).json()["status"] == "SUSPENDED"
    )
    expect("get_taskflow_run", api.call("get_taskflow_run", runId=run_id), 200)
    expect("get_taskflow_run", api.call("get_taskflow_run", runId="not-a-run"), 400)
    expect("get_taskflow_run", api.call("get_taskflow_run", runId="12345"), 404)
    expect("get_taskflow_run", api.call("get_taskflow_run", runId=run_id, session=NO_SESSION), 401)
    assert len(expect("list_taskflow_runs", api.call("list_taskflow_runs"), 200).json()) == 2
    window = {"startTime": "2024-01-01T00:00:00Z", "endTime": "2024-12-31T00:00:00Z", "rowLimit": 50, "offset": 1}
    expect("list_taskflow_runs", api.call("list_taskflow_runs", params={**window, "runStatus": "Failed"}), 200)
    expect("list_taskflow_runs", api.call("list_taskflow_runs", params={"rowLimit": 51}), 400)
    expect("list_taskflow_runs", api.call("list_taskflow_runs", params={"runStatus": "failed"}), 400)
    expect("list_taskflow_runs", api.call("list_taskflow_runs", session=NO_SESSION), 401)
    expect("terminate_taskflow_runs", api.call("terminate_taskflow_runs", json={"runid": [suspended, run_id]}), 200)
    expect("terminate_taskflow_runs", api.call("terminate_taskflow_runs", json={"runid": [int(run_id)]}), 400)
    expect("terminate_taskflow_runs", api.call("terminate_taskflow_runs", json={"runid": ["12345"]}), 404)
    expect(
        "terminate_taskflow_runs",
        api.call("terminate_taskflow_runs", json={"runid": [run_id]}, session=NO_SESSION),
        401,
    )


def _exercise_promotion(
    api: RawApi, sim: Simulator, expect: Callable[[str, httpx.Response, int], httpx.Response]
) -> None:
    """Export a project, download its package, upload it into the same org and import it (everything is reused)."""
    sim.promotion.export_duration = sim.promotion.import_duration = 0.02

    def finished(operation_id: str, **path: str) -> dict[str, Any]:
        _, header = api.route(operation_id)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            url = api.url(operation_id, **path)
            response = api.http.get(url, params={"expand": "objects"}, headers={header: api.session_id or ""})
            job = expect(operation_id, response, 200).json()
            if job["status"]["state"] in ("SUCCESSFUL", "FAILED"):
                return dict(job)
            time.sleep(0.02)
        raise AssertionError(f"{operation_id} {path}: the job did not finish")

    projects = api.call("search_objects", params={"q": "type=='PROJECT'"}).json()["objects"]
    ids = {project["path"]: project["id"] for project in projects}
    body = {"name": "conformance", "objects": [{"id": ids["Sales"], "includeDependencies": True}]}
    export = expect("start_export", api.call("start_export", json=body, params={"includeTagInformation": "true"}), 200)
    expect("start_export", api.call("start_export", json={"objects": []}), 400)
    expect("start_export", api.call("start_export", json={"objects": [{"id": "no-such-object-id"}]}), 400)
    expect("start_export", api.call("start_export", json=body, session=NO_SESSION), 401)
    export_id = export.json()["id"]
    assert finished("get_export_status", exportId=export_id)["status"]["state"] == "SUCCESSFUL"
    expect("get_export_status", api.call("get_export_status", exportId="no-such-job"), 404)
    expect("get_export_status", api.call("get_export_status", exportId=export_id, session=NO_SESSION), 401)
    assert "Export completed" in expect("get_export_log", api.call("get_export_log", exportId=export_id), 200).text
    expect("get_export_log", api.call("get_export_log", exportId="no-such-job"), 404)
    expect("get_export_log", api.call("get_export_log", exportId=export_id, session=NO_SESSION), 401)
    package = expect("download_export_package", api.call("download_export_package", exportId=export_id), 200).content
    sim.promotion.fail_export_of("Finance")
    failed = api.call("start_export", json={"objects": [{"id": ids["Finance"]}]}).json()["id"]
    assert finished("get_export_status", exportId=failed)["status"]["state"] == "FAILED"
    expect("download_export_package", api.call("download_export_package", exportId=failed), 400)  # no package
    expect("download_export_package", api.call("download_export_package", exportId="no-such-job"), 404)
    expect("download_export_package", api.call("download_export_package", exportId=export_id, session=NO_SESSION), 401)

    files = {"package": ("conformance.zip", package, "application/zip")}
    upload = expect("upload_import_package", api.call("upload_import_package", files=files), 200).json()
    not_zip = {"package": ("x.zip", b"not a zip", "application/zip")}
    expect("upload_import_package", api.call("upload_import_package", files=not_zip), 400)
    expect("upload_import_package", api.call("upload_import_package", files={"other": ("x", b"x")}), 400)
    expect("upload_import_package", api.call("upload_import_package", files=files, session=NO_SESSION), 401)
    job_id = upload["jobId"]
    spec = {"name": "conformance import", "importSpecification": {"defaultConflictResolution": "REUSE"}}
    expect("start_import", api.call("start_import", json=spec, importJobId=job_id), 200)
    expect("start_import", api.call("start_import", json=spec, importJobId=job_id), 400)  # started already
    expect("start_import", api.call("start_import", json=spec, importJobId="no-such-job"), 404)
    expect("start_import", api.call("start_import", json=spec, importJobId=job_id, session=NO_SESSION), 401)
    done = finished("get_import_status", importJobId=job_id)
    assert {obj["status"]["state"] for obj in done["objects"]} == {"SKIPPED"}  # the same org: everything exists
    expect("get_import_status", api.call("get_import_status", importJobId="no-such-job"), 404)
    expect("get_import_status", api.call("get_import_status", importJobId=job_id, session=NO_SESSION), 401)
    assert "Import completed" in expect("get_import_log", api.call("get_import_log", importJobId=job_id), 200).text
    expect("get_import_log", api.call("get_import_log", importJobId="no-such-job"), 404)
    expect("get_import_log", api.call("get_import_log", importJobId=job_id, session=NO_SESSION), 401)


def test_every_operation_conforms_to_the_spec(sim: Simulator, anon: RawApi) -> None:
    started = time.perf_counter()
    check = SpecChecker(sim)
    _exercise(anon, sim, check)
    required = {
        (op_id, status)
        for op_id, (_, _, _, spec_op) in _spec_operations().items()
        for status in spec_op["responses"]
        if status in CHECKED_STATUSES and (op_id, status) not in NOT_PRODUCED
    }
    assert required - check.covered == set(), "documented statuses never exercised"
    assert time.perf_counter() - started < 10


def test_the_checker_rejects_a_response_that_breaks_the_spec(sim: Simulator, api: RawApi) -> None:
    """The conformance check is not vacuous: a job without runId, or an undocumented status, fails it."""
    check = SpecChecker(sim)
    task = sim.task("mt_load_orders")
    good = api.call("start_job", json={"@type": "job", "taskId": task.id, "taskType": "MTT"})
    check.check("start_job", good)
    body = good.json()
    del body["runId"]
    broken = httpx.Response(200, json=body, request=good.request)
    with pytest.raises(Exception, match="runId"):
        check.check("start_job", broken)
    with pytest.raises(AssertionError, match="not documented"):
        check.check("list_agents", httpx.Response(404, json={}, request=good.request))
