"""Jobs: starting and stopping task runs, finding a run, waiting for it, and what its outcome means.

The domain logic the client, the command line and the demo share: ``JobState`` (how a run ended), ``job_state``
(an activity-log entry's state code read as a ``JobState``), and the plans behind ``start_job``, ``stop_job``,
``find_run`` and ``poll_job_status`` (both clients), and ``batch_start_jobs`` (async client).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from ._config import count_argument, seconds_argument, text_argument
from ._exactly_once import Reconcile, Reconciled, earliest_start, send_once, with_server_time
from ._exceptions import (
    IICSConfigurationError,
    IICSError,
    IICSJobStartUnknownError,
    IICSJobTimeoutError,
    IICSNotFoundError,
)
from ._objects import federated_id, object_path
from ._runner import Call, Plan, Sleep, plan, run
from ._times import parse_v2_local

if TYPE_CHECKING:
    from ._client import AsyncIICSClient
    from ._config import Settings
    from ._events import Telemetry
    from .v2.models import ActivityLogEntry, ActivityMonitorEntry, Job, SuccessObject, TaskType


logger = logging.getLogger("iics_client")


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
    if not task_type or not isinstance(task_type, str):  # a TaskType is a str too
        raise IICSConfigurationError(
            f"task_type is required: a task type such as 'MTT', 'DSS', 'WORKFLOW', not {task_type!r}"
        )
    reference: dict[str, Any] = {"@type": "job", "taskType": TaskType(task_type).value}
    for key, value in (("taskId", task_id), ("taskFederatedId", federated_id), ("taskName", task_name)):
        if value:
            reference[key] = value
    return reference


# How long poll_job_status waits for a run that IICS shows nowhere (neither running nor logged) before it decides
# the run does not exist. IICS lists a started run in the activity monitor at once, and writes the log entry as the
# run leaves the monitor; the grace covers a slow org without letting a wrong run id wait for the whole timeout.
NOT_FOUND_GRACE = 120.0


def run_number(run_id: object) -> int:
    """IICS run ids are integers (sometimes sent as strings): anything else is a caller's mistake."""
    if isinstance(run_id, int) and not isinstance(run_id, bool):
        return run_id
    if isinstance(run_id, str) and run_id.strip().isdigit():
        return int(run_id)
    raise IICSConfigurationError(f"run_id must be an integer (IICS's runId), not {run_id!r}")


