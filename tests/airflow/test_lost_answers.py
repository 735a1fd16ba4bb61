"""A job start whose answer is lost is the client's to reconcile (exactly once), not Airflow's to retry."""

from __future__ import annotations

from typing import Any

from iics_client.testing import Fault, Simulator

from .support import run_dag, task_instances, xcom


def test_a_start_whose_answer_was_lost_is_found_not_sent_again(sim: Simulator, dagbag: Any) -> None:
    lost = sim.add_fault(Fault.http(502, operation="start_job", times=1))  # IICS started the run, the answer is lost
    dag_run = run_dag(dagbag, "iics_lost_answers")
    ti = task_instances(dag_run)["load"]
    assert (ti.state, ti.try_number) == ("success", 1)
    assert sim.fault_fired(lost) == 1
    task = sim.task("mt_load_orders")
    assert sim.stats.job_starts_by_task == {task.id: 1}
    assert xcom(dag_run, "load", "iics_run_id") == next(iter(sim.stats.runs))


def test_a_start_the_client_cannot_tell_about_fails_the_task_without_retry(sim: Simulator, dagbag: Any) -> None:
    sim.add_fault(Fault.http(502, operation="start_job", times=1))
    sim.add_fault(Fault.http(500, operation="get_activity_monitor", times=1))  # and the check fails too
    dag_run = run_dag(dagbag, "iics_lost_answers")
    ti = task_instances(dag_run)["load"]
    assert (ti.state, ti.try_number) == ("failed", 1)  # retries=2 were not used: a retry could start a second run
    assert sim.stats.job_starts == 1
