"""Advanced taskflows, on the Application Integration runtime (``/active-bpel``, the pod origin without ``/saas``):
run a published taskflow by its API name, list and watch its runs, terminate them.

``run_taskflow`` is exactly once, like ``start_job``: IICS has no idempotency key and a run request is not idempotent,
so when its answer is lost the client looks in the status list for the run instead of sending again (README: "Every
job starts once"). ``TaskflowStatus`` is how a watched run ended. ``get_taskflow_run`` (one status) is a generated
plain operation.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._config import count_argument, seconds_argument, text_argument
from ._exactly_once import UNMEASURED_SKEW, Reconcile, Reconciled, earliest_start, send_once, with_server_time
from ._exceptions import (
    IICSConfigurationError,
    IICSError,
    IICSJobStartUnknownError,
    IICSJobTimeoutError,
    IICSNotFoundError,
)
from ._models import present
from ._pagination import Emit, Pager, fetch, paged
from ._runner import Call, Plan, Sleep, call_for, plan, run
from ._times import as_utc, utc_text

if TYPE_CHECKING:
    from ._config import Settings
    from ._events import Telemetry
    from .taskflow.models import (
        TaskflowRun,
        TaskflowRunStarted,
        TaskflowRunStatus,
        TaskflowRunStatusFilter,
        TaskflowSubtask,
        TerminateResult,
    )

logger = logging.getLogger("iics_client")

ROW_LIMIT_MAX = 50  # the status list's rowLimit: at most 50 (IICS's default is 10)
TERMINATE_MAX = 200  # run ids per terminate request
RECONCILE_PAGES = 20  # pages of the status list a reconciliation reads at most (1,000 runs since the request)
NOT_FOUND_GRACE = 120.0  # poll_taskflow_status: how long an unknown run id may answer 404 before it is an error
# The runStatus filter is case-sensitive (Success, Failed, Suspended, Running); statuses in answers are upper case.
_FILTER_SPELLING = {"success": "Success", "failed": "Failed", "suspended": "Suspended", "running": "Running"}


@dataclass(frozen=True)
class TaskflowStatus:
    """How a taskflow run ended (poll_taskflow_status): ``state`` SUCCESS, FAILED or SUSPENDED (a suspended run waits
    to be resumed or terminated in Monitor), the status IICS reported (``run``) and its subtasks."""

    run_id: str
    state: TaskflowRunStatus
    run: TaskflowRun

    @property
    def subtasks(self) -> list[TaskflowSubtask]:
        """The tasks the run ran, in order, each with its own status, times, rows and error message."""
        return subtasks_of(self.run)

    @property
    def error_message(self) -> str | None:
        message = self.run.error_message
        return message if isinstance(message, str) else None


def subtasks_of(run: TaskflowRun) -> list[TaskflowSubtask]:
    from .taskflow.models import TaskflowSubtaskDetails, TaskflowSubtaskList

    details = run.subtask_details
    listing = details.details if isinstance(details, TaskflowSubtaskDetails) else None
    tasks = listing.tasks if isinstance(listing, TaskflowSubtaskList) else None
    return list(tasks) if isinstance(tasks, list) else []


def is_finished(run: TaskflowRun) -> bool:
    """SUCCESS, FAILED and SUSPENDED end a wait; so does a status IICS adds later once the run has an end time."""
    from .taskflow.models import TaskflowRunStatus

    status = run.status
    if status in (TaskflowRunStatus.SUCCESS, TaskflowRunStatus.FAILED, TaskflowRunStatus.SUSPENDED):
        return True
    return status is not TaskflowRunStatus.RUNNING and present(run.end_time) is not None


def run_id_text(run_id: object, what: str = "run_id") -> str:
    """A taskflow run id as IICS wants it in paths and bodies: a string of digits (ints are accepted)."""
    if isinstance(run_id, int) and not isinstance(run_id, bool) and run_id >= 0:
        return str(run_id)
    if isinstance(run_id, str) and run_id.strip().isdigit():
        return run_id.strip()
    raise IICSConfigurationError(
        f"{what} must be a taskflow run id (digits, e.g. '7645954072982472420'), not {run_id!r}"
    )


def status_filter(value: object) -> TaskflowRunStatusFilter:
    """The runStatus filter in IICS's spelling, from any case ("SUCCESS", "success", TaskflowRunStatus.SUCCESS)."""
    from .taskflow.models import TaskflowRunStatusFilter

    raw = getattr(value, "value", value)
    spelled = _FILTER_SPELLING.get(raw.lower()) if isinstance(raw, str) else None
    if spelled is None:
        raise IICSConfigurationError(f"run_status must be one of {sorted(_FILTER_SPELLING.values())}, not {value!r}")
    return TaskflowRunStatusFilter(spelled)


