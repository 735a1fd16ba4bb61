"""IICSJobRunSensor: wait for a job run started elsewhere (another DAG, a schedule, a person) to end."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from .. import IICSJobTimeoutError
from ._airflow import AirflowSensorTimeout, BaseSensorOperator, Context, PokeReturnValue
from ._connection import DEFAULT_CONN_ID
from ._runs import RUN_ID_KEY, RUN_URL_KEY, TASK_ID_KEY, TIMEOUT, check_warning_policy, finished_event, settle
from .hooks import IICSHook
from .operators import IICSJobRunLink
from .triggers import IICSJobRunTrigger


class IICSJobRunSensor(BaseSensorOperator):
    """Wait until the run ``run_id`` of the task ``iics_task_id`` (v2 id) ends; never stops it.

    ``deferrable=True`` (default) waits in the triggerer (IICSJobRunTrigger, polling every ``poke_interval``
    seconds until the sensor's ``timeout``); ``False`` pokes from the worker (``mode`` poke or reschedule). The
    run's end maps to the task's state as for IICSRunTaskOperator (``on_warning``); the return value is the final
    activity-log entry. Both fields are templated, e.g. ``run_id="{{ ti.xcom_pull(task_ids='load',
    key='iics_run_id') }}"``.
    """

    template_fields: Sequence[str] = ("iics_task_id", "run_id", "iics_conn_id")
    operator_extra_links = (IICSJobRunLink(),)

    def __init__(
        self,
        *,
        iics_task_id: str,
        run_id: int | str,
        iics_conn_id: str = DEFAULT_CONN_ID,
        on_warning: str = "success",
        deferrable: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.iics_task_id = iics_task_id
        self.run_id = run_id
        self.iics_conn_id = iics_conn_id
        self.on_warning = check_warning_policy(on_warning)
        self.deferrable = deferrable

    def execute(self, context: Context) -> Any:
        if not self.deferrable:
            return super().execute(context)
        self._publish(context)
        trigger = IICSJobRunTrigger(
            iics_task_id=self.iics_task_id, run_id=self.run_id, iics_conn_id=self.iics_conn_id,
            poll_interval=self.poke_interval, end_time=time.time() + self.timeout,
        )  # fmt: skip
        self.defer(trigger=trigger, method_name="execute_complete")
        return None  # not reached: defer() raises TaskDeferred

    def execute_complete(self, context: Context, event: dict[str, Any]) -> Any:
        if event.get("status") == TIMEOUT:
            raise AirflowSensorTimeout(f"IICS run {self.run_id} of task {self.iics_task_id} did not end in time")
        return settle(event, on_warning=self.on_warning)

    def poke(self, context: Context) -> PokeReturnValue | bool:
        with IICSHook(self.iics_conn_id).logged_in() as (client, _session):
            try:  # timeout=0: one look (monitor, then log), no waiting
                status = client.poll_job_status(self.iics_task_id, self.run_id, timeout=0)
            except IICSJobTimeoutError:
                return False
        return PokeReturnValue(
            is_done=True, xcom_value=settle(finished_event(status, None), on_warning=self.on_warning)
        )

    def _publish(self, context: Context) -> None:
        hook = IICSHook(self.iics_conn_id)
        ti = context["ti"]
        ti.xcom_push(key=RUN_ID_KEY, value=self.run_id)
        ti.xcom_push(key=TASK_ID_KEY, value=self.iics_task_id)
        with hook.logged_in() as (_client, session):
            url = hook.run_url(session, task_id=self.iics_task_id, task_type="", run_id=self.run_id)
        ti.xcom_push(key=RUN_URL_KEY, value=url)
