"""IICSJobRunSensor in real DAG runs: deferrable and poking, on a run started outside Airflow; it never stops it."""

from __future__ import annotations

from typing import Any

import pytest

from iics_client import IICSClient
from iics_client.testing import Simulator

from .support import run_dag, state_events, task_instances, xcom


def start_run(sim: Simulator, name: str, outcome: str) -> dict[str, Any]:
    sim.set_task_outcome(name, outcome, duration=1)
    with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
        job = client.start_job(task_name=name, task_type="MTT")
    return {"task_id": job.task_id, "run_id": job.run_id}


@pytest.mark.parametrize(("outcome", "state"), [("success", "success"), ("warning", "success"), ("failed", "failed")])
def test_sensors_end_as_the_run_ended(sim: Simulator, dagbag: Any, outcome: str, state: str) -> None:
    run = start_run(sim, "mt_load_orders", outcome)
    dag_run = run_dag(dagbag, "iics_sensor", **run)
    tis = task_instances(dag_run)
    assert {task: ti.state for task, ti in tis.items()} == {"deferred": state, "poking": state}
    assert sim.stats.job_starts == 1
    assert "stop_job" not in sim.stats.requests_by_operation
    if state == "success":
        for task in tis:
            assert xcom(dag_run, task)["runId"] == run["run_id"]
    assert "deferred" in [event for _, event in state_events(dag_run, "deferred")]
    assert xcom(dag_run, "deferred", "iics_run_url").startswith(sim.pod_url)


def test_a_sensor_times_out_without_touching_the_run(sim: Simulator, dagbag: Any) -> None:
    sim.set_task_outcome("mt_load_orders", "success", duration=60)
    with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
        job = client.start_job(task_name="mt_load_orders", task_type="MTT")
    dag_run = run_dag(dagbag, "iics_sensor_timeout", task_id=job.task_id, run_id=job.run_id)
    assert task_instances(dag_run)["deferred"].state == "failed"  # AirflowSensorTimeout: no retry
    assert sim.running_jobs == 1
    assert "stop_job" not in sim.stats.requests_by_operation
