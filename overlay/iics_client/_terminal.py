"""Showing results to a person, for the command line and the demo: aligned tables, and a progress line while a job
is waited for (a spinner and the elapsed time, only on a terminal)."""

from __future__ import annotations

import enum
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, TextIO

from ._models import is_unset

# ---- tables ----


def cell(value: Any) -> str:
    """One table cell: ``-`` for a missing value, yes/no for booleans, ISO times, comma-joined lists."""
    if value is None or is_unset(value):
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, list | tuple):
        return ", ".join(cell(item) for item in value) or "-"
    return str(value) or "-"


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    width: int | None = None  # cut longer cells to this many characters


def render_table(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    grid = [[column.header for column in columns]]
    for row in rows:
        cells = []
        for column in columns:
            text = " ".join(cell(column.get(row)).split())  # one line per row, whatever the data holds
            if column.width is not None and len(text) > column.width:
                text = text[: column.width - 1] + "…"
            cells.append(text)
        grid.append(cells)
    widths = [max(len(line[index]) for line in grid) for index in range(len(columns))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip() for line in grid]
    return "\n".join(lines) + "\n"


def render_fields(pairs: Sequence[tuple[str, Any]]) -> str:
    width = max((len(key) for key, _ in pairs), default=0)
    return "".join(f"{key.ljust(width)}  {_field(value)}\n" for key, value in pairs)


def _field(value: Any) -> str:
    if isinstance(value, Mapping | list) and value:
        return json.dumps(value, ensure_ascii=False, default=str)
    return cell(value)


# ---- progress ----

_FRAMES = "|/-\\"
_CLEAR = "\r\x1b[K"
# Without a terminal (a CI log, a pipe), a plain status line goes out at least this often while waiting, and at
# once whenever the state changes (README: "Output").
HEARTBEAT_SECONDS = 30.0


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class Progress:
    """``with Progress(sys.stderr, "waiting for run 7") as progress:`` shows that something is being waited for.

    On a terminal (or with ``enabled=True``): a spinner line ``| waiting for run 7: RUNNING (3.2 s)`` redrawn every
    ``tick`` seconds from a background thread, cleared at the end. Elsewhere (CI logs, pipes: no carriage
    returns): plain lines ``waiting for run 7: RUNNING (35 s)``, one at once for every new ``update(state)`` and a
    heartbeat when nothing was printed for ``heartbeat`` seconds (default HEARTBEAT_SECONDS)."""

    def __init__(
        self,
        stream: TextIO,
        label: str,
        *,
        tick: float = 0.1,
        enabled: bool | None = None,
        heartbeat: float | None = None,
    ) -> None:
        self.stream = stream
        self.label = label
        self.tick = tick
        self.enabled = is_terminal(stream) if enabled is None else enabled
        self.heartbeat = HEARTBEAT_SECONDS if heartbeat is None else heartbeat
        self.state: str | None = None
        self.started = time.monotonic()
        self._printed = self.started  # when the last plain line went out
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def update(self, state: str) -> None:
        """The state of what is waited for (e.g. RUNNING): shown in the spinner, or printed at once as a plain line
        when it changed."""
        with self._lock:
            changed, self.state = state != self.state, state
            if changed and not self.enabled and self._thread is not None:
                self._plain_line()

    def __enter__(self) -> Progress:
        self.started = self._printed = time.monotonic()
        self._done.clear()
        target = self._spin if self.enabled else self._beat
        self._thread = threading.Thread(target=target, name="iics-progress", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop showing progress (and clear the spinner line); safe to call twice."""
        self._done.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            if self.enabled:
                self._write(_CLEAR)

    def _text(self) -> str:
        return self.label + (f": {self.state}" if self.state else "")

    def _spin(self) -> None:
        frame = 0
        while not self._done.is_set():
            with self._lock:
                self._write(f"{_CLEAR}{_FRAMES[frame % len(_FRAMES)]} {self._text()} ({self.elapsed:.1f} s)")
            frame += 1
            self._done.wait(self.tick)

    def _beat(self) -> None:
        while not self._done.wait(max(0.0, self._printed + self.heartbeat - time.monotonic())):
            with self._lock:
                if not self._done.is_set() and time.monotonic() - self._printed >= self.heartbeat:
                    self._plain_line()

    def _plain_line(self) -> None:
        """One status line (under the lock)."""
        self._printed = time.monotonic()
        self._write(f"{self._text()} ({self.elapsed:.0f} s)\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal or pipe went away: progress is optional
            self._done.set()