class JobMethods:
    """The job plans, mixed into both clients."""

    _settings: Settings
    _telemetry: Telemetry

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
        task_path: str | None = None,
    ) -> Plan[Job]:
        """Start a task; the result's ``run_id`` identifies the run. Exactly once: when the answer is lost (a 502,
        a timeout, a dropped connection...), the client looks for the run in the activity monitor and log instead
        of sending again, and sends again only when IICS shows none (README: "Every job starts once"); a found run
        has ``reconciled=True``, and when it cannot tell, IICSJobStartUnknownError. Tasks outside the Default folder
        need ``task_federated_id`` (the v3 object id) instead of ``task_id``, or ``task_path``
        (``Project/Folder/name``), which is looked up first (v3 lookup) and started by its federated id."""
        from .v2.api.jobs import start_job as ep
        from .v2.models import JobRequest

        if task_path is not None:
            task_federated_id = yield from _federated_id_of_path(
                task_path, task_type, (task_id, task_federated_id, task_name), self._settings
            )
        fields = task_reference(task_id, task_type, task_federated_id, task_name)
        for key, value in (
            ("callbackURL", callback_url),
            ("parameterFileName", parameter_file_name),
            ("parameterFileDir", parameter_file_dir),
        ):
            if value:
                fields[key] = value
        call = Call(ep.request_kwargs(body=JobRequest.from_dict(fields)), ep.parse_success)
        settings = self._settings
        reconcile = self._telemetry.reported(
            _job_start_reconciliation(fields, settings.username, settings.reconcile_timeout), fields
        )
        return (
            yield from send_once(
                call, reconcile, reconcile_timeout=settings.reconcile_timeout, max_resends=settings.max_retries
            )
        )

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
        """Stop the running job of a task (``clean_stop=True`` lets running sessions finish). IICS stops by task,
        not by run: every running run of the task stops. When the answer is lost, the client looks whether the task
        still runs before sending the stop again."""
        from .v2.api.jobs import stop_job as ep
        from .v2.models import JobRequest

        fields = task_reference(task_id, task_type, task_federated_id, task_name)
        kwargs = ep.request_kwargs(body=JobRequest.from_dict(fields), clean_stop=clean_stop if clean_stop else None)  # type: ignore[arg-type]
        settings = self._settings
        return (
            yield from send_once(
                Call(kwargs, ep.parse_success),
                _job_stop_reconciliation(fields, settings.reconcile_timeout),
                reconcile_timeout=settings.reconcile_timeout,
                max_resends=settings.max_retries,
            )
        )

    @plan
    def find_run(self, task_id: str, run_id: int | str) -> Plan[ActivityMonitorEntry | ActivityLogEntry]:
        """Where a run is now: its activity-monitor entry while it runs, its activity-log entry once it has
        finished; IICSNotFoundError when it is in neither."""
        text_argument("task_id", task_id)
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
        not_found_grace: float = NOT_FOUND_GRACE,
        on_poll: Callable[[ActivityMonitorEntry | None], object] | None = None,
    ) -> Plan[JobStatus]:
        """Wait until a run finishes: SUCCESS, WARNING, FAILED or STOPPED. While it runs the activity monitor is
        asked (one call per poll); once it is gone from there, the activity log gives the outcome. The wait grows
        from ``interval`` by 1.5x up to ``max_interval``; past ``timeout`` seconds, IICSJobTimeoutError (the job
        itself keeps running). A run that is in neither the monitor nor the log for ``not_found_grace`` seconds
        (from the start of the wait, or since it was last seen running) does not exist: IICSNotFoundError.
        ``on_poll``, if given, is called after every look that finds the run unfinished, with its activity-monitor
        entry (None while IICS shows it nowhere)."""
        from .v2.models import ActivityMonitorEntry

        text_argument("task_id", task_id)
        number = run_number(run_id)
        interval = seconds_argument("interval", interval)
        timeout = seconds_argument("timeout", timeout, zero_ok=True)
        max_interval = max(seconds_argument("max_interval", max_interval), interval)
        not_found_grace = seconds_argument("not_found_grace", not_found_grace, zero_ok=True)
        if on_poll is not None and not callable(on_poll):
            raise IICSConfigurationError(f"on_poll must be a callable, not {on_poll!r}")
        started = time.monotonic()
        deadline, last_seen = started + timeout, started
        delay, last_state = interval, None
        while True:
            found = yield from _look_for_run(task_id, number)
            now = time.monotonic()
            if isinstance(found, ActivityMonitorEntry):
                last_state, last_seen = JobState.RUNNING.value, now
            elif found is not None:
                return JobStatus(task_id, run_id, job_state(found), found)
            elif now - last_seen >= not_found_grace:
                raise IICSNotFoundError(
                    f"run {run_id} of task {task_id} is neither running nor in the activity log (looked for "
                    f"{now - started:.0f} s, not_found_grace={not_found_grace:g} s): check the task id and the run id"
                )
            if on_poll is not None:
                on_poll(found)
            remaining = deadline - now
            if remaining <= 0:
                raise IICSJobTimeoutError(
                    f"run {run_id} of task {task_id} did not finish within {timeout:g} s "
                    f"(last seen: {last_state or 'not yet'})",
                    task_id=task_id,
                    run_id=run_id,
                    last_state=last_state,
                )
            yield Sleep(min(delay, remaining))
            delay = min(delay * 1.5, max_interval)


# ---- reconciling a start or a stop whose answer was lost ----

LOG_LOOKBACK = 20  # newest activity-log entries of the task read per look (a run that already ended is there)


