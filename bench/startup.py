"""P4 and P6: whole processes, start to exit, as a user or a scheduler pays for them.

P4: ``python -c "import iics_client"`` (A) against ``python -c "import httpx"`` (B). The package's names load on
first use (PEP 562), so P4b is what a user of the client pays: ``python -c "from iics_client import IICSClient"``.
P6: ``iics --help`` and ``iics --version`` (A, the installed console script) against
``python -c "import argparse"`` (B).

Runs alternate A B, B A, ...; each repeat gives the median wall time of each side, the goal is on the median of the
per-repeat ratios. Both sides load bytecode from one private, pre-filled cache (``PYTHONPYCACHEPREFIX``), as an
installed wheel does (pip compiles at install time), whatever this machine's ``PYTHONDONTWRITEBYTECODE`` says.
``nox -s bench`` installs the package (not editable), so this is the installed wheel's start-up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .harness import Config, Goal, Row, Stat, alternating, log, median, ratios, summary

IMPORT_GOAL = Goal("<=", 1.3)
CLI_GOAL = Goal("<=", 2.0)


def _env(cache: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    env["PYTHONPYCACHEPREFIX"] = cache
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _wall(command: list[str], env: dict[str, str], cwd: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def iics_command() -> list[str]:
    """The installed ``iics`` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "iics"
    if script.exists():
        return [str(script)]
    found = shutil.which("iics")
    if found is None:
        raise RuntimeError("no `iics` console script next to this interpreter: install the package first")
    return [found]


def _pair(a: list[str], b: list[str], config: Config, env: dict[str, str], cwd: str) -> tuple[list[float], list[float]]:
    per_a: list[float] = []
    per_b: list[float] = []
    for _ in range(config.repeats):
        times: dict[str, list[float]] = {"a": [], "b": []}
        for order in alternating(max(2, config.import_runs)):
            for side in order:
                times[side].append(_wall(a if side == "a" else b, env, cwd))
        per_a.append(median(times["a"]))
        per_b.append(median(times["b"]))
    return per_a, per_b


def run(config: Config) -> list[Row]:
    rows = []
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="iics-bench-pyc-") as tmp:
        cache, cwd = os.path.join(tmp, "pyc"), os.path.join(tmp, "cwd")
        os.mkdir(cache)
        os.mkdir(cwd)  # outside any checkout, so the installed package is what gets imported
        env = _env(cache)
        iics = iics_command()
        for command in ([python, "-c", "import iics_client, httpx, argparse"], [*iics, "--help"]):
            _wall(command, env, cwd)  # fills the private bytecode cache
        n = f"{config.repeats}×{max(2, config.import_runs)} runs/side"
        # (row, what runs, its label, the baseline's code, goal): the client's import, then the command line's start
        measures = [
            (key, [python, "-c", code], f"`python -c '{code}'`", "import httpx", IMPORT_GOAL)
            for key, code in (("P4", "import iics_client"), ("P4b", "from iics_client import IICSClient"))
        ] + [
            (key, [*iics, flag], f"`iics {flag}`", "import argparse", CLI_GOAL)
            for key, flag in (("P6", "--help"), ("P6b", "--version"))
        ]
        for key, command, label, baseline, goal in measures:
            a, b = _pair(command, [python, "-c", baseline], config, env, cwd)
            rows.append(
                Row(
                    key,
                    f"{label}, whole process",
                    Stat.of(a).scaled(1e3),
                    Stat.of(b).scaled(1e3),
                    "ms",
                    f"`python -c '{baseline}'`",
                    ratios(a, b),
                    goal,
                    n=n,
                )
            )
    for row in rows:
        log(summary(row))
    return rows


def importtime_top(module: str, top: int = 25) -> str:
    """``python -X importtime -c 'import module'`` (from a filled bytecode cache), most self time first."""
    with tempfile.TemporaryDirectory(prefix="iics-bench-pyc-") as tmp:
        env = _env(tmp)
        subprocess.run([sys.executable, "-c", f"import {module}"], env=env, cwd=tmp, check=True)
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            env=env,
            cwd=tmp,
            capture_output=True,
            text=True,
            check=True,
        )
    rows = []
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = (part.strip() for part in line[len("import time:") :].split("|"))
        rows.append((int(self_us), int(cumulative_us), name))
    total = sum(r[0] for r in rows)
    lines = [f"{'self ms':>8} {'cumul ms':>9}  module   (total self {total / 1e3:.1f} ms, {len(rows)} modules)"]
    lines += [f"{s / 1e3:8.2f} {c / 1e3:9.2f}  {n}" for s, c, n in sorted(rows, reverse=True)[:top]]
    return f"# python -X importtime -c 'import {module}'\n\n" + "\n".join(lines)
