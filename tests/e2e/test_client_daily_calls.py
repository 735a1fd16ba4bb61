"""The calls of issue 16 through the client, end to end on the simulator: sync and async, both layouts, real sockets.
Advanced taskflows (run, watch, list, terminate; exactly once when the answer is lost), lookup and start by path,
references, by-name reads and the task list, run details and logs, the session check and object search's keywords."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from iics_client import AsyncIICSClient, IICSClient, IICSConfigurationError, IICSNotFoundError, JobState
from iics_client.taskflow.models import TaskflowRunStatus
from iics_client.testing import Fault, Simulator
from tests.e2e.test_client_e2e import make_client
from tests.support.drive import Runner

pytestmark = pytest.mark.e2e

PIPELINE = "tf_customer_pipeline"  # seeded: runs mt_load_customers, then mt_load_orders
MONTH_END = "tf_month_end"  # seeded: runs mt_sync_accounts, then mt_gl_close
FAST = {"interval": 0.02, "max_interval": 0.05, "timeout": 30.0}


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, sim: Simulator) -> Iterator[tuple[Any, Any]]:
    """A logged-in client of each kind and ``do`` (resolves a method's result: awaited, paged into a list)."""
    runner = Runner(request.param)
    made = make_client(sim, AsyncIICSClient if runner.asynchronous else IICSClient)
    yield made, runner.run
    runner.run(made.logout())
    runner.close(made)
    runner.finish()


# ---- advanced taskflows ----


def test_a_taskflow_runs_to_success_with_its_subtasks(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0.2)
    run = do(c.run_taskflow(PIPELINE, {"region": "EMEA", "fullLoad": False}, instance_name="Nightly EMEA"))
    assert run.run_id.isdigit()
    assert not run.reconciled
    assert sim.taskflow_inputs(run.run_id) == {"region": "EMEA", "fullLoad": False}
    status = do(c.poll_taskflow_status(run.run_id, **FAST))
    assert status.state is TaskflowRunStatus.SUCCESS
    assert [(task.asset_name, task.status) for task in status.subtasks] == [
        ("mt_load_customers", TaskflowRunStatus.SUCCESS),
        ("mt_load_orders", TaskflowRunStatus.SUCCESS),
    ]
    assert status.run.asset_name == f"{PIPELINE}-Nightly EMEA-{run.run_id}"
    assert status.error_message is None
    assert do(c.get_taskflow_run(run.run_id)).status is TaskflowRunStatus.SUCCESS
    listed = do(c.list_taskflow_runs(run_status="Success"))
    assert run.run_id in {str(item.run_id) for item in listed}


@pytest.mark.parametrize("outcome", ["failed", "suspended"])
def test_a_taskflow_that_fails_or_suspends(sim: Simulator, client: tuple[Any, Any], outcome: str) -> None:
    c, do = client
    sim.set_taskflow_outcome(MONTH_END, outcome, duration=0.2, step=1)
    run = do(c.run_taskflow(MONTH_END))
    status = do(c.poll_taskflow_status(run.run_id, **FAST))
    assert status.state is TaskflowRunStatus(outcome.upper())
    assert "mt_gl_close" in (status.error_message or "")
    assert [(task.asset_name, task.status.value) for task in status.subtasks] == [
        ("mt_sync_accounts", "SUCCESS"),
        ("mt_gl_close", "FAILED"),
    ]
    if outcome == "suspended":  # a suspended run waits for someone: terminate it
        results = do(c.terminate_taskflow_runs([run.run_id]))
        assert run.run_id in results[0].message
        assert do(c.get_taskflow_run(run.run_id)).status is TaskflowRunStatus.FAILED
        assert sim.stats.taskflow_terminations == 1


def test_the_status_list_pages_and_filters_on_the_server(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0.0)
    started = [do(c.run_taskflow(PIPELINE)).run_id for _ in range(3)]
    recent = do(c.list_taskflow_runs(page_size=2))  # only the last 24 h: the seeded history is older
    assert {str(run.run_id) for run in recent} == set(started)
    everything = do(c.list_taskflow_runs(start=datetime(2000, 1, 1), page_size=7))
    assert len(everything) == 33  # 30 seeded + 3; 7 per page
    old_failures = do(c.list_taskflow_runs(run_status="FAILED", start="2000-01-01T00:00:00Z", end=datetime.now()))
    assert old_failures
    assert {run.status for run in old_failures} == {TaskflowRunStatus.FAILED}
    assert len(do(c.list_taskflow_runs(start=datetime(2000, 1, 1), limit=5))) == 5


def test_terminating_many_runs(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    sim.set_taskflow_outcome(PIPELINE, "success", duration=60.0)
    runs = [do(c.run_taskflow(PIPELINE)).run_id for _ in range(3)]
    do(c.terminate_taskflow_runs([*runs, int(runs[0])]))
    assert sim.stats.taskflow_terminations == 3
    assert {do(c.get_taskflow_run(run_id)).status for run_id in runs} == {TaskflowRunStatus.FAILED}
    with pytest.raises(IICSNotFoundError):
        do(c.terminate_taskflow_runs(["1"]))


@pytest.mark.parametrize(
    ("fault", "reconciled"),
    [
        (Fault.http(502, operation="run_taskflow", times=1), True),  # the run started, its answer was lost
        (Fault.drop(operation="run_taskflow", times=1), True),
        (Fault.http(503, operation="run_taskflow", times=1), True),  # without Retry-After: it acted
        (Fault.http(503, retry_after=0, operation="run_taskflow", times=1), False),  # refused: sent again
        (Fault.http(429, retry_after=0, operation="run_taskflow", times=1), False),
    ],
    ids=["502", "drop", "503", "503-retry-after", "429"],
)
def test_a_taskflow_run_whose_answer_is_lost_runs_once(
    sim: Simulator, client: tuple[Any, Any], fault: Fault, reconciled: bool
) -> None:
    c, do = client
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0.2)
    sim.add_fault(fault)
    run = do(c.run_taskflow(PIPELINE, {"batch": 7}, instance_name="once"))
    assert sim.fault_fired(fault) == 1
    assert sim.stats.taskflow_starts == 1
    assert sim.taskflow_inputs(run.run_id) == {"batch": 7}
    assert bool(run.reconciled) is reconciled
    assert do(c.poll_taskflow_status(run.run_id, **FAST)).state is TaskflowRunStatus.SUCCESS


# ---- lookup, start by path, references ----


def test_lookup_by_path_and_id(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    task, flow = sim.task("mt_gl_close"), sim.task("lt_nightly_load")
    found = do(c.lookup(["/Finance/Close/mt_gl_close"], "MTT", ids=flow.federated_id))
    assert [(obj.id, obj.path, obj.type_) for obj in found] == [
        (task.federated_id, "Finance/Close/mt_gl_close", "MTT"),
        (flow.federated_id, "Sales/lt_nightly_load", "WORKFLOW"),
    ]
    with pytest.raises(IICSNotFoundError):
        do(c.lookup("Finance/Close/nope", "MTT"))


def test_start_job_by_path_and_its_lost_answer(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    task = sim.task("mt_gl_close")
    sim.set_task_outcome(task.id, "success", duration=0.2)
    fault = sim.add_fault(Fault.http(502, operation="start_job", times=1))
    job = do(c.start_job(task_path="Finance/Close/mt_gl_close", task_type="MTT"))
    assert sim.fault_fired(fault) == 1
    assert job.reconciled  # found through the task list (federated id -> v2 id) and the activity monitor/log
    assert sim.stats.job_starts_by_task[task.id] == 1
    assert do(c.poll_job_status(task.id, job.run_id, interval=0.02)).state is JobState.SUCCESS


def test_object_references(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    customers = sim.task("mt_load_customers")
    uses = do(c.get_object_references(customers.federated_id))
    assert [(ref.path, ref.document_type) for ref in uses] == [("Sales/Loads/m_load_customers", "DTEMPLATE")]
    used_by = do(c.get_object_references(customers.federated_id, "usedBy", page_size=1))
    assert {(ref.path, ref.document_type) for ref in used_by} == {
        ("Sales/lt_nightly_load", "WORKFLOW"),
        ("Sales/tf_customer_pipeline", "TASKFLOW"),
    }


# ---- by name, the task list ----


def test_by_name_and_the_task_list(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    assert do(c.get_agent_by_name("prod-agent-01")).name == "prod-agent-01"
    assert do(c.get_runtime_environment_by_name("Hosted Agent")).name == "Hosted Agent"
    assert do(c.get_schedule_by_name("Weekdays_Hourly")).name == "Weekdays_Hourly"
    assert do(c.get_mapping_task_by_name("mt_load_orders")).id == sim.task("mt_load_orders").id
    assert do(c.get_taskflow_by_name("lt_finance_close")).name == "lt_finance_close"
    assert "mt_load_customers" in {task.name for task in do(c.list_tasks("MTT"))}
    assert [task.name for task in do(c.list_tasks("DSS"))] == ["dss_sync_contacts"]
    with pytest.raises(IICSNotFoundError):
        do(c.get_schedule_by_name("no such schedule"))


# ---- run details and logs ----


def _finished_run(sim: Simulator, c: Any, do: Any, name: str, outcome: str, task_type: str = "MTT") -> Any:
    task = sim.task(name)
    sim.set_task_outcome(task.id, outcome, duration=0.05)
    job = do(c.start_job(task.id, task_type))
    return do(c.poll_job_status(task.id, job.run_id, interval=0.02)).entry


def test_an_entry_with_its_children_and_its_session_log(
    sim: Simulator, client: tuple[Any, Any], tmp_path: Path
) -> None:
    c, do = client
    entry = do(c.get_activity_log_entry(_finished_run(sim, c, do, "mt_load_customers", "success").id))
    assert entry.error_msg is None  # a successful run's top-level errorMsg is null
    assert entry.run_context_type == "REST-API"
    child = entry.entries[0]
    assert [tx.tx_type for tx in child.transformation_entries] == ["SOURCE", "TARGET"]
    text = do(c.get_session_log(entry.id))
    assert b"TM_6014" in text
    assert str(entry.run_id).encode() in text
    saved = do(c.get_session_log(entry.id, path=tmp_path))
    assert saved.read_bytes() == text
    assert saved.name == child.log_entry_item_attrs["Session Log File Name"]
    assert do(c.get_session_log(entry.id, item_id=child.id, path=tmp_path / "one.log")).read_bytes() == text


def test_a_linear_taskflow_log_is_a_zip(sim: Simulator, client: tuple[Any, Any], tmp_path: Path) -> None:
    c, do = client
    entry = _finished_run(sim, c, do, "lt_nightly_load", "success", task_type="WORKFLOW")
    data = do(c.get_session_log(entry.id))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len(archive.namelist()) == len(entry.entries)
    assert do(c.get_session_log(entry.id, path=tmp_path)).suffix == ".zip"


def test_the_error_rows_of_a_run_with_warnings(sim: Simulator, client: tuple[Any, Any], tmp_path: Path) -> None:
    c, do = client
    entry = _finished_run(sim, c, do, "mt_load_orders", "warning")
    rows = do(c.get_error_log(entry.id)).decode().splitlines()
    assert rows[0] == "ROW_NUMBER,ERROR_CODE,ERROR_MESSAGE"
    assert len(rows) - 1 == min(entry.total_failed_rows, 100)
    assert do(c.get_error_log(entry.id, path=tmp_path / "rows.csv")).read_text().splitlines() == rows
    with pytest.raises(IICSNotFoundError):
        do(c.get_error_log("00000000099999999990"))
    with pytest.raises(IICSConfigurationError):
        do(c.get_activity_log(run_id=entry.run_id))  # IICS requires taskId with runId


# ---- the session check, the server's time, object search ----


def test_validate_session_and_server_time(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    token = do(c.validate_session())
    assert token.is_valid_token
    assert 0 <= token.time_until_expire <= 30
    assert not do(c.validate_session("not-a-session")).is_valid_token
    moment = datetime.fromisoformat(do(c.get_server_time()).time.replace("Z", "+00:00"))
    assert abs((moment - datetime.now(timezone.utc)).total_seconds()) < 60


def test_search_keywords_filter_on_the_server(sim: Simulator, client: tuple[Any, Any]) -> None:
    c, do = client
    everything = do(c.search_objects(limit=None))
    checked_out = do(c.search_objects(source_control={"checkedOutBy": "jdoe@example.com"}))
    assert [obj.path for obj in checked_out] == ["Sales/Loads/mt_load_orders"]
    newest = max(obj.update_time for obj in everything)
    recent = do(c.search_objects(updated_since=newest))
    assert recent
    assert {obj.update_time for obj in recent} == {newest}
    older = do(c.search_objects(updated_before=newest))
    assert len(older) + len(recent) == len(everything)
    controlled = do(c.search_objects(source_control={"sourceControlled": True}))
    assert 0 < len(controlled) < len(everything)


@pytest.mark.slow
@pytest.mark.parametrize("named", [True, False], ids=["instance-names", "no-names"])
def test_200_concurrent_taskflow_runs_with_lost_answers_never_run_twice(sim: Simulator, named: bool) -> None:
    """About 10% of run requests lose their answer after the run started, 5% are refused. With an instance name per
    run every lost answer is reconciled to its run; without, concurrent runs of one taskflow by one user cannot be
    told apart, so those calls raise IICSJobStartUnknownError (their runs exist) and nothing ever runs twice."""
    import asyncio

    from iics_client import IICSJobStartUnknownError

    runs = 200
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0.5)
    lost = [sim.add_fault(Fault.http(502, operation="run_taskflow", probability=0.05)),
            sim.add_fault(Fault.drop(operation="run_taskflow", probability=0.03)),
            sim.add_fault(Fault.http(504, operation="run_taskflow", probability=0.02))]  # fmt: skip
    sim.add_fault(Fault.http(429, retry_after=0, operation="run_taskflow", probability=0.05))

    async def run_all() -> list[Any]:
        client = make_client(sim, AsyncIICSClient, reconcile_timeout=3.0, max_retries=5)
        gate = asyncio.Semaphore(20)

        async def one(number: int) -> Any:
            async with gate:
                name = f"batch-{number}" if named else None
                return await client.run_taskflow(PIPELINE, {"n": number}, instance_name=name)

        try:
            return await asyncio.gather(*(one(number) for number in range(runs)), return_exceptions=True)
        finally:
            await client.aclose()

    results = asyncio.run(run_all())
    returned = [result for result in results if not isinstance(result, BaseException)]
    unknown = [result for result in results if isinstance(result, IICSJobStartUnknownError)]
    answers_lost = sum(sim.fault_fired(fault) for fault in lost)
    assert len(returned) + len(unknown) == runs  # no other failure
    assert sim.stats.taskflow_starts == runs  # every call started exactly one run
    assert len({run.run_id for run in returned}) == len(returned)
    assert sorted(sim.taskflow_inputs(run.run_id)["n"] for run in returned) == sorted(
        number for number, result in enumerate(results) if result in returned
    )
    reconciled = sum(bool(run.reconciled) for run in returned)
    assert reconciled + len(unknown) == answers_lost > 0  # every lost answer was looked up, none sent again
    if named:
        assert not unknown
    else:
        assert unknown  # (a lost answer with no other run of this user since its request is still found)
