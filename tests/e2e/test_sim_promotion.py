"""Simulator: promotion between two orgs over real sockets with raw httpx: export from dev, import into prod,
conflicts (OVERWRITE, REUSE), substitutions, partial failures, multipart uploads, large streamed packages."""

from __future__ import annotations

import io
import json
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from iics_client.testing import Fault, SimOrg, Simulator

from .raw import NO_SESSION, RawApi

pytestmark = pytest.mark.e2e

PROD_USER, PROD_PASSWORD = "release@prod.example.com", "prod-password"
FINAL = ("SUCCESSFUL", "FAILED")


@pytest.fixture
def prod(sim: Simulator) -> SimOrg:
    """A second org behind the same login host, empty but for its agents and runtime environments."""
    sim.promotion.queue_time = 0.01
    sim.promotion.export_duration = sim.promotion.import_duration = 0.02
    return sim.add_org("prod", username=PROD_USER, password=PROD_PASSWORD, content="empty")


@pytest.fixture
def dev_api(api: RawApi) -> RawApi:
    return api


@pytest.fixture
def prod_api(sim: Simulator, prod: SimOrg) -> Iterator[RawApi]:
    raw = RawApi(sim)
    assert raw.login(PROD_USER, PROD_PASSWORD).status_code == 200
    yield raw
    raw.close()


def _wait(api: RawApi, operation_id: str, **path: str) -> dict[str, Any]:
    _, header = api.route(operation_id)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        url = api.url(operation_id, **path)
        response = api.http.get(url, params={"expand": "objects"}, headers={header: api.session_id or ""})
        assert response.status_code == 200, response.text
        job = dict(response.json())
        if job["status"]["state"] in FINAL:
            return job
        time.sleep(0.01)
    raise AssertionError(f"{operation_id} {path} did not finish")


