"""Thread-safe counters: what the simulator was asked and what it did, so tests can assert "nothing twice"."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class Stats:
    """Counters of one simulator. Every read returns a copy, taken under the lock.

    ``expired_sessions_hit`` counts distinct sessions that were presented after they expired (idle timeout or
    ``expire_sessions()``): a client that renews once per expiry makes exactly that many re-logins.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._requests: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._faults: Counter[str] = Counter()
        self._faults_by_operation: Counter[str] = Counter()
        self._job_starts: Counter[str] = Counter()
        self._runs: dict[int, str] = {}
        self._counts: Counter[str] = Counter()

    def reset(self) -> None:
        with self._lock:
            self._reset()

    # ---- recording (called by the server) ----

    def record_request(self, operation: str) -> None:
        with self._lock:
            self._requests[operation] += 1

    def record_status(self, status: int) -> None:
        with self._lock:
            self._statuses[status] += 1

    def record_fault(self, kind: str, operation: str) -> None:
        with self._lock:
            self._faults[kind] += 1
            self._faults_by_operation[operation] += 1

    def record_job_start(self, task_id: str, run_id: int) -> None:
        with self._lock:
            self._job_starts[task_id] += 1
            self._runs[run_id] = task_id

    def bump(self, name: str, by: int = 1) -> None:
        with self._lock:
            self._counts[name] += by

    # ---- reading ----

    @property
    def requests(self) -> int:
        """Every request received, on both hosts, including ones that failed or were faulted."""
        with self._lock:
            return sum(self._requests.values())

    @property
    def requests_by_operation(self) -> dict[str, int]:
        """Operation id (``"list_connections"``, ``"login"``, ``"unknown"`` ...) -> requests."""
        with self._lock:
            return dict(self._requests)

    @property
    def responses_by_status(self) -> dict[int, int]:
        """HTTP status -> responses sent (dropped connections are not responses)."""
        with self._lock:
            return dict(self._statuses)

    @property
    def logins(self) -> int:
        """Successful logins (v2 and v3)."""
        return self._count("logins")

    @property
    def failed_logins(self) -> int:
        return self._count("failed_logins")

    @property
    def logouts(self) -> int:
        return self._count("logouts")

    @property
    def job_starts(self) -> int:
        """Jobs started (POST /job that took effect, whatever response the client then got)."""
        with self._lock:
            return sum(self._job_starts.values())

    @property
    def job_starts_by_task(self) -> dict[str, int]:
        """v2 task id -> runs started."""
        with self._lock:
            return dict(self._job_starts)

    @property
    def runs(self) -> dict[int, str]:
        """runId -> v2 task id of every run started."""
        with self._lock:
            return dict(self._runs)

    @property
    def taskflow_starts(self) -> int:
        """Advanced taskflow runs started (POST /active-bpel/rt/... that took effect)."""
        return self._count("taskflow_starts")

    @property
    def taskflow_terminations(self) -> int:
        """Taskflow runs terminated (running or suspended ones that a terminate call ended)."""
        return self._count("taskflow_terminations")

    @property
    def faults_injected(self) -> int:
        with self._lock:
            return sum(self._faults.values())

    @property
    def faults_by_kind(self) -> dict[str, int]:
        """``"503"``, ``"429"``, ``"drop"``, ``"delay"`` ... -> times injected."""
        with self._lock:
            return dict(self._faults)

    @property
    def faults_by_operation(self) -> dict[str, int]:
        with self._lock:
            return dict(self._faults_by_operation)

    @property
    def sessions_expired(self) -> int:
        """Sessions invalidated by the idle timeout or ``expire_sessions()`` (not by logout)."""
        return self._count("sessions_expired")

    @property
    def expired_sessions_hit(self) -> int:
        """Distinct expired sessions that a request still presented (each answered 401)."""
        return self._count("expired_sessions_hit")

    def _count(self, name: str) -> int:
        with self._lock:
            return self._counts[name]

    def snapshot(self) -> dict[str, Any]:
        """Everything at once, as plain data (for printing or comparing)."""
        with self._lock:
            return {
                "requests": sum(self._requests.values()),
                "requests_by_operation": dict(self._requests),
                "responses_by_status": dict(self._statuses),
                "faults_injected": sum(self._faults.values()),
                "faults_by_kind": dict(self._faults),
                "faults_by_operation": dict(self._faults_by_operation),
                "job_starts": sum(self._job_starts.values()),
                "job_starts_by_task": dict(self._job_starts),
                **{name: self._counts[name] for name in _COUNTS},
            }

    def __repr__(self) -> str:
        snap = self.snapshot()
        return (
            f"Stats(requests={snap['requests']}, logins={snap['logins']}, job_starts={snap['job_starts']}, "
            f"faults_injected={snap['faults_injected']}, sessions_expired={snap['sessions_expired']})"
        )


_COUNTS = ("logins", "failed_logins", "logouts", "sessions_expired", "expired_sessions_hit", "taskflow_starts",
           "taskflow_terminations")  # fmt: skip
