"""Sensors on a run started elsewhere: the test starts it and passes its task id and run id in the DAG run's conf
(see tests/airflow/test_sensors.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from airflow.sdk import DAG

from iics_client.airflow import IICSJobRunSensor

RUN: dict[str, Any] = {"iics_task_id": "{{ dag_run.conf['task_id'] }}", "run_id": "{{ dag_run.conf['run_id'] }}"}

with DAG("iics_sensor", schedule=None, start_date=datetime(2026, 1, 1), catchup=False):
    IICSJobRunSensor(task_id="deferred", poke_interval=0.1, timeout=60, **RUN)
    IICSJobRunSensor(task_id="poking", deferrable=False, poke_interval=0.1, timeout=60, **RUN)

with DAG("iics_sensor_timeout", schedule=None, start_date=datetime(2026, 1, 1), catchup=False):
    IICSJobRunSensor(task_id="deferred", poke_interval=0.1, timeout=0.5, **RUN)
