"""IICSJobRunTrigger: waits in Airflow's triggerer for one IICS job run to end, then yields exactly one event."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any

from .. import (
    AsyncIICSClient,
    IICSConfigurationError,
    IICSConnectionError,
    IICSError,
    IICSJobTimeoutError,
    IICSRateLimitError,
    IICSServerError,
)
from ._airflow import BaseTrigger, TriggerEvent
from ._connection import DEFAULT_CONN_ID
from ._runs import ERROR, TIMEOUT, event, finished_event, is_running
from .hooks import IICSHook

# IICS unreachable or overloaded for a while: keep waiting (until the deadline) rather than fail the task
_TRANSIENT = (IICSConnectionError, IICSServerError, IICSRateLimitError)
# with no deadline, each poll_job_status call waits this long before the loop asks again (its timeout is finite)
_NO_DEADLINE_CHUNK = 86_400.0
# on_kill must finish within Airflow's [triggerer] on_kill_timeout (default 30 s): short requests, one retry
_STOP_SETTINGS = {"timeout": 10.0, "max_retries": 1}


class IICSJobRunTrigger(BaseTrigger):
    """Wait for a job run (mapping task, synchronization task, linear taskflow ...) to end.

    One AsyncIICSClient serves the whole wait (its session renewal and retries included); the connection is read
    without blocking the triggerer's event loop. Polls the activity monitor every ``poll_interval`` seconds and
    reads the activity log once the run has left it (``AsyncIICSClient.poll_job_status``). IICS being unreachable
    or answering 5xx/429 is logged and waited out. Yields one event (see ``_runs.event``): ``success``,
    ``warning``, ``failed`` or ``stopped`` with the activity-log entry; ``timeout`` at ``end_time`` (a Unix time,
    None: no limit); ``error`` when IICS refuses the wait itself (e.g. the credentials were rejected).

    ``cleanup()`` (every exit, including a triggerer restart) never touches the run. ``on_kill()`` (a user marked
    the deferred task failed or success, or cleared it) stops the run only when ``cancel_on_kill`` is set; IICS
    stops a task's runs by task identity, so it first checks that this run is still the one running.
    """

    def __init__(
        self,
        *,
        iics_task_id: str,
        run_id: int | str,
        task_type: str | None = None,
        iics_conn_id: str = DEFAULT_CONN_ID,
        poll_interval: float = 30.0,
        end_time: float | None = None,
        cancel_on_kill: bool = False,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        if cancel_on_kill and not task_type:
            raise IICSConfigurationError("cancel_on_kill needs task_type: IICS stops a job by task id and type")
        self.iics_task_id = iics_task_id
        self.run_id = run_id
        self.task_type = task_type
        self.iics_conn_id = iics_conn_id
        self.poll_interval = float(poll_interval)
        self.end_time = end_time
        self.cancel_on_kill = cancel_on_kill

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return f"{type(self).__module__}.{type(self).__qualname__}", {
            "iics_task_id": self.iics_task_id,
            "run_id": self.run_id,
            "task_type": self.task_type,
            "iics_conn_id": self.iics_conn_id,
            "poll_interval": self.poll_interval,
            "end_time": self.end_time,
            "cancel_on_kill": self.cancel_on_kill,
        }

    async def run(self) -> AsyncIterator[TriggerEvent]:
        # the client is closed before the event is handed over: nothing is left open if the consumer stops here
        yield TriggerEvent(await self._wait())  # type: ignore[no-untyped-call]

    async def _wait(self) -> dict[str, Any]:
        client = await IICSHook(self.iics_conn_id).aget_conn()
        try:
            payload = await self._poll(client)
            with suppress(IICSError):
                await client.logout()  # not on cancellation (a triggerer stopping): that path only closes the pool
            return payload
        finally:
            await client.aclose()

    async def _poll(self, client: AsyncIICSClient) -> dict[str, Any]:
        while True:
            remaining = math.inf if self.end_time is None else self.end_time - time.time()
            if remaining <= 0:
                return self._event(TIMEOUT, "the deadline had passed")
            try:
                status = await client.poll_job_status(
                    self.iics_task_id, self.run_id, interval=self.poll_interval,
                    timeout=min(remaining, _NO_DEADLINE_CHUNK), max_interval=self.poll_interval,
                )  # fmt: skip
            except IICSJobTimeoutError as error:
                if self.end_time is None:
                    continue
                return self._event(TIMEOUT, f"last seen {error.last_state or 'not running'}")
            except _TRANSIENT as error:
                self.log.warning("IICS did not answer (%s); asking again in %g s", error, self.poll_interval)
                await asyncio.sleep(max(0.0, min(self.poll_interval, remaining)))
            except IICSError as error:
                return self._event(ERROR, str(error))
            else:
                return finished_event(status, self.task_type)

    def _event(self, status: str, message: str) -> dict[str, Any]:
        return event(status, task_id=self.iics_task_id, task_type=self.task_type, run_id=self.run_id, message=message)

    async def on_kill(self) -> None:
        if not self.cancel_on_kill:
            self.log.info(
                "Leaving IICS run %s of task %s running (cancel_on_kill=False)", self.run_id, self.iics_task_id
            )
            return
        client = await IICSHook(self.iics_conn_id, **_STOP_SETTINGS).aget_conn()
        async with client:
            if not is_running(await client.get_activity_monitor(), self.iics_task_id, self.run_id):
                self.log.info(
                    "IICS run %s of task %s is no longer running: nothing to stop", self.run_id, self.iics_task_id
                )
                return
            await client.stop_job(self.iics_task_id, self.task_type)
        self.log.info(
            "Stopped IICS run %s of task %s (IICS stops a task's runs by task id)", self.run_id, self.iics_task_id
        )
