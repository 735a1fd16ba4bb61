"""Promotion with the client, end to end on the simulator (real sockets, both layouts, sync and async): a project
exported from dev with its dependencies and imported into prod is found there at the same paths; re-imports with
OVERWRITE and REUSE; partial failures name the failed objects; exports that fail; import starts that happen once;
the dynamic rate limit; packages that hold the bytes of the generator's old multipart boundary."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from iics_client import (
    AsyncIICSClient,
    ExportResult,
    IICSClient,
    IICSExportError,
    IICSImportError,
    IICSPartialImportError,
    ImportResult,
)
from iics_client.testing import Fault, SimOrg, Simulator
from tests.support.drive import Runner

pytestmark = pytest.mark.e2e

PROD_USER, PROD_PASSWORD = "release@prod.example.com", "prod-password"


@pytest.fixture
def prod(sim: Simulator) -> SimOrg:
    sim.promotion.queue_time = 0.01
    sim.promotion.export_duration = sim.promotion.import_duration = 0.02
    sim.org().add_mapping_task("mt_load_leads", location="Sales/Leads", connections=("Salesforce_CRM", "Snowflake_DW"),
                               runtime_environment="Dev_Agent_Group", tags=("sales", "leads"))  # fmt: skip
    return sim.add_org("prod", username=PROD_USER, password=PROD_PASSWORD, content="empty")


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    made = Runner(request.param)
    yield made
    made.finish()


class Orgs:
    """A logged-in client for dev and one for prod, of the runner's kind; ``do`` resolves their results."""

    def __init__(self, sim: Simulator, runner: Runner) -> None:
        self.runner = runner
        kind = AsyncIICSClient if runner.asynchronous else IICSClient
        common: dict[str, Any] = {"layout": sim.layout, "retry_backoff": 0.01, "reconcile_timeout": 2.0}
        self.dev: Any = kind(sim.login_url, sim.username, sim.password, **common)
        self.prod: Any = kind(sim.login_url, PROD_USER, PROD_PASSWORD, **common)

    def do(self, value: Any) -> Any:
        return self.runner.run(value)

    def paths(self, client: Any) -> set[tuple[str, str]]:
        return {(o.path, o.type_) for o in self.do(client.search_objects())}

    def close(self) -> None:
        self.runner.close(self.dev)
        self.runner.close(self.prod)


@pytest.fixture
def orgs(sim: Simulator, prod: SimOrg, runner: Runner) -> Iterator[Orgs]:
    made = Orgs(sim, runner)
    yield made
    made.close()


@pytest.fixture
def sales(orgs: Orgs, tmp_path: Path) -> ExportResult:
    result = orgs.do(orgs.dev.export_package([("Sales", "PROJECT")], tmp_path / "sales.zip", include_tags=True,
                                             interval=0.02))  # fmt: skip
    assert isinstance(result, ExportResult)
    return result


def states(result: ImportResult) -> dict[str, str]:
    return {str(o.path): o.state.value for o in result.objects}


def test_a_project_is_promoted_with_its_dependencies(sim: Simulator, prod: SimOrg, orgs: Orgs,
                                                     sales: ExportResult) -> None:  # fmt: skip
    exported = {(o.path, o.type_) for o in sales.objects}
    in_sales = {key for key in orgs.paths(orgs.dev) if key[0] == "Sales" or key[0].startswith("Sales/")}
    assert in_sales <= exported
    assert {("Salesforce_CRM", "Connection"), ("Dev_Agent_Group", "AgentGroup")} <= exported  # dependencies
    assert zipfile.ZipFile(sales.path).testzip() is None
    assert orgs.paths(orgs.prod) == {("Default", "PROJECT")}

    result = orgs.do(orgs.prod.import_package(sales.path, name="sales into prod", interval=0.02))

    assert isinstance(result, ImportResult)
    assert result.job.source_org_id == sim.org_id
    assert in_sales <= orgs.paths(orgs.prod)  # every object, at the same path, with the same type
    assert {states(result)[path] for path, _ in in_sales} == {"SUCCESSFUL"}
    assert states(result)["Dev_Agent_Group"] == "SKIPPED"  # prod has one of that name
    assert not result.failed
    leads = next(o for o in result.objects if o.path == "Sales/Leads/mt_load_leads")
    assert leads.target_id == prod.task("mt_load_leads").federated_id or leads.target_id
    assert "Sales/Leads/mt_load_leads (MTT): Created." in orgs.do(orgs.prod.get_import_log(result.id))
    assert "Export completed" in orgs.do(orgs.dev.get_export_log(sales.id))


