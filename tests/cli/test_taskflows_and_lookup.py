"""`iics taskflows run|status|runs|terminate`, `iics lookup`, `iics <things> get --name`, `iics jobs log`, against the
simulator: outputs, JSON documents and exit codes (success 0, failure 4, suspension 8, timeout 7, Ctrl-C 130)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from iics_client import IICSClient
from iics_client.cli import ExitCode
from iics_client.testing import Simulator

from .conftest import FAST_WAIT

pytestmark = pytest.mark.e2e

PIPELINE = "tf_customer_pipeline"
MONTH_END = "tf_month_end"


@pytest.mark.parametrize(
    ("outcome", "code", "state"),
    [("success", ExitCode.OK, "SUCCESS"), ("failed", ExitCode.JOB_FAILED, "FAILED"),
     ("suspended", ExitCode.SUSPENDED, "SUSPENDED")],
)  # fmt: skip
def test_run_and_wait_exit_codes(sim: Simulator, iics: Any, outcome: str, code: int, state: str) -> None:
    sim.set_taskflow_outcome(MONTH_END, outcome, duration=0.2)
    result = iics("--json", "taskflows", "run", MONTH_END, "--wait", *FAST_WAIT)
    assert result.code == code, result.err
    document = result.json()
    assert (document["api_name"], document["state"], document["finished"]) == (MONTH_END, state, True)
    assert document["reconciled"] is False
    assert document["run"]["runId"] == int(document["run_id"])
    assert [task["assetName"] for task in document["run"]["subtaskDetails"]["details"]["tasks"]] == [
        "mt_sync_accounts",
        "mt_gl_close",
    ]
    assert f"Waiting for taskflow run {document['run_id']}" in result.err
    human = iics("taskflows", "run", MONTH_END, "--wait", *FAST_WAIT)
    assert human.code == code
    assert f": {state} after " in human.out
    assert "2. mt_gl_close (MTT): " in human.out
    if state != "SUCCESS":
        assert "error: Task mt_gl_close failed" in human.out


def test_exit_code_8_is_documented() -> None:
    from iics_client.cli._exit import exit_code_table

    assert "  8  the taskflow run is suspended" in exit_code_table()


def test_run_with_inputs_without_waiting(sim: Simulator, iics: Any, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs.json"
    inputs.write_text(json.dumps({"region": "EMEA", "fullLoad": False}))
    result = iics(
        "--json", "taskflows", "run", PIPELINE, "--input-json", str(inputs), "--input", "region=US",
        "--input", "note=a=b", "--instance-name", "ci 42",
    )  # fmt: skip
    assert result.code == 0, result.err
    document = result.json()
    assert (document["state"], document["finished"], document["run"]) == ("RUNNING", False, None)
    assert sim.taskflow_inputs(document["run_id"]) == {"region": "US", "fullLoad": False, "note": "a=b"}
    status = iics("--json", "taskflows", "status", document["run_id"]).json()
    assert status["run"]["assetName"] == f"{PIPELINE}-ci 42-{document['run_id']}"
    piped = iics("taskflows", "run", PIPELINE, "--input-json", "-", stdin=io.StringIO('{"x": 1}'))
    assert piped.code == 0
    assert piped.out.startswith("Started taskflow run ")
    assert sim.taskflow_inputs(piped.out.split()[3]) == {"x": 1}


@pytest.mark.parametrize(
    "extra", [["--input", "novalue"], ["--input", "=x"], ["--input-json", "/no/such/file"], ["--input-json", "-"]]
)
def test_bad_inputs_are_usage_errors(sim: Simulator, iics: Any, extra: list[str]) -> None:
    result = iics("--json", "taskflows", "run", PIPELINE, *extra, stdin=io.StringIO("[1, 2]"))
    assert result.code == ExitCode.USAGE
    assert result.json()["error"]["exit_code"] == 2
    assert sim.stats.taskflow_starts == 0


def test_status_one_look_and_wait(sim: Simulator, iics: Any) -> None:
    # long enough that a busy machine cannot end the run before the first look (0.5 s could: a flaky test)
    sim.set_taskflow_outcome(PIPELINE, "success", duration=3)
    run_id = iics("--json", "taskflows", "run", PIPELINE).json()["run_id"]
    look = iics("--json", "taskflows", "status", run_id)
    assert look.code == 0
    assert look.json()["state"] == "RUNNING"
    assert look.json()["finished"] is False
    waited = iics("taskflows", "status", run_id, "--wait", *FAST_WAIT)
    assert waited.code == 0
    assert "SUCCESS" in waited.out
    missing = iics("taskflows", "status", "123")
    assert missing.code == ExitCode.ERROR


def test_a_wait_that_times_out(sim: Simulator, iics: Any) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=60)
    result = iics("--json", "taskflows", "run", PIPELINE, "--wait", "--timeout", "0.2", *FAST_WAIT)
    assert result.code == ExitCode.TIMEOUT
    assert result.json()["timed_out"] is True
    assert "iics taskflows status" in result.err


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


@pytest.mark.parametrize("terminate", [False, True])
def test_ctrl_c_while_waiting(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch, terminate: bool) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=60)
    extra = ["--stop-on-interrupt"] if terminate else []
    with monkeypatch.context() as patch:
        patch.setattr(IICSClient, "poll_taskflow_status", _interrupt)
        result = iics("--json", "taskflows", "run", PIPELINE, "--wait", *extra, *FAST_WAIT)
    assert result.code == ExitCode.INTERRUPTED
    document = result.json()
    assert (document["interrupted"], document["terminate_requested"]) == (True, terminate)
    assert sim.stats.taskflow_terminations == (1 if terminate else 0)
    state = iics("--json", "taskflows", "status", document["run_id"]).json()["state"]
    assert state == ("FAILED" if terminate else "RUNNING")  # a terminated run reads FAILED (simulator)


def test_runs_and_terminate(sim: Simulator, iics: Any) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=60)
    run_ids = [iics("--json", "taskflows", "run", PIPELINE).json()["run_id"] for _ in range(2)]
    listed = iics("--json", "taskflows", "runs", "--status", "Running").json()
    assert {str(run["runId"]) for run in listed} == set(run_ids)
    table = iics("taskflows", "runs")
    assert run_ids[0] in table.out
    assert "last 24 hours" in table.err
    old = iics("--json", "taskflows", "runs", "--since", "2000-01-01T00:00:00Z", "--limit", "0").json()
    assert len(old) == 32
    done = iics("taskflows", "terminate", *run_ids)
    assert done.code == 0
    assert "Terminated taskflow runs" in done.out
    assert sim.stats.taskflow_terminations == 2
    assert iics("taskflows", "terminate", "not-a-run").code == ExitCode.USAGE


# ---- lookup and gets ----


def test_lookup_by_path_with_and_without_type(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_gl_close")
    typed = iics("--json", "lookup", "Finance/Close/mt_gl_close", "--type", "MTT").json()
    assert [(obj["id"], obj["type"]) for obj in typed] == [(task.federated_id, "MTT")]
    untyped = iics("lookup", "/Finance/Close/mt_gl_close")
    assert untyped.code == 0
    assert task.federated_id in untyped.out
    by_id = iics("--json", "lookup", "--id", task.federated_id).json()
    assert by_id[0]["path"] == "Finance/Close/mt_gl_close"
    assert iics("lookup", "Finance/Close/nothing").code == ExitCode.ERROR
    assert iics("lookup", "Finance/Close/nothing", "--type", "MTT").code == ExitCode.ERROR


@pytest.mark.parametrize(
    ("group", "name"),
    [("agents", "prod-agent-01"), ("runtime-envs", "Hosted Agent"), ("schedules", "Weekdays_Hourly"),
     ("mapping-tasks", "mt_load_orders"), ("taskflows", "lt_finance_close")],
)  # fmt: skip
def test_get_by_name_and_by_id(sim: Simulator, iics: Any, group: str, name: str) -> None:
    by_name = iics("--json", group, "get", "--name", name)
    assert by_name.code == 0, by_name.err
    found = by_name.json()
    assert found["name"] == name
    assert iics("--json", group, "get", found["id"]).json()["name"] == name
    assert iics(group, "get", "--name", "no such thing").code == ExitCode.ERROR


# ---- jobs log ----


def _finished(sim: Simulator, iics: Any, name: str, outcome: str = "success", kind: str = "MTT") -> tuple[str, str]:
    task = sim.task(name)
    sim.set_task_outcome(task.id, outcome, duration=0.1)
    document = iics("--json", "jobs", "start", task.id, "--type", kind, "--wait", *FAST_WAIT).json()
    return task.id, str(document["run_id"])


def test_jobs_log_prints_or_saves(sim: Simulator, iics: Any, tmp_path: Path) -> None:
    task_id, run_id = _finished(sim, iics, "mt_load_customers")
    printed = iics("jobs", "log", task_id, run_id)
    assert printed.code == 0
    assert "TM_6014" in printed.out
    as_json = iics("--json", "jobs", "log", task_id, run_id).json()
    assert as_json["text"] == printed.out
    assert as_json["kind"] == "session"
    saved = iics("--json", "jobs", "log", task_id, run_id, "--output", str(tmp_path)).json()
    assert Path(saved["output"]).read_text() == printed.out
    assert saved["zip"] is False
    target = tmp_path / "run.log"
    assert iics("jobs", "log", task_id, run_id, "-o", str(target)).code == 0
    assert target.read_text() == printed.out


def test_jobs_log_of_errors_and_of_a_zip(sim: Simulator, iics: Any, tmp_path: Path) -> None:
    task_id, run_id = _finished(sim, iics, "mt_load_orders", "warning")
    rows = iics("jobs", "log", task_id, run_id, "--errors")
    assert rows.out.startswith("ROW_NUMBER,ERROR_CODE,ERROR_MESSAGE")
    flow_id, flow_run = _finished(sim, iics, "lt_nightly_load", kind="WORKFLOW")
    refused = iics("jobs", "log", flow_id, flow_run)
    assert refused.code == ExitCode.USAGE
    assert "--output" in refused.err
    saved = iics("--json", "jobs", "log", flow_id, flow_run, "--output", str(tmp_path)).json()
    assert saved["zip"] is True
    with zipfile.ZipFile(saved["output"]) as archive:
        assert archive.namelist()  # one log per task of the linear taskflow


def test_jobs_log_of_a_run_that_is_not_finished(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_customers")
    sim.set_task_outcome(task.id, "success", duration=30)
    run_id = str(iics("--json", "jobs", "start", task.id, "--type", "MTT").json()["run_id"])
    result = iics("jobs", "log", task.id, run_id)
    assert result.code == ExitCode.ERROR
    assert "not in the activity log" in result.err
