"""Client-side rate limiting, per pod (per origin: the login host counts on its own), shared by every thread or task
using one client. Off by default; the transport under the retry layer (``_attempts.py``) asks it before every HTTP
attempt, retries included, so calls, paging and ``batch_start_jobs`` all honour it.

* ``rate_limit=R``: at most R requests per second to an origin, spaced evenly (a token bucket holding one token:
  no burst, so a server limit of R per second is never exceeded by the client's own timing).
* ``adaptive_concurrency=True``: a concurrency limit per origin that starts at ``max_connections``, halves when
  IICS answers 429 or "too many requests" (once per round: answers to requests sent before the last decrease do
  not lower it again), and grows by one after each run of ``limit`` answered requests. A 429 with ``Retry-After``
  also pauses the origin for that long (at most ``retry_max_wait``) for everybody, not only for the caller that got
  it, so the others do not spend their retries on the same refusal.

The decisions (``_Origin``) do no I/O; ``enter`` waits with a threading.Condition and time.sleep (the sync client),
``aenter`` with futures and asyncio.sleep (the async client); ``leave`` serves both.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio


class _Origin:
    """One origin's pacing schedule and concurrency limit (changed under ``lock``)."""

    def __init__(self, ceiling: int) -> None:
        self.lock = threading.Lock()
        self.slots = threading.Condition(self.lock)  # sync waiters for a concurrency slot
        self.waiters: list[asyncio.Future[None]] = []  # async waiters for a concurrency slot
        self.next_send = 0.0  # monotonic time the next request may leave (pacing)
        self.paused_until = 0.0  # a Retry-After pause for everybody (adaptive)
        self.in_flight = 0
        self.limit = ceiling
        self.ceiling = ceiling
        self.answered = 0  # answers since the limit last changed
        self.lowered_at = float("-inf")

    def reserve(self, interval: float, now: float) -> float:
        """Book the next send slot; the seconds to wait for it."""
        with self.lock:
            at = max(now, self.next_send, self.paused_until)
            if interval:
                self.next_send = at + interval
            return at - now

    def adapt(self, *, sent_at: float, now: float, throttled: bool, answered: bool, pause: float | None) -> None:
        """Under ``lock``: the concurrency limit after one attempt ended."""
        if throttled:
            if sent_at > self.lowered_at:  # a refusal of the current limit, not of the one before it
                self.limit = max(1, self.limit // 2)
                self.lowered_at = now
                self.answered = 0
            if pause:
                self.paused_until = max(self.paused_until, now + pause)
        elif answered:
            self.answered += 1
            if self.answered >= self.limit and self.limit < self.ceiling:
                self.limit += 1
                self.answered = 0


class RateLimiter:
    """The limiter of one client (see the module's docs)."""

    def __init__(
        self,
        *,
        rate: float | None,
        adaptive: bool,
        max_concurrency: int,
        max_pause: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self._clock = clock
        self.adaptive = adaptive
        self._interval = 1.0 / rate if rate else 0.0
        self._ceiling = max_concurrency
        self._max_pause = max_pause
        self._origins: dict[str, _Origin] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, adaptive={self.adaptive!r})"

    def _origin(self, key: str) -> _Origin:
        origin = self._origins.get(key)
        if origin is None:
            with self._lock:
                origin = self._origins.setdefault(key, _Origin(self._ceiling))
        return origin

    def concurrency(self, key: str) -> int:
        """The current concurrency limit for an origin (``max_connections`` until a 429 lowered it)."""
        return self._origin(key).limit

    # ---- the sync driver ----

    def enter(self, key: str) -> tuple[float, float]:
        """Wait for a concurrency slot (adaptive) and the pacing slot; returns when the attempt may leave (this
        limiter's clock: hand it to ``leave``) and the seconds waited."""
        origin = self._origin(key)
        began = self._clock()
        with origin.slots:
            while self.adaptive and origin.in_flight >= origin.limit:
                origin.slots.wait()
            origin.in_flight += 1
        delay = origin.reserve(self._interval, self._clock())
        if delay > 0:
            try:
                time.sleep(delay)
            except BaseException:  # interrupted while waiting: give the slot back
                self.leave(key, began, None, False, None)
                raise
        now = self._clock()
        return now, now - began

    def leave(self, key: str, sent_at: float, status: int | None, throttled: bool, pause: float | None) -> None:
        """An attempt ended (both drivers): ``status`` None when there was no answer; ``throttled`` for a 429 or
        "too many requests" (``pause``: its Retry-After in seconds). Wakes whoever waits for a slot."""
        origin = self._origin(key)
        with origin.slots:
            origin.in_flight -= 1
            if self.adaptive:
                capped = min(pause, self._max_pause) if pause else None
                answered = status is not None
                origin.adapt(sent_at=sent_at, now=self._clock(), throttled=throttled, answered=answered, pause=capped)
            origin.slots.notify_all()
            waiters, origin.waiters = origin.waiters, []
        for waiter in waiters:  # async waiters: called on their event loop (the async client's transport runs there)
            if not waiter.done():
                waiter.set_result(None)

    # ---- the async driver ----

    async def aenter(self, key: str) -> tuple[float, float]:
        import asyncio

        origin = self._origin(key)
        began = self._clock()
        while True:
            with origin.lock:
                if not self.adaptive or origin.in_flight < origin.limit:
                    origin.in_flight += 1
                    break
                waiter = asyncio.get_running_loop().create_future()
                origin.waiters.append(waiter)
            await waiter
        delay = origin.reserve(self._interval, self._clock())
        if delay > 0:
            try:
                await asyncio.sleep(delay)
            except BaseException:  # cancelled while waiting: give the slot back
                self.leave(key, began, None, False, None)
                raise
        now = self._clock()
        return now, now - began


__all__ = ["RateLimiter"]
