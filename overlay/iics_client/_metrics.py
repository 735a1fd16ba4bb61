"""Metrics: counters and latencies per operation, always on, read as a snapshot (``client.metrics``).

Recording is a few integer updates under one lock per client (no allocation on the hot path but the operation's
first call), so it costs a few microseconds per call. What is counted, per operation id (``"list_connections"``,
``"login"``, ``"start_job"``; a raw call counts as ``"raw"``):

* ``calls``: client operations (one request each, with its retries and re-logins) and how long they took;
  ``failures``: the calls that raised, by exception class;
* ``requests``: HTTP attempts sent (first tries, retries, replays after a re-login, redirects), with ``responses``
  by status and ``errors`` (attempts that got no response) by exception class: what the server saw;
* ``retries`` (scheduled by the retry layer), ``relogins`` (session renewals this operation's 401/403 caused),
  ``reconciliations`` (job starts whose lost answer was settled by looking), ``throttled`` (429 or "too many
  requests" answers) and ``rate_limit_wait`` (seconds spent waiting for the client-side rate limiter).

Latency percentiles cover the last 1,024 calls of each operation; the count, mean and max cover all of them.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from types import MappingProxyType
from typing import Any

WINDOW = 1024  # recent calls per operation that the percentiles are computed over


@dataclass(frozen=True)
class Latency:
    """Call durations in seconds: ``count``, ``mean`` and ``max`` over every call, the percentiles over the last
    ``window`` calls (None before the first call)."""

    count: int = 0
    mean: float | None = None
    p50: float | None = None
    p90: float | None = None
    p95: float | None = None
    p99: float | None = None
    max: float | None = None
    window: int = 0


@dataclass(frozen=True)
class OperationMetrics:
    """One operation's counters (see the module's docs for what each counts)."""

    operation: str
    calls: int = 0
    failures: Mapping[str, int] = field(default_factory=dict)
    requests: int = 0
    responses: Mapping[int, int] = field(default_factory=dict)
    errors: Mapping[str, int] = field(default_factory=dict)
    retries: int = 0
    relogins: int = 0
    reconciliations: int = 0
    throttled: int = 0
    rate_limit_wait: float = 0.0
    latency: Latency = field(default_factory=Latency)

    @property
    def failed(self) -> int:
        """Calls that raised."""
        return sum(self.failures.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON-able (status codes become string keys when dumped)."""
        return {
            "operation": self.operation,
            "calls": self.calls,
            "failures": dict(self.failures),
            "requests": self.requests,
            "responses": dict(self.responses),
            "errors": dict(self.errors),
            "retries": self.retries,
            "relogins": self.relogins,
            "reconciliations": self.reconciliations,
            "throttled": self.throttled,
            "rate_limit_wait": self.rate_limit_wait,
            "latency": asdict(self.latency),
        }


@dataclass(frozen=True)
class MetricsSnapshot(Mapping[str, OperationMetrics]):
    """Every operation's metrics at one moment: a read-only mapping ``operation id -> OperationMetrics``, plus
    ``total`` (all operations together) and ``to_dict()`` (JSON-able)."""

    operations: Mapping[str, OperationMetrics]
    total: OperationMetrics
    taken_at: float  # time.time() when the snapshot was taken

    def __getitem__(self, operation: str) -> OperationMetrics:
        return self.operations[operation]

    def __iter__(self) -> Iterator[str]:
        return iter(self.operations)

    def __len__(self) -> int:
        return len(self.operations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "taken_at": self.taken_at,
            "total": self.total.to_dict(),
            "operations": {name: metrics.to_dict() for name, metrics in self.operations.items()},
        }


