"""Load scenarios run against the simulator, shared by the reliability tests: many concurrent calls on a small pool
with the session expiring mid-run (the grid), and a burst far beyond the pool. Each returns its figures; the tests
print them and assert on counts, never on durations.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from iics_client import AsyncIICSClient, IICSClient
from iics_client.testing import Simulator

# A call still running after this long hangs, by the measure (timeout + re-login, with room to spare): the
# scenario stops waiting and reports it instead of hanging the test run.
HANG_AFTER = 90.0


@dataclass
class Figures:
    """What one scenario did."""

    kind: str
    calls: int
    pool: int
    completed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    hung: int = 0
    relogins: int = 0
    unauthorized: int = 0  # 401s the simulator sent
    max_latency: float = 0.0
    login_time: float = 0.0  # one explicit login on the same client, for the bound "timeout + re-login"
    elapsed: float = 0.0

    def row(self) -> str:
        errors = ", ".join(f"{name} x{count}" for name, count in self.errors.most_common()) or "-"
        return (
            f"{self.kind:5} {self.calls:5} {self.pool:4} | {self.completed:5} {self.hung:4} {self.relogins:3} "
            f"{self.unauthorized:5} | {self.max_latency:7.3f} {self.login_time * 1000:7.1f} {self.elapsed:7.2f} | "
            f"{errors}"
        )


HEADER = "kind  calls pool |  done hung re-login 401s | max call s login ms  total s | errors\n" + "-" * 100


def client_for(sim: Simulator, kind: str, **settings: Any) -> Any:
    cls = AsyncIICSClient if kind == "async" else IICSClient
    return cls(login_url=sim.login_url, username=sim.username, password=sim.password, **settings)


def _record(figures: Figures, outcome: BaseException | None) -> None:
    if outcome is None:
        figures.completed += 1
    else:
        figures.errors[type(outcome).__name__] += 1


def expiry_grid_cell(sim: Simulator, kind: str, calls: int, pool: int, **settings: Any) -> Figures:
    """``calls`` concurrent ``list_schedules()`` on ``max_connections=pool``; the session expires when the middle
    call starts (so some calls are in flight with it and the rest meet it expired)."""
    figures = Figures(kind, calls, pool)
    client = client_for(sim, kind, max_connections=pool, **settings)
    trigger = calls // 2
    run = _grid_async if kind == "async" else _grid_sync
    try:
        run(sim, client, figures, trigger)
    finally:
        stats = sim.stats.snapshot()
        figures.unauthorized = stats["responses_by_status"].get(401, 0)
    return figures


def _grid_sync(sim: Simulator, client: IICSClient, figures: Figures, trigger: int) -> None:
    started = time.perf_counter()
    client.login()
    figures.login_time = time.perf_counter() - started
    sim.stats.reset()
    latencies: list[float] = []
    start = threading.Barrier(figures.calls)

    def call(index: int) -> None:
        start.wait()
        if index == trigger:
            sim.expire_sessions()
        started = time.perf_counter()
        try:
            client.list_schedules()
        finally:
            latencies.append(time.perf_counter() - started)

    begun = time.perf_counter()
    executor = ThreadPoolExecutor(max_workers=figures.calls)
    futures = [executor.submit(call, index) for index in range(figures.calls)]
    done, pending = wait(futures, timeout=HANG_AFTER)
    figures.elapsed = time.perf_counter() - begun
    figures.hung = len(pending)
    for future in done:
        _record(figures, future.exception())
    executor.shutdown(wait=not pending, cancel_futures=True)
    figures.max_latency = max(latencies, default=0.0)
    figures.relogins = client.logins - 1
    if not pending:
        client.close()


def _grid_async(sim: Simulator, client: AsyncIICSClient, figures: Figures, trigger: int) -> None:
    latencies: list[float] = []

    async def call(index: int) -> None:
        if index == trigger:
            sim.expire_sessions()
        started = time.perf_counter()
        try:
            await client.list_schedules()
        finally:
            latencies.append(time.perf_counter() - started)

    async def scenario() -> None:
        started = time.perf_counter()
        await client.login()
        figures.login_time = time.perf_counter() - started
        sim.stats.reset()
        begun = time.perf_counter()
        tasks = [asyncio.ensure_future(call(index)) for index in range(figures.calls)]
        done, pending = await asyncio.wait(tasks, timeout=HANG_AFTER)
        figures.elapsed = time.perf_counter() - begun
        figures.hung = len(pending)
        for task in pending:
            task.cancel()
        for task in done:
            _record(figures, task.exception())
        figures.max_latency = max(latencies, default=0.0)
        figures.relogins = client.logins - 1
        await client.aclose()

    asyncio.run(scenario())


@dataclass
class Burst:
    """A burst of calls far beyond the pool, then calls one at a time on the same client."""

    kind: str
    calls: int
    pool: int
    timeout: float
    burst: Counter[str] = field(default_factory=Counter)
    after: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    pools_replaced: int = 0

    def row(self) -> str:
        burst = ", ".join(f"{k} x{v}" for k, v in self.burst.most_common())
        after = ", ".join(f"{k} x{v}" for k, v in self.after.most_common())
        return (
            f"{self.kind:5} burst of {self.calls} on {self.pool} connections, timeout={self.timeout:g}: "
            f"[{burst}] in {self.elapsed:.1f} s; then 100 calls: [{after}]; pools replaced: {self.pools_replaced}"
        )


def burst_then_calls(sim: Simulator, kind: str, calls: int, pool: int, timeout: float) -> Burst:
    """``calls`` concurrent calls (a mix of reads and job starts, as a scheduler would send), then 100 calls one
    at a time: the pool must still serve them."""
    figures = Burst(kind, calls, pool, timeout)
    client = client_for(sim, kind, max_connections=pool, timeout=timeout)
    task_id = sim.tasks[0].id
    if kind == "async":

        async def one(index: int) -> str:
            try:
                if index % 4 == 3:
                    await client.start_job(task_id=task_id, task_type="MTT")
                else:
                    await client.list_schedules()
            except Exception as exc:
                return type(exc).__name__
            return "ok"

        async def scenario() -> None:
            await client.login()
            begun = time.perf_counter()
            results = await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(calls))), HANG_AFTER * 2)
            figures.elapsed = time.perf_counter() - begun
            figures.burst.update(results)
            for _ in range(100):
                figures.after[await one(0)] += 1
            figures.pools_replaced = getattr(getattr(client, "_pool", None), "replaced", 0)
            await client.aclose()

        asyncio.run(scenario())
    else:
        client.login()

        def sync_one(index: int) -> str:
            try:
                if index % 4 == 3:
                    client.start_job(task_id=task_id, task_type="MTT")
                else:
                    client.list_schedules()
            except Exception as exc:
                return type(exc).__name__
            return "ok"

        begun = time.perf_counter()
        with ThreadPoolExecutor(max_workers=calls) as executor:
            figures.burst.update(executor.map(sync_one, range(calls), timeout=HANG_AFTER * 2))
        figures.elapsed = time.perf_counter() - begun
        for _ in range(100):
            figures.after[sync_one(0)] += 1
        figures.pools_replaced = getattr(getattr(client, "_pool", None), "replaced", 0)
        client.close()
    return figures