def instance_header(instance_name: str) -> str:
    """TF-INSTANCE-NAME: non-ASCII characters URL-encoded as IICS asks (and control characters, '%' and quotes, so
    the header stays one valid line)."""
    return quote(instance_name, safe=" !#$&'()*+,-./:;<=>?@[]^_`{|}~")


class TaskflowMethods:
    """The taskflow plans, mixed into both clients."""

    _settings: Settings
    _telemetry: Telemetry

    @plan
    def run_taskflow(
        self, api_name: str, inputs: Mapping[str, Any] | None = None, *, instance_name: str | None = None
    ) -> Plan[TaskflowRunStarted]:
        """Run a published taskflow by its API name (shown in its properties once published), with its input fields
        as JSON; the result's ``run_id`` identifies the run. ``instance_name`` names the run in Monitor
        (``<taskflow>-<instance name>-<run id>``). Exactly once: when the answer is lost, the client looks for the run
        in the status list (a run started by this user after the request) instead of sending again; a run found
        that way has ``reconciled=True``; when it cannot tell, IICSJobStartUnknownError."""
        from .taskflow.api.taskflow_runs import run_taskflow as ep

        text_argument("api_name", api_name)
        text_argument("instance_name", instance_name, optional=True)
        if inputs is not None and not isinstance(inputs, Mapping):
            raise IICSConfigurationError(f"inputs must be a mapping of the taskflow's input fields, not {inputs!r}")
        try:
            json.dumps(dict(inputs or {}))
        except (TypeError, ValueError) as exc:
            raise IICSConfigurationError(
                f"inputs must be JSON (strings, numbers, booleans, lists, dicts): {exc}"
            ) from None
        header = instance_header(instance_name) if instance_name is not None else None
        call: Call[TaskflowRunStarted] = call_for(ep, api_name, body=dict(inputs or {}), tf_instance_name=header)
        settings = self._settings
        reconcile = self._telemetry.reported(  # reports job_start_reconciled, as for a job start
            _run_reconciliation(api_name, instance_name, settings.username, settings.reconcile_timeout),
            {"taskName": api_name},
            operation="run_taskflow",
        )
        return (
            yield from send_once(
                call, reconcile, reconcile_timeout=settings.reconcile_timeout, max_resends=settings.max_retries
            )
        )

    @paged
    def list_taskflow_runs(
        self,
        *,
        run_status: TaskflowRunStatusFilter | TaskflowRunStatus | str | None = None,
        start: datetime | str | None = None,
        end: datetime | str | None = None,
        page_size: int = ROW_LIMIT_MAX,
        limit: int | None = None,
    ) -> Pager[TaskflowRun]:
        """Taskflow runs, newest first, fetched page by page as you iterate (``rowLimit`` ≤ 50). ``run_status``:
        Success, Failed, Suspended or Running (any case). ``start``/``end`` bound the runs' start time (datetimes,
        naive ones UTC, or ISO strings). Without both, IICS lists only the runs started in the last 24 hours."""
        from .taskflow.api.taskflow_runs import list_taskflow_runs as ep

        count_argument("page_size", page_size, low=1, high=ROW_LIMIT_MAX)
        if limit is not None:
            count_argument("limit", limit, low=0)
        status = status_filter(run_status) if run_status is not None else None
        since = utc_text(as_utc(start, "start")) if start is not None else None
        until = utc_text(as_utc(end, "end")) if end is not None else None
        offset, emitted = 0, 0
        while limit is None or emitted < limit:
            call = call_for(ep, run_status=status, start_time=since, end_time=until, offset=offset, row_limit=page_size)
            page = yield from fetch(call)
            for item in page[: None if limit is None else limit - emitted]:
                yield Emit(item)
                emitted += 1
            if len(page) < page_size:
                return
            offset += len(page)

    @plan
    def terminate_taskflow_runs(self, run_ids: Iterable[str | int] | str | int) -> Plan[list[TerminateResult]]:
        """Terminate running or suspended taskflow runs (a run that already ended is left as it is); sent in
        requests of at most 200 ids. Returns IICS's answer to each request. A run id IICS does not know is an
        error (IICSNotFoundError), and the requests after it are not sent."""
        from .taskflow.api.taskflow_runs import terminate_taskflow_runs as ep

        if isinstance(run_ids, str | int):
            run_ids = [run_ids]
        if not isinstance(run_ids, Iterable):
            raise IICSConfigurationError(f"run_ids must be run ids or a list of them, not {run_ids!r}")
        ids = list(dict.fromkeys(run_id_text(run_id, "each run id") for run_id in run_ids))
        results: list[TerminateResult] = []
        for first in range(0, len(ids), TERMINATE_MAX):
            # PUT: retried by the transport when its answer is lost (terminating an ended run changes nothing)
            results.append((yield from run(call_for(ep, body={"runid": ids[first : first + TERMINATE_MAX]}))))
        return results

    @plan
    def poll_taskflow_status(
        self,
        run_id: str | int,
        *,
        interval: float = 5.0,
        timeout: float = 3600.0,
        max_interval: float = 60.0,
        not_found_grace: float = NOT_FOUND_GRACE,
        on_poll: Callable[[TaskflowRun], object] | None = None,
    ) -> Plan[TaskflowStatus]:
        """Wait until a taskflow run ends: SUCCESS, FAILED or SUSPENDED (a suspended run waits in Monitor for someone
        to resume or terminate it, so waiting longer would not help). One status call per poll; the wait grows from
        ``interval`` by 1.5x up to ``max_interval``. Past ``timeout`` seconds, IICSJobTimeoutError (the run keeps
        running). A run id the status resource does not know for ``not_found_grace`` seconds: IICSNotFoundError.
        ``on_poll``, if given, is called with the status of every look that finds the run still running."""
        from .taskflow.api.taskflow_runs import get_taskflow_run as ep

        number = run_id_text(run_id)
        interval = seconds_argument("interval", interval)
        timeout = seconds_argument("timeout", timeout, zero_ok=True)
        max_interval = max(seconds_argument("max_interval", max_interval), interval)
        not_found_grace = seconds_argument("not_found_grace", not_found_grace, zero_ok=True)
        if on_poll is not None and not callable(on_poll):
            raise IICSConfigurationError(f"on_poll must be a callable, not {on_poll!r}")
        started = time.monotonic()
        deadline, delay = started + timeout, interval
        last: TaskflowRun | None = None
        while True:
            try:
                status = yield from run(call_for(ep, number))
            except IICSNotFoundError:
                if last is not None or time.monotonic() - started >= not_found_grace:
                    raise
            else:
                if is_finished(status):
                    return TaskflowStatus(number, status.status, status)
                last = status
                if on_poll is not None:
                    on_poll(status)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                state = last.status.value if last is not None else None
                raise IICSJobTimeoutError(
                    f"taskflow run {number} did not end within {timeout:g} s (last seen: {state or 'not yet'})",
                    task_id=str(present(last.asset_name) or "") if last is not None else "",
                    run_id=number,
                    last_state=state,
                )
            yield Sleep(min(delay, remaining))
            delay = min(delay * 1.5, max_interval)


