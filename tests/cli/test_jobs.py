"""`iics jobs`: start, wait (every outcome and exit code), status, stop, timeouts and Ctrl-C."""

from __future__ import annotations

from typing import Any

import pytest

from iics_client import IICSClient
from iics_client.cli import ExitCode
from iics_client.testing import Simulator

from .conftest import FAST_WAIT, Terminal

pytestmark = pytest.mark.e2e


def _start(iics: Any, sim: Simulator, name: str, *extra: str) -> Any:
    return iics("--json", "jobs", "start", sim.task(name).id, "--type", "MTT", *extra)


def test_start_without_waiting(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_customers")
    result = iics("--json", "jobs", "start", task.id, "--type", "MTT")
    assert result.code == 0
    document = result.json()
    assert document["task_id"] == task.id
    assert document["state"] == "RUNNING"
    assert document["finished"] is False
    assert document["job"]["runId"] == document["run_id"]
    assert document["job"]["taskName"] == "mt_load_customers"
    assert "Started run" in result.err  # progress messages go to stderr, never into the JSON
    human = iics("jobs", "start", task.id, "--type", "MTT")
    assert human.code == 0
    assert human.out.startswith("Started run ")
    assert sim.stats.job_starts_by_task[task.id] == 2


@pytest.mark.parametrize(
    ("outcome", "extra", "code", "state"),
    [
        ("success", [], ExitCode.OK, "SUCCESS"),
        ("warning", [], ExitCode.JOB_WARNING, "WARNING"),
        ("warning", ["--warning-ok"], ExitCode.OK, "WARNING"),
        ("failed", [], ExitCode.JOB_FAILED, "FAILED"),
        ("failed", ["--warning-ok"], ExitCode.JOB_FAILED, "FAILED"),
        ("stopped", [], ExitCode.JOB_STOPPED, "STOPPED"),
    ],
)
def test_wait_outcomes(sim: Simulator, iics: Any, outcome: str, extra: list[str], code: int, state: str) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, outcome, duration=0.2)
    result = _start(iics, sim, "mt_load_orders", "--wait", *FAST_WAIT, *extra)
    assert result.code == code, result.err
    document = result.json()
    assert document["state"] == state
    assert document["finished"] is True
    assert document["entry"]["runId"] == document["run_id"] == document["job"]["runId"]
    assert document["entry"]["objectName"] == "mt_load_orders"
    assert f"Waiting for run {document['run_id']}" in result.err


def test_wait_human_output(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "failed", duration=0.1)
    result = iics("jobs", "start", task.id, "--type", "MTT", "--wait", *FAST_WAIT)
    assert result.code == ExitCode.JOB_FAILED
    first = result.out.splitlines()[0]
    assert first.startswith("Run ")
    assert "mt_load_orders: FAILED" in first
    assert "error:" in result.out


