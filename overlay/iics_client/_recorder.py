"""The metrics recorder: the counters of one client, per operation (what is counted: see _metrics.py, whose snapshot
types load on the first ``snapshot()``, not with the client)."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._metrics import MetricsSnapshot, OperationMetrics

WINDOW = 1024  # recent calls per operation that the percentiles are computed over


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
        from ._metrics import OperationMetrics, latency_of

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
            latency=latency_of(self.latency_count, self.latency_sum, self.latency_max, self.ring),
        )


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
        from ._metrics import MetricsSnapshot

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


__all__ = ["WINDOW", "Metrics"]