def test_reimport_with_overwrite_and_reuse(orgs: Orgs, sales: ExportResult) -> None:
    first = orgs.do(orgs.prod.import_package(sales.path, name="first", interval=0.02))
    targets = {o.source_id: o.target_id for o in first.objects}

    reused = orgs.do(orgs.prod.import_package(sales.path, name="reuse", conflict_resolution="REUSE", interval=0.02))
    assert set(states(reused).values()) == {"SKIPPED"}
    assert {o.source_id: o.target_id for o in reused.objects} == targets

    leads = next(o.source_id for o in first.objects if o.path == "Sales/Leads/mt_load_leads")
    overwritten = orgs.do(orgs.prod.import_package(sales.path, name="overwrite", conflict_resolution="OVERWRITE",
                                                   overrides={leads: "REUSE"}, interval=0.02))  # fmt: skip
    outcome = {str(o.path): o for o in overwritten.objects}
    assert outcome["Sales/Loads/mt_load_orders"].state.value == "SUCCESSFUL"
    assert outcome["Sales/Loads/mt_load_orders"].message == "Overwrote the existing object."
    assert outcome["Sales/Leads/mt_load_leads"].state.value == "SKIPPED"  # its own resolution wins
    assert outcome["Dev_Agent_Group"].state.value == "SKIPPED"  # runtime environments are never overwritten
    assert {o.source_id: o.target_id for o in overwritten.objects} == targets  # the same objects, updated


def test_a_partial_failure_names_the_failed_objects(sim: Simulator, orgs: Orgs, sales: ExportResult) -> None:
    sim.promotion.fail_import_of("Sales/Loads/m_load_orders", "Mapping m_load_orders is not valid.")
    failed = {"Sales/Loads/m_load_orders", "Sales/Loads/mt_load_orders", "Sales/lt_nightly_load"}
    for partial_state in ("FAILED", "SUCCESSFUL"):  # IICS's state for it is undocumented: neither is trusted
        sim.promotion.partial_import_state = partial_state
        with pytest.raises(IICSPartialImportError) as caught:
            orgs.do(orgs.prod.import_package(sales.path, name="partial", conflict_resolution="OVERWRITE",
                                             interval=0.02))  # fmt: skip
        error = caught.value
        assert {o.path for o in error.failed} == failed
        assert error.result.state.value == partial_state
        assert "Sales/Loads/m_load_orders (DTEMPLATE): FAILED: Mapping m_load_orders is not valid." in str(error)
        assert states(error.result)["Sales/Loads/mt_load_customers"] == "SUCCESSFUL"  # the others were imported
    assert ("Sales/Loads/mt_load_customers", "MTT") in orgs.paths(orgs.prod)


def test_an_import_with_nothing_imported_is_an_import_error(sim: Simulator, orgs: Orgs, tmp_path: Path) -> None:
    """A task without its mapping (exported without dependencies) fails alone: IICSImportError, not partial."""
    task = next(o for o in orgs.do(orgs.dev.search_objects(object_type="MTT")) if o.path.endswith("mt_load_orders"))
    lone = orgs.do(orgs.dev.export_package([task], tmp_path, include_dependencies=False, interval=0.02))
    with pytest.raises(IICSImportError) as caught:
        orgs.do(orgs.prod.import_package(lone.path, name="lone", interval=0.02))
    assert not isinstance(caught.value, IICSPartialImportError)
    assert [o.path for o in caught.value.failed] == ["Sales/Loads/mt_load_orders"]
    assert "is neither in the package nor in this organization" in str(caught.value)


def test_a_failed_export_raises_and_writes_no_package(sim: Simulator, orgs: Orgs, tmp_path: Path) -> None:
    sim.promotion.fail_export_of("Finance/Close/mt_gl_close")
    with pytest.raises(IICSExportError) as caught:
        orgs.do(orgs.dev.export_package([("Finance", "PROJECT")], tmp_path / "fin.zip", interval=0.02))
    assert [o.path for o in caught.value.failed] == ["Finance/Close/mt_gl_close"]
    assert caught.value.job.status.state.value == "FAILED"
    assert list(tmp_path.iterdir()) == []


