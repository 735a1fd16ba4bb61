"""Jobs: starting and stopping task runs, finding a run, waiting for it, and what its outcome means.

The domain logic the client, the command line and the demo share: ``JobState`` (how a run ended), ``job_state``
(an activity-log entry's state code read as a ``JobState``), and the plans behind ``start_job``, ``stop_job``,
``find_run`` and ``poll_job_status`` (both clients), and ``batch_start_jobs`` (async client).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from ._exceptions import IICSConfigurationError, IICSJobTimeoutError, IICSNotFoundError
from ._runner import Call, Plan, Sleep, plan, run

if TYPE_CHECKING:
    from ._client import AsyncIICSClient
    from .v2.models import ActivityLogEntry, ActivityMonitorEntry, Job, SuccessObject, TaskType


class JobState(str, Enum):
    """Where a job run ended (or that it still runs)."""

    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    WARNING = "WARNING"
    FAILED = "FAILED"
    STOPPED = "STOPPED"


@dataclass(frozen=True)
class JobStatus:
    """The outcome of poll_job_status: the final state and the activity-log entry that reports it."""

    task_id: str
    run_id: int | str
    state: JobState
    entry: ActivityLogEntry


# activity-log ``state``: 1 success, 2 completed with errors, 3 failed, 4 not started
_ACTIVITY_STATES = {1: JobState.SUCCESS, 2: JobState.WARNING, 3: JobState.FAILED, 4: JobState.FAILED}


def job_state(entry: ActivityLogEntry) -> JobState:
    """How the run an activity-log entry reports ended."""
    if entry.is_stopped is True:
        return JobState.STOPPED
    state = entry.state
    return _ACTIVITY_STATES.get(state, JobState.FAILED) if isinstance(state, int) else JobState.FAILED


def task_reference(
    task_id: str | None, task_type: TaskType | str | None, federated_id: str | None, task_name: str | None
) -> dict[str, Any]:
    """The task part of a job request: exactly one of id, federated id or name, and a task type."""
    from .v2.models import TaskType

    given = [value for value in (task_id, federated_id, task_name) if value]
    if len(given) != 1:
        raise IICSConfigurationError("give exactly one of task_id, task_federated_id or task_name")
    if not all(isinstance(value, str) for value in given):
        raise IICSConfigurationError("task_id, task_federated_id and task_name are strings")
    if not task_type:
        raise IICSConfigurationError("task_type is required (e.g. 'MTT', 'DSS', 'WORKFLOW')")
    reference: dict[str, Any] = {"@type": "job", "taskType": TaskType(task_type).value}
    for key, value in (("taskId", task_id), ("taskFederatedId", federated_id), ("taskName", task_name)):
        if value:
            reference[key] = value
    return reference


def run_number(run_id: object) -> int:
    """IICS run ids are integers (sometimes sent as strings): anything else is a caller's mistake."""
    if isinstance(run_id, int) and not isinstance(run_id, bool):
        return run_id
    if isinstance(run_id, str) and run_id.strip().isdigit():
        return int(run_id)
    raise IICSConfigurationError(f"run_id must be an integer (IICS's runId), not {run_id!r}")


