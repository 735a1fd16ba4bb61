"""The job engine: POST /job starts a run, the activity monitor shows it while it runs, the activity log gets its
outcome when it ends.

No timer threads: runs sit in a heap by deadline and are settled (moved to the log) whenever anyone looks at jobs
(start, stop, monitor, log). So a run that has passed its deadline is never seen as running, and 1000 runs cost
1000 heap entries, not 1000 timers.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._data import API_CONTEXT, RUN_ID_BASE, Json, Task, activity_entry, seeded_run
from ._errors import ApiError
from ._stats import Stats
from ._times import v2_local, v2_utc

# outcome -> (activity log state, isStopped). States: 1 success, 2 warning, 3 failed (stopped runs are 3 too).
OUTCOMES: dict[str, tuple[int, bool]] = {
    "success": (1, False),
    "warning": (2, False),
    "failed": (3, False),
    "stopped": (3, True),
}
SEEDED_RUNS = 50


@dataclass
class _Run:
    task: Task
    run_id: int
    started: float  # wall clock
    duration: float
    outcome: str
    started_by: str
    callback_url: str | None


class JobEngine:
    def __init__(
        self,
        stats: Stats,
        history_tasks: list[Task],
        *,
        default_duration: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._stats = stats
        self._clock = clock
        self.default_duration = default_duration
        self.monitor_lag = 0.0  # seconds before a started run shows in the activity monitor
        self._lock = threading.Lock()
        self.reset(history_tasks)

    def reset(self, history_tasks: list[Task]) -> None:
        with self._lock:
            self._history = list(history_tasks)
            self._history_index = {task.id: index for index, task in enumerate(self._history)}
            self._seeded = SEEDED_RUNS if self._history else 0
            self._next_run = RUN_ID_BASE + 1
            self._running: dict[int, _Run] = {}
            self._deadlines: list[tuple[float, int]] = []
            self._log: list[Json] = []  # oldest first
            self._by_run: dict[int, Json] = {}
            self._by_task: dict[str, list[Json]] = {}
            self._outcomes: dict[str, tuple[str, float | None]] = {}

    # ---- configuration ----

    def set_outcome(self, task: Task, outcome: str, duration: float | None) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {sorted(OUTCOMES)}, not {outcome!r}")
        if duration is not None and duration < 0:
            raise ValueError("duration must be >= 0")
        with self._lock:
            self._outcomes[task.id] = (outcome, duration)

    def seed_history(self, count: int) -> None:
        with self._lock:
            if not self._history:
                raise ValueError("no tasks to attribute history to")
            self._seeded += count

    # ---- the API ----

    def start(self, task: Task, *, started_by: str, callback_url: str | None) -> Json:
        now = self._clock()
        with self._lock:
            self._settle(now)
            outcome, duration = self._outcomes.get(task.id, ("success", None))
            run = _Run(task, self._next_run, now, self.default_duration if duration is None else duration, outcome,
                       started_by, callback_url)  # fmt: skip
            self._next_run += 1
            self._running[run.run_id] = run
            heapq.heappush(self._deadlines, (run.started + run.duration, run.run_id))
        self._stats.record_job_start(task.id, run.run_id)
        return {"@type": "job", "taskId": task.id, "taskFederatedId": task.federated_id, "taskName": task.name,
                "taskType": task.type, "runId": run.run_id, "callbackURL": callback_url}  # fmt: skip

    def stop(self, task: Task, user: str) -> int:
        """Stop every running run of `task` (state 3, isStopped); 400 when none runs."""
        now = self._clock()
        with self._lock:
            self._settle(now)
            runs = [run for run in self._running.values() if run.task.id == task.id]
            if not runs:
                raise ApiError(400, f"Task {task.name} is not running.")
            for run in runs:
                del self._running[run.run_id]  # its heap entry is skipped when it comes due
                self._finish(run, now, state=3, stopped=True, error=f"The job was stopped by {user}.")
            return len(runs)

    def monitor(self) -> list[Json]:
        now = self._clock()
        with self._lock:
            self._settle(now)
            shown = [run for run in self._running.values() if run.started + self.monitor_lag <= now]
            runs = sorted(shown, key=lambda run: run.run_id, reverse=True)
        return [_monitor_entry(run) for run in runs]

    def log(self, task: Task | None, run_id: int | None, offset: int, limit: int) -> list[Json]:
        """Newest first: runs recorded since start, then the computed seeded history."""
        now = self._clock()
        with self._lock:
            self._settle(now)
            if run_id is not None:
                entry = self._by_run.get(run_id)
                index = RUN_ID_BASE - run_id
                if entry is None and 0 <= index < self._seeded:
                    entry = self._seeded_entry(index)
                found = [entry] if entry is not None and (task is None or entry["objectId"] == task.id) else []
                return found[offset : offset + limit]
            recorded = self._log if task is None else self._by_task.get(task.id, [])
            count = len(recorded)
            page = [recorded[count - 1 - i] for i in range(offset, min(offset + limit, count))]
            first, wanted = max(0, offset - count), limit - len(page)
            if task is None:
                indices: range | list[int] = range(first, min(first + wanted, self._seeded))
            else:
                slot, period = self._history_index.get(task.id), len(self._history)
                indices = (
                    [] if slot is None else [i for i in range(slot + first * period, self._seeded, period)][:wanted]
                )
            return page + [self._seeded_entry(index) for index in indices]

    @property
    def running(self) -> int:
        with self._lock:
            self._settle(self._clock())
            return len(self._running)

    @property
    def log_size(self) -> int:
        with self._lock:
            self._settle(self._clock())
            return len(self._log) + self._seeded

    # ---- internals (under the lock) ----

    def _settle(self, now: float) -> None:
        while self._deadlines and self._deadlines[0][0] <= now:
            deadline, run_id = heapq.heappop(self._deadlines)
            run = self._running.pop(run_id, None)
            if run is not None:  # None: stopped earlier
                state, stopped = OUTCOMES[run.outcome]
                self._finish(
                    run, deadline, state=state, stopped=stopped, error="The job was stopped." if stopped else None
                )

    def _finish(self, run: _Run, end: float, *, state: int, stopped: bool, error: str | None) -> None:
        entry = activity_entry(run.task, run.run_id, run.started, end, state=state, stopped=stopped,
                               started_by=run.started_by, error=error)  # fmt: skip
        self._log.append(entry)
        self._by_run[run.run_id] = entry
        self._by_task.setdefault(run.task.id, []).append(entry)

    def _seeded_entry(self, index: int) -> Json:
        task, run_id, start, end, state = seeded_run(index, self._history)
        return activity_entry(task, run_id, start, end, state=state, started_by="system", context="SCHEDULER")


def _monitor_entry(run: _Run) -> Json:
    task = run.task
    return {
        "@type": "activityMonitorEntry", "id": f"{run.run_id:019d}0", "type": task.type, "taskId": task.id,
        "taskName": task.name, "objectName": task.name, "runId": run.run_id, "startTime": v2_local(run.started),
        "startTimeUtc": v2_utc(run.started), "endTime": None, "executionState": "RUNNING", "errorMsg": None,
        "failedSourceRows": 0, "successSourceRows": 0, "failedTargetRows": 0, "successTargetRows": 0,
        "agentId": task.agent_id, "runtimeEnvironmentId": task.runtime_environment_id, "startedBy": run.started_by,
        "runContextType": API_CONTEXT, "scheduleName": None, "callbackURL": run.callback_url,
    }  # fmt: skip
