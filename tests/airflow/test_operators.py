"""IICSRunTaskOperator in real DAG runs (dag.test) against the simulator: outcomes, XComs, link, deferral."""

from __future__ import annotations

from typing import Any

import pytest

from iics_client.testing import Simulator

from .support import run_dag, state_events, stored_run, task_instances, xcom

OUTCOMES = {  # IICS task -> how its runs end
    "mt_load_products": "warning",
    "mt_sync_accounts": "warning",
    "mt_gl_close": "warning",
    "mt_ops_metrics": "failed",
    "mt_default_demo": "failed",
    "mt_cleanup_staging": "stopped",
}
TASKS = {  # Airflow task of iics_outcomes -> the IICS task it runs
    "success": "mt_load_customers",
    "success_on_worker": "mt_load_orders",
    "warning_ok": "mt_load_products",
    "warning_fails": "mt_sync_accounts",
    "warning_skips": "mt_gl_close",
    "failure": "mt_ops_metrics",
    "failure_on_worker": "mt_default_demo",
    "stopped": "mt_cleanup_staging",
    "linear_taskflow_by_id": "lt_nightly_load",
    "sync_task_by_federated_id": "dss_sync_contacts",
}


@pytest.fixture(scope="module")
def outcomes(simulator: Simulator, dagbag: Any) -> tuple[Any, dict[str, Any], dict[str, int]]:
    """One run of the DAG iics_outcomes; its task instances; job starts per IICS task."""
    simulator.reset()
    for name, outcome in OUTCOMES.items():
        simulator.set_task_outcome(name, outcome)
    dag_run = run_dag(dagbag, "iics_outcomes")
    return dag_run, task_instances(dag_run), simulator.stats.job_starts_by_task


STATES = {
    "success": "success",
    "success_on_worker": "success",
    "warning_ok": "success",  # on_warning="success", the default
    "warning_fails": "failed",  # on_warning="fail"
    "warning_skips": "skipped",  # on_warning="skip"
    "failure": "failed",
    "failure_on_worker": "failed",
    "stopped": "failed",
    "linear_taskflow_by_id": "success",
    "sync_task_by_federated_id": "success",
}


@pytest.mark.parametrize(("task", "state"), STATES.items())
def test_a_run_ends_the_task_as_it_ended_in_iics(outcomes: Any, task: str, state: str) -> None:
    _dag_run, tis, _starts = outcomes
    assert tis[task].state == state
    assert tis[task].try_number == 1  # no retries configured: one try each


def test_every_task_started_exactly_one_run(outcomes: Any, simulator: Simulator) -> None:
    _dag_run, _tis, starts = outcomes
    assert starts == {simulator.task(name).id: 1 for name in TASKS.values()}


@pytest.mark.parametrize("task", ["success", "warning_ok", "linear_taskflow_by_id", "sync_task_by_federated_id"])
def test_the_return_value_is_the_final_activity_log_entry(outcomes: Any, simulator: Simulator, task: str) -> None:
    dag_run, _tis, _starts = outcomes
    entry = xcom(dag_run, task)
    iics_task = simulator.task(TASKS[task])
    assert entry["objectId"] == iics_task.id
    assert entry["runId"] == xcom(dag_run, task, "iics_run_id")
    assert entry["state"] == (2 if task == "warning_ok" else 1)
    assert xcom(dag_run, task, "iics_task_id") == iics_task.id  # the v2 id, also when started by name or federated id


def test_run_id_and_link_are_pushed_even_when_the_run_failed(outcomes: Any, simulator: Simulator) -> None:
    dag_run, _tis, _starts = outcomes
    assert isinstance(xcom(dag_run, "failure", "iics_run_id"), int)
    assert (
        xcom(dag_run, "failure", "iics_run_url") == f"{simulator.pod_url}/cloudUI/products/monitor/main/RunningJobs/di"
    )
    assert xcom(dag_run, "failure") is None  # no return value


def test_a_deferrable_task_is_deferred_and_resumes(outcomes: Any) -> None:
    dag_run, _tis, _starts = outcomes
    assert [event for _try, event in state_events(dag_run, "success")] == ["running", "deferred", "running", "success"]
    assert [event for _try, event in state_events(dag_run, "success_on_worker")] == ["running", "success"]


def test_the_run_is_kept_in_the_task_state_store(outcomes: Any) -> None:
    dag_run, _tis, _starts = outcomes
    stored = stored_run(dag_run, "success")
    assert stored == {"task_id": xcom(dag_run, "success", "iics_task_id"), "task_type": "MTT",
                      "run_id": xcom(dag_run, "success", "iics_run_id")}  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({}, "exactly one of iics_task_id, iics_task_federated_id or iics_task_name"),
        ({"iics_task_id": "0100000Z000000000003", "iics_task_name": "x"}, "exactly one of"),
        ({"iics_task_name": "x", "iics_task_type": ""}, "iics_task_type is required"),
        ({"iics_task_name": "x", "poll_interval": 0}, "must be positive"),
        ({"iics_task_name": "x", "timeout": -1}, "must be positive"),
        ({"iics_task_name": "x", "on_warning": "ignore"}, "on_warning must be one of"),
    ],
)
def test_bad_arguments_fail_when_the_dag_is_parsed(arguments: dict[str, Any], message: str) -> None:
    from iics_client import IICSConfigurationError
    from iics_client.airflow import IICSRunTaskOperator

    with pytest.raises(IICSConfigurationError, match=message):
        IICSRunTaskOperator(task_id="t", **arguments)


def test_a_trigger_that_may_stop_the_run_needs_the_task_type() -> None:
    from iics_client import IICSConfigurationError
    from iics_client.airflow import IICSJobRunTrigger

    with pytest.raises(IICSConfigurationError, match="cancel_on_kill needs task_type"):
        IICSJobRunTrigger(iics_task_id="0100000Z000000000003", run_id=1, cancel_on_kill=True)


def test_the_ui_reads_the_monitor_link_from_the_run_url_xcom(dagbag: Any) -> None:
    from airflow.serialization.serialized_objects import DagSerialization

    serialized = DagSerialization.to_dict(dagbag.get_dag("iics_outcomes"))
    tasks = {task["__var"]["task_id"]: task["__var"] for task in serialized["dag"]["tasks"]}
    assert tasks["success"]["_operator_extra_links"] == {"IICS Monitor": "iics_run_url"}


def test_the_hook_describes_its_form_for_older_airflow_versions() -> None:
    from iics_client.airflow import IICSHook

    behaviour = IICSHook.get_ui_field_behaviour()
    assert behaviour["hidden_fields"] == ["schema", "port"]
    assert behaviour["relabeling"]["login"] == "Username"
