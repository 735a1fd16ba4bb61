"""The triggers: IICSJobRunTrigger waits in Airflow's triggerer for one IICS job run to end, IICSTaskflowRunTrigger
for one taskflow run; each yields exactly one event. What they share is in ``_RunTrigger``."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from abc import abstractmethod
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Any

from .. import (
    AsyncIICSClient,
    IICSConfigurationError,
    IICSConnectionError,
    IICSError,
    IICSJobTimeoutError,
    IICSRateLimitError,
    IICSServerError,
    JobState,
    JobStatus,
)
from .._jobs import job_state
from .._taskflows import run_id_text
from ._airflow import BaseTrigger, TriggerEvent
from ._connection import DEFAULT_CONN_ID
from ._runs import ERROR, TASKFLOW, TIMEOUT, event, finished_event, finished_taskflow_event, is_running
from .hooks import IICSHook

logger = logging.getLogger("iics_client.airflow")
# IICS unreachable or overloaded for a while: keep waiting (until the deadline) rather than fail the task
_TRANSIENT = (IICSConnectionError, IICSServerError, IICSRateLimitError)
# with no deadline, each poll_job_status call waits this long before the loop asks again (its timeout is finite)
_NO_DEADLINE_CHUNK = 86_400.0
# on_kill must finish within Airflow's [triggerer] on_kill_timeout (default 30 s): short requests, one retry
_STOP_SETTINGS = {"timeout": 10.0, "max_retries": 1}


class _MonitorWatch:
    """One activity-monitor poll for every job trigger of a shared client: each waiting trigger registers its run,
    a single poller reads the monitor every (shortest) ``poll_interval`` of the triggers waiting, and wakes each
    trigger whose run a look started after its registration no longer lists. Measured (README "Airflow"): 500 job
    triggers each polling for themselves made ~60 monitor calls/s of 500 entries each at a 5 s interval.

    IICS unreachable or answering 5xx/429: logged, the triggers keep waiting (each until its own deadline); any
    other IICSError (e.g. the credentials were rejected) ends every waiting trigger's wait with that error. The
    poller stops when no trigger waits; it lives in the triggerer's event loop only (a restart starts afresh)."""

    def __init__(self, client: AsyncIICSClient) -> None:
        self._client = client
        self._waiting: dict[tuple[str, str], list[tuple[float, asyncio.Future[None]]]] = {}
        self._poller: asyncio.Task[None] | None = None

    async def gone(self, task_id: str, run_id: int | str, interval: float, timeout: float) -> None:
        """Return once a look at the monitor, started after this call, does not list the run; IICSJobTimeoutError
        after ``timeout`` seconds (the run still listed)."""
        key, future = (task_id, str(run_id)), asyncio.get_running_loop().create_future()
        entry = (max(0.01, interval), future)
        self._waiting.setdefault(key, []).append(entry)
        if self._poller is None or self._poller.done():
            self._poller = asyncio.create_task(self._poll(), name="iics-activity-monitor")
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise IICSJobTimeoutError(
                f"run {run_id} of task {task_id} did not end within {timeout:g} s (last seen: RUNNING)",
                task_id=task_id, run_id=run_id, last_state=JobState.RUNNING.value,
            ) from None  # fmt: skip
        finally:
            waiting = self._waiting.get(key, [])
            if entry in waiting:
                waiting.remove(entry)
            if not waiting:
                self._waiting.pop(key, None)
            if not self._waiting:
                self.stop()

    def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            self._poller = None

    async def _poll(self) -> None:
        while self._waiting:
            asked = [(key, future) for key, entries in self._waiting.items() for _interval, future in entries]
            try:
                monitor = await self._client.get_activity_monitor()
            except _TRANSIENT as error:
                logger.warning("IICS did not answer the activity-monitor poll (%s); asking again", error)
            except Exception as error:  # an IICSError (rejected credentials ...), or a bug: never leave them hanging
                for _key, future in asked:
                    if not future.done():
                        future.set_exception(error)
            else:
                running = {(entry.task_id, str(entry.run_id)) for entry in monitor}
                for key, future in asked:
                    if key not in running and not future.done():
                        future.set_result(None)
            intervals = [interval for entries in self._waiting.values() for interval, _future in entries]
            await asyncio.sleep(min(intervals, default=0.0))


@dataclass
class _Shared:
    client: AsyncIICSClient
    loop: asyncio.AbstractEventLoop  # held: its id cannot be reused by another loop while the entry exists
    watch: _MonitorWatch
    users: int = 0


