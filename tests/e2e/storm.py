"""A batch of job starts while the simulator expires every session at a steady pace, by progress (every `every`
started jobs), not by wall clock, so a loaded machine does not change what the test exercises."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any

from iics_client import AsyncIICSClient
from iics_client.testing import Simulator


@dataclass
class Storm:
    results: list[Any]  # one per task, in order: the Job, or the exception its start raised
    logins: int
    expirations: int
    elapsed: float


def start_all_under_expiry(sim: Simulator, client: AsyncIICSClient, task_ids: list[str], *, every: int) -> Storm:
    stop = threading.Event()
    expirations = 0

    def expire_periodically() -> None:
        nonlocal expirations
        while not stop.wait(0.005):
            if sim.stats.job_starts >= every * (expirations + 1):
                sim.expire_sessions()
                expirations += 1

    async def run() -> tuple[list[Any], int, float]:
        async with client:
            expirer = threading.Thread(target=expire_periodically, daemon=True)
            began = time.perf_counter()
            expirer.start()
            try:
                jobs = [{"task_id": task_id, "task_type": "MTT"} for task_id in task_ids]
                results = await client.batch_start_jobs(jobs, max_concurrency=20)
            finally:
                stop.set()
                expirer.join()
            return results, client.logins, time.perf_counter() - began

    results, logins, elapsed = asyncio.run(run())
    return Storm(results, logins, expirations, elapsed)
