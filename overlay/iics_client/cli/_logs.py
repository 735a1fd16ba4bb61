"""``iics jobs log TASK RUN_ID``: the session log (or, with ``--errors``, the error rows) of a finished run, printed
or saved with ``--output FILE|DIR`` (streamed, never held whole in memory). A zip of several logs (a linear
taskflow's run) is only ever saved, never printed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import IICSConfigurationError, IICSNotFoundError
from .._transfers import ZIP_SIGNATURE
from ._context import Context
from ._exit import ExitCode

if TYPE_CHECKING:
    from .._client import IICSClient


def jobs_log(ctx: Context, client: IICSClient) -> int:
    args, out = ctx.args, ctx.out
    entries = list(client.get_activity_log(args.task, args.run_id, page_size=1, limit=1))
    if not entries:
        raise IICSNotFoundError(
            f"run {args.run_id} of task {args.task} is not in the activity log (still running? see: "
            f"iics jobs status {args.task} {args.run_id})"
        )
    entry_id = str(entries[0].id)
    kind = "errors" if args.errors else "session"
    document: dict[str, Any] = {"task_id": args.task, "run_id": args.run_id, "activity_log_id": entry_id, "kind": kind}
    if args.errors:
        if args.item:
            raise IICSConfigurationError("--item goes with the session log, not with --errors")
        result = client.get_error_log(entry_id, path=args.output)
    else:
        result = client.get_session_log(entry_id, item_id=args.item, path=args.output)
    if isinstance(result, Path):
        with result.open("rb") as saved:
            is_zip = saved.read(len(ZIP_SIGNATURE)) == ZIP_SIGNATURE
        document.update(output=str(result), bytes=result.stat().st_size, zip=is_zip)
        out.document(document)
        what = "error rows" if args.errors else "session log" + (" (a zip of several logs)" if is_zip else "")
        out.info(f"Saved the {what} of run {args.run_id} to {result}")
        return ExitCode.OK
    if result.startswith(ZIP_SIGNATURE):
        raise IICSConfigurationError(
            "this run's log is a zip of several logs (one per task): save it with --output FILE or --output DIR"
        )
    text = result.decode("utf-8", errors="replace")
    if out.json_mode:
        out.document({**document, "output": None, "bytes": len(result), "zip": False, "text": text})
    else:
        out.text(text)
    return ExitCode.OK
