"""``iics jobs``: start a task (and wait for it), look at or wait for a run, stop a task.

Every job result has one JSON shape: ``task_id``, ``run_id``, ``state`` (SUCCESS, WARNING, FAILED, STOPPED, or
RUNNING while it has not finished), ``finished``, ``job`` (the start response), ``entry`` (the activity-log entry
of a finished run), plus ``timed_out`` / ``interrupted`` / ``stop_requested`` when waiting ended early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._exceptions import IICSError, IICSJobTimeoutError
from .._jobs import JobState, JobStatus, job_state
from .._models import present
from .._terminal import Progress
from ..v2.models import ActivityMonitorEntry
from ._context import Context
from ._exit import ExitCode, for_state

if TYPE_CHECKING:
    from .._client import IICSClient
    from ..v2.models import ActivityLogEntry, Job


@dataclass(frozen=True)
class TaskRef:
    """How TASK names the task: an id (default), a federated id (``--federated``) or a name (``--by-name``)."""

    task_id: str | None = None
    federated_id: str | None = None
    name: str | None = None

    @classmethod
    def from_args(cls, args: Any) -> TaskRef:
        if getattr(args, "federated", False):
            return cls(federated_id=args.task)
        if getattr(args, "by_name", False):
            return cls(name=args.task)
        return cls(task_id=args.task)


def jobs_start(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    reference = TaskRef.from_args(args)
    job = client.start_job(
        reference.task_id,
        args.type,
        task_federated_id=reference.federated_id,
        task_name=reference.name,
        parameter_file_name=args.param_file,
        parameter_file_dir=args.param_dir,
    )
    task_id = present(job.task_id) or reference.task_id
    name = present(job.task_name) or args.task
    started = f"Started run {job.run_id} of {name} (task {task_id or args.task}, type {args.type})"
    if job.reconciled:
        started += "; the start's answer was lost, the run was found in IICS (not started twice)"
    if not args.wait:
        if ctx.out.json_mode:
            ctx.out.info(started)
            ctx.out.document(_result(task_id or args.task, job.run_id, state="RUNNING", finished=False, job=job))
        else:
            ctx.out.text(started)
        return ExitCode.OK
    ctx.out.info(started)
    if not task_id:
        ctx.out.error("IICS did not say which task id it started, so the run cannot be waited for")
        ctx.out.document(_result(args.task, job.run_id, state="RUNNING", finished=False, job=job))
        return ExitCode.ERROR
    return wait(ctx, client, task_id, job.run_id, name=name, stop_reference=reference, job=job)


def jobs_status(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    if args.stop_on_interrupt and not args.type:
        ctx.out.error("--stop-on-interrupt needs the task type (--type) to stop the job")
        return ExitCode.USAGE
    if args.wait:
        return wait(ctx, client, args.task, args.run_id, name=args.task, stop_reference=TaskRef(task_id=args.task))
    found = client.find_run(args.task, args.run_id)  # IICSNotFoundError when it is neither running nor logged
    if isinstance(found, ActivityMonitorEntry):
        document = _result(args.task, args.run_id, state=JobState.RUNNING.value, finished=False)
        document["monitor"] = found.to_dict()
        if ctx.out.json_mode:
            ctx.out.document(document)
        else:
            execution = found.execution_state.value
            detail = "" if execution == JobState.RUNNING.value else f" ({execution})"
            ctx.out.text(f"Run {args.run_id} of {present(found.task_name) or args.task}: RUNNING{detail}")
        return ExitCode.OK
    state = job_state(found)
    _report_finished(ctx, JobStatus(args.task, args.run_id, state, found), job=None)
    return for_state(state, warning_ok=args.warning_ok)


def jobs_stop(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    reference = TaskRef.from_args(args)
    result = client.stop_job(
        reference.task_id,
        args.type,
        task_federated_id=reference.federated_id,
        task_name=reference.name,
        clean_stop=args.clean,
    )
    if ctx.out.json_mode:
        ctx.out.document(result.to_dict())
    else:
        ctx.out.text(f"Stop requested for task {args.task}" + (" (clean stop)" if args.clean else ""))
    return ExitCode.OK


def wait(
    ctx: Context,
    client: IICSClient,
    task_id: str,
    run_id: int | str,
    *,
    name: str,
    stop_reference: TaskRef,
    job: Job | None = None,
) -> int:
    """Wait for a run with poll_job_status (a progress line on a terminal), report it, and map it to an exit code."""
    args, out = ctx.args, ctx.out
    label = f"run {run_id} of {name}"
    out.info(f"Waiting for {label} (timeout {args.timeout:g} s; Ctrl-C stops waiting)")
    progress = Progress(out.stderr, f"waiting for {label}")
    try:
        with progress:
            status = client.poll_job_status(
                task_id,
                run_id,
                interval=args.interval,
                timeout=args.timeout,
                max_interval=max(args.max_interval, args.interval),
                not_found_grace=args.grace,
                on_poll=lambda entry: progress.update(_monitor_state(entry)),
            )
    except IICSJobTimeoutError as exc:
        last = exc.last_state or JobState.RUNNING.value
        out.error(
            f"gave up waiting after {args.timeout:g} s: {label} is still {last} (it keeps running; "
            f"look again with: iics jobs status {task_id} {run_id})"
        )
        document = _result(task_id, run_id, state=last, finished=False, job=job)
        document["timed_out"] = True
        out.document(document)
        return ExitCode.TIMEOUT
    except KeyboardInterrupt:
        progress.stop()
        stop_requested = _stop_after_interrupt(
            ctx, client, label=label, reference=stop_reference, task_id=task_id, run_id=run_id
        )
        document = _result(task_id, run_id, state=JobState.RUNNING.value, finished=False, job=job)
        document.update(interrupted=True, stop_requested=stop_requested)
        out.document(document)
        return ExitCode.INTERRUPTED
    _report_finished(ctx, status, job=job, waited=progress.elapsed)
    return for_state(status.state, warning_ok=args.warning_ok)


def _monitor_state(entry: ActivityMonitorEntry | None) -> str:
    """What a poll saw: the activity monitor's execution state (INITIALIZED, RUNNING, STOPPING, ...)."""
    if entry is None:
        return "not shown by IICS yet"
    state = present(entry.execution_state)
    return str(state.value) if state is not None else JobState.RUNNING.value


