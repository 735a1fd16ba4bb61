"""Sessions: random ids, idle timeout, logout, forced expiry; remembers dead ids to tell "expired" from "unknown"."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from ._errors import random_id
from ._stats import Stats

_DEAD_KEPT = 100_000  # dead ids remembered (for expired_sessions_hit); bounded so a soak test cannot grow memory


class SessionStore:
    def __init__(self, idle_timeout: float, stats: Stats, clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_timeout = idle_timeout
        self._stats = stats
        self._clock = clock
        self._lock = threading.Lock()
        self._live: dict[str, tuple[str, float]] = {}  # id -> (username, last used)
        self._dead: OrderedDict[str, bool] = OrderedDict()  # id -> already counted as hit (expired ones only)

    def create(self, username: str) -> str:
        session_id = random_id(24)
        with self._lock:
            self._sweep()
            self._live[session_id] = (username, self._clock())
        return session_id

    def touch(self, session_id: str | None) -> str | None:
        """The username of a live session (and mark it used), or None for a missing, unknown or dead one."""
        if not session_id:
            return None
        now = self._clock()
        with self._lock:
            entry = self._live.get(session_id)
            if entry is not None:
                if now - entry[1] <= self.idle_timeout:
                    self._live[session_id] = (entry[0], now)
                    return entry[0]
                del self._live[session_id]
                self._bury(session_id, expired=True)
            if self._dead.get(session_id) is False:
                self._dead[session_id] = True
                self._stats.bump("expired_sessions_hit")
            return None

    def remaining(self, session_id: str) -> tuple[str, float] | None:
        """(username, seconds until it idles out) of a live session, without using it; None for a dead one."""
        now = self._clock()
        with self._lock:
            entry = self._live.get(session_id)
            if entry is None or now - entry[1] > self.idle_timeout:
                return None
            return entry[0], self.idle_timeout - (now - entry[1])

    def end(self, session_id: str) -> bool:
        """Log out: the session stops working (not counted as an expiry)."""
        with self._lock:
            if self._live.pop(session_id, None) is None:
                return False
            self._bury(session_id, expired=False)
            return True

    def expire_all(self) -> int:
        with self._lock:
            ids = list(self._live)
            self._live.clear()
            for session_id in ids:
                self._bury(session_id, expired=True)
            return len(ids)

    @property
    def live(self) -> int:
        with self._lock:
            self._sweep()
            return len(self._live)

    def _sweep(self) -> None:
        now = self._clock()
        for session_id in [sid for sid, (_, used) in self._live.items() if now - used > self.idle_timeout]:
            del self._live[session_id]
            self._bury(session_id, expired=True)

    def _bury(self, session_id: str, *, expired: bool) -> None:
        # a logged-out session is stored as "already hit", so presenting it again is not counted as an expiry hit
        self._dead[session_id] = not expired
        if expired:
            self._stats.bump("sessions_expired")
        while len(self._dead) > _DEAD_KEPT:
            self._dead.popitem(last=False)