class JobMethods:
    """The job plans, mixed into both clients."""

    @plan
    def start_job(
        self,
        task_id: str | None = None,
        task_type: TaskType | str | None = None,
        *,
        task_federated_id: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        parameter_file_name: str | None = None,
        parameter_file_dir: str | None = None,
    ) -> Plan[Job]:
        """Start a task; the result's ``run_id`` identifies the run. Never retried once IICS may have received it
        (see README: a second send could start a second run). Tasks outside the Default folder need
        ``task_federated_id`` (the v3 object id) instead of ``task_id``."""
        from .v2.api.jobs import start_job as ep
        from .v2.models import JobRequest

        fields = task_reference(task_id, task_type, task_federated_id, task_name)
        for key, value in (
            ("callbackURL", callback_url),
            ("parameterFileName", parameter_file_name),
            ("parameterFileDir", parameter_file_dir),
        ):
            if value:
                fields[key] = value
        kwargs = ep.request_kwargs(body=JobRequest.from_dict(fields))
        return (yield from run(Call(kwargs, ep.parse_success)))

    @plan
    def stop_job(
        self,
        task_id: str | None = None,
        task_type: TaskType | str | None = None,
        *,
        task_federated_id: str | None = None,
        task_name: str | None = None,
        clean_stop: bool = False,
    ) -> Plan[SuccessObject]:
        """Stop the running job of a task (``clean_stop=True`` lets running sessions finish)."""
        from .v2.api.jobs import stop_job as ep
        from .v2.models import JobRequest

        body = JobRequest.from_dict(task_reference(task_id, task_type, task_federated_id, task_name))
        kwargs = ep.request_kwargs(body=body, clean_stop=clean_stop if clean_stop else None)  # type: ignore[arg-type]
        return (yield from run(Call(kwargs, ep.parse_success)))

    @plan
    def find_run(self, task_id: str, run_id: int | str) -> Plan[ActivityMonitorEntry | ActivityLogEntry]:
        """Where a run is now: its activity-monitor entry while it runs, its activity-log entry once it has
        finished; IICSNotFoundError when it is in neither."""
        found = yield from _look_for_run(task_id, run_number(run_id))
        if found is None:
            raise IICSNotFoundError(f"run {run_id} of task {task_id} is neither running nor in the activity log")
        return found

    @plan
    def poll_job_status(
        self,
        task_id: str,
        run_id: int | str,
        *,
        interval: float = 5.0,
        timeout: float = 3600.0,
        max_interval: float = 60.0,
    ) -> Plan[JobStatus]:
        """Wait until a run finishes: SUCCESS, WARNING, FAILED or STOPPED. While it runs the activity monitor is
        asked (one call per poll); once it is gone from there, the activity log gives the outcome. The wait grows
        from ``interval`` by 1.5x up to ``max_interval``; past ``timeout`` seconds, IICSJobTimeoutError (the job
        itself keeps running)."""
        from .v2.models import ActivityMonitorEntry

        number = run_number(run_id)
        deadline = time.monotonic() + timeout
        delay, last_state = interval, None
        while True:
            found = yield from _look_for_run(task_id, number)
            if isinstance(found, ActivityMonitorEntry):
                last_state = JobState.RUNNING.value
            elif found is not None:
                return JobStatus(task_id, run_id, job_state(found), found)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise IICSJobTimeoutError(
                    f"run {run_id} of task {task_id} did not finish within {timeout:g} s (last seen: {last_state})",
                    task_id=task_id,
                    run_id=run_id,
                    last_state=last_state,
                )
            yield Sleep(min(delay, remaining))
            delay = min(delay * 1.5, max_interval)


def _look_for_run(task_id: str, run_id: int) -> Plan[ActivityMonitorEntry | ActivityLogEntry | None]:
    """One look: the activity monitor (running), then the activity log (finished)."""
    from .v2.api.activity import get_activity_log as log_ep
    from .v2.api.activity import get_activity_monitor as monitor_ep

    running = yield from run(Call(monitor_ep.request_kwargs(), monitor_ep.parse_success))
    for entry in running:
        if entry.task_id == task_id and str(entry.run_id) == str(run_id):
            return entry
    entries = yield from run(
        Call(log_ep.request_kwargs(task_id=task_id, run_id=run_id, row_limit=1), log_ep.parse_success)
    )
    return entries[0] if entries else None


async def batch_start(
    client: AsyncIICSClient, jobs: Iterable[Mapping[str, Any]], max_concurrency: int
) -> list[Job | BaseException]:
    """Start many jobs concurrently (at most ``max_concurrency`` in flight); one entry per job, in input order:
    the started Job, or the exception its start raised."""
    import asyncio

    if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool) or max_concurrency < 1:
        raise IICSConfigurationError("max_concurrency must be an integer >= 1")
    gate = asyncio.Semaphore(max_concurrency)

    async def start(job: Mapping[str, Any]) -> Job:
        async with gate:
            if not isinstance(job, Mapping):
                raise IICSConfigurationError(f"a job is a mapping of start_job's keyword arguments, not {job!r}")
            try:
                return await client.start_job(**job)
            except TypeError as exc:  # an unknown keyword: the caller's mistake, told in our terms
                raise IICSConfigurationError(f"bad job {dict(job)!r}: {exc}") from None

    results: list[Job | BaseException] = await asyncio.gather(*(start(job) for job in jobs), return_exceptions=True)
    return results


__all__ = ["JobMethods", "JobState", "JobStatus", "job_state", "task_reference"]
