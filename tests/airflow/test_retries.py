"""Never started twice: an Airflow retry of a task whose IICS run is still going re-attaches to that run."""

from __future__ import annotations

from typing import Any

import pytest

from iics_client.testing import Simulator

from .support import run_dag, state_events, stored_run, task_instances, xcom

RUNNING = {  # DAG -> the IICS task its one task runs (4 s per run; every try waits 0.5 s)
    "iics_retry_durable": "lt_nightly_load",
    "iics_retry_without_store": "lt_finance_close",
    "iics_retry_on_worker": "lt_ops_daily",
}


@pytest.mark.parametrize("dag_id", RUNNING)
def test_a_retry_reattaches_to_the_running_run(sim: Simulator, dagbag: Any, dag_id: str) -> None:
    task = sim.task(RUNNING[dag_id])
    sim.set_task_outcome(task.name, "success", duration=4)
    dag_run = run_dag(dagbag, dag_id)

    ti = task_instances(dag_run)["load"]
    assert ti.state == "success"
    assert sim.stats.job_starts_by_task == {task.id: 1}  # one run, however many tries
    events = state_events(dag_run, "load")
    assert {try_number for try_number, _ in events} == set(range(1, ti.try_number + 1))
    assert [event for _, event in events].count("up_for_retry") == ti.try_number - 1 >= 2
    entry = xcom(dag_run, "load")
    assert entry["runId"] == xcom(dag_run, "load", "iics_run_id") == next(iter(sim.stats.runs))
    assert entry["state"] == 1
    if dag_id != "iics_retry_on_worker":  # retries that found the run going deferred on it again
        assert [event for _, event in events].count("deferred") >= 2
    stored = stored_run(dag_run, "load")  # durable=False keeps nothing: IICS's monitor and log did the work
    expected = {"task_id": task.id, "task_type": "WORKFLOW", "run_id": entry["runId"]}
    assert stored == (None if dag_id == "iics_retry_without_store" else expected)


def test_without_the_store_a_retry_takes_the_result_of_a_run_that_succeeded_meanwhile(
    sim: Simulator, dagbag: Any
) -> None:
    task = sim.task("lt_finance_close")
    sim.set_task_outcome(task.name, "warning", duration=1)  # warning counts as success by default
    dag_run = run_dag(dagbag, "iics_retry_without_store_finished")
    ti = task_instances(dag_run)["load"]
    assert (ti.state, ti.try_number) == ("success", 2)
    assert sim.stats.job_starts_by_task == {task.id: 1}
    events = [event for _, event in state_events(dag_run, "load")]
    assert events.count("deferred") == 1  # the retry found the run ended: nothing left to wait for
    assert xcom(dag_run, "load")["state"] == 2


def test_a_retry_after_a_failed_run_starts_a_new_one(sim: Simulator, dagbag: Any) -> None:
    for name in ("mt_ops_metrics", "mt_default_demo"):
        sim.set_task_outcome(name, "failed")
    dag_run = run_dag(dagbag, "iics_retry_failed")
    tis = task_instances(dag_run)
    for task, name in (("durable", "mt_ops_metrics"), ("without_store", "mt_default_demo")):
        assert (tis[task].state, tis[task].try_number) == ("failed", 2)
        assert sim.stats.job_starts_by_task[sim.task(name).id] == 2
