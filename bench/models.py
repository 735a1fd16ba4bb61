"""P1c and P7: what the typed models cost once parsed.

P1c: ``to_dict()`` of 1,000 parsed connections (A) against ``copy.deepcopy`` of the same JSON documents (B): writing
a model back must cost no more than copying the dicts would.
P7: memory held by 10,000 parsed connections (A: ``client.list_connections()``) against the same documents as dicts
(B: ``httpx get().json()``), measured with tracemalloc as what the result keeps allocated after the call.
"""

from __future__ import annotations

import copy
import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx

from . import raw
from .harness import Config, Goal, Row, Stat, alternating, interleaved, log, median, ratios, summary
from .simproc import RemoteSimulator

TODICT_GOAL = Goal("<=", 1.0)
MEMORY_GOAL = Goal("<=", 1.10)


def _held(make: Callable[[], Any]) -> tuple[int, Any]:
    """Bytes still allocated by what `make` returns (everything else it allocated has been freed)."""
    gc.collect()
    tracemalloc.start()
    try:
        result = make()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return held, result


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    from iics_client import IICSClient

    rows = []
    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    http = httpx.Client()
    try:
        session = raw.login(http, sim)
        url, headers = session.v2 + "/connection", session.v2_headers

        # P1c
        raw.connections_in_org(sim, config.todict_items)
        models = client.list_connections()
        documents = http.get(url, headers=headers).json()
        if [m.to_dict() for m in models] != documents:
            raise RuntimeError("to_dict() does not give back the documents the models were parsed from")
        reps = max(3, 20_000 // config.todict_items)
        a: list[float] = []
        b: list[float] = []
        for _ in range(config.repeats):
            samples = interleaved(
                {"a": lambda: [m.to_dict() for m in models], "b": lambda: copy.deepcopy(documents)},
                reps,
                warmup=1,
            )
            a.append(median(samples["a"]))
            b.append(median(samples["b"]))
        rows.append(
            Row(
                "P1c",
                f"`to_dict()` of {config.todict_items:,} parsed connections",
                Stat.of(a).scaled(1e3),
                Stat.of(b).scaled(1e3),
                "ms",
                "`copy.deepcopy` of the source dicts",
                ratios(a, b),
                TODICT_GOAL,
                n=f"{config.repeats}×{reps}/side",
            )
        )

        # P7
        raw.connections_in_org(sim, config.memory_items)
        sides: dict[str, Callable[[], Any]] = {
            "a": client.list_connections,
            "b": lambda: http.get(url, headers=headers).json(),
        }
        for side in sides.values():  # warm: pools, modules, caches
            if len(side()) != config.memory_items:
                raise RuntimeError("the org does not have the expected number of connections")
        held: dict[str, list[float]] = {"a": [], "b": []}
        for order in alternating(config.repeats):
            for name in order:
                size, result = _held(sides[name])
                if len(result) != config.memory_items:
                    raise RuntimeError(f"{name}: {len(result)} connections, not {config.memory_items}")
                held[name].append(size / 2**20)
                del result
        rows.append(
            Row(
                "P7",
                f"{config.memory_items:,} parsed connections held: memory",
                Stat.of(held["a"]),
                Stat.of(held["b"]),
                "MiB",
                "the same documents as dicts",
                ratios(held["a"], held["b"]),
                MEMORY_GOAL,
                n=f"{config.repeats}/side",
                note="tracemalloc: bytes the result keeps allocated after the call (the JSON documents are the bulk "
                "of both; a model adds one small object per item)",
            )
        )
        client.logout()
    finally:
        client.close()
        http.close()
    for row in rows:
        log(summary(row))
    return rows
