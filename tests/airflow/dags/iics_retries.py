"""Retries while the IICS run is still going: each try's wait times out (0.5 s) long before the run ends (the test
makes it run 4 s), and every retry must follow that run instead of starting another. One DAG per scenario, so no
other task runs between the tries (see tests/airflow/test_retries.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import DAG

from iics_client.airflow import IICSRunTaskOperator

RETRYING: dict[str, Any] = {"poll_interval": 0.1, "timeout": 0.5, "retries": 30, "retry_delay": timedelta(0)}
ONE_RETRY: dict[str, Any] = {"poll_interval": 0.1, "retries": 1, "retry_delay": timedelta(0)}


def dag(dag_id: str) -> DAG:
    return DAG(dag_id, schedule=None, start_date=datetime(2026, 1, 1), catchup=False)


with dag("iics_retry_durable"):  # the run is kept in Airflow's task-state store (ResumableJobMixin)
    IICSRunTaskOperator(task_id="load", iics_task_name="lt_nightly_load", iics_task_type="WORKFLOW", **RETRYING)

with dag("iics_retry_without_store"):  # no task-state store, as on Airflow < 3.3: IICS's monitor and log tell
    IICSRunTaskOperator(
        task_id="load", iics_task_id="0100000Q000000000003", iics_task_type="WORKFLOW", durable=False, **RETRYING
    )

with dag("iics_retry_without_store_finished"):  # the run ends (1 s) before the retry (3 s): its result is taken
    IICSRunTaskOperator(
        task_id="load", iics_task_name="lt_finance_close", iics_task_type="WORKFLOW", durable=False,
        poll_interval=0.1, timeout=0.3, retries=1, retry_delay=timedelta(seconds=3),
    )  # fmt: skip

with dag("iics_retry_on_worker"):  # the same, waiting on the worker
    IICSRunTaskOperator(
        task_id="load", iics_task_name="lt_ops_daily", iics_task_type="WORKFLOW", deferrable=False, **RETRYING
    )

with dag("iics_retry_failed"):  # a failed run is not followed: the retry starts a new one (what a retry is for)
    IICSRunTaskOperator(task_id="durable", iics_task_name="mt_ops_metrics", **ONE_RETRY)
    IICSRunTaskOperator(task_id="without_store", iics_task_name="mt_default_demo", durable=False, **ONE_RETRY)
