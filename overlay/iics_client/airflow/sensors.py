"""The sensors: IICSJobRunSensor waits for a job run started elsewhere (another DAG, a schedule, a person) to end,
IICSTaskflowRunSensor for a taskflow run. Neither ever stops a run. What they share is ``_RunSensor``."""

from __future__ import annotations

import time
from abc import abstractmethod
from collections.abc import Sequence
from typing import Any

from .. import IICSClient, IICSJobTimeoutError
from .._taskflows import run_id_text
from ._airflow import AirflowSensorTimeout, BaseSensorOperator, BaseTrigger, Context, PokeReturnValue
from ._connection import DEFAULT_CONN_ID
from ._runs import (
    RUN_ID_KEY,
    RUN_URL_KEY,
    TASK_ID_KEY,
    TASKFLOW,
    TIMEOUT,
    check_warning_policy,
    finished_event,
    finished_taskflow_event,
    settle,
)
from .hooks import IICSHook
from .operators import TASKFLOW_KEY, IICSJobRunLink
from .triggers import IICSJobRunTrigger, IICSTaskflowRunTrigger


class _RunSensor(BaseSensorOperator):
    """``deferrable=True`` (default) waits in the triggerer (polling every ``poke_interval`` seconds until the
    sensor's ``timeout``: AirflowSensorTimeout); ``False`` pokes from the worker (``mode`` poke or reschedule). The
    run's end maps to the task's state as for the operators (``on_warning``)."""

    operator_extra_links = (IICSJobRunLink(),)

    def __init__(self, *, iics_conn_id: str, on_warning: str, deferrable: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.iics_conn_id = iics_conn_id
        self.on_warning = check_warning_policy(on_warning)
        self.deferrable = deferrable

    def execute(self, context: Context) -> Any:
        if not self.deferrable:
            return super().execute(context)
        self._publish(context)
        self.defer(trigger=self._trigger(time.time() + self.timeout), method_name="execute_complete")
        return None  # not reached: defer() raises TaskDeferred

    def execute_complete(self, context: Context, event: dict[str, Any]) -> Any:
        if event.get("status") == TIMEOUT:
            raise AirflowSensorTimeout(f"{self._what()} did not end in time")
        return settle(event, on_warning=self.on_warning)

    def poke(self, context: Context) -> PokeReturnValue | bool:
        with IICSHook(self.iics_conn_id).logged_in() as (client, _session):
            try:  # timeout=0: one look, no waiting
                ended = self._look(client)
            except IICSJobTimeoutError:
                return False
        return PokeReturnValue(is_done=True, xcom_value=settle(ended, on_warning=self.on_warning))

    def _publish(self, context: Context) -> None:
        hook = IICSHook(self.iics_conn_id)
        ti = context["ti"]
        xcoms, (task_id, task_type, run_id) = self._xcoms()
        for key, value in xcoms.items():
            ti.xcom_push(key=key, value=value)
        with hook.logged_in() as (_client, session):
            url = hook.run_url(session, task_id=task_id, task_type=task_type, run_id=run_id)
        ti.xcom_push(key=RUN_URL_KEY, value=url)

    @abstractmethod
    def _trigger(self, end_time: float) -> BaseTrigger: ...

    @abstractmethod
    def _look(self, client: IICSClient) -> dict[str, Any]:
        """The run's finished event; IICSJobTimeoutError while it runs."""

    @abstractmethod
    def _xcoms(self) -> tuple[dict[str, Any], tuple[str, str, int | str]]:
        """What is pushed to XCom, and the monitor link's task id, task type and run id."""

    @abstractmethod
    def _what(self) -> str: ...


class IICSJobRunSensor(_RunSensor):
    """Wait until the run ``run_id`` of the task ``iics_task_id`` (v2 id) ends; never stops it.

    Deferrable by default (IICSJobRunTrigger); the return value is the final activity-log entry. Both fields are
    templated, e.g. ``run_id="{{ ti.xcom_pull(task_ids='load', key='iics_run_id') }}"``.
    """

    template_fields: Sequence[str] = ("iics_task_id", "run_id", "iics_conn_id")

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
        super().__init__(iics_conn_id=iics_conn_id, on_warning=on_warning, deferrable=deferrable, **kwargs)
        self.iics_task_id = iics_task_id
        self.run_id = run_id

    def _trigger(self, end_time: float) -> BaseTrigger:
        return IICSJobRunTrigger(
            iics_task_id=self.iics_task_id, run_id=self.run_id, iics_conn_id=self.iics_conn_id,
            poll_interval=self.poke_interval, end_time=end_time,
        )  # fmt: skip

    def _look(self, client: IICSClient) -> dict[str, Any]:
        return finished_event(client.poll_job_status(self.iics_task_id, self.run_id, timeout=0), None)

    def _xcoms(self) -> tuple[dict[str, Any], tuple[str, str, int | str]]:
        return {RUN_ID_KEY: self.run_id, TASK_ID_KEY: self.iics_task_id}, (self.iics_task_id, "", self.run_id)

    def _what(self) -> str:
        return f"IICS run {self.run_id} of task {self.iics_task_id}"


class IICSTaskflowRunSensor(_RunSensor):
    """Wait until the taskflow run ``run_id`` ends (SUCCESS, FAILED or SUSPENDED); never stops or terminates it.

    Deferrable by default (IICSTaskflowRunTrigger). The return value is IICS's status of the run; a suspended run
    fails the sensor. ``api_name`` (optional) names the taskflow in messages and the link. Both are templated, e.g.
    ``run_id="{{ ti.xcom_pull(task_ids='pipeline', key='iics_run_id') }}"``.
    """

    template_fields: Sequence[str] = ("run_id", "api_name", "iics_conn_id")

    def __init__(
        self,
        *,
        run_id: int | str,
        api_name: str | None = None,
        iics_conn_id: str = DEFAULT_CONN_ID,
        on_warning: str = "success",
        deferrable: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(iics_conn_id=iics_conn_id, on_warning=on_warning, deferrable=deferrable, **kwargs)
        self.run_id = run_id
        self.api_name = api_name

    def _trigger(self, end_time: float) -> BaseTrigger:
        return IICSTaskflowRunTrigger(
            api_name=self.api_name, run_id=self.run_id, iics_conn_id=self.iics_conn_id,
            poll_interval=self.poke_interval, end_time=end_time,
        )  # fmt: skip

    def _look(self, client: IICSClient) -> dict[str, Any]:
        return finished_taskflow_event(client.poll_taskflow_status(self.run_id, timeout=0), self.api_name)

    def _xcoms(self) -> tuple[dict[str, Any], tuple[str, str, int | str]]:
        run_id = run_id_text(self.run_id)
        return {RUN_ID_KEY: run_id, TASKFLOW_KEY: self.api_name}, (self.api_name or "", TASKFLOW, run_id)

    def _what(self) -> str:
        return f"IICS taskflow run {self.run_id}" + (f" of {self.api_name}" if self.api_name else "")
