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

The types here are what a snapshot is made of; ``_recorder.py`` counts (this module loads on the first
snapshot). Latency percentiles cover the last 1,024 calls of each operation; the count, mean and max cover all of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


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


def latency_of(count: int, total: float, largest: float, window: Sequence[float]) -> Latency:
    if not count:
        return Latency()
    ordered = sorted(window)

    def rank(percent: float) -> float:  # nearest-rank percentile
        return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]

    return Latency(count, total / count, rank(50), rank(90), rank(95), rank(99), largest, len(ordered))


__all__ = ["Latency", "MetricsSnapshot", "OperationMetrics", "latency_of"]