# ---- reconciling a run request whose answer was lost ----


def _run_reconciliation(
    api_name: str, instance_name: str | None, username: str, reconcile_timeout: float
) -> Reconcile[TaskflowRunStarted]:
    """Did the run start? Read the status list from just before the request (on IICS's clock) and keep the runs this
    user started since. A run of this taskflow (named ``api_name``; with an instance name, ``…-<instance>-<run id>``)
    is ours when it is the only one. Only when IICS shows no run at all by this user since the request, after
    ``reconcile_timeout`` seconds, did nothing start. Runs by this user that cannot be told apart (several of this
    taskflow, or runs named otherwise: a taskflow's name may differ from its API name): IICSJobStartUnknownError."""

    def reconcile(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[TaskflowRunStarted] | None]:
        from .taskflow.models import TaskflowRunStarted

        what = f"taskflow {api_name}" + (f" (instance {instance_name})" if instance_name else "")
        checked: list[str] = [f"the run request's answer was lost: {lost.message}"]

        def unknown(message: str, candidates: list[TaskflowRun]) -> IICSJobStartUnknownError:
            return IICSJobStartUnknownError(
                f"cannot tell whether {what} started: {message}",
                task={"apiName": api_name, "instanceName": instance_name},
                requested_at=requested_at,
                checked=checked,
                candidates=[candidate.to_dict() for candidate in candidates],
            )

        deadline = time.monotonic() + reconcile_timeout
        pause = min(2.0, max(0.05, reconcile_timeout / 10))
        since = requested_at - UNMEASURED_SKEW
        while True:
            try:
                rows, skew = yield from _runs_started_since(since)
            except IICSError as error:
                checked.append(f"the check failed: {error.message}")
                raise unknown("the taskflow status list could not be read", []) from error
            floor = earliest_start(requested_at, skew)
            if floor < since:  # IICS's clock is further behind than allowed for: read again from earlier
                since = floor - timedelta(seconds=5)  # with slack, so the next look does not move it again
                continue
            mine = [row for row in rows if _by(row.started_by, username) and _started_since(row, floor)]
            ours = [row for row in mine if _is_run_of(row, api_name, instance_name)]
            others = [row for row in mine if not _is_run_of(row, api_name, instance_name)]
            checked.append(
                f"taskflow status list since {utc_text(since)}: {len(ours)} run(s) of {what} and {len(others)} other "
                f"run(s) by {username} started since {floor.isoformat(timespec='seconds')}"
            )
            if len(ours) == 1:
                run_id = str(ours[0].run_id)
                logger.info("%s started as run %s (found in the taskflow status list)", what, run_id)
                return Reconciled(TaskflowRunStarted.from_dict({"RunId": run_id, "reconciled": True}))
            if len(ours) > 1:
                raise unknown(f"{len(ours)} runs of it started since the request", ours)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if others:
                    raise unknown(
                        f"{len(others)} run(s) by {username} started since the request under another name (a "
                        "taskflow's name may differ from its API name; an instance_name tells runs apart)",
                        others,
                    )
                return None
            yield Sleep(min(pause, remaining))

    return reconcile


