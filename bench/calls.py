"""P1 / P1b: one list call, sync and async, as a caller uses it: ``list_connections()`` of 100 and 1,000 realistic
connections (the simulator's own payload: audit fields, nested ``connParams``), then read ``name`` and ``type_`` of
every item.

A: ``[(c.name, c.type_) for c in client.list_connections()]`` (``IICSClient`` / ``AsyncIICSClient``, default settings).
B: ``[(d["name"], d["type"]) for d in http.get(url, headers=...).json()]`` (``httpx.Client`` / ``httpx.AsyncClient``,
default settings, its own session).
Single calls alternate (A B, B A, ...); each repeat gives the median latency of each side, and the goal is on the
median over repeats of the per-repeat ratio.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

from . import raw
from .harness import Config, Goal, Row, Stat, interleaved, log, median, ratios, summary
from .simproc import RemoteSimulator

GOAL = Goal("<=", 1.10)


def calls_per_repeat(config: Config, size: int) -> int:
    """Fewer calls for bigger lists, so every size takes about as long."""
    return max(4, min(config.calls, config.calls * 300 // size))


def _check(size: int) -> Callable[[str, Any], None]:
    def check(name: str, result: Any) -> None:
        if len(result) != size:
            raise RuntimeError(f"{name} got {len(result)} connections, not {size}")

    return check


@contextmanager
def sync_sides(sim: RemoteSimulator) -> Iterator[dict[str, Callable[[], Any]]]:
    """P1's A and B, logged in (the client's session and raw httpx's own), closed at the end."""
    from iics_client import IICSClient

    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    http = httpx.Client()
    try:
        session = raw.login(http, sim)
        url, headers = session.v2 + "/connection", session.v2_headers
        client.login()
        yield {
            "a": lambda: [(c.name, c.type_) for c in client.list_connections()],
            "b": lambda: [(d["name"], d["type"]) for d in http.get(url, headers=headers).json()],
        }
        client.logout()
    finally:
        client.close()
        http.close()


def _sync(
    config: Config, sim: RemoteSimulator, size: int, cpu: dict[str, list[float]]
) -> tuple[list[float], list[float]]:
    a: list[float] = []
    b: list[float] = []
    with sync_sides(sim) as sides:
        interleaved(sides, 0, warmup=3, check=_check(size))
        for _ in range(config.repeats):
            samples = interleaved(sides, calls_per_repeat(config, size), cpu=cpu)
            a.append(median(samples["a"]))
            b.append(median(samples["b"]))
    return a, b


async def _ainterleaved(
    sides: dict[str, Callable[[], Awaitable[Any]]], rounds: int, cpu: dict[str, list[float]]
) -> dict[str, list[float]]:
    names = list(sides)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            c0, t0 = time.process_time(), time.perf_counter()
            await sides[name]()
            t1, c1 = time.perf_counter(), time.process_time()
            samples[name].append(t1 - t0)
            cpu.setdefault(name, []).append(c1 - c0)
    return samples


@asynccontextmanager
async def async_sides(sim: RemoteSimulator) -> AsyncIterator[dict[str, Callable[[], Awaitable[Any]]]]:
    """P1b's A and B, as ``sync_sides``."""
    from iics_client import AsyncIICSClient

    client = AsyncIICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    http = httpx.AsyncClient()
    try:
        session = await raw.alogin(http, sim)
        url, headers = session.v2 + "/connection", session.v2_headers

        async def side_a() -> list[tuple[str, str]]:
            return [(c.name, c.type_) for c in await client.list_connections()]

        async def side_b() -> list[tuple[str, str]]:
            return [(d["name"], d["type"]) for d in (await http.get(url, headers=headers)).json()]

        await client.login()
        yield {"a": side_a, "b": side_b}
        await client.logout()
    finally:
        await client.aclose()
        await http.aclose()


async def _async(
    config: Config, sim: RemoteSimulator, size: int, cpu: dict[str, list[float]]
) -> tuple[list[float], list[float]]:
    a: list[float] = []
    b: list[float] = []
    async with async_sides(sim) as sides:
        for _ in range(3):
            for name, side in sides.items():
                _check(size)(name, await side())
        for _ in range(config.repeats):
            samples = await _ainterleaved(sides, calls_per_repeat(config, size), cpu)
            a.append(median(samples["a"]))
            b.append(median(samples["b"]))
    return a, b


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    rows = []
    for size in sorted(config.call_sizes):
        raw.connections_in_org(sim, size)
        for key, mode in (("P1", "sync"), ("P1b", "async")):
            cpu: dict[str, list[float]] = {}
            if mode == "sync":
                a, b = _sync(config, sim, size, cpu)
            else:
                a, b = asyncio.run(_async(config, sim, size, cpu))
            cpu_a, cpu_b = median(cpu["a"]), median(cpu["b"])
            row = Row(
                f"{key}/{size}",
                f"`list_connections()` of {size:,} connections, {mode}, then read 2 fields of each: latency",
                Stat.of(a).scaled(1e3),
                Stat.of(b).scaled(1e3),
                "ms",
                f"httpx{'.AsyncClient' if mode == 'async' else ''} get + json + the same reads",
                ratios(a, b),
                GOAL,
                n=f"{config.repeats}×{calls_per_repeat(config, size)} calls/side",
                note=(
                    f"client CPU per call (median; not inflated by other processes): {cpu_a * 1e3:.2f} ms vs "
                    f"{cpu_b * 1e3:.2f} ms = {cpu_a / cpu_b:.2f}×"
                ),
                extra={"a_s": a, "b_s": b, "cpu_s": cpu},
            )
            log(summary(row))
            rows.append(row)
    return rows