class _SharedClients:
    """One AsyncIICSClient per connection per event loop, shared by every trigger of that connection in the
    triggerer process (one login, one connection pool, one session renewal for all of them), created by the first
    trigger that needs it and closed when the last one ends. Measured (README "Airflow"): a client of its own per
    trigger costs ~0.8 MiB and ~27 ms of CPU to build (its TLS context), 500 waiting triggers ~420 MiB.

    The key includes a digest of the connection's client settings, so a trigger that starts after the connection
    was edited gets a new client. Nothing is shared across processes: a restarted triggerer starts afresh. The
    last trigger out logs the session out, unless it is being cancelled (a triggerer stopping: only the pool is
    closed)."""

    def __init__(self) -> None:
        self._entries: dict[tuple[int, str, str], _Shared] = {}

    def watch(self, client: AsyncIICSClient) -> _MonitorWatch:
        """The activity-monitor watch of a client this registry handed out."""
        for entry in self._entries.values():
            if entry.client is client:
                return entry.watch
        raise RuntimeError("not a shared client of this triggerer")

    @asynccontextmanager
    async def client(self, conn_id: str) -> AsyncIterator[AsyncIICSClient]:
        loop = asyncio.get_running_loop()
        kwargs = (await IICSHook(conn_id).aconnection_settings()).client_kwargs()
        digest = hashlib.sha256(repr(sorted(kwargs.items())).encode()).hexdigest()
        key = (id(loop), conn_id, digest)
        entry = self._entries.get(key)
        if entry is None:
            client = AsyncIICSClient(**kwargs)
            entry = self._entries[key] = _Shared(client, loop, _MonitorWatch(client))
        entry.users += 1
        ended = False
        try:
            yield entry.client
            ended = True
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._entries[key]  # before any await: a trigger arriving meanwhile builds a new client
                entry.watch.stop()
                try:
                    if ended:
                        with suppress(IICSError):
                            await entry.client.logout()
                finally:
                    await entry.client.aclose()


_SHARED = _SharedClients()