def _objects(api: RawApi, query: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
    """Every object the v3 search finds, by (path, type)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    skip = 0
    while True:
        params: dict[str, Any] = {"limit": 200, "skip": skip}
        if query:
            params["q"] = query
        page = api.call("search_objects", params=params).json()["objects"]
        found.update({(obj["path"], obj["type"]): obj for obj in page})
        if len(page) < 200:
            return found
        skip += 200


def _export(api: RawApi, *object_ids: str, dependencies: bool = True, tags: bool = True) -> dict[str, Any]:
    body = {"name": "promotion", "objects": [{"id": i, "includeDependencies": dependencies} for i in object_ids]}
    params = {"includeTagInformation": "true"} if tags else None
    started = api.call("start_export", json=body, params=params)
    assert started.status_code == 200, started.text
    assert started.json()["status"]["state"] == "QUEUED"
    return _wait(api, "get_export_status", exportId=started.json()["id"])


def _download(api: RawApi, export_id: str, target: Path) -> Path:
    """Stream the package to a file, as a client must (never the whole body in memory)."""
    prefix, header = api.route("download_export_package")
    url = f"{prefix}/export/{export_id}/package"
    assert api.session_id is not None
    with api.http.stream("GET", url, headers={header: api.session_id}) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["Content-Type"] == "application/zip"
        with target.open("wb") as out:
            for chunk in response.iter_bytes(1024 * 1024):
                out.write(chunk)
    return target


def _upload(api: RawApi, package: Path, **form: str) -> httpx.Response:
    with package.open("rb") as handle:
        files: list[tuple[str, Any]] = [("package", (package.name, handle, "application/zip"))]
        files += [(name, (None, value)) for name, value in form.items()]
        return api.call("upload_import_package", files=files)


def _import(api: RawApi, package: Path, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    uploaded = _upload(api, package)
    assert uploaded.status_code == 200, uploaded.text
    job_id = uploaded.json()["jobId"]
    body: dict[str, Any] = {"name": "into prod"}
    if spec is not None:
        body["importSpecification"] = spec
    started = api.call("start_import", json=body, importJobId=job_id)
    assert started.status_code == 200, started.text
    return _wait(api, "get_import_status", importJobId=job_id)


def _outcomes(job: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """source path -> (state, message) of every object of an import job."""
    return {o["sourceObject"]["path"]: (o["status"]["state"], o["status"]["message"]) for o in job["objects"]}


def _project_id(api: RawApi, path: str) -> str:
    return str(_objects(api, "type=='PROJECT'")[(path, "PROJECT")]["id"])


@pytest.fixture
def sales_package(sim: Simulator, prod: SimOrg, dev_api: RawApi, tmp_path: Path) -> tuple[dict[str, Any], Path]:
    """The Sales project of dev, with one more mapping task that uses two connections, exported and downloaded."""
    sim.org().add_mapping_task("mt_load_leads", location="Sales/Leads", connections=("Salesforce_CRM", "Snowflake_DW"),
                               runtime_environment="Dev_Agent_Group", tags=("sales", "leads"))  # fmt: skip
    job = _export(dev_api, _project_id(dev_api, "Sales"))
    assert job["status"]["state"] == "SUCCESSFUL", job
    return job, _download(dev_api, job["id"], tmp_path / "sales.zip")


def test_a_project_is_promoted_with_its_dependencies(
    sim: Simulator, prod: SimOrg, dev_api: RawApi, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    export, package = sales_package
    exported = {(o["path"], o["type"]) for o in export["objects"]}
    dev_assets = {
        key: obj for key, obj in _objects(dev_api).items() if key[0] == "Sales" or key[0].startswith("Sales/")
    }
    assert set(dev_assets) <= exported  # the project and everything in it
    assert {("Salesforce_CRM", "Connection"), ("Snowflake_DW", "Connection")} <= exported  # its dependencies
    assert {("Prod_Agent_Group", "AgentGroup"), ("Dev_Agent_Group", "AgentGroup")} <= exported
    assert zipfile.ZipFile(package).testzip() is None
    assert _objects(prod_api).keys() == {("Default", "PROJECT")}

    job = _import(prod_api, package)

    assert job["status"]["state"] == "SUCCESSFUL", job
    assert job["sourceOrgId"] == sim.org_id
    prod_assets = _objects(prod_api)
    assert set(dev_assets) <= set(prod_assets)  # every object at the same path, with the same type
    for key, source in dev_assets.items():
        target = prod_assets[key]
        assert target["id"] != source["id"]  # a new object of prod (v3 ids are global)
        assert (target["description"], target["tags"]) == (source["description"], source["tags"])
    states = {o["sourceObject"]["path"]: o["status"]["state"] for o in job["objects"]}
    assert states["Prod_Agent_Group"] == states["Dev_Agent_Group"] == "SKIPPED"  # prod has its own, with these names
    assert {states[path] for path, _ in dev_assets} == {"SUCCESSFUL"}
    # the promoted mapping task uses prod's connections and runtime environment, and runs in prod
    connections = {c["name"]: c for c in prod_api.call("list_connections").json()}
    assert set(connections) == {"Salesforce_CRM", "Snowflake_DW"}
    assert connections["Salesforce_CRM"]["password"] is None  # a package carries no passwords
    prod_env = {e["name"]: e["id"] for e in prod_api.call("list_runtime_environments").json()}["Dev_Agent_Group"]
    leads = prod.task("mt_load_leads")
    detail = prod_api.call("get_mapping_task", id=leads.id).json()
    assert detail["runtimeEnvironmentId"] == prod_env
    used = {p.get("sourceConnectionId") or p.get("targetConnectionId") for p in detail["parameters"]}
    assert used == {connections["Salesforce_CRM"]["id"], connections["Snowflake_DW"]["id"]}
    flow = prod_api.call("get_taskflow", id=prod.task("lt_nightly_load").id).json()
    assert [step["taskId"] for step in flow["tasks"]] == [
        prod.task(n).id for n in ("mt_load_customers", "mt_load_orders")
    ]
    prod.set_task_outcome(leads.id, "success", duration=30)  # still running when the monitor is read
    run = prod_api.call("start_job", json={"@type": "job", "taskId": leads.id, "taskType": "MTT"})
    assert run.status_code == 200, run.text
    run_id = run.json()["runId"]
    assert [e["runId"] for e in prod_api.call("get_activity_monitor").json()] == [run_id]  # it runs in prod
    assert dev_api.call("get_activity_monitor").json() == []  # not in dev
    # the log tells the same story
    log = prod_api.call("get_import_log", importJobId=job["id"]).text
    assert "Sales/Leads/mt_load_leads (MTT): Created." in log
    assert "Import completed." in log


def test_reimport_with_overwrite_and_reuse(
    prod: SimOrg, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    _, package = sales_package
    first = _import(prod_api, package)
    targets = {o["sourceObject"]["id"]: o["targetObject"]["id"] for o in first["objects"]}
    crm = next(c for c in prod_api.call("list_connections").json() if c["name"] == "Salesforce_CRM")
    changed = {"@type": "connection", "description": "edited in prod", "password": "prod-secret"}
    assert prod_api.call("update_connection", id=crm["id"], json=changed, headers={"Update-Mode": "PARTIAL"}).is_success

    reused = _import(prod_api, package, {"defaultConflictResolution": "REUSE"})

    assert reused["status"]["state"] == "SUCCESSFUL"
    assert {state for state, _ in _outcomes(reused).values()} == {"SKIPPED"}
    assert {o["sourceObject"]["id"]: o["targetObject"]["id"] for o in reused["objects"]} == targets
    assert prod_api.call("get_connection", id=crm["id"]).json()["description"] == "edited in prod"

    leads = next(o for o in first["objects"] if o["sourceObject"]["path"] == "Sales/Leads/mt_load_leads")
    spec = {
        "defaultConflictResolution": "OVERWRITE",
        "objectSpecification": [{"sourceObjectId": leads["sourceObject"]["id"], "conflictResolution": "REUSE"}],
    }
    overwritten = _import(prod_api, package, spec)

    outcomes = _outcomes(overwritten)
    assert overwritten["status"]["state"] == "SUCCESSFUL"
    assert outcomes["Sales/Leads/mt_load_leads"][0] == "SKIPPED"  # its own resolution wins over the default
    assert outcomes["Sales/Loads/mt_load_orders"] == ("SUCCESSFUL", "Overwrote the existing object.")
    assert outcomes["Salesforce_CRM"][0] == "SUCCESSFUL"
    assert outcomes["Dev_Agent_Group"][0] == "SKIPPED"  # runtime environments are never overwritten
    assert {o["sourceObject"]["id"]: o["targetObject"]["id"] for o in overwritten["objects"]} == targets  # same ids
    conn = prod.org.get_connection(crm["id"])
    assert conn["description"] == "Production CRM"  # the package's again
    assert prod.org.transact(lambda data, _: data.connections[crm["id"]]["password"]) == "prod-secret"  # kept


def test_a_partial_failure_names_the_failed_objects(
    sim: Simulator, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    _, package = sales_package
    sim.promotion.fail_import_of("Sales/Loads/m_load_orders", "Mapping m_load_orders is not valid.")

    job = _import(prod_api, package)

    outcomes = _outcomes(job)
    failed = {path for path, (state, _) in outcomes.items() if state == "FAILED"}
    # the mapping, the task that uses it, and the taskflow that runs that task
    assert failed == {"Sales/Loads/m_load_orders", "Sales/Loads/mt_load_orders", "Sales/lt_nightly_load"}
    assert outcomes["Sales/Loads/m_load_orders"][1] == "Mapping m_load_orders is not valid."
    assert "Sales/Loads/m_load_orders (DTEMPLATE) failed to import" in outcomes["Sales/Loads/mt_load_orders"][1]
    assert outcomes["Sales/Loads/mt_load_customers"][0] == "SUCCESSFUL"  # the others were imported
    assert job["status"] == {"state": "FAILED", "message": f"Import completed with errors. 3 of {len(outcomes)} "
                             "objects failed."}  # fmt: skip
    assert "targetObject" not in next(o for o in job["objects"] if o["status"]["state"] == "FAILED")
    prod_paths = {path for path, _ in _objects(prod_api)}
    assert "Sales/Loads/mt_load_customers" in prod_paths
    assert not failed & prod_paths
    log = prod_api.call("get_import_log", importJobId=job["id"]).text
    assert "ERROR Sales/Loads/m_load_orders (DTEMPLATE): Mapping m_load_orders is not valid." in log

    sim.promotion.partial_import_state = "SUCCESSFUL"  # IICS's partial state is not documented: both are simulated
    again = _import(prod_api, package, {"defaultConflictResolution": "OVERWRITE"})
    assert again["status"]["state"] == "SUCCESSFUL"
    assert {p for p, (state, _) in _outcomes(again).items() if state == "FAILED"} == failed


def test_an_export_can_fail(sim: Simulator, dev_api: RawApi) -> None:
    sim.promotion.fail_export_of("Finance/Close/mt_gl_close")
    job = _export(dev_api, _project_id(dev_api, "Finance"))
    assert job["status"]["state"] == "FAILED"
    states = {o["path"]: o["status"]["state"] for o in job["objects"]}
    assert states["Finance/Close/mt_gl_close"] == "FAILED"
    assert states["Finance/Close/mt_sync_accounts"] == "SUCCESSFUL"
    response = dev_api.call("download_export_package", exportId=job["id"])
    assert response.status_code == 400
    assert "state is FAILED" in response.json()["error"]["message"]
    assert "ERROR Finance/Close/mt_gl_close (MTT)" in dev_api.call("get_export_log", exportId=job["id"]).text


def test_export_without_dependencies_and_tags(sim: Simulator, prod: SimOrg, dev_api: RawApi, prod_api: RawApi,
                                              tmp_path: Path) -> None:  # fmt: skip
    task = _objects(dev_api, "type=='MTT'")[("Sales/Loads/mt_load_orders", "MTT")]
    job = _export(dev_api, task["id"], dependencies=False, tags=False)
    assert [(o["path"], o["status"]["message"]) for o in job["objects"]] == [
        ("Sales/Loads/mt_load_orders", "Exported.")
    ]
    package = _download(dev_api, job["id"], tmp_path / "one.zip")

    missing = _import(prod_api, package)  # its mapping is neither in the package nor in prod
    assert _outcomes(missing)["Sales/Loads/mt_load_orders"] == ("FAILED", "The dependent object "
        "Sales/Loads/m_load_orders (DTEMPLATE) is neither in the package nor in this organization.")  # fmt: skip

    mapping = _objects(dev_api, "type=='DTEMPLATE'")[("Sales/Loads/m_load_orders", "DTEMPLATE")]
    with_mapping = _download(dev_api, _export(dev_api, mapping["id"], tags=False)["id"], tmp_path / "mapping.zip")
    assert _import(prod_api, with_mapping)["status"]["state"] == "SUCCESSFUL"
    job = _import(prod_api, package)  # now the mapping is in prod: the task finds it there
    assert job["status"]["state"] == "SUCCESSFUL"
    assert _objects(prod_api)[("Sales/Loads/mt_load_orders", "MTT")]["tags"] == []  # exported without tags


def test_import_specification_selects_and_substitutes(
    prod: SimOrg, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    export, package = sales_package
    source = {(o["path"], o["type"]): o["id"] for o in export["objects"]}
    envs = {e["name"]: e for e in prod_api.call("list_runtime_environments").json()}
    target_project, target_env = _project_id(prod_api, "Default"), envs["Prod_Agent_Group"]["id"]
    spec = {
        "includeObjects": [source[("Sales/Leads/mt_load_leads", "MTT")]],
        "objectSpecification": [
            {"sourceObjectId": source[("Dev_Agent_Group", "AgentGroup")], "targetObjectId": target_env},
            {"sourceObjectId": source[("Sales", "PROJECT")], "targetObjectId": target_project},
        ],
    }

    job = _import(prod_api, package, spec)

    assert job["status"]["state"] == "SUCCESSFUL", job
    imported = {o["targetObject"]["path"] for o in job["objects"] if o["status"]["state"] == "SUCCESSFUL"}
    # the task and what it needs (its mapping and connections), in the Default project instead of Sales
    assert imported == {"Default/Leads/mt_load_leads", "Default/Leads/m_load_leads", "Salesforce_CRM", "Snowflake_DW"}
    assert {path for path, _ in _objects(prod_api)} == {"Default", "Default/Leads", "Default/Leads/mt_load_leads",
                                                        "Default/Leads/m_load_leads"}  # fmt: skip
    task = prod.task("mt_load_leads")
    assert task.runtime_environment_id == envs["Prod_Agent_Group"]["id"]  # the substitute


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"defaultConflictResolution": "MERGE"}, "defaultConflictResolution"),
        ({"includeObjects": ["not-in-the-package"]}, "not in the package"),
        ({"objectSpecification": [{"conflictResolution": "REUSE"}]}, "sourceObjectId is required"),
        ({"objectSpecification": [{"sourceObjectId": "nope"}]}, "not in the package"),
    ],
)
def test_bad_import_specifications_are_rejected(
    prod_api: RawApi, sales_package: tuple[dict[str, Any], Path], spec: dict[str, Any], message: str
) -> None:
    _, package = sales_package
    job_id = _upload(prod_api, package).json()["jobId"]
    response = prod_api.call("start_import", json={"name": "x", "importSpecification": spec}, importJobId=job_id)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert prod_api.call("start_import", json={"importSpecification": {}}, importJobId=job_id).status_code == 400
    assert prod_api.call("get_import_status", importJobId=job_id).json()["status"]["state"] == "NOT_STARTED"


def test_target_object_ids_must_exist_and_fit(prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]) -> None:
    export, package = sales_package
    source = {(o["path"], o["type"]): o["id"] for o in export["objects"]}
    job_id = _upload(prod_api, package).json()["jobId"]
    connection = prod_api.call("list_runtime_environments").json()[0]["id"]  # a runtime environment, not a connection
    spec = {"objectSpecification": [{"sourceObjectId": source[("Snowflake_DW", "Connection")],
                                     "targetObjectId": connection}]}  # fmt: skip
    response = prod_api.call("start_import", json={"name": "x", "importSpecification": spec}, importJobId=job_id)
    assert response.status_code == 400
    assert "is not a Connection of this organization" in response.text


def test_an_import_starts_once(sim: Simulator, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]) -> None:
    """Concurrent starts of one import job: exactly one takes effect, the others get 400."""
    _, package = sales_package
    job_id = _upload(prod_api, package).json()["jobId"]
    results: list[int] = []

    def start() -> None:
        with httpx.Client(timeout=10) as http:
            prefix, header = prod_api.route("start_import")
            assert prod_api.session_id is not None
            response = http.post(f"{prefix}/import/{job_id}", json={"name": "x"}, headers={header: prod_api.session_id})
            results.append(response.status_code)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [200] + [400] * 7
    assert sim.promotion.imports_started == 1
    assert _wait(prod_api, "get_import_status", importJobId=job_id)["status"]["state"] == "SUCCESSFUL"


def test_multipart_upload_as_iics_expects(prod_api: RawApi, sales_package: tuple[dict[str, Any], Path],
                                          tmp_path: Path) -> None:  # fmt: skip
    _, package = sales_package
    # the part must be named "package"
    with package.open("rb") as handle:
        wrong = prod_api.call("upload_import_package", files={"file": ("sales.zip", handle, "application/zip")})
    assert wrong.status_code == 400
    assert "no part named package" in wrong.json()["error"]["message"]
    # not multipart at all
    assert prod_api.call("upload_import_package", json={"package": "x"}).status_code == 400
    # a package changed after export fails the checksum unless relaxChecksum is set (form field or query parameter)
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("mt_load_leads.MTT.json"):
                record = json.loads(data)
                record["object"]["description"] = "edited by hand"
                data = json.dumps(record).encode()
            target.writestr(info, data)
    rejected = _upload(prod_api, changed)
    assert rejected.status_code == 400
    assert "checksum is not valid" in rejected.json()["error"]["message"]
    for form in ({"relaxChecksum": "true"}, {"relaxChecksum": "True"}):
        relaxed = _upload(prod_api, changed, **form)
        assert relaxed.status_code == 200, relaxed.text
        assert relaxed.json()["checksumValid"] is False
    with changed.open("rb") as handle:
        files = {"package": ("changed.zip", handle, "application/zip")}
        by_query = prod_api.call("upload_import_package", files=files, params={"relaxChecksum": "true"})
    assert by_query.status_code == 200
    assert by_query.json()["checksumValid"] is False
    assert _upload(prod_api, package, relaxChecksum="maybe").status_code == 400
    # a chunked body (no Content-Length) works too
    prefix, header = prod_api.route("upload_import_package")
    boundary = "simulator-test-boundary"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="package"; filename="sales.zip"\r\n'
            "Content-Type: application/zip\r\n\r\n").encode()  # fmt: skip

    def body() -> Iterator[bytes]:
        yield head
        with package.open("rb") as handle:
            while chunk := handle.read(1000):
                yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    assert prod_api.session_id is not None
    chunked = prod_api.http.post(f"{prefix}/import/package", content=body(), headers={
        header: prod_api.session_id, "Content-Type": f"multipart/form-data; boundary={boundary}"})  # fmt: skip
    assert chunked.status_code == 200, chunked.text
    assert chunked.json()["checksumValid"] is True


def test_a_rejected_upload_keeps_the_connection_usable(
    sim: Simulator, prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    """A 401 or an injected 503 answers before the body is read; the server drains it, the connection lives on."""
    _, package = sales_package
    with package.open("rb") as handle:
        files = {"package": ("sales.zip", handle, "application/zip")}
        assert prod_api.call("upload_import_package", files=files, session=NO_SESSION).status_code == 401
    fault = sim.add_fault(Fault.http(503, operation="upload_import_package", times=1))
    assert _upload(prod_api, package).status_code == 503
    assert sim.fault_fired(fault) == 1
    assert _upload(prod_api, package).status_code == 200
    assert sim.stats.requests_by_operation["upload_import_package"] == 3


def test_too_many_requests(sim: Simulator, dev_api: RawApi) -> None:
    """The documented "dynamic rate limit": the simulator refuses starts beyond max_running_jobs with 429."""
    sim.promotion.max_running_jobs = 1
    sim.promotion.export_duration = 2.0  # the first export is still running when the second start comes
    project = _project_id(dev_api, "Ops")
    first = dev_api.call("start_export", json={"objects": [{"id": project}]})
    assert first.status_code == 200
    refused = dev_api.call("start_export", json={"objects": [{"id": project}]})
    assert refused.status_code == 429
    assert "Too many requests" in refused.json()["error"]["message"]
    assert _wait(dev_api, "get_export_status", exportId=first.json()["id"])["status"]["state"] == "SUCCESSFUL"
    assert dev_api.call("start_export", json={"objects": [{"id": project}]}).status_code == 200
    assert sim.promotion.exports_started == 2
    sim.add_fault(Fault.http(429, operation="start_export", times=1))  # or by the Fault mechanism
    assert dev_api.call("start_export", json={"objects": [{"id": project}]}).status_code == 429


def test_orgs_are_separate(sim: Simulator, prod: SimOrg, dev_api: RawApi, prod_api: RawApi) -> None:
    """The login decides the org: its data, its jobs, its audit log. The default org keeps the constructor's user."""
    assert prod.org_id != sim.org_id
    assert sim.org().org_id == sim.org_id
    assert prod_api.call("list_connections").json() == []
    assert len(dev_api.call("list_connections").json()) == 6
    job = _export(dev_api, _project_id(dev_api, "Ops"))
    assert prod_api.call("get_export_status", exportId=job["id"]).status_code == 404  # another org's job
    assert [o.name for o in sim.orgs] == ["default", "prod"]
    with pytest.raises(ValueError, match="unique across orgs"):
        sim.add_org("again", username=PROD_USER, password="x")
    wrong = RawApi(sim)
    assert wrong.login(PROD_USER, sim.password).status_code == 403  # another org's password
    wrong.close()
    sim.reset()  # every org back to its seed
    assert {path for path, _ in _objects(prod_api)} == {"Default"}
    assert prod_api.call("get_export_status", exportId=job["id"]).status_code == 404


def test_a_large_package_is_streamed_both_ways(
    sim: Simulator, prod: SimOrg, dev_api: RawApi, prod_api: RawApi, tmp_path: Path
) -> None:
    """Neither the simulator nor raw httpx holds a package in memory: a 48 MiB export downloads and uploads with a
    Python-heap peak far below its size (the benchmark does 200 MB and measures RSS)."""
    size = 48 * 1024 * 1024
    sim.promotion.package_padding = size
    job = _export(dev_api, _project_id(dev_api, "Ops"))
    tracemalloc.start()
    try:
        package = _download(dev_api, job["id"], tmp_path / "large.zip")
        uploaded = _upload(prod_api, package)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert package.stat().st_size > size
    assert uploaded.status_code == 200, uploaded.text
    assert uploaded.json()["checksumValid"] is True  # the simulator verified the padding's SHA-256 while streaming it
    assert peak < 16 * 1024 * 1024, peak
    started = prod_api.call("start_import", json={"name": "large"}, importJobId=uploaded.json()["jobId"])
    assert started.status_code == 200
    assert _wait(prod_api, "get_import_status", importJobId=uploaded.json()["jobId"])["status"]["state"] == "SUCCESSFUL"


def test_packages_round_trip_and_stay_opaque(sales_package: tuple[dict[str, Any], Path]) -> None:
    """A package is a real ZIP: a manifest, a checksum, one entry per object (the layout is the simulator's)."""
    export, package = sales_package
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("exportMetadata.v2.json"))
        names = set(archive.namelist())
    assert manifest["exportJobId"] == export["id"]
    assert {(o["path"], o["type"]) for o in manifest["objects"]} == {(o["path"], o["type"]) for o in export["objects"]}
    assert "exportPackage.chksum" in names
    assert all(o["entry"] in names for o in manifest["objects"])
    leads = next(o for o in manifest["objects"] if o["path"] == "Sales/Leads/mt_load_leads")
    assert {d["path"] for d in leads["dependencies"]} == {"Sales/Leads/m_load_leads", "Dev_Agent_Group",
                                                          "Salesforce_CRM", "Snowflake_DW"}  # fmt: skip
    assert io.BytesIO(package.read_bytes()).read(2) == b"PK"


