"""What the integration's operators, triggers and sensors agree on: the run reference, the one trigger event, the
XCom keys, and how an outcome becomes the Airflow task's state.

A job run (mapping task, synchronization task, linear taskflow ...) is named by its v2 task id and run id. Phase 2's
taskflow runs (``/active-bpel``) name theirs by run id alone but end in the same statuses and go through ``settle``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict

from .. import IICSConfigurationError, JobState, JobStatus
from ._airflow import AirflowException, AirflowFailException, AirflowSkipException

# XCom keys pushed as soon as a run is known (so they exist while the task waits, and after it fails)
RUN_ID_KEY = "iics_run_id"
TASK_ID_KEY = "iics_task_id"
RUN_URL_KEY = "iics_run_url"

# trigger event statuses: the four ends of a run, plus the two ends of waiting for one
SUCCESS, WARNING, FAILED, STOPPED = "success", "warning", "failed", "stopped"
TIMEOUT, ERROR = "timeout", "error"
_FROM_STATE = {JobState.SUCCESS: SUCCESS, JobState.WARNING: WARNING, JobState.FAILED: FAILED, JobState.STOPPED: STOPPED}

WarningPolicy = Literal["success", "fail", "skip"]
WARNING_POLICIES: tuple[str, ...] = ("success", "fail", "skip")


class JobRun(TypedDict):
    """A started job run: what the task-state store keeps across retries (JSON only)."""

    task_id: str  # the v2 task id (the activity monitor and log need it, whatever the task was started by)
    task_type: str
    run_id: int | str


def check_warning_policy(on_warning: str) -> str:
    if on_warning not in WARNING_POLICIES:
        raise IICSConfigurationError(f"on_warning must be one of {list(WARNING_POLICIES)}, not {on_warning!r}")
    return on_warning


def counts_as_success(state: str, on_warning: str) -> bool:
    """Whether a finished run's state (JobState value) is the task's success under the warning policy."""
    return state == JobState.SUCCESS.value or (state == JobState.WARNING.value and on_warning == "success")


def is_running(monitor: Iterable[Any], task_id: str, run_id: int | str) -> bool:
    """Whether the activity monitor's entries list this run."""
    return any(str(entry.run_id) == str(run_id) and entry.task_id == task_id for entry in monitor)


def finished_event(status: JobStatus, task_type: str | None) -> dict[str, Any]:
    """The event of a finished run, with its activity-log entry (IICS's own JSON field names)."""
    entry = status.entry
    message = entry.error_msg if isinstance(entry.error_msg, str) else ""
    return event(
        _FROM_STATE[status.state], task_id=status.task_id, task_type=task_type, run_id=status.run_id,
        message=message, entry=entry.to_dict(),
    )  # fmt: skip


def event(
    status: str,
    *,
    task_id: str,
    task_type: str | None,
    run_id: int | str,
    message: str,
    entry: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A trigger event's payload (JSON only): ``status`` is success, warning, failed, stopped, timeout or error."""
    return {
        "status": status, "task_id": task_id, "task_type": task_type, "run_id": run_id, "message": message,
        "entry": dict(entry) if entry is not None else None,
    }  # fmt: skip


def settle(event: Mapping[str, Any], *, on_warning: str) -> dict[str, Any] | None:
    """End the task as the event says: return the activity-log entry when the run counts as a success; otherwise
    raise AirflowSkipException (warning with ``on_warning="skip"``), AirflowFailException (stopped: no retry,
    somebody stopped the run on purpose) or AirflowException (failed, warning with ``on_warning="fail"``, timeout,
    error: Airflow retries these if the task has retries, and a retry re-attaches to a run still going)."""
    status = event.get("status")
    entry = event.get("entry")
    if status == SUCCESS or (status == WARNING and on_warning == "success"):
        return dict(entry) if isinstance(entry, Mapping) else None
    text = describe(event)
    if status == WARNING and on_warning == "skip":
        raise AirflowSkipException(text)
    if status == STOPPED:
        raise AirflowFailException(text)
    raise AirflowException(text)


def describe(event: Mapping[str, Any]) -> str:
    """One line for the task log: which run, how it ended, IICS's message, where the session log is."""
    status = str(event.get("status"))
    entry = event.get("entry") if isinstance(event.get("entry"), Mapping) else {}
    name = entry.get("objectName") if entry else None
    what = f"IICS run {event.get('run_id')} of task {event.get('task_id')}" + (f" ({name})" if name else "")
    ends = {TIMEOUT: "had not ended when the wait timed out", ERROR: "could not be followed"}
    text = f"{what} {ends.get(status, 'ended ' + status.upper())}"
    if event.get("message"):
        text += f": {event['message']}"
    if entry and entry.get("id") and status in (FAILED, WARNING, STOPPED):
        text += f" (session log: GET .../activity/activityLog/{entry['id']}/sessionLog)"
    return text
