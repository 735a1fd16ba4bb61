"""One task per way an IICS run can end, and per way of naming the task (see tests/airflow/test_operators.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import DAG

from iics_client.airflow import IICSRunTaskOperator

FAST: dict[str, Any] = {"poll_interval": 0.1, "timeout": 120}

with DAG("iics_outcomes", schedule=None, start_date=datetime(2026, 1, 1), catchup=False):
    IICSRunTaskOperator(task_id="success", iics_task_name="mt_load_customers", **FAST)
    IICSRunTaskOperator(task_id="success_on_worker", iics_task_name="mt_load_orders", deferrable=False, **FAST)
    IICSRunTaskOperator(task_id="warning_ok", iics_task_name="mt_load_products", **FAST)
    IICSRunTaskOperator(task_id="warning_fails", iics_task_name="mt_sync_accounts", on_warning="fail", **FAST)
    IICSRunTaskOperator(task_id="warning_skips", iics_task_name="mt_gl_close", on_warning="skip", **FAST)
    IICSRunTaskOperator(task_id="failure", iics_task_name="mt_ops_metrics", **FAST)
    IICSRunTaskOperator(task_id="failure_on_worker", iics_task_name="mt_default_demo", deferrable=False, **FAST)
    IICSRunTaskOperator(task_id="stopped", iics_task_name="mt_cleanup_staging", **FAST)
    IICSRunTaskOperator(
        task_id="linear_taskflow_by_id", iics_task_id="0100000Q000000000002", iics_task_type="WORKFLOW", **FAST
    )
    IICSRunTaskOperator(
        task_id="sync_task_by_federated_id", iics_task_federated_id="ZydkP7ipsU1vd8cEAjF43M", iics_task_type="DSS",
        **FAST,
    )  # fmt: skip
