"""Advanced taskflows (IICSRunTaskflowOperator, IICSTaskflowRunSensor) against the simulator's published taskflows;
the tests set how their runs end (see tests/airflow/test_taskflows.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import DAG

from iics_client.airflow import IICSRunTaskflowOperator, IICSTaskflowRunSensor

QUICK: dict[str, Any] = {"taskflow_api_name": "tf_month_end", "poll_interval": 0.1}
RETRYING: dict[str, Any] = {**QUICK, "timeout": 0.5, "retries": 30, "retry_delay": timedelta(0)}


def dag(dag_id: str) -> DAG:
    return DAG(dag_id, schedule=None, start_date=datetime(2026, 1, 1), catchup=False)


with dag("iics_taskflow_outcomes"):  # one run of tf_month_end per task, each ending as the test set
    IICSRunTaskflowOperator(task_id="default", inputs={"period": "2026-01", "dry_run": False}, **QUICK)
    IICSRunTaskflowOperator(task_id="fails_on_warning", on_warning="fail", **QUICK)
    IICSRunTaskflowOperator(task_id="skips_on_warning", on_warning="skip", **QUICK)
    IICSRunTaskflowOperator(task_id="on_worker", deferrable=False, instance_name="worker-{{ task.task_id }}", **QUICK)

with dag("iics_taskflow_retry_durable"):  # the run is kept in Airflow's task-state store
    IICSRunTaskflowOperator(task_id="run", **RETRYING)

with dag("iics_taskflow_retry_without_store"):  # no store: found in IICS's status list by its instance name
    IICSRunTaskflowOperator(task_id="run", durable=False, **RETRYING)

with dag("iics_taskflow_retry_suspended"):  # a suspended run is followed by the retry, never started again
    IICSRunTaskflowOperator(task_id="durable", retries=1, retry_delay=timedelta(0), **QUICK)
    IICSRunTaskflowOperator(task_id="without_store", durable=False, retries=1, retry_delay=timedelta(0),
                            **{**QUICK, "taskflow_api_name": "tf_customer_pipeline"})  # fmt: skip

with dag("iics_taskflow_retry_failed"):  # a failed run is not followed: the retry starts a new one
    IICSRunTaskflowOperator(task_id="run", durable=False, retries=1, retry_delay=timedelta(0), **QUICK)

with dag("iics_taskflow_kill"):  # waits on the worker; the test kills it (SIGTERM)
    IICSRunTaskflowOperator(task_id="terminates", deferrable=False, **QUICK)

with dag("iics_taskflow_lost_answer"):
    IICSRunTaskflowOperator(task_id="run", retries=2, retry_delay=timedelta(0), **QUICK)

RUN: dict[str, Any] = {"run_id": "{{ dag_run.conf['run_id'] }}", "api_name": "tf_month_end"}

with dag("iics_taskflow_sensor"):  # a run started elsewhere: its run id comes in the DAG run's conf
    IICSTaskflowRunSensor(task_id="deferred", poke_interval=0.1, timeout=60, **RUN)
    IICSTaskflowRunSensor(task_id="poking", deferrable=False, poke_interval=0.1, timeout=60, **RUN)
