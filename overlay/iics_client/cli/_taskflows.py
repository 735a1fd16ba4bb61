"""``iics taskflows run | status | runs | terminate``: advanced taskflows on the Application Integration runtime.

``run --wait`` and ``status --wait`` behave like ``iics jobs start --wait``: the same waiting options, progress line
and exit codes (SUCCESS 0, FAILED 4, SUSPENDED 8, timeout 7, Ctrl-C 130). Every run result has one JSON shape:
``api_name`` (when known), ``run_id``, ``state`` (SUCCESS, FAILED, SUSPENDED, or RUNNING while it runs),
``finished``, ``reconciled``, ``run`` (IICS's status of the run, with its subtasks), plus ``timed_out`` /
``interrupted`` / ``terminate_requested`` when waiting ended early.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import IICSConfigurationError, IICSError, IICSJobTimeoutError
from .._models import present
from .._taskflows import TaskflowStatus, is_finished, subtasks_of
from .._terminal import Column, Progress
from ._context import Context
from ._exit import ExitCode

if TYPE_CHECKING:
    from .._client import IICSClient
    from ..taskflow.models import TaskflowRun, TaskflowRunStarted

_EXIT = {"SUCCESS": ExitCode.OK, "RUNNING": ExitCode.OK, "FAILED": ExitCode.JOB_FAILED,
         "SUSPENDED": ExitCode.SUSPENDED, "STOPPED": ExitCode.JOB_STOPPED}  # fmt: skip


def exit_code(state: str) -> ExitCode:
    """A taskflow run's status as an exit code (another status IICS may add counts as not succeeded)."""
    return _EXIT.get(state, ExitCode.JOB_FAILED)


def inputs_from(args: Any, stdin: Any) -> dict[str, Any]:
    """The run's input fields: --input-json FILE ('-': stdin) first, then each --input KEY=VALUE (a string)."""
    inputs: dict[str, Any] = {}
    if args.input_json:
        try:
            text = stdin.read() if args.input_json == "-" else Path(args.input_json).read_text(encoding="utf-8")
            loaded = json.loads(text)
        except (OSError, ValueError) as exc:
            raise IICSConfigurationError(f"--input-json {args.input_json}: {exc}") from None
        if not isinstance(loaded, dict):
            raise IICSConfigurationError(f"--input-json {args.input_json}: not a JSON object of input fields")
        inputs.update(loaded)
    for item in args.input or []:
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise IICSConfigurationError(f"--input {item!r}: write KEY=VALUE")
        inputs[key.strip()] = value
    return inputs


def taskflows_run(ctx: Context, client: IICSClient) -> int:
    args, out = ctx.args, ctx.out
    started = client.run_taskflow(args.name, inputs_from(args, ctx.stdin), instance_name=args.instance_name)
    message = f"Started taskflow run {started.run_id} of {args.name}"
    if started.reconciled:
        message += "; the run request's answer was lost, the run was found in IICS (not started twice)"
    if not args.wait:
        if out.json_mode:
            out.info(message)
            out.document(_result(started.run_id, "RUNNING", api_name=args.name, started=started))
        else:
            out.text(message)
        return ExitCode.OK
    out.info(message)
    return wait(ctx, client, started.run_id, api_name=args.name, started=started)


def taskflows_status(ctx: Context, client: IICSClient) -> int:
    args, out = ctx.args, ctx.out
    if args.wait:
        return wait(ctx, client, args.run_id)
    run = client.get_taskflow_run(args.run_id)
    state = run.status.value
    if out.json_mode:
        out.document(_result(args.run_id, state, run=run, finished=is_finished(run)))
    else:
        out.text(_describe(args.run_id, run, state))
    return exit_code(state)


def wait(
    ctx: Context,
    client: IICSClient,
    run_id: str,
    *,
    api_name: str | None = None,
    started: TaskflowRunStarted | None = None,
) -> int:
    """Wait for a taskflow run with poll_taskflow_status (a progress line on a terminal), report it, exit by state."""
    args, out = ctx.args, ctx.out
    label = f"taskflow run {run_id}" + (f" of {api_name}" if api_name else "")
    out.info(f"Waiting for {label} (timeout {args.timeout:g} s; Ctrl-C stops waiting)")
    progress = Progress(out.stderr, f"waiting for {label}")
    try:
        with progress:
            status = client.poll_taskflow_status(
                run_id, interval=args.interval, timeout=args.timeout, max_interval=max(args.max_interval, args.interval)
            )
    except IICSJobTimeoutError as exc:
        last = exc.last_state or "RUNNING"
        out.error(
            f"gave up waiting after {args.timeout:g} s: {label} is still {last} (it keeps running; "
            f"look again with: iics taskflows status {run_id})"
        )
        document = _result(run_id, last, api_name=api_name, started=started)
        document["timed_out"] = True
        out.document(document)
        return ExitCode.TIMEOUT
    except KeyboardInterrupt:
        progress.stop()
        requested = _terminate_after_interrupt(ctx, client, label=label, run_id=run_id)
        document = _result(run_id, "RUNNING", api_name=api_name, started=started)
        document.update(interrupted=True, terminate_requested=requested)
        out.document(document)
        return ExitCode.INTERRUPTED
    _report(ctx, status, api_name=api_name, started=started, waited=progress.elapsed)
    return exit_code(status.state.value)