def _job_start_reconciliation(fields: dict[str, Any], username: str, reconcile_timeout: float) -> Reconcile[Job]:
    """Did the start take effect? Look for a run of the task, started by this user after the request was sent (on
    IICS's clock), in the activity monitor (running) and the activity log (already ended), until IICS has had
    ``reconcile_timeout`` seconds to show it. One such run: it is ours. None: nothing started. Several, or a check
    that fails: IICSJobStartUnknownError (never a guess)."""

    def reconcile(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[Job] | None]:
        from .v2.api.activity import get_activity_log as log_ep
        from .v2.api.activity import get_activity_monitor as monitor_ep
        from .v2.models import Job

        checked: list[str] = [f"the start's answer was lost: {lost.message}"]

        def unknown(message: str, candidates: list[dict[str, Any]] | None = None) -> IICSJobStartUnknownError:
            return IICSJobStartUnknownError(
                f"cannot tell whether {_task_label(fields)} started: {message}",
                task=dict(fields),
                requested_at=requested_at,
                checked=checked,
                candidates=candidates,
            )

        task_id = yield from _v2_task_id(fields, checked, unknown)
        deadline = time.monotonic() + reconcile_timeout
        pause = min(2.0, max(0.05, reconcile_timeout / 10))
        while True:
            try:
                monitor = yield from run(Call(monitor_ep.request_kwargs(), with_server_time(monitor_ep.parse_success)))
                kwargs = log_ep.request_kwargs(task_id=task_id, row_limit=LOG_LOOKBACK)
                log = yield from run(Call(kwargs, with_server_time(log_ep.parse_success)))
            except IICSError as error:
                checked.append(f"the check failed: {error.message}")
                raise unknown("the activity monitor or log could not be read") from error
            floor = earliest_start(requested_at, monitor.skew if monitor.skew is not None else log.skew)
            found: dict[str, dict[str, Any]] = {}
            for entry in monitor.value:
                started = parse_v2_local(entry.start_time)
                if (
                    entry.task_id == task_id
                    and _by(entry.started_by, username)
                    and (started is None or started >= floor)
                ):
                    found[str(entry.run_id)] = {"source": "activity monitor", **entry.to_dict()}
            for done in log.value:
                started = (
                    done.start_time_utc
                    if isinstance(done.start_time_utc, datetime)
                    else parse_v2_local(done.start_time)
                )
                if _by(done.started_by, username) and (started is None or started >= floor):
                    found.setdefault(str(done.run_id), {"source": "activity log", **done.to_dict()})
            checked.append(
                f"activity monitor ({len(monitor.value)} running) and activity log (newest {len(log.value)} of task "
                f"{task_id}): {len(found)} run(s) started since {floor.isoformat(timespec='seconds')}"
            )
            if len(found) == 1:
                (candidate,) = found.values()
                job = Job.from_dict(
                    {
                        "@type": "job",
                        "runId": candidate["runId"],
                        "taskId": task_id,
                        "taskName": candidate.get("taskName") or candidate.get("objectName") or fields.get("taskName"),
                        "taskType": fields["taskType"],
                        "reconciled": True,
                    }
                )
                logger.info(
                    "%s started as run %s (found in the %s)", _task_label(fields), job.run_id, candidate["source"]
                )
                return Reconciled(job)
            if len(found) > 1:
                raise unknown(f"{len(found)} runs of it started since the request", list(found.values()))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            yield Sleep(min(pause, remaining))

    return reconcile


def _job_stop_reconciliation(fields: dict[str, Any], reconcile_timeout: float) -> Reconcile[SuccessObject]:
    """Did the stop take effect? If no run of the task is left in the activity monitor, it did (IICS stops by task)."""

    def reconcile(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[SuccessObject] | None]:
        from .v2.api.activity import get_activity_monitor as monitor_ep
        from .v2.models import SuccessObject

        checked = [f"the stop's answer was lost: {lost.message}"]
        task_id = yield from _v2_task_id(fields, checked, lambda message, _=None: IICSJobStartUnknownError(
            f"cannot tell whether {_task_label(fields)} stopped: {message}", task=dict(fields),
            requested_at=requested_at, checked=checked))  # fmt: skip
        deadline = time.monotonic() + reconcile_timeout
        pause = min(2.0, max(0.05, reconcile_timeout / 10))
        while True:
            running = yield from run(Call(monitor_ep.request_kwargs(), monitor_ep.parse_success))
            if not any(entry.task_id == task_id for entry in running):
                return Reconciled(SuccessObject.from_dict({"@type": "success", "description": "stopped"}))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None  # still running: send the stop again
            yield Sleep(min(pause, remaining))

    return reconcile


def _by(started_by: object, username: str) -> bool:
    """A run this user started (a run that does not say who started it is not excluded)."""
    return not isinstance(started_by, str) or not started_by or started_by.lower() == username.lower()


def _task_label(fields: dict[str, Any]) -> str:
    for key, what in (("taskId", "task"), ("taskFederatedId", "task (federated id)"), ("taskName", "task")):
        if fields.get(key):
            return f"{what} {fields[key]} ({fields['taskType']})"
    return "the task"


