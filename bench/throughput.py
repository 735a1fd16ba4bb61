"""Measure 2: async throughput of ``AsyncIICSClient.batch_start_jobs`` against raw ``httpx.AsyncClient`` + gather.

A: ``batch_start_jobs(jobs, max_concurrency=N)`` on ``AsyncIICSClient(max_connections=N)``.
B: ``httpx.AsyncClient`` with the same pool limits, ``asyncio.gather`` of the same job bodies under an
``asyncio.Semaphore(N)``, each response checked and ``.json()``-parsed.
Batches alternate A B, B A, ...; the goal is on the ratio of the median throughputs (jobs/s).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Any

import httpx

from .harness import Config, Row, alternating, log, median, spread
from .simproc import RemoteSimulator

GOAL = 0.9
KEEPALIVE = 10  # the client's default max_keepalive_connections, given to both sides


def _jobs(sim: RemoteSimulator, count: int) -> list[dict[str, str]]:
    tasks = [t for t in sim.tasks() if t["type"] == "MTT"] or sim.tasks()
    return [{"task_id": t["id"], "task_type": t["type"]} for t, _ in zip(itertools.cycle(tasks), range(count))]


async def _client_batch(client: Any, jobs: list[dict[str, str]], concurrency: int) -> int:
    results = await client.batch_start_jobs(jobs, max_concurrency=concurrency)
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise RuntimeError(f"{len(failures)} job starts failed, e.g. {failures[0]!r}")
    return len(results)


async def _raw_batch(http: httpx.AsyncClient, url: str, sid: str, jobs: list[dict[str, str]], concurrency: int) -> int:
    gate = asyncio.Semaphore(concurrency)
    headers = {"icSessionId": sid}

    async def start(job: dict[str, str]) -> Any:
        body = {"@type": "job", "taskId": job["task_id"], "taskType": job["task_type"]}
        async with gate:
            response = await http.post(url, json=body, headers=headers)
        response.raise_for_status()
        return response.json()

    results = await asyncio.gather(*(start(job) for job in jobs))
    return len(results)


async def _measure(config: Config, sim: RemoteSimulator) -> list[Row]:
    from iics_client import AsyncIICSClient

    n = config.max_connections
    jobs = _jobs(sim, config.jobs)
    client = AsyncIICSClient(
        login_url=sim.login_url,
        username=sim.username,
        password=sim.password,
        max_connections=n,
        max_keepalive_connections=KEEPALIVE,
    )
    session = await client.login()
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=KEEPALIVE)
    http = httpx.AsyncClient(limits=limits, timeout=30)
    url = str(session.origin) + session.layout.route("v2", "start_job").prefix + "/job"
    sides = {
        "a": lambda: _client_batch(client, jobs, n),
        "b": lambda: _raw_batch(http, url, session.session_id, jobs, n),
    }
    # warm both pools (connections open, modules imported) with a small batch each
    await _client_batch(client, jobs[: 2 * n], n)
    await _raw_batch(http, url, session.session_id, jobs[: 2 * n], n)

    rate: dict[str, list[float]] = {"a": [], "b": []}
    cpu: dict[str, list[float]] = {"a": [], "b": []}
    server: dict[str, list[float]] = {"a": [], "b": []}  # the simulator's CPU per job: is it the bottleneck?
    before = sim.stats()
    for order in alternating(config.job_rounds):  # A B, B A, ...: who goes first alternates
        for side in order:
            s0 = sim.cpu_seconds()
            c0, t0 = time.process_time(), time.perf_counter()
            done = await sides[side]()
            t1, c1 = time.perf_counter(), time.process_time()
            rate[side].append(done / (t1 - t0))
            cpu[side].append((c1 - c0) / done)
            server[side].append((sim.cpu_seconds() - s0) / done)
    after = sim.stats()
    started = after["job_starts"] - before["job_starts"]
    expected = 2 * config.job_rounds * config.jobs
    await client.logout()
    await client.aclose()
    await http.aclose()
    if started != expected:
        raise RuntimeError(f"the simulator started {started} jobs, expected {expected}")
    for side, name in (("a", "iics-client"), ("b", "raw httpx")):
        log(
            f"  {name:12s} jobs/s median [p25–p75] {spread(rate[side], 1, 0)}; "
            f"client cpu/job {median(cpu[side]) * 1e6:.0f} µs"
        )
    a, b = median(rate["a"]), median(rate["b"])
    rounds = f"{config.job_rounds}×{config.jobs}/side"
    return [
        Row(
            "2",
            f"`batch_start_jobs` {config.jobs} jobs, {n} connections: throughput",
            a,
            b,
            "jobs/s",
            "httpx.AsyncClient + gather + Semaphore",
            a / b,
            f"≥ {GOAL}×",
            a / b >= GOAL,
            rounds,
            note=(
                f"{started} jobs started on the simulator, each exactly once; client CPU/job "
                f"{median(cpu['a']) * 1e6:.0f} µs vs {median(cpu['b']) * 1e6:.0f} µs, simulator CPU/job "
                f"{median(server['a']) * 1e6:.0f} µs vs {median(server['b']) * 1e6:.0f} µs (the client process is "
                "the busier one: the ratio measures the client)"
            ),
            extra={"rates": rate, "client_cpu": cpu, "server_cpu": server},
        ),
        Row(
            "2b",
            "client CPU per job (same batches as 2)",
            median(cpu["a"]) * 1e6,
            median(cpu["b"]) * 1e6,
            "µs",
            "raw httpx",
            median(cpu["a"]) / median(cpu["b"]),
            n=rounds,
        ),
    ]


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    return asyncio.run(_measure(config, sim))


def profile_client(sim: RemoteSimulator, config: Config) -> str:
    from .overhead import profile

    async def batch() -> None:
        from iics_client import AsyncIICSClient

        client = AsyncIICSClient(
            login_url=sim.login_url,
            username=sim.username,
            password=sim.password,
            max_connections=config.max_connections,
            max_keepalive_connections=KEEPALIVE,
        )
        await client.login()
        jobs = _jobs(sim, config.jobs)
        await _client_batch(client, jobs[:40], config.max_connections)
        await _client_batch(client, jobs, config.max_connections)
        await client.logout()
        await client.aclose()

    return profile(lambda: asyncio.run(batch()), f"batch_start_jobs of {config.jobs} jobs")
