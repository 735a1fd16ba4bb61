"""Timing, interleaving, medians and the one results table.

The machine is small (2 cores) and shared, so nothing here is an absolute number to hold a goal against: every
measure runs its contender (A, iics-client) and its baseline (B) alternately in the same run, and the goal is on the
ratio of their medians.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Config:
    """Sizes of one run. ``full()`` is what ``python -m bench`` uses, ``quick()`` the ``--quick`` one, ``tiny()`` the
    smoke test's (it only proves the harness works)."""

    name: str
    calls: int  # 1: timed calls per side (after warmup)
    warmup: int
    connections: int  # 1: connections in the listed org
    parse_reps: int  # 1: repetitions of the parse-only comparison
    jobs: int  # 2: jobs per batch
    job_rounds: int  # 2: batches per side
    max_connections: int  # 2: pool size (and semaphore) on both sides
    in_flight: int  # 3: concurrent calls when the session expires
    expiry_rounds: int  # 3: episodes per contender
    import_runs: int  # 4: fresh processes per side and per bytecode mode
    log_entries: int  # 5: activity-log entries iterated
    page_size: int  # 5

    @classmethod
    def full(cls) -> Config:
        return cls(
            "full",
            calls=400,
            warmup=30,
            connections=100,
            parse_reps=300,
            jobs=1000,
            job_rounds=5,
            max_connections=20,
            in_flight=200,
            expiry_rounds=1,
            import_runs=21,
            log_entries=100_000,
            page_size=1000,
        )

    @classmethod
    def quick(cls) -> Config:
        return cls(
            "quick",
            calls=60,
            warmup=10,
            connections=100,
            parse_reps=50,
            jobs=200,
            job_rounds=2,
            max_connections=20,
            in_flight=50,
            expiry_rounds=1,
            import_runs=3,
            log_entries=10_000,
            page_size=1000,
        )

    @classmethod
    def tiny(cls) -> Config:
        return cls(
            "tiny",
            calls=6,
            warmup=2,
            connections=10,
            parse_reps=5,
            jobs=20,
            job_rounds=1,
            max_connections=5,
            in_flight=20,
            expiry_rounds=1,
            import_runs=1,
            log_entries=300,
            page_size=100,
        )


@dataclass
class Row:
    """One line of the table: A (iics-client) against B (a baseline), the ratio A/B, and the goal if there is one.

    ``met`` is None for rows that only explain (attribution, a second baseline)."""

    key: str  # "1", "1b", ...
    measure: str
    a: float
    b: float | None
    unit: str
    baseline: str
    ratio: float | None = None
    goal: str = ""
    met: bool | None = None
    n: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---- statistics ----


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def quartiles(values: Sequence[float]) -> tuple[float, float]:
    """(p25, p75); both the median for fewer than 2 values."""
    if len(values) < 2:
        m = median(values)
        return m, m
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 2) -> str:
    lo, hi = quartiles(values)
    return f"{median(values) * scale:.{digits}f} [{lo * scale:.{digits}f}–{hi * scale:.{digits}f}]"


# ---- interleaving ----


def interleaved(
    sides: dict[str, Callable[[], Any]],
    rounds: int,
    *,
    warmup: int = 0,
    check: Callable[[str, Any], None] | None = None,
) -> dict[str, dict[str, list[float]]]:
    """Time single calls of every side, rotating the order each round (A B C, B C A, C A B, ...), so drift and
    neighbours' load hit every side alike. Returns ``{side: {"wall": [s...], "cpu": [s...]}}`` (one sample per call).
    """
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            result = sides[name]()
            if check is not None:
                check(name, result)
    samples: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in names}
    clock, cpu = time.perf_counter, time.process_time
    for i in range(rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            call = sides[name]
            c0, t0 = cpu(), clock()
            call()
            t1, c1 = clock(), cpu()
            samples[name]["wall"].append(t1 - t0)
            samples[name]["cpu"].append(c1 - c0)
    return samples


def alternating(count: int) -> list[tuple[str, str]]:
    """A B, B A, A B, ...: the order of the two sides per round."""
    return [("a", "b") if i % 2 == 0 else ("b", "a") for i in range(count)]


# ---- the table ----


def machine() -> dict[str, str]:
    import httpx

    try:
        from iics_client import __version__ as client_version
    except ImportError:  # pragma: no cover - the bench needs the package, but the header should not crash
        client_version = "?"
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        affinity = os.cpu_count() or 0
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": f"{os.cpu_count()} (usable: {affinity})",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": f"{platform.system()} {platform.machine()}",
        "httpx": httpx.__version__,
        "iics_client": client_version,
        "load": _loadavg(),
    }


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "count":
        return f"{value:.0f}"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def _met(row: Row) -> str:
    if row.met is None:
        return ""
    return "**yes**" if row.met else "**NO**"


def table(rows: Sequence[Row], info: dict[str, str], config: Config) -> str:
    """The results as one Markdown table, headed by the machine, the date and the run's size."""
    head = (
        f"iics-client {info['iics_client']} benchmark, {info['date']}: {info['cores']} cores, {info['python']}, "
        f"{info['platform']}, httpx {info['httpx']}, load average at start {info['load']}; "
        f"sizes: {config.name}; simulator in a separate process on 127.0.0.1"
    )
    lines = [
        head,
        "",
        "| # | measure | A: iics-client | B: baseline | A/B | goal | met | n |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        b = _fmt(row.b, row.unit) if row.b is not None else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        lines.append(
            f"| {row.key} | {row.measure} | {_fmt(row.a, row.unit)} | {b} ({row.baseline}) | {ratio} | {row.goal} "
            f"| {_met(row)} | {row.n} |"
        )
    notes = [f"- {row.key}: {row.note}" for row in rows if row.note]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the table."""
    print(message, file=sys.stderr, flush=True)