def _terminate_after_interrupt(ctx: Context, client: IICSClient, *, label: str, run_id: str) -> bool:
    out = ctx.out
    if not ctx.args.stop_on_interrupt:
        out.info(f"Interrupted: stopped waiting; {label} keeps running (look: iics taskflows status {run_id})")
        return False
    out.info(f"Interrupted: terminating {label} ...")
    try:
        client.terminate_taskflow_runs([run_id])  # by run id: no other run of the taskflow is touched
    except IICSError as error:
        out.error(f"could not terminate the run: {error}")
        return False
    out.info("Termination requested.")
    return True


def _result(
    run_id: str,
    state: str,
    *,
    api_name: str | None = None,
    started: TaskflowRunStarted | None = None,
    run: TaskflowRun | None = None,
    finished: bool = False,
) -> dict[str, Any]:
    return {
        "api_name": api_name,
        "run_id": str(run_id),
        "state": state,
        "finished": finished,
        "reconciled": bool(started is not None and started.reconciled),
        "run": None if run is None else run.to_dict(),
    }


def _report(
    ctx: Context, status: TaskflowStatus, *, api_name: str | None, started: TaskflowRunStarted | None, waited: float
) -> None:
    state = status.state.value
    if ctx.out.json_mode:
        ctx.out.document(
            _result(status.run_id, state, api_name=api_name, started=started, run=status.run, finished=True)
        )
    else:
        ctx.out.text(_describe(status.run_id, status.run, state, waited=waited))


def _describe(run_id: str, run: TaskflowRun, state: str, *, waited: float | None = None) -> str:
    name = present(run.asset_name) or "taskflow"
    took = f" after {waited:.1f} s" if waited is not None else ""
    lines = [f"Taskflow run {run_id} of {name}: {state}{took}"]
    begin, end = present(run.start_time), present(run.end_time)
    if isinstance(begin, datetime):
        lines.append(
            f"  started {begin.isoformat(timespec='seconds')}"
            + (f", ended {end.isoformat(timespec='seconds')}" if isinstance(end, datetime) else "")
        )
    for number, task in enumerate(subtasks_of(run), 1):
        rows = present(task.rows_processed)
        lines.append(
            f"  {number}. {present(task.asset_name) or '-'} ({present(task.asset_type) or '-'}): "
            f"{task.status.value if isinstance(task.status, Enum) else '-'}"
            + (f", {rows} rows" if rows is not None else "")
        )
    error = present(run.error_message)
    if error and state != "SUCCESS":
        lines.append(f"  error: {error}")
    if state == "SUSPENDED":
        lines.append(f"  (suspended: resume it in Monitor, or end it with: iics taskflows terminate {run_id})")
    return "\n".join(lines)


RUN_COLUMNS = (
    Column("RUN ID", lambda r: r.run_id),
    Column("TASKFLOW", lambda r: r.asset_name),
    Column("STATUS", lambda r: r.status),
    Column("STARTED (UTC)", lambda r: r.start_time),
    Column("ENDED (UTC)", lambda r: r.end_time),
    Column("SUBTASKS", lambda r: r.subtasks),
    Column("STARTED BY", lambda r: r.started_by),
    Column("ERROR", lambda r: r.error_message, width=50),
)


def taskflows_runs(ctx: Context, client: IICSClient) -> int:
    args = ctx.args
    limit = args.limit or None
    runs = client.list_taskflow_runs(run_status=args.status, start=args.since, end=args.until, limit=limit)
    ctx.out.listing(list(runs), RUN_COLUMNS, what="taskflow runs")
    if not args.since and not args.until and not ctx.out.json_mode:
        ctx.out.info("(IICS lists only the last 24 hours without --since or --until)")
    return ExitCode.OK


def taskflows_terminate(ctx: Context, client: IICSClient) -> int:
    results = client.terminate_taskflow_runs(ctx.args.run_ids)
    if ctx.out.json_mode:
        ctx.out.document([result.to_dict() for result in results])
    else:
        messages = [present(result.message) for result in results]
        ctx.out.text("\n".join(message for message in messages if message) or "Termination requested.")
    return ExitCode.OK