class _RunTrigger(BaseTrigger):
    """Waiting for one run to end: the connection's AsyncIICSClient, shared with the other triggers of the
    connection in this triggerer (``_SharedClients``: its session renewal and retries included), the connection
    read without blocking the triggerer's event loop, IICS being unreachable or answering
    5xx/429 logged and waited out, one event at the end or at ``end_time`` (a Unix time; None: no limit).
    ``cleanup()`` (every exit, including a triggerer restart) never touches the run; ``on_kill()`` (a user marked
    the deferred task failed or success, or cleared it) stops it only when ``cancel_on_kill`` is set."""

    def __init__(
        self, *, iics_conn_id: str, poll_interval: float, end_time: float | None, cancel_on_kill: bool
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.iics_conn_id = iics_conn_id
        self.poll_interval = float(poll_interval)
        self.end_time = end_time
        self.cancel_on_kill = cancel_on_kill

    def _common(self) -> dict[str, Any]:
        return {
            "iics_conn_id": self.iics_conn_id, "poll_interval": self.poll_interval, "end_time": self.end_time,
            "cancel_on_kill": self.cancel_on_kill,
        }  # fmt: skip

    async def run(self) -> AsyncIterator[TriggerEvent]:
        # the client is closed before the event is handed over: nothing is left open if the consumer stops here
        yield TriggerEvent(await self._wait())  # type: ignore[no-untyped-call]

    async def _wait(self) -> dict[str, Any]:
        async with _SHARED.client(self.iics_conn_id) as client:
            return await self._poll(client)

    async def _poll(self, client: AsyncIICSClient) -> dict[str, Any]:
        while True:
            remaining = math.inf if self.end_time is None else self.end_time - time.time()
            if remaining <= 0:
                return self._event(TIMEOUT, "the deadline had passed")
            try:
                return await self._wait_for_end(client, min(remaining, _NO_DEADLINE_CHUNK))
            except IICSJobTimeoutError as error:
                if self.end_time is None:
                    continue
                return self._event(TIMEOUT, f"last seen {error.last_state or 'not running'}")
            except _TRANSIENT as error:
                self.log.warning("IICS did not answer (%s); asking again in %g s", error, self.poll_interval)
                await asyncio.sleep(max(0.0, min(self.poll_interval, remaining)))
            except IICSError as error:
                return self._event(ERROR, str(error))

    async def on_kill(self) -> None:
        if not self.cancel_on_kill:
            self.log.info("Leaving %s running (cancel_on_kill=False)", self._what())
            return
        client = await IICSHook(self.iics_conn_id, **_STOP_SETTINGS).aget_conn()
        async with client:
            await self._stop(client)

    @abstractmethod
    async def _wait_for_end(self, client: AsyncIICSClient, timeout: float) -> dict[str, Any]:
        """Poll until the run ends (its event) or ``timeout`` seconds pass (IICSJobTimeoutError)."""

    @abstractmethod
    def _event(self, status: str, message: str) -> dict[str, Any]:
        """The event of a wait that ended without the run's end (timeout, error)."""

    @abstractmethod
    async def _stop(self, client: AsyncIICSClient) -> None:
        """Stop the run (on_kill with cancel_on_kill)."""

    @abstractmethod
    def _what(self) -> str:
        """The run, for the log."""


class IICSJobRunTrigger(_RunTrigger):
    """Wait for a job run (mapping task, synchronization task, linear taskflow ...) to end.

    Polls the activity monitor every ``poll_interval`` seconds and reads the activity log once the run has left it
    (``AsyncIICSClient.poll_job_status``). Yields one event (see ``_runs.event``): ``success``, ``warning``,
    ``failed`` or ``stopped`` with the activity-log entry; ``timeout`` at ``end_time``; ``error`` when IICS refuses
    the wait itself (e.g. the credentials were rejected). IICS stops a task's runs by task identity, so
    ``on_kill`` first checks that this run is still the one running.
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
        super().__init__(
            iics_conn_id=iics_conn_id, poll_interval=poll_interval, end_time=end_time, cancel_on_kill=cancel_on_kill
        )
        if cancel_on_kill and not task_type:
            raise IICSConfigurationError("cancel_on_kill needs task_type: IICS stops a job by task id and type")
        self.iics_task_id = iics_task_id
        self.run_id = run_id
        self.task_type = task_type

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return f"{type(self).__module__}.{type(self).__qualname__}", {
            "iics_task_id": self.iics_task_id, "run_id": self.run_id, "task_type": self.task_type, **self._common(),
        }  # fmt: skip

    async def _wait_for_end(self, client: AsyncIICSClient, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        # while it runs: the monitor poll shared by the connection's triggers; then the activity log says how it ended
        await _SHARED.watch(client).gone(self.iics_task_id, self.run_id, self.poll_interval, timeout)
        async for entry in client.get_activity_log(task_id=self.iics_task_id, run_id=self.run_id, limit=1):
            return finished_event(JobStatus(self.iics_task_id, self.run_id, job_state(entry), entry), self.task_type)
        status = await client.poll_job_status(  # not in the log yet (IICS writes it late): the client's own wait
            self.iics_task_id, self.run_id, interval=self.poll_interval, max_interval=self.poll_interval,
            timeout=max(0.0, deadline - time.monotonic()),
        )  # fmt: skip
        return finished_event(status, self.task_type)

    def _event(self, status: str, message: str) -> dict[str, Any]:
        return event(status, task_id=self.iics_task_id, task_type=self.task_type, run_id=self.run_id, message=message)

    def _what(self) -> str:
        return f"IICS run {self.run_id} of task {self.iics_task_id}"

    async def _stop(self, client: AsyncIICSClient) -> None:
        if not is_running(await client.get_activity_monitor(), self.iics_task_id, self.run_id):
            self.log.info("%s is no longer running: nothing to stop", self._what())
            return
        await client.stop_job(self.iics_task_id, self.task_type)
        self.log.info("Stopped %s (IICS stops a task's runs by task id)", self._what())


class IICSTaskflowRunTrigger(_RunTrigger):
    """Wait for an advanced taskflow run (``/active-bpel``) to end: SUCCESS, FAILED or SUSPENDED.

    Reads the run's status every ``poll_interval`` seconds (``AsyncIICSClient.poll_taskflow_status``). Yields one
    event: ``success``, ``warning`` (SUCCESS with a subtask that ended WARNING), ``failed`` (a terminated run reads
    FAILED) or ``suspended``, with IICS's status of the run; ``timeout`` at ``end_time``; ``error`` when IICS refuses
    the wait (rejected credentials, a run id it does not know). ``on_kill`` with ``cancel_on_kill`` terminates the
    run by its run id (a run that already ended is left as it is).
    """

    def __init__(
        self,
        *,
        run_id: int | str,
        api_name: str | None = None,
        iics_conn_id: str = DEFAULT_CONN_ID,
        poll_interval: float = 30.0,
        end_time: float | None = None,
        cancel_on_kill: bool = False,
    ) -> None:
        super().__init__(
            iics_conn_id=iics_conn_id, poll_interval=poll_interval, end_time=end_time, cancel_on_kill=cancel_on_kill
        )
        self.api_name = api_name
        self.run_id = run_id_text(run_id)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return f"{type(self).__module__}.{type(self).__qualname__}", {
            "api_name": self.api_name, "run_id": self.run_id, **self._common(),
        }  # fmt: skip

    async def _wait_for_end(self, client: AsyncIICSClient, timeout: float) -> dict[str, Any]:
        status = await client.poll_taskflow_status(
            self.run_id, interval=self.poll_interval, timeout=timeout, max_interval=self.poll_interval
        )
        return finished_taskflow_event(status, self.api_name)

    def _event(self, status: str, message: str) -> dict[str, Any]:
        return event(status, task_id=self.api_name, task_type=TASKFLOW, run_id=self.run_id, message=message)

    def _what(self) -> str:
        return f"IICS taskflow run {self.run_id}" + (f" of {self.api_name}" if self.api_name else "")

    async def _stop(self, client: AsyncIICSClient) -> None:
        await client.terminate_taskflow_runs([self.run_id])
        self.log.info("Terminated %s (if it was still running or suspended)", self._what())