def test_the_generated_endpoints_work_against_the_simulator(
    prod_api: RawApi, sales_package: tuple[dict[str, Any], Path]
) -> None:
    """What phase 2's client methods build on: the generated multipart upload, and models for every job answer."""
    from iics_client.v3 import Client
    from iics_client.v3.api.exports import get_export_status
    from iics_client.v3.api.imports import get_import_status, start_import, upload_import_package
    from iics_client.v3.models import (
        ConflictResolution,
        Expand,
        ImportJob,
        ImportPackageForm,
        ImportPackageUpload,
        ImportRequest,
        ImportSpecification,
        MigrationObjectRef,
        MigrationState,
        MigrationStatus,
    )
    from iics_client.v3.types import File

    export, package = sales_package
    prefix, header = prod_api.route("upload_import_package")
    assert prod_api.session_id is not None
    http = httpx.Client(base_url=prefix, headers={header: prod_api.session_id}, timeout=10)
    client = Client(base_url=prefix).set_httpx_client(http)
    with package.open("rb") as handle:
        form = ImportPackageForm(package=File(payload=handle, file_name="sales.zip", mime_type="application/zip"))
        uploaded = upload_import_package.sync(client=client, body=form)
    assert isinstance(uploaded, ImportPackageUpload)
    assert uploaded.checksum_valid is True
    spec = ImportSpecification(default_conflict_resolution=ConflictResolution.OVERWRITE)
    started = start_import.sync(
        uploaded.job_id, client=client, body=ImportRequest(name="generated", import_specification=spec)
    )
    assert isinstance(started, ImportJob)
    assert started.status.state is MigrationState.QUEUED
    job = _wait(prod_api, "get_import_status", importJobId=uploaded.job_id)
    parsed = get_import_status.sync(uploaded.job_id, client=client, expand=Expand.OBJECTS)
    assert isinstance(parsed, ImportJob)
    assert parsed.to_dict()["objects"] == job["objects"]
    states = {}
    for result in parsed.objects or []:
        assert isinstance(result.source_object, MigrationObjectRef)
        assert isinstance(result.status, MigrationStatus)
        states[result.source_object.path] = result.status.state
    assert states["Dev_Agent_Group"] is MigrationState.SKIPPED
    assert states["Sales/Leads/mt_load_leads"] is MigrationState.SUCCESSFUL
    exported = get_export_status.parse_success(httpx.Response(200, json=export))  # the dev org's answer parses too
    assert exported.status.state is MigrationState.SUCCESSFUL
    assert len(exported.objects or []) == len(export["objects"])
    http.close()
