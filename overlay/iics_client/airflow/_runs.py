"""What the integration's operators, triggers and sensors agree on: the run reference, the one trigger event, the
XCom keys, and how an outcome becomes the Airflow task's state.

A job run (mapping task, synchronization task, linear taskflow ...) is named by its v2 task id and run id; an
advanced taskflow run (``/active-bpel``) by its run id alone (the event carries the taskflow's API name as
``task_id`` and ``TASKFLOW`` as ``task_type``). Both end in the same event statuses and go through ``settle``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict

from .. import IICSConfigurationError, JobState, JobStatus, TaskflowStatus
from ._airflow import AirflowException, AirflowFailException, AirflowSkipException

# XCom keys pushed as soon as a run is known (so they exist while the task waits, and after it fails)
RUN_ID_KEY = "iics_run_id"
TASK_ID_KEY = "iics_task_id"
RUN_URL_KEY = "iics_run_url"

# trigger event statuses: the ends of a run (suspended: taskflows only), plus the two ends of waiting for one
SUCCESS, WARNING, FAILED, STOPPED, SUSPENDED = "success", "warning", "failed", "stopped", "suspended"
TIMEOUT, ERROR = "timeout", "error"
RUNNING = "running"  # not an event: what one look at a run still going reports (ResumableJobMixin's status)
TASKFLOW = "TASKFLOW"  # the task_type of a taskflow run's events
_FROM_STATE = {JobState.SUCCESS: SUCCESS, JobState.WARNING: WARNING, JobState.FAILED: FAILED, JobState.STOPPED: STOPPED}

WarningPolicy = Literal["success", "fail", "skip"]
WARNING_POLICIES: tuple[str, ...] = ("success", "fail", "skip")


class JobRun(TypedDict):
    """A started job run: what the task-state store keeps across retries (JSON only)."""

    task_id: str  # the v2 task id (the activity monitor and log need it, whatever the task was started by)
    task_type: str
    run_id: int | str


class TaskflowRunRef(TypedDict):
    """A started taskflow run: what the task-state store keeps across retries (JSON only)."""

    api_name: str
    run_id: str  # digits (19 of them on IICS): a string, as IICS wants it in paths and bodies
    instance_name: str | None


def check_warning_policy(on_warning: str) -> str:
    if on_warning not in WARNING_POLICIES:
        raise IICSConfigurationError(f"on_warning must be one of {list(WARNING_POLICIES)}, not {on_warning!r}")
    return on_warning


def counts_as_success(state: str, on_warning: str) -> bool:
    """Whether a finished run's state (JobState value) is the task's success under the warning policy."""
    return state == JobState.SUCCESS.value or (state == JobState.WARNING.value and on_warning == "success")


def succeeded(status: str, on_warning: str) -> bool:
    """Whether an event status is the task's success under the warning policy."""
    return status == SUCCESS or (status == WARNING and on_warning == "success")


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


def finished_taskflow_event(status: TaskflowStatus, api_name: str | None) -> dict[str, Any]:
    """The event of a finished taskflow run, with IICS's status of the run (subtasks included). A run that ended
    SUCCESS with a subtask that ended WARNING is ``warning``; a status IICS adds later, with an end time, ``failed``."""
    state = status.state.value
    if state == "SUCCESS":
        warned = [task for task in status.subtasks if str(task.status).upper() == "WARNING"]
        outcome = WARNING if warned else SUCCESS
        message = "; ".join(f"{task.asset_name}: WARNING" for task in warned)
    else:
        outcome = SUSPENDED if state == "SUSPENDED" else FAILED
        message = status.error_message or ""
    return event(
        outcome, task_id=api_name, task_type=TASKFLOW, run_id=status.run_id, message=message,
        entry=status.run.to_dict(),
    )  # fmt: skip


def event(
    status: str,
    *,
    task_id: str | None,
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
    """End the task as the event says: return the activity-log entry (a taskflow's status) when the run counts as a
    success; otherwise raise AirflowSkipException (warning with ``on_warning="skip"``), AirflowFailException
    (stopped: no retry, somebody stopped the run on purpose) or AirflowException (failed, suspended, warning with
    ``on_warning="fail"``, timeout, error: Airflow retries these if the task has retries, and a retry re-attaches
    to a run still going or suspended)."""
    status = event.get("status")
    entry = event.get("entry")
    if succeeded(str(status), on_warning):
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
    taskflow = event.get("task_type") == TASKFLOW
    name = entry.get("assetName" if taskflow else "objectName") if entry else None
    task_id = event.get("task_id")
    if taskflow:
        what = f"IICS taskflow run {event.get('run_id')}" + (f" of {task_id}" if task_id else "")
    else:
        what = f"IICS run {event.get('run_id')} of task {task_id}"
    what += f" ({name})" if name and name != task_id else ""
    ends = {TIMEOUT: "had not ended when the wait timed out", ERROR: "could not be followed"}
    text = f"{what} {ends.get(status, 'ended ' + status.upper())}"
    if status == SUSPENDED:
        text += " (it waits in IICS Monitor to be resumed or terminated; a retry follows the same run)"
    if event.get("message"):
        text += f": {event['message']}"
    if not taskflow and entry and entry.get("id") and status in (FAILED, WARNING, STOPPED):
        text += f" (session log: GET .../activity/activityLog/{entry['id']}/sessionLog)"
    return text