def _runs_started_since(since: datetime) -> Plan[tuple[list[TaskflowRun], timedelta | None]]:
    """Every run the status list shows as started at or after `since` (IICS's time), and IICS's clock offset."""
    from .taskflow.api.taskflow_runs import list_taskflow_runs as ep

    rows: list[TaskflowRun] = []
    skew: timedelta | None = None
    for page_number in range(RECONCILE_PAGES):
        call = call_for(ep, start_time=utc_text(since), offset=len(rows), row_limit=ROW_LIMIT_MAX)
        page = yield from run(Call(call.kwargs, with_server_time(call.parse)))
        skew = page.skew if page_number == 0 else skew
        rows.extend(page.value)
        if len(page.value) < ROW_LIMIT_MAX:
            return rows, skew
    raise IICSError(f"more than {len(rows)} taskflow runs since {utc_text(since)}: too many to tell")


def _started_since(row: TaskflowRun, floor: datetime) -> bool:
    started = present(row.start_time)
    return not isinstance(started, datetime) or as_utc(started, "startTime") >= floor


def _is_run_of(row: TaskflowRun, api_name: str, instance_name: str | None) -> bool:
    name = present(row.asset_name)
    if not isinstance(name, str):
        return False
    if instance_name is not None:
        return name.endswith(f"-{instance_name}-{row.run_id}")
    return name == api_name


def _by(started_by: object, username: str) -> bool:
    """A run this user started (one that does not say who started it is not excluded)."""
    return not isinstance(started_by, str) or not started_by or started_by.lower() == username.lower()


__all__ = ["TaskflowMethods", "TaskflowStatus", "is_finished", "subtasks_of"]
