"""``python -m bench [--quick] [--only 1,3] [--json out.json] [--profile DIR]``: run the measures, print one table."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import expiry, imports, memory, overhead, throughput
from .harness import Config, Row, log, machine, table
from .simproc import RemoteSimulator

MEASURES = ("1", "2", "3", "4", "5")
NAMES = {"1": "overhead", "2": "throughput", "3": "expiry", "4": "import", "5": "memory"}


def _with_sim(measure: Callable[[Config, RemoteSimulator], list[Row]]) -> Callable[[Config], list[Row]]:
    def run(config: Config) -> list[Row]:
        with RemoteSimulator() as sim:  # a fresh simulator per measure: no state carried between them
            return measure(config, sim)

    return run


RUNNERS: dict[str, Callable[[Config], list[Row]]] = {
    "4": imports.run,  # first, while nothing of ours runs beside it
    "1": _with_sim(overhead.run),
    "2": _with_sim(throughput.run),
    "3": _with_sim(expiry.run),
    "5": _with_sim(memory.run),
}


def environment_notes() -> list[str]:
    notes = []
    if importlib.util.find_spec("sniffio") is None:
        notes.append(
            "sniffio is not installed: httpcore 1.0.x then retries `import sniffio` (a failed import, a full "
            "sys.path scan) on every async lock setup, several times per request; this slows both async sides of "
            "measures 2 and 3 alike (encode/httpcore#1103)"
        )
    if importlib.util.find_spec("requests") is None:
        notes.append("requests is not installed: no requests baseline (1b)")
    return notes


def write_profiles(rows: Sequence[Row], config: Config, out: Path, everything: bool) -> list[Path]:
    """Profile the client side of each measure whose goal was missed (or of every measure)."""
    out.mkdir(parents=True, exist_ok=True)
    missed = {row.key.rstrip("abcd") for row in rows if row.met is False}
    written = []
    for key in MEASURES:
        if not everything and key not in missed:
            continue
        text: str | None = None
        if key == "1":
            with RemoteSimulator() as sim:
                text = overhead.profile_client(sim, config)
        elif key == "2":
            with RemoteSimulator() as sim:
                text = throughput.profile_client(sim, config)
        elif key == "4":
            text = imports.profile_imports()
        if text is not None:
            path = out / f"profile-{NAMES[key]}.txt"
            path.write_text(text)
            written.append(path)
            log(f"wrote {path}")
    return written


def run(argv: Sequence[str] | None = None) -> tuple[list[Row], str, argparse.Namespace]:
    """Parse the arguments, run the measures; returns the rows, the printed text and the arguments."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="small sizes: seconds, for a quick look")
    size.add_argument("--tiny", action="store_true", help="smallest sizes: only proves the harness runs")
    parser.add_argument("--only", default=",".join(MEASURES), help="measures to run, e.g. 1,3 (default: all)")
    parser.add_argument("--json", type=Path, help="also write the rows (with samples) as JSON here")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write profile-<measure>.txt for missed goals")
    parser.add_argument("--profile-all", action="store_true", help="with --profile: profile every measure")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    config = Config.quick() if args.quick else Config.tiny() if args.tiny else Config.full()
    wanted = [key.strip() for key in args.only.split(",") if key.strip()]
    unknown = set(wanted) - set(MEASURES)
    if unknown:
        parser.error(f"unknown measures {sorted(unknown)}; choose from {', '.join(MEASURES)}")

    info = machine()
    rows: list[Row] = []
    started = time.perf_counter()
    for key, runner in RUNNERS.items():
        if key not in wanted:
            continue
        log(f"measure {key} ({NAMES[key]}, {config.name})")
        t0 = time.perf_counter()
        rows += runner(config)
        log(f"  done in {time.perf_counter() - t0:.1f} s")
    rows.sort(key=lambda row: (row.key[0], row.key))
    text = table(rows, info, config)
    notes = environment_notes()
    if notes:
        text += "\n\nEnvironment:\n" + "\n".join(f"- {note}" for note in notes)
    log(f"total {time.perf_counter() - started:.0f} s")
    if args.json is not None:
        args.json.write_text(
            json.dumps(
                {"machine": info, "config": config.__dict__, "rows": [row.to_dict() for row in rows], "notes": notes},
                indent=1,
            )
        )
    return rows, text, args


def main(argv: Sequence[str] | None = None) -> None:
    rows, text, args = run(argv)
    print(text, flush=True)
    if args.profile is not None:
        config = Config.quick() if args.quick else Config.tiny() if args.tiny else Config.full()
        write_profiles(rows, config, args.profile, args.profile_all)
    if args.strict and any(row.met is False for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
