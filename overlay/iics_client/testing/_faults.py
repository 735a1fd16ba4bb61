"""Fault injection: which requests fail, and how (an HTTP status, a dropped connection, or a slow answer).

A fault *triggers* on a schedule (``every``: every Nth matching request) or by chance (``probability``, drawn from
the simulator's seeded RNG); with neither it triggers on every matching request. ``times`` caps how often it fires,
so ``Fault.http(503, times=2)`` fails the first two matching requests and no more.

When it takes effect matters for unsafe calls such as a job start:

* ``phase="before"``: the operation is not performed: IICS refused it (the client may safely send it again).
  Default for 429, for a 503 with ``retry_after`` (both say "not now"), and for delays.
* ``phase="after"``: the operation *is* performed, then the response is replaced (or the connection dropped, or the
  answer delayed), like a gateway timing out on a backend that did the work. Default for every other status (502,
  504, 520, 500, a 503 without Retry-After, ...) and for dropped connections, so a client that re-sends a job start
  after one of them starts the job twice. ``Fault.slow(seconds, phase="after")`` acts, then answers late (past a
  client's read timeout).

``Fault.rate_limit(per_minute)`` is a server-side rate limit: a token bucket (``burst`` tokens, by default one
second's worth, refilled at ``per_minute`` / 60 per second) shared by the matching requests; a request that finds it
empty is refused before it takes effect with IICS's 429 "Too many requests." (and ``Retry-After``, 1 s by default).
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field

from ._stats import Stats

KINDS = ("status", "drop", "delay", "rate_limit")


@dataclass(frozen=True)
class Fault:
    """One fault rule. ``operation`` is an operation id (``"start_job"``), several, or None for every operation."""

    kind: str = "status"
    operation: str | Collection[str] | None = None
    status: int = 503
    probability: float | None = None
    times: int | None = None
    every: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    phase: str | None = None
    per_minute: float | None = None  # rate_limit: requests per minute
    burst: int | None = None  # rate_limit: bucket size (default: one second's worth, at least 1)
    operations: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Fault kind must be one of {KINDS}, not {self.kind!r}")
        if self.kind == "status" and not 400 <= self.status <= 599:
            raise ValueError(f"a status fault needs a 4xx/5xx status, not {self.status}")
        if self.probability is not None and not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be within [0, 1]")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0")
        if self.every is not None and self.every < 1:
            raise ValueError("every must be >= 1")
        if self.kind == "delay" and self.delay <= 0:
            raise ValueError("a delay fault needs delay > 0 (seconds)")
        if self.kind == "rate_limit" and not (self.per_minute and self.per_minute > 0 and self.status == 429):
            raise ValueError("a rate_limit fault needs per_minute > 0 (and answers 429)")
        if self.burst is not None and self.burst < 1:
            raise ValueError("burst must be >= 1")
        if self.phase not in (None, "before", "after"):
            raise ValueError("phase must be 'before', 'after' or None (automatic)")
        ops = (
            None
            if self.operation is None
            else frozenset([self.operation] if isinstance(self.operation, str) else self.operation)
        )
        object.__setattr__(self, "operations", ops)

    @classmethod
    def http(cls, status: int, **rule: object) -> Fault:
        """An HTTP error status, e.g. ``Fault.http(429, retry_after=1, operation="search_objects", times=1)``."""
        return cls("status", status=status, **rule)  # type: ignore[arg-type]

    @classmethod
    def drop(cls, **rule: object) -> Fault:
        """Close the connection without answering."""
        return cls("drop", **rule)  # type: ignore[arg-type]

    @classmethod
    def slow(cls, delay: float, **rule: object) -> Fault:
        """Answer `delay` seconds late."""
        return cls("delay", delay=delay, **rule)  # type: ignore[arg-type]

    @classmethod
    def rate_limit(
        cls, per_minute: float, *, burst: int | None = None, retry_after: float | None = 1, **rule: object
    ) -> Fault:
        """A server-side rate limit of ``per_minute`` requests (token bucket of ``burst``); the rest get 429."""
        return cls("rate_limit", status=429, per_minute=per_minute, burst=burst, retry_after=retry_after, **rule)  # type: ignore[arg-type]

    @property
    def bucket_size(self) -> int:
        return self.burst or max(1, math.floor((self.per_minute or 0) / 60))

    @property
    def effective_phase(self) -> str:
        if self.phase is not None:
            return self.phase
        if self.kind in ("delay", "rate_limit") or (self.kind == "status" and self.status == 429):
            return "before"
        if self.kind == "status" and self.status == 503 and self.retry_after is not None:
            return "before"
        return "after"

    @property
    def label(self) -> str:
        """How the fault is counted in ``stats.faults_by_kind``: the status (``"503"``), ``"drop"``, ``"delay"`` or
        ``"rate_limit"``."""
        return str(self.status) if self.kind == "status" else self.kind

    def applies_to(self, operation: str) -> bool:
        return self.operations is None or operation in self.operations


@dataclass
class _Armed:
    fault: Fault
    seen: int = 0
    fired: int = 0
    tokens: float | None = None  # rate_limit: the bucket (full when first used)
    refilled: float = 0.0


@dataclass(frozen=True)
class Injection:
    """What to do to one request: wait `delay` seconds, then maybe apply `fault` (a status or a drop); `delay_after`:
    seconds to wait after performing the operation, before answering."""

    delay: float = 0.0
    fault: Fault | None = None
    delay_after: float = 0.0


NO_INJECTION = Injection()


class FaultInjector:
    def __init__(self, rng: random.Random, stats: Stats) -> None:
        self._rng = rng
        self._stats = stats
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._armed.append(_Armed(fault))
        return fault

    def remove(self, fault: Fault) -> None:
        with self._lock:
            self._armed = [armed for armed in self._armed if armed.fault is not fault]

    def clear(self) -> None:
        with self._lock:
            self._armed = []

    def fired(self, fault: Fault) -> int:
        """How often `fault` has fired so far."""
        with self._lock:
            return sum(armed.fired for armed in self._armed if armed.fault is fault)

    def reseed(self, rng: random.Random) -> None:
        with self._lock:
            self._rng = rng

    def pick(self, operation: str) -> Injection:
        if not self._armed:  # the common case, without taking the lock
            return NO_INJECTION
        delay, delay_after, chosen = 0.0, 0.0, None
        with self._lock:
            for armed in self._armed:
                fault = armed.fault
                if not fault.applies_to(operation) or (fault.kind != "delay" and chosen is not None):
                    continue
                armed.seen += 1
                if not self._triggers(armed):
                    continue
                armed.fired += 1
                self._stats.record_fault(fault.label, operation)
                if fault.kind == "delay" and fault.effective_phase == "after":
                    delay_after += fault.delay
                elif fault.kind == "delay":
                    delay += fault.delay
                else:
                    chosen = fault
        return Injection(delay, chosen, delay_after) if delay or chosen or delay_after else NO_INJECTION

    def _triggers(self, armed: _Armed) -> bool:
        fault = armed.fault
        if fault.kind == "rate_limit":
            return not _take_token(armed)
        if fault.times is not None and armed.fired >= fault.times:
            return False
        if fault.every is not None and armed.seen % fault.every != 0:
            return False
        return fault.probability is None or self._rng.random() < fault.probability


def _take_token(armed: _Armed) -> bool:
    """Under the injector's lock: refill the rate-limit bucket for the time passed, and take a token if there is one."""
    fault, now = armed.fault, time.monotonic()
    size = fault.bucket_size
    if armed.tokens is None:
        armed.tokens = float(size)
    else:
        armed.tokens = min(size, armed.tokens + (now - armed.refilled) * (fault.per_minute or 0) / 60)
    armed.refilled = now
    if armed.tokens >= 1:
        armed.tokens -= 1
        return True
    return False