def test_start_by_name_and_by_federated_id(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_gl_close")
    by_name = iics("--json", "jobs", "start", "mt_gl_close", "--by-name", "--type", "MTT", "--wait", *FAST_WAIT)
    assert by_name.code == 0
    assert by_name.json()["task_id"] == task.id
    by_federated = iics(
        "--json", "jobs", "start", task.federated_id, "--federated", "--type", "MTT", "--wait", *FAST_WAIT
    )
    assert by_federated.code == 0
    assert by_federated.json()["task_id"] == task.id
    assert sim.stats.job_starts_by_task[task.id] == 2


def test_wait_timeout(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_products")
    sim.set_task_outcome(task.id, "success", duration=30)
    result = _start(iics, sim, "mt_load_products", "--wait", "--timeout", "0.2", *FAST_WAIT)
    assert result.code == ExitCode.TIMEOUT
    document = result.json()
    assert document["timed_out"] is True
    assert document["finished"] is False
    assert document["state"] == "RUNNING"
    assert f"iics jobs status {task.id} {document['run_id']}" in result.err
    assert sim.running_jobs == 1  # giving up waiting does not stop the job


def test_status_one_look_running_then_finished(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_products")
    sim.set_task_outcome(task.id, "warning", duration=30)
    run_id = str(_start(iics, sim, "mt_load_products").json()["run_id"])
    running = iics("--json", "jobs", "status", task.id, run_id)
    assert running.code == 0
    assert running.json()["state"] == "RUNNING"
    assert running.json()["monitor"]["runId"] == int(run_id)
    assert "RUNNING" in iics("jobs", "status", task.id, run_id).out

    assert iics("jobs", "stop", task.id, "--type", "MTT").code == 0
    stopped = iics("--json", "jobs", "status", task.id, run_id)
    assert stopped.code == ExitCode.JOB_STOPPED
    assert stopped.json()["state"] == "STOPPED"
    assert stopped.json()["entry"]["isStopped"] is True


def test_status_exit_code_follows_the_state(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "warning", duration=0)
    run_id = str(_start(iics, sim, "mt_load_orders").json()["run_id"])
    assert iics("jobs", "status", task.id, run_id).code == ExitCode.JOB_WARNING
    assert iics("jobs", "status", task.id, run_id, "--warning-ok").code == ExitCode.OK


def test_status_wait(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "success", duration=0.3)
    run_id = str(_start(iics, sim, "mt_load_orders").json()["run_id"])
    result = iics("--json", "jobs", "status", task.id, run_id, "--wait", *FAST_WAIT)
    assert result.code == 0
    assert result.json()["state"] == "SUCCESS"
    assert result.json()["job"] is None


def test_status_of_an_unknown_run(sim: Simulator, iics: Any) -> None:
    result = iics("--json", "jobs", "status", sim.task("mt_load_orders").id, "42")
    assert result.code == ExitCode.ERROR
    assert "neither running nor in the activity log" in result.json()["error"]["message"]


def test_stop(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_sync_accounts")
    sim.set_task_outcome(task.id, "success", duration=30)
    _start(iics, sim, "mt_sync_accounts")
    result = iics("--json", "jobs", "stop", "mt_sync_accounts", "--by-name", "--type", "MTT", "--clean")
    assert result.code == 0
    assert isinstance(result.json(), dict)
    assert sim.running_jobs == 0
    # nothing to stop any more: IICS says 400
    again = iics("jobs", "stop", task.id, "--type", "MTT")
    assert again.code == ExitCode.ERROR
    assert "not running" in again.err


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def test_ctrl_c_while_waiting_leaves_the_job_running(
    sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    task = sim.task("mt_load_customers")
    sim.set_task_outcome(task.id, "success", duration=30)
    monkeypatch.setattr(IICSClient, "poll_job_status", _interrupt)
    result = _start(iics, sim, "mt_load_customers", "--wait", *FAST_WAIT)
    assert result.code == 130
    assert int(ExitCode.INTERRUPTED) == 130
    document = result.json()
    assert document["interrupted"] is True
    assert document["stop_requested"] is False
    assert "keeps running" in result.err
    assert sim.running_jobs == 1
    assert sim.live_sessions == 0  # it still logged out


def test_ctrl_c_with_stop_on_interrupt_stops_the_job(
    sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    task = sim.task("mt_load_customers")
    sim.set_task_outcome(task.id, "success", duration=30)
    with monkeypatch.context() as patch:
        patch.setattr(IICSClient, "poll_job_status", _interrupt)
        result = _start(iics, sim, "mt_load_customers", "--wait", "--stop-on-interrupt", *FAST_WAIT)
    assert result.code == 130
    document = result.json()
    assert document["stop_requested"] is True
    assert sim.running_jobs == 0
    status = iics("--json", "jobs", "status", task.id, str(document["run_id"]))
    assert status.json()["state"] == "STOPPED"


def test_ctrl_c_on_status_wait_needs_a_type_to_stop(sim: Simulator, iics: Any) -> None:
    result = iics("jobs", "status", "T", "1", "--wait", "--stop-on-interrupt")
    assert result.code == ExitCode.USAGE
    assert "--type" in result.err


def test_ctrl_c_on_status_wait_stops_with_type(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    task = sim.task("mt_ops_metrics")
    sim.set_task_outcome(task.id, "success", duration=30)
    run_id = str(_start(iics, sim, "mt_ops_metrics").json()["run_id"])
    monkeypatch.setattr(IICSClient, "poll_job_status", _interrupt)
    result = iics("jobs", "status", task.id, run_id, "--wait", "--stop-on-interrupt", "--type", "MTT")
    assert result.code == 130
    assert "Stop requested" in result.err
    assert sim.running_jobs == 0


def test_ctrl_c_when_the_stop_fails(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(IICSClient, "poll_job_status", _interrupt)
    task = sim.task("mt_ops_metrics")
    sim.set_task_outcome(task.id, "success", duration=0)  # over before the stop arrives: IICS answers 400
    result = _start(iics, sim, "mt_ops_metrics", "--wait", "--stop-on-interrupt")
    assert result.code == 130
    assert result.json()["stop_requested"] is False
    assert "could not stop" in result.err


def test_ctrl_c_outside_a_wait(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(IICSClient, "list_connections", _interrupt)
    result = iics("connections", "list")
    assert result.code == 130
    assert "Interrupted" in result.err


def test_progress_line_only_on_a_terminal(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "success", duration=0.4)
    plain = iics("jobs", "start", task.id, "--type", "MTT", "--wait", *FAST_WAIT)
    assert plain.code == 0
    assert "\r" not in plain.err
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    result = iics("jobs", "start", task.id, "--type", "MTT", "--wait", *FAST_WAIT)
    assert result.code == 0
    shown = terminal.getvalue()
    assert "\r\x1b[K" in shown
    assert "waiting for run" in shown
    assert " s)" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end
