"""``python -m bench [--quick|--tiny] [--only P1,P3] [--check [--relax F]] [--json out.json] [--profile DIR]``:
run the measures of issue 15's goals (P1-P7) side by side with their baselines and print one table."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import calls, expiry, models, paging, startup, throughput
from .harness import Config, MachineLoad, Row, log, machine, table
from .simproc import RemoteSimulator

# measure groups, in the order they run (start-up first, while nothing of ours runs beside it), and the row keys each
# one produces
GROUPS: dict[str, tuple[str, ...]] = {
    "startup": ("P4", "P6"),
    "calls": ("P1", "P1b"),
    "models": ("P1c", "P7"),
    "throughput": ("P2",),
    "expiry": ("P3",),
    "paging": ("P5",),
}


def _with_sim(measure: Callable[[Config, RemoteSimulator], list[Row]]) -> Callable[[Config], list[Row]]:
    def run(config: Config) -> list[Row]:
        with RemoteSimulator() as sim:  # a fresh simulator per group: no state carried between them
            return measure(config, sim)

    return run


RUNNERS: dict[str, Callable[[Config], list[Row]]] = {
    "startup": startup.run,
    "calls": _with_sim(calls.run),
    "models": _with_sim(models.run),
    "throughput": _with_sim(throughput.run),
    "expiry": _with_sim(expiry.run),
    "paging": _with_sim(paging.run),
}


TABLE_ORDER = ("P1", "P1b", "P1c", "P2", "P3", "P4", "P4b", "P5", "P5b", "P6", "P6b", "P7")


def _rank(row: Row) -> int:
    base = row.key.split("/")[0]
    return TABLE_ORDER.index(base) if base in TABLE_ORDER else len(TABLE_ORDER)


def environment_notes() -> list[str]:
    notes = []
    if importlib.util.find_spec("sniffio") is None:
        notes.append(
            "sniffio is not installed: httpcore 1.0.x then retries `import sniffio` (a failed import, a full "
            "sys.path scan) on every async lock setup; this slows both async sides alike (encode/httpcore#1103)"
        )
    return notes


def _groups(only: str, parser: argparse.ArgumentParser) -> list[str]:
    wanted = {key.strip().upper() for key in only.split(",") if key.strip()}
    known = {key.upper(): group for group, keys in GROUPS.items() for key in keys}
    unknown = wanted - set(known)
    if unknown:
        parser.error(f"unknown measures {sorted(unknown)}; choose from {', '.join(sorted(known))}")
    return [group for group in GROUPS if group in {known[key] for key in wanted}]


def write_profiles(config: Config, out: Path, groups: Sequence[str]) -> list[Path]:
    from . import profile

    out.mkdir(parents=True, exist_ok=True)
    written = []
    texts: dict[str, str] = {}
    if "calls" in groups:
        with RemoteSimulator() as sim:
            texts["calls"] = profile.calls_profile(sim, config)
    if "throughput" in groups:
        with RemoteSimulator() as sim:
            texts["throughput"] = throughput.profile_client(sim, config)
    if "startup" in groups:
        texts["startup"] = startup.importtime_top("iics_client") + "\n\n" + startup.importtime_top("httpx")
    for name, text in texts.items():
        path = out / f"profile-{name}.txt"
        path.write_text(text + "\n")
        written.append(path)
        log(f"wrote {path}")
    return written


def run(argv: Sequence[str] | None = None) -> tuple[list[Row], str, argparse.Namespace]:
    """Parse the arguments, run the measures; returns the rows, the printed text and the arguments."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="smaller sizes: a quick look")
    size.add_argument("--tiny", action="store_true", help="smallest sizes: only proves the harness runs")
    parser.add_argument("--only", default="", help="measures to run, e.g. P1,P3 (default: all)")
    parser.add_argument("--json", type=Path, help="also write the rows (with samples) as JSON here")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write layer breakdowns and profiles here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument(
        "--relax",
        type=float,
        default=1.0,
        metavar="F",
        help="widen every timing/memory goal by F (≤ x becomes ≤ x·F, ≥ x becomes ≥ x/F); counts stay exact",
    )
    args = parser.parse_args(argv)
    if args.relax < 1.0:
        parser.error("--relax must be ≥ 1")
    config = Config.quick() if args.quick else Config.tiny() if args.tiny else Config.full()
    groups = _groups(args.only, parser) if args.only else list(GROUPS)

    info = machine()
    load = MachineLoad()
    rows: list[Row] = []
    started = time.perf_counter()
    for group in groups:
        log(f"{group} ({', '.join(GROUPS[group])}, {config.name})")
        t0 = time.perf_counter()
        rows += RUNNERS[group](config)
        log(f"  done in {time.perf_counter() - t0:.1f} s")
    for row in rows:
        row.judge(args.relax)
    rows.sort(key=_rank)  # stable: within a measure, the order it produced
    text = table(rows, info, config, load.line(), args.relax)
    notes = environment_notes()
    if notes:
        text += "\n\nEnvironment:\n" + "\n".join(f"- {note}" for note in notes)
    log(f"total {time.perf_counter() - started:.0f} s")
    if args.json is not None:
        args.json.write_text(
            json.dumps(
                {
                    "machine": info,
                    "load": load.line(),
                    "config": config.__dict__,
                    "relax": args.relax,
                    "rows": [row.to_dict() for row in rows],
                    "notes": notes,
                },
                indent=1,
                default=str,
            )
        )
    return rows, text, args


def main(argv: Sequence[str] | None = None) -> None:
    rows, text, args = run(argv)
    print(text, flush=True)
    if args.profile is not None:
        config = Config.quick() if args.quick else Config.tiny() if args.tiny else Config.full()
        groups = _groups(args.only, argparse.ArgumentParser()) if args.only else list(GROUPS)
        write_profiles(config, args.profile, groups)
    missed = [row.key for row in rows if row.met is False]
    if args.check and missed:
        print(f"\nmissed: {', '.join(missed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