def _v2_task_id(fields: dict[str, Any], checked: list[str], unknown: Callable[..., IICSError]) -> Plan[str]:
    """The v2 task id the activity monitor and log report the task by: given, or looked up by federated id or name
    in the task list of its type (mapping tasks, linear taskflows)."""
    if fields.get("taskId"):
        return str(fields["taskId"])
    from .v3.api.mapping_tasks import list_mapping_tasks
    from .v3.api.taskflows import list_taskflows

    lister = {"MTT": list_mapping_tasks, "WORKFLOW": list_taskflows}.get(fields["taskType"])
    if lister is None:
        checked.append(f"no task list to find the v2 id of a {fields['taskType']} task by federated id or name")
        raise unknown("its v2 task id cannot be looked up for this task type; start it by task_id to be reconciled")
    try:
        tasks = yield from run(Call(lister.request_kwargs(), lister.parse_success))
    except IICSError as error:
        checked.append(f"the task list failed: {error.message}")
        raise unknown("the task list could not be read") from error
    key, value = (
        ("federatedId", fields["taskFederatedId"]) if fields.get("taskFederatedId") else ("name", fields["taskName"])
    )
    ids = [str(task.id) for task in tasks if task.to_dict().get(key) == value and task.id]
    checked.append(f"task list: {len(ids)} task(s) with {key} {value!r}")
    if len(ids) != 1:
        raise unknown(f"{len(ids)} tasks have {key} {value!r} in the task list")
    return ids[0]


def _federated_id_of_path(
    task_path: str, task_type: TaskType | str | None, others: tuple[str | None, ...], settings: Settings
) -> Plan[str]:
    """start_job(task_path=...): the task's federated id, by a lookup of its path and type (checked first)."""
    from .v2.models import TaskType

    if any(others):
        raise IICSConfigurationError("give exactly one of task_id, task_federated_id, task_name or task_path")
    if not task_type or not isinstance(task_type, str):
        raise IICSConfigurationError("task_type is required (e.g. 'MTT', 'DSS', 'WORKFLOW')")
    kind = TaskType(task_type).value.upper()
    return (
        yield from federated_id(
            object_path(task_path), kind, max_resends=settings.max_retries, backoff=settings.retry_backoff
        )
    )


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


@dataclass(frozen=True)
class StartJobRequest:
    """One job for ``batch_start_jobs``: the arguments of ``start_job``, typed (same names, same meaning)."""

    task_id: str | None = None
    task_type: TaskType | str | None = None
    task_federated_id: str | None = None
    task_name: str | None = None
    callback_url: str | None = None
    parameter_file_name: str | None = None
    parameter_file_dir: str | None = None
    task_path: str | None = None

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``start_job`` (those that are set)."""
        values = ((name, getattr(self, name)) for name in _START_ARGUMENTS)
        return {name: value for name, value in values if value is not None}


_START_ARGUMENTS = tuple(f.name for f in fields(StartJobRequest))


def start_arguments(job: object) -> dict[str, Any]:
    """``start_job``'s keyword arguments from what a caller wrote for one job: a StartJobRequest, a mapping of those
    keyword names, or a ``(task_id, task_type)`` pair."""
    if isinstance(job, StartJobRequest):
        return job.kwargs()
    if isinstance(job, Mapping):
        unknown = sorted(str(key) for key in job if key not in _START_ARGUMENTS)
        if unknown:
            raise IICSConfigurationError(f"job {dict(job)!r}: unknown key(s) {unknown}; use {list(_START_ARGUMENTS)}")
        return dict(job)
    if isinstance(job, tuple | list) and len(job) == 2:
        return {"task_id": job[0], "task_type": job[1]}
    raise IICSConfigurationError(
        f"a job is a (task_id, task_type) pair, a mapping of start_job's keyword arguments or a StartJobRequest, "
        f"not {job!r}"
    )


async def batch_start(
    client: AsyncIICSClient, jobs: Iterable[object], max_concurrency: int
) -> list[Job | BaseException]:
    """Start many jobs concurrently (at most ``max_concurrency`` in flight); one entry per job, in input order:
    the started Job, or the exception its start raised (a job written wrong is an IICSConfigurationError in its
    slot: the other jobs still start)."""
    import asyncio

    count_argument("max_concurrency", max_concurrency, low=1)
    if isinstance(jobs, str | bytes | Mapping | StartJobRequest) or not isinstance(jobs, Iterable):
        raise IICSConfigurationError(f"jobs must be a list (or any iterable) of jobs, not {jobs!r}")
    gate = asyncio.Semaphore(max_concurrency)

    async def start(job: object) -> Job:
        arguments = start_arguments(job)
        async with gate:
            return await client.start_job(**arguments)

    results: list[Job | BaseException] = await asyncio.gather(*(start(job) for job in jobs), return_exceptions=True)
    return results


__all__ = ["JobMethods", "JobState", "JobStatus", "StartJobRequest", "job_state", "task_reference"]
