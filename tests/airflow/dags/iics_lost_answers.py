"""Job starts whose answer is lost (the test injects the faults; see tests/airflow/test_lost_answers.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import DAG

from iics_client.airflow import IICSRunTaskOperator

with DAG("iics_lost_answers", schedule=None, start_date=datetime(2026, 1, 1), catchup=False):
    IICSRunTaskOperator(
        task_id="load", iics_task_name="mt_load_orders", poll_interval=0.1, retries=2, retry_delay=timedelta(0)
    )