def _stop_after_interrupt(
    ctx: Context, client: IICSClient, *, label: str, reference: TaskRef, task_id: str, run_id: int | str
) -> bool:
    out = ctx.out
    if not ctx.args.stop_on_interrupt:
        out.info(f"Interrupted: stopped waiting; {label} keeps running (look: iics jobs status {task_id} {run_id})")
        return False
    out.info(f"Interrupted: stopping {label} ...")
    try:
        client.stop_job(
            reference.task_id, ctx.args.type, task_federated_id=reference.federated_id, task_name=reference.name
        )
    except IICSError as error:
        out.error(f"could not stop the job: {error}")
        return False
    out.info("Stop requested.")
    return True


def _result(
    task_id: str,
    run_id: int | str,
    *,
    state: str,
    finished: bool,
    job: Job | None = None,
    entry: ActivityLogEntry | None = None,
) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "run_id": run_id,
        "state": state,
        "finished": finished,
        "job": None if job is None else job.to_dict(),
        "reconciled": bool(job is not None and job.reconciled),
        "entry": None if entry is None else entry.to_dict(),
    }


def _report_finished(ctx: Context, status: JobStatus, *, job: Job | None, waited: float | None = None) -> None:
    entry = status.entry
    if ctx.out.json_mode:
        ctx.out.document(
            _result(status.task_id, status.run_id, state=status.state.value, finished=True, job=job, entry=entry)
        )
        return
    name = present(entry.object_name) or status.task_id
    took = f" after {waited:.1f} s" if waited is not None else ""
    lines = [f"Run {status.run_id} of {name}: {status.state.value}{took}"]
    ok, failed = present(entry.success_target_rows), present(entry.failed_target_rows)
    if ok is not None or failed is not None:
        lines.append(f"  rows: {ok or 0} succeeded, {failed or 0} failed")
    start, end = entry.start_time_utc, entry.end_time_utc
    if isinstance(start, datetime):
        lines.append(
            f"  started {start.isoformat(timespec='seconds')}"
            + (f", ended {end.isoformat(timespec='seconds')}" if isinstance(end, datetime) else "")
        )
    error = present(entry.error_msg)
    if error and status.state is not JobState.SUCCESS:
        lines.append(f"  error: {error}")
    ctx.out.text("\n".join(lines))
