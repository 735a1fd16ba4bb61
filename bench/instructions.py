"""P1 and P1b in instructions: ``python -m bench.instructions [--sizes 100,1000] [--calls N] [--gc-off] [--layers]
[--check [BOUND]]``.

Standalone (not in ``nox -s bench``'s table): the CPU instructions one call costs, counted by valgrind's cachegrind,
for the same two sides as P1/P1b (``bench/calls.py``: the client's ``list_connections()`` and raw httpx's get + json,
each followed by the reads of two fields per item) against the simulator in its own process. Unlike a time, the
count is the same from one run to the next (to ~0.01 %) whatever else the machine runs, so it can tell a change of
1 % from none; it does not see what an instruction costs (a cache miss, the collector's walks over memory), so it
complements P1's latency, it does not replace it.

Each side runs in a child under ``valgrind --tool=cachegrind --cache-sim=no`` twice, with ``W`` (10) warm-up calls and
with ``W + N``: the difference over ``N`` is the cost of one warm call (start-up, imports and login cancel out).
``--gc-off`` adds the same with the collector disabled after the warm-up (what the collector's passes cost each side).
Needs valgrind (``apt install valgrind``); a run of the default sizes takes a few minutes (valgrind is ~50x slower).

``--layers`` counts ``--profile``'s layers instead (``bench/profile.py``: raw httpx, the client's transport stack one
layer at a time, routing, models, driver; sync, the first size), each in its own child.

``--check`` exits 1 when a count's A/B (collector on) is above P1's goal (1.10); CI runs it: unlike the timed goals, a
count is stable enough on a shared 2-core machine to fail only when the client's work grew.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from . import raw
from .calls import GOAL, async_sides, sync_sides
from .harness import child_env, log
from .profile import layer_steps
from .simproc import RemoteSimulator

WARMUP = 10
MODES = ("sync", "async")
SIDES = {"a": "iics-client", "b": "raw httpx"}
_I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


# ---- the child: W (+ N) calls of one side ----


def _child(side: str, mode: str, calls: int, gc_off: bool, where: Sequence[str]) -> None:
    """``side``: "a" or "b" (P1/P1b's sides), or "layer:K" (the K-th of ``--profile``'s layers, sync)."""
    sim = RemoteSimulator()  # not started: the parent's simulator, by its address
    sim.login_url, sim.username, sim.password = where
    if side.startswith("layer:"):
        with layer_steps(sim) as steps:
            call = list(steps.values())[int(side.removeprefix("layer:"))]
            for _ in range(WARMUP + calls):
                call()
        return
    if mode == "sync":
        with sync_sides(sim) as sides:
            call = sides[side]
            for _ in range(WARMUP):
                call()
            if gc_off:
                gc.disable()
            for _ in range(calls):
                call()
        return

    async def run() -> None:
        async with async_sides(sim) as sides:
            call = sides[side]
            for _ in range(WARMUP):
                await call()
            if gc_off:
                gc.disable()
            for _ in range(calls):
                await call()

    asyncio.run(run())


# ---- the parent ----


@dataclass(frozen=True)
class Case:
    size: int
    mode: str
    gc_off: bool

    @property
    def key(self) -> str:
        return f"{'P1' if self.mode == 'sync' else 'P1b'}/{self.size}"


def _instructions(side: str, case: Case, calls: int, sim: RemoteSimulator) -> int:
    """Instructions of a child running WARMUP + calls calls of one side (the whole process)."""
    env = child_env(PYTHONHASHSEED="0")  # the same hashes in every run: the same work
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "bench.instructions",
        "--child",
        side,
        case.mode,
        str(calls),
        "1" if case.gc_off else "0",
        sim.login_url,
        sim.username,
        sim.password,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = _I_REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{side} {case} failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def calls_for(size: int, calls: int) -> int:
    """Calls counted at ``size`` items: fewer for bigger lists, but (from 40 calls asked for) at least 40, so that the
    collector's full passes (one per ~30 calls at 1,000 items) are averaged over, not caught or missed."""
    return max(calls * 100 // size, min(calls, 40), 1)


def per_call(side: str, case: Case, calls: int, sim: RemoteSimulator, pool: ThreadPoolExecutor) -> float:
    """Instructions of one warm call: (W + N calls) - (W calls), over N."""
    base = pool.submit(_instructions, side, case, 0, sim)
    full = pool.submit(_instructions, side, case, calls, sim)
    return (full.result() - base.result()) / calls


def measure(sizes: Sequence[int], calls: int, gc_off: bool) -> list[tuple[Case, float, float]]:
    results = []
    with RemoteSimulator() as sim, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for size in sorted(sizes):
            raw.connections_in_org(sim, size)
            n = calls_for(size, calls)
            for mode in MODES:
                for off in (False, True) if gc_off else (False,):
                    case = Case(size, mode, off)
                    a, b = (per_call(side, case, n, sim, pool) for side in SIDES)
                    log(f"  {case.key}{' (GC off)' if off else ''}: A {a / 1e6:.3f} M, B {b / 1e6:.3f} M, {a / b:.3f}×")
                    results.append((case, a, b))
    return results


def measure_layers(size: int, calls: int) -> list[tuple[str, float]]:
    """Instructions per call of each of ``--profile``'s layers (sync), from raw httpx to the client."""
    with RemoteSimulator() as sim, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        raw.connections_in_org(sim, size)
        with layer_steps(sim) as steps:
            names = list(steps)
        case, n = Case(size, "sync", False), calls_for(size, calls)
        counts = [per_call(f"layer:{k}", case, n, sim, pool) for k in range(len(names))]
    for name, count in zip(names, counts, strict=True):
        log(f"  {name}: {count / 1e6:.3f} M")
    return list(zip(names, counts, strict=True))


def layers_table(size: int, results: Sequence[tuple[str, float]]) -> str:
    base = results[0][1]
    lines = [
        f"Layers of `list_connections()` of {size:,} (sync), instructions per call:",
        "",
        "| layer | instructions | over raw | this layer |",
        "|---|---|---|---|",
    ]
    previous = base
    for name, count in results:
        lines.append(f"| {name} | {count / 1e6:.3f} M | {count - base:+,.0f} | {count - previous:+,.0f} |")
        previous = count
    return "\n".join(lines)


def table(results: Sequence[tuple[Case, float, float]]) -> str:
    lines = [
        "| # | measure | A: iics-client | B: raw httpx | A/B | A − B per item |",
        "|---|---|---|---|---|---|",
    ]
    for case, a, b in results:
        collector = "collector off after warm-up" if case.gc_off else "collector on"
        lines.append(
            f"| {case.key} | `list_connections()` of {case.size:,}, {case.mode}, + reads; {collector}: instructions "
            f"per call | {a / 1e6:.3f} M | {b / 1e6:.3f} M | {a / b:.3f}× | {(a - b) / case.size:,.0f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--child"]:
        side, mode, calls, gc_off, *where = argv[1:]
        _child(side, mode, int(calls), gc_off == "1", where)
        return
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__)
    parser.add_argument("--sizes", default="100,1000", help="connections in the org, e.g. 100,1000 (default)")
    parser.add_argument("--calls", type=int, default=100, help="calls counted at 100 items (fewer for bigger lists)")
    parser.add_argument("--gc-off", action="store_true", help="also count with the collector disabled")
    parser.add_argument(
        "--check",
        nargs="?",
        type=float,
        const=GOAL.bound,
        metavar="BOUND",
        help=f"exit 1 when A/B (collector on) is above BOUND (default: P1's goal, {GOAL.bound})",
    )
    parser.add_argument(
        "--layers", action="store_true", help="count --profile's layers instead (sync, the first size), not A and B"
    )
    args = parser.parse_args(argv)
    if args.layers and args.check is not None:
        parser.error("--check judges A/B: not with --layers")
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed (apt install valgrind)")
    try:
        sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    except ValueError:
        parser.error(f"--sizes: numbers separated by commas, not {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.calls < 1:
        parser.error("sizes and --calls must be positive")
    log(f"instructions per call (valgrind cachegrind; warm-up {WARMUP} calls; sizes {sizes})")
    if args.layers:
        print(layers_table(sizes[0], measure_layers(sizes[0], args.calls)), flush=True)
        return
    results = measure(sizes, args.calls, args.gc_off)
    print(table(results), flush=True)
    if args.check is not None:
        over = [f"{case.key} {a / b:.3f}×" for case, a, b in results if not case.gc_off and a / b > args.check]
        if over:
            print(f"\nabove {args.check}× in instructions: {', '.join(over)}", file=sys.stderr)
            sys.exit(1)
        log(f"every A/B (collector on) is at most {args.check}× in instructions")


if __name__ == "__main__":
    main()
