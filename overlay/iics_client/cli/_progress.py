"""A progress line on stderr while a job is waited for: a spinner and the elapsed time, only on a terminal."""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import TextIO

_FRAMES = "|/-\\"
_CLEAR = "\r\x1b[K"


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class Progress:
    """``with Progress(sys.stderr, "waiting for run 7"):`` redraws ``| waiting for run 7 (3.2 s)`` every
    ``tick`` seconds from a background thread, and clears the line at the end. Does nothing unless ``stream``
    is a terminal (or ``enabled=True`` forces it), so logs and pipes never get carriage returns."""

    def __init__(self, stream: TextIO, label: str, *, tick: float = 0.1, enabled: bool | None = None) -> None:
        self.stream = stream
        self.label = label
        self.tick = tick
        self.enabled = is_terminal(stream) if enabled is None else enabled
        self.started = time.monotonic()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def __enter__(self) -> Progress:
        self.started = time.monotonic()
        if self.enabled:
            self._thread = threading.Thread(target=self._run, name="iics-progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop redrawing and clear the line (safe to call twice)."""
        self._done.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            self._write(_CLEAR)

    def _run(self) -> None:
        frame = 0
        while not self._done.is_set():
            self._write(f"{_CLEAR}{_FRAMES[frame % len(_FRAMES)]} {self.label} ({self.elapsed:.1f} s)")
            frame += 1
            self._done.wait(self.tick)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: progress is optional
            self._done.set()
