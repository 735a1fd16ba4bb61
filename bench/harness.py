"""Sizes, statistics, goals, interleaving, the machine-load line and the one results table.

The machine is small (2 cores) and shared, so no figure here is an absolute number to hold a goal against: every
measure runs its contender (A, iics-client) and its baseline (B, raw httpx or the standard library) side by side in
the same run, alternately, and the goal is on their ratio. Each measure is repeated; the table shows every figure as
median [min-max] over the repeats, and a goal is judged on the median ratio (and, where the goal says so, on every
repeat).
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Config:
    """Sizes of one run: ``full()`` (``python -m bench``), ``quick()`` (``--quick``), ``tiny()`` (the smoke test's:
    it only proves the harness works)."""

    name: str
    repeats: int  # every measure but P3: how many times it is repeated (min/median/max over these)
    call_sizes: tuple[int, ...]  # P1/P1b: connections in the org
    calls: int  # P1/P1b: timed calls per side per repeat, for the smallest size (fewer for bigger sizes)
    todict_items: int  # P1c: parsed connections written back per repetition
    jobs: int  # P2: jobs per batch
    storm_sizes: tuple[int, ...]  # P3: calls in flight when the session expires
    storm_deadline: float  # P3: seconds a storm case may take before it is reported hung
    import_runs: int  # P4/P6: fresh processes per side per repeat
    log_entries: int  # P5: activity-log entries paged
    page_size: int  # P5: get_activity_log's default
    memory_items: int  # P7: parsed connections held

    @classmethod
    def full(cls) -> Config:
        return cls(
            "full",
            repeats=5,
            call_sizes=(100, 1000),
            calls=100,
            todict_items=1000,
            jobs=1000,
            storm_sizes=(200, 1000),
            storm_deadline=30.0,
            import_runs=7,
            log_entries=100_000,
            page_size=200,
            memory_items=10_000,
        )

    @classmethod
    def quick(cls) -> Config:
        return cls(
            "quick",
            repeats=3,
            call_sizes=(100, 1000),
            calls=30,
            todict_items=1000,
            jobs=300,
            storm_sizes=(200,),
            storm_deadline=45.0,
            import_runs=3,
            log_entries=10_000,
            page_size=200,
            memory_items=2_000,
        )

    @classmethod
    def tiny(cls) -> Config:
        return cls(
            "tiny",
            repeats=2,
            call_sizes=(10,),
            calls=4,
            todict_items=20,
            jobs=20,
            storm_sizes=(25,),
            storm_deadline=8.0,
            import_runs=1,
            log_entries=300,
            page_size=100,
            memory_items=50,
        )


# ---- statistics ----


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


@dataclass(frozen=True)
class Stat:
    """min / median / max of one figure over the repeats."""

    lo: float
    mid: float
    hi: float
    n: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Stat:
        if not values:
            raise ValueError("no samples")
        return cls(min(values), median(values), max(values), len(values))

    def scaled(self, factor: float) -> Stat:
        return Stat(self.lo * factor, self.mid * factor, self.hi * factor, self.n)


def ratios(a: Sequence[float], b: Sequence[float]) -> Stat:
    """The ratio A/B per repeat (A and B measured in the same repeat), as min/median/max."""
    return Stat.of([x / y for x, y in zip(a, b, strict=True) if y > 0])


# ---- goals ----


@dataclass(frozen=True)
class Goal:
    """A bound on the median ratio (or value) of a row: ``op`` is "<=", ">=" or "<"; ``every`` is a bound every
    repeat must also meet (P2). ``relaxable``: --relax F widens it (``<=``, ``<`` bounds times F; ``>=`` over F)."""

    op: str
    bound: float
    every: float | None = None
    on: str = "ratio"  # "ratio" or "a" (an absolute figure of A, e.g. MiB)
    unit: str = "×"
    relaxable: bool = True

    def text(self, relax: float = 1.0) -> str:
        bound, every = self._bounds(relax)
        ops = {"<=": "≤", ">=": "≥", "<": "<"}
        text = f"{ops[self.op]} {_num(bound)}{self.unit}"
        if every is not None:
            text += f", every repeat {ops[self.op]} {_num(every)}{self.unit}"
        return text

    def _bounds(self, relax: float) -> tuple[float, float | None]:
        if not self.relaxable or relax == 1.0:
            return self.bound, self.every
        widen: Callable[[float], float] = (lambda x: x / relax) if self.op == ">=" else (lambda x: x * relax)
        return widen(self.bound), (widen(self.every) if self.every is not None else None)

    def met(self, stat: Stat, relax: float = 1.0) -> bool:
        bound, every = self._bounds(relax)
        check: Callable[[float, float], bool] = {
            "<=": lambda x, y: x <= y,
            ">=": lambda x, y: x >= y,
            "<": lambda x, y: x < y,
        }[self.op]
        if not check(stat.mid, bound):
            return False
        if every is not None:
            worst = stat.lo if self.op == ">=" else stat.hi
            return check(worst, every)
        return True


def _num(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".") if x < 100 else f"{x:.0f}"


@dataclass
class Row:
    """One line of the table: A (iics-client) against B (the baseline), the ratio A/B per repeat, and the goal.

    ``met`` is None for rows that only explain (attribution, a second size); measures whose goal is not a ratio
    (P3) set ``met`` and ``goal_text`` themselves."""

    key: str  # "P1", "P1b", ...
    measure: str
    a: Stat | None
    b: Stat | None
    unit: str
    baseline: str
    ratio: Stat | None = None
    goal: Goal | None = None
    met: bool | None = None
    goal_text: str = ""
    n: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def judge(self, relax: float = 1.0) -> None:
        if self.goal is None:
            return
        stat = self.ratio if self.goal.on == "ratio" else self.a
        self.goal_text = self.goal.text(relax)
        self.met = stat is not None and self.goal.met(stat, relax)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["goal"] = self.goal_text
        return data


# ---- interleaving ----


def interleaved(
    sides: dict[str, Callable[[], Any]],
    rounds: int,
    *,
    warmup: int = 0,
    check: Callable[[str, Any], None] | None = None,
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    """Time single calls of every side, rotating the order each round (A B C, B C A, ...), so drift and neighbours'
    load hit every side alike. Returns ``{side: [seconds per call, ...]}``; with ``cpu``, also appends each call's
    CPU time of this process there (what other processes on the machine cannot inflate)."""
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            result = sides[name]()
            if check is not None:
                check(name, result)
    samples: dict[str, list[float]] = {name: [] for name in names}
    clock, process = time.perf_counter, time.process_time
    for i in range(rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            call = sides[name]
            c0, t0 = process(), clock()
            call()
            t1, c1 = clock(), process()
            samples[name].append(t1 - t0)
            if cpu is not None:
                cpu.setdefault(name, []).append(c1 - c0)
    return samples


def alternating(count: int) -> list[tuple[str, str]]:
    """A B, B A, A B, ...: the order of the two sides per round."""
    return [("a", "b") if i % 2 == 0 else ("b", "a") for i in range(count)]


# ---- the machine ----


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
    }


def _cpu_ticks() -> tuple[float, float] | None:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat (None elsewhere)."""
    try:
        with open("/proc/stat") as stat:
            fields = [float(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    hz = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0.0)  # idle + iowait
    total = sum(fields[:8])  # user nice system idle iowait irq softirq steal (guest is inside user)
    return (total - idle) / hz, total / hz


def _own_cpu() -> float:
    """CPU seconds of this process and of its children that have exited (simulators, import and paging children)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class MachineLoad:
    """What else ran while the bench ran: load averages at start and end, and the CPU that processes other than the
    bench (and its simulators and children) used, as a share of the machine."""

    def __init__(self) -> None:
        self.load_start = _loadavg()
        self.ticks = _cpu_ticks()
        self.own = _own_cpu()
        self.started = time.monotonic()

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        text = f"machine load: load average {self.load_start} at start, {_loadavg()} at end"
        ticks = _cpu_ticks()
        if self.ticks is not None and ticks is not None and elapsed > 0:
            busy, total = ticks[0] - self.ticks[0], ticks[1] - self.ticks[1]
            own = _own_cpu() - self.own
            cores = total / elapsed if elapsed else 0
            others = max(0.0, busy - own)
            text += (
                f"; during the {elapsed:.0f} s run the machine's {cores:.0f} cores were {100 * busy / total:.0f}% "
                f"busy, {100 * others / total:.0f}% by other processes"
            )
            if others / total > 0.15:
                text += " (a busy machine: ratios are less reliable; run again when it is quieter)"
        return text


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "?"


# ---- the table ----


def fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit == "count":
        return f"{value:.0f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def fmt_stat(stat: Stat | None, unit: str) -> str:
    if stat is None:
        return "—"
    suffix = "" if unit == "count" else f" {unit}"
    if stat.n == 1 or stat.lo == stat.hi:
        return f"{fmt(stat.mid, unit)}{suffix}"
    return f"{fmt(stat.mid, unit)}{suffix} [{fmt(stat.lo, unit)}–{fmt(stat.hi, unit)}]"


def _met(row: Row) -> str:
    if row.met is None:
        return ""
    return "**yes**" if row.met else "**NO**"


def table(rows: Sequence[Row], info: dict[str, str], config: Config, load: str, relax: float) -> str:
    """The results as one Markdown table, headed by the machine, the date, the run's size and the machine's load."""
    head = (
        f"iics-client {info['iics_client']} benchmark, {info['date']}: {info['cores']} cores, {info['python']}, "
        f"{info['platform']}, httpx {info['httpx']}; sizes: {config.name} ({config.repeats} repeats); simulator in "
        "its own process on 127.0.0.1; default client settings"
    )
    if relax != 1.0:
        head += f"; goals relaxed ×{relax:g} (--relax)"
    lines = [
        head,
        load,
        "",
        "| # | measure | A: iics-client | B: baseline | A/B | goal | met | n |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "—"
        if row.ratio is not None:
            r = row.ratio
            ratio = f"{r.mid:.2f}×" if r.n == 1 else f"{r.mid:.2f}× [{r.lo:.2f}–{r.hi:.2f}]"
        b = fmt_stat(row.b, row.unit) + f" ({row.baseline})" if row.b is not None else f"— ({row.baseline})"
        lines.append(
            f"| {row.key} | {row.measure} | {fmt_stat(row.a, row.unit)} | {b} | {ratio} | {row.goal_text} "
            f"| {_met(row)} | {row.n} |"
        )
    notes = [f"- {row.key}: {row.note}" for row in rows if row.note]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)


def summary(row: Row) -> str:
    """One progress line for a row."""
    ratio = "" if row.ratio is None else f", A/B {row.ratio.mid:.2f}× [{row.ratio.lo:.2f}–{row.ratio.hi:.2f}]"
    return f"  {row.key}: A {fmt_stat(row.a, row.unit)}, B {fmt_stat(row.b, row.unit)}{ratio}"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process of the bench: this one's, with the bench's root first on PYTHONPATH (so
    ``python -m bench.…`` runs wherever the bench is run from), and ``extra``."""
    env = dict(os.environ, **extra)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the table."""
    print(message, file=sys.stderr, flush=True)
