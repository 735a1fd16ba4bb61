"""The files of a finished run (v2): its session log and its error rows, addressed by the activity-log *entry* id
(``entry.id``, not the run id). Returned as bytes, or streamed into a file (see _transfers.py) without ever holding
the whole file in memory. Which runs IICS answers with a zip of several logs (a linear taskflow's tasks, ...) is
unconfirmed: check ``data[:4] == ZIP_SIGNATURE``, or look at the saved file's name.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ._config import text_argument
from ._exceptions import IICSConfigurationError
from ._runner import Call, Plan, call_for, plan, run


def _download(call: Call[Any], path: str | os.PathLike[str] | None, *, stem: str, suffix: str) -> Plan[bytes | Path]:
    from ._transfers import NamedFileSink, body  # file transfers load on first use, not with the client

    if path is None:
        return (yield from run(Call(call.kwargs, body)))
    sink = NamedFileSink(path, default_stem=stem, default_suffix=suffix)
    return (yield from run(Call(call.kwargs, sink.result, sink=sink)))


class LogMethods:
    """The run-file plans, mixed into both clients."""

    @plan
    def get_session_log(
        self,
        activity_log_id: str,
        *,
        item_id: str | None = None,
        child_item_id: str | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> Plan[bytes | Path]:
        """The session log of a finished run, by its activity-log entry id (``entry.id``; ``item_id`` picks one child
        entry, ``child_item_id`` one of its children). Returns the bytes (text, or a zip when the run has several
        logs), or, with ``path``, streams them into that file (or into that directory, named as IICS names it) and
        returns where it went."""
        from .v2.api.activity import get_session_log as ep

        text_argument("activity_log_id", activity_log_id)
        text_argument("item_id", item_id, optional=True)
        text_argument("child_item_id", child_item_id, optional=True)
        if child_item_id is not None and item_id is None:
            raise IICSConfigurationError("child_item_id needs item_id (the child entry it belongs to)")
        call = call_for(ep, activity_log_id, item_id=item_id, child_item_id=child_item_id)
        stem = "_".join(part for part in (activity_log_id, item_id, child_item_id) if part) + "_session"
        return (yield from _download(call, path, stem=stem, suffix=".log"))

    @plan
    def get_error_log(self, activity_log_id: str, *, path: str | os.PathLike[str] | None = None) -> Plan[bytes | Path]:
        """The error rows of a finished run (the rows its targets rejected, as IICS writes them: text), by its
        activity-log entry id. Returns the bytes, or, with ``path``, streams them into that file (or directory)
        and returns where it went."""
        from .v2.api.activity import get_error_log as ep

        text_argument("activity_log_id", activity_log_id)
        call = call_for(ep, activity_log_id)
        return (yield from _download(call, path, stem=f"{activity_log_id}_errors", suffix=".csv"))


__all__ = ["LogMethods"]