def test_mappings_and_include_substitute_and_select(prod: SimOrg, orgs: Orgs, sales: ExportResult) -> None:
    source = {(o.path, o.type_): o.id for o in sales.objects}
    envs = {e.name: e.id for e in orgs.do(orgs.prod.list_runtime_environments())}
    result = orgs.do(orgs.prod.import_package(
        sales.path, name="leads only", include=[source[("Sales/Leads/mt_load_leads", "MTT")]],
        mappings={source[("Dev_Agent_Group", "AgentGroup")]: envs["Prod_Agent_Group"]}, interval=0.02))  # fmt: skip
    assert {o.path for o in result.succeeded} == {"Sales/Leads/mt_load_leads", "Sales/Leads/m_load_leads",
                                                  "Salesforce_CRM", "Snowflake_DW"}  # fmt: skip
    assert ("Sales/Leads", "FOLDER") in orgs.paths(orgs.prod)  # created on the way
    assert prod.task("mt_load_leads").runtime_environment_id == envs["Prod_Agent_Group"]


def test_an_import_starts_once_when_its_answer_is_lost(sim: Simulator, orgs: Orgs, sales: ExportResult) -> None:
    for fault in (Fault.http(502, operation="start_import", times=1), Fault.drop(operation="start_import", times=1)):
        sim.clear_faults()
        added = sim.add_fault(fault)
        before = sim.promotion.imports_started
        result = orgs.do(orgs.prod.import_package(sales.path, name="once", conflict_resolution="OVERWRITE",
                                                  interval=0.02))  # fmt: skip
        assert sim.fault_fired(added) == 1
        assert sim.promotion.imports_started == before + 1  # started by the lost request, found, not sent again
        assert not result.failed


def test_too_many_requests_is_waited_out(sim: Simulator, orgs: Orgs, tmp_path: Path) -> None:
    """The documented dynamic rate limit: more refusals than the transport retries; the start goes through once."""
    added = sim.add_fault(Fault.http(429, operation="start_export", times=5))
    result = orgs.do(orgs.dev.export_package([("Ops", "PROJECT")], tmp_path, interval=0.02))
    assert sim.fault_fired(added) == 5
    assert sim.promotion.exports_started == 1
    assert result.path.is_file()


def _with_old_boundary(package: Path, target: Path) -> Path:
    """The same package (its checksums still valid) plus an entry that holds the bytes ending a part sent with the
    boundary "+++", stored uncompressed in the middle of the file."""
    target.write_bytes(package.read_bytes())
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("Notes/readme.txt", b"before\r\n--+++\r\nafter\r\n", zipfile.ZIP_STORED)
    return target


def test_a_package_holding_the_old_boundary_is_uploaded_whole(orgs: Orgs, sales: ExportResult, tmp_path: Path) -> None:
    package = _with_old_boundary(sales.path, tmp_path / "tricky.zip")
    upload = orgs.do(orgs.prod.upload_import_package(package))
    assert upload.checksum_valid is True
    result = orgs.do(orgs.prod.import_package(package, name="tricky", interval=0.02))
    assert not result.failed


def test_the_generated_multipart_endpoint_lets_httpx_choose_the_boundary(
    sim: Simulator, prod: SimOrg, sales: ExportResult, tmp_path: Path
) -> None:
    """templates/endpoint_module.py.jinja: the generated upload sets no Content-Type (upstream's fixed "+++" cuts this
    package; the last request shows it)."""
    from iics_client.v3 import Client
    from iics_client.v3.api.imports import upload_import_package
    from iics_client.v3.models import ImportPackageForm, ImportPackageUpload
    from iics_client.v3.types import File

    from .raw import RawApi

    package = _with_old_boundary(sales.path, tmp_path / "tricky.zip")
    raw = RawApi(sim)
    assert raw.login(PROD_USER, PROD_PASSWORD).status_code == 200
    prefix, header = raw.route("upload_import_package")
    assert raw.session_id is not None
    with httpx.Client(base_url=prefix, headers={header: raw.session_id}, timeout=10) as http:
        client = Client(base_url=prefix).set_httpx_client(http)
        with package.open("rb") as handle:
            form = ImportPackageForm(package=File(payload=handle, file_name="tricky.zip", mime_type="application/zip"))
            assert "Content-Type" not in upload_import_package.request_kwargs(body=form)["headers"]
            uploaded = upload_import_package.sync(client=client, body=form)
        assert isinstance(uploaded, ImportPackageUpload)
        assert uploaded.checksum_valid is True
        with package.open("rb") as handle:  # what the upstream template sent
            old = http.post("/import/package", files={"package": ("tricky.zip", handle, "application/zip")},
                            headers={"Content-Type": "multipart/form-data; boundary=+++"})  # fmt: skip
        assert old.status_code == 400, old.text
    raw.close()