class _Operation:
    """The mutable counters behind one OperationMetrics (changed only under the recorder's lock)."""

    __slots__ = (
        "calls",
        "errors",
        "failures",
        "latency_count",
        "latency_max",
        "latency_sum",
        "name",
        "reconciliations",
        "relogins",
        "requests",
        "responses",
        "retries",
        "ring",
        "ring_next",
        "throttled",
        "waited",
    )

    def __init__(self, name: str) -> None:
        self.name = name
        self.calls = self.requests = self.retries = self.relogins = self.reconciliations = self.throttled = 0
        self.failures: dict[str, int] = {}
        self.responses: dict[int, int] = {}
        self.errors: dict[str, int] = {}
        self.waited = 0.0
        self.latency_count = 0
        self.latency_sum = 0.0
        self.latency_max = 0.0
        self.ring: list[float] = []
        self.ring_next = 0

    def freeze(self) -> OperationMetrics:
        return OperationMetrics(
            operation=self.name,
            calls=self.calls,
            failures=MappingProxyType(dict(self.failures)),
            requests=self.requests,
            responses=MappingProxyType(dict(self.responses)),
            errors=MappingProxyType(dict(self.errors)),
            retries=self.retries,
            relogins=self.relogins,
            reconciliations=self.reconciliations,
            throttled=self.throttled,
            rate_limit_wait=self.waited,
            latency=_latency(self.latency_count, self.latency_sum, self.latency_max, self.ring),
        )


def _latency(count: int, total: float, largest: float, window: Sequence[float]) -> Latency:
    if not count:
        return Latency()
    ordered = sorted(window)

    def rank(percent: float) -> float:  # nearest-rank percentile
        return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]

    return Latency(count, total / count, rank(50), rank(90), rank(95), rank(99), largest, len(ordered))


def _bump(counts: dict[Any, int], key: Any) -> None:
    counts[key] = counts.get(key, 0) + 1


def _add(into: dict[Any, int], counts: Mapping[Any, int]) -> None:
    for key, count in counts.items():
        into[key] = into.get(key, 0) + count


class Metrics:
    """The recorder one client owns; every method is safe to call from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._operations: dict[str, _Operation] = {}

    def _get(self, operation: str) -> _Operation:  # under the lock
        found = self._operations.get(operation)
        if found is None:
            found = self._operations[operation] = _Operation(operation)
        return found

    def call_finished(self, operation: str, seconds: float, failure: str | None) -> None:
        with self._lock:
            op = self._get(operation)
            op.calls += 1
            if failure is not None:
                _bump(op.failures, failure)
            op.latency_count += 1
            op.latency_sum += seconds
            op.latency_max = max(op.latency_max, seconds)
            if len(op.ring) < WINDOW:
                op.ring.append(seconds)
            else:
                op.ring[op.ring_next] = seconds
                op.ring_next = (op.ring_next + 1) % WINDOW

    def attempt(self, operation: str, status: int | None, error: str | None, throttled: bool, waited: float) -> None:
        with self._lock:
            op = self._get(operation)
            op.requests += 1
            if status is not None:
                _bump(op.responses, status)
            if error is not None:
                _bump(op.errors, error)
            if throttled:
                op.throttled += 1
            op.waited += waited

    def retry(self, operation: str) -> None:
        with self._lock:
            self._get(operation).retries += 1

    def relogin(self, operation: str) -> None:
        with self._lock:
            self._get(operation).relogins += 1

    def reconciled(self, operation: str) -> None:
        with self._lock:
            self._get(operation).reconciliations += 1

    def snapshot(self) -> MetricsSnapshot:
        with self._lock:
            operations = {name: op.freeze() for name, op in sorted(self._operations.items())}
            total = _Operation("*")
            for op in self._operations.values():
                for name in ("calls", "requests", "retries", "relogins", "reconciliations", "throttled", "waited"):
                    setattr(total, name, getattr(total, name) + getattr(op, name))
                _add(total.failures, op.failures)
                _add(total.responses, op.responses)
                _add(total.errors, op.errors)
                total.latency_count += op.latency_count
                total.latency_sum += op.latency_sum
                total.latency_max = max(total.latency_max, op.latency_max)
                total.ring.extend(op.ring)
        return MetricsSnapshot(MappingProxyType(operations), total.freeze(), time.time())


__all__ = ["Latency", "Metrics", "MetricsSnapshot", "OperationMetrics"]
