"""Tasks waiting on the worker, killed (SIGTERM) while their runs go on (see tests/airflow/test_kill.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import DAG

from iics_client.airflow import IICSRunTaskOperator

ON_WORKER: dict[str, Any] = {"deferrable": False, "poll_interval": 0.1}

with DAG("iics_kill", schedule=None, start_date=datetime(2026, 1, 1), catchup=False):
    stops = IICSRunTaskOperator(task_id="stops", iics_task_name="mt_load_orders", **ON_WORKER)
    leaves_running = IICSRunTaskOperator(
        task_id="leaves_running", iics_task_name="mt_load_products", cancel_on_kill=False, trigger_rule="all_done",
        **ON_WORKER,
    )  # fmt: skip
    stops >> leaves_running
