"""Measure 4: ``import iics_client`` against ``import httpx``, each in a fresh interpreter, alternately.

The child times the import statement itself (``time.perf_counter`` around it), so the interpreter's own start-up,
the same for both, does not dilute the ratio. Two bytecode modes, both isolated from whatever ``__pycache__``
directories exist on the machine by ``PYTHONPYCACHEPREFIX`` (a private cache tree):

* ``.pyc``: the private cache is filled first by one import of both, so every module loads from bytecode (what an
  installed package normally has: pip compiles at install time);
* ``source``: an empty private cache and ``PYTHONDONTWRITEBYTECODE=1``, so every module (the standard library's too)
  is compiled from source on every run (a checkout or an install without compiled files, e.g. this environment,
  which sets PYTHONDONTWRITEBYTECODE=1).

``iics_client`` imports httpx, so the ratio is (httpx + the client's own modules) / httpx.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from .harness import Config, Row, alternating, log, median, spread

GOAL = 1.5
_CHILD = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _env(cache: str, write: bool) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    env["PYTHONPYCACHEPREFIX"] = cache
    if write:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _time_import(module: str, env: dict[str, str], cwd: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(module=module)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def importtime_top(module: str, env: dict[str, str], cwd: str, top: int = 25) -> str:
    """``python -X importtime -c 'import module'``, the modules with the most self time first."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env,
        cwd=cwd,
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
    return "\n".join(lines)


def run(config: Config) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="iics-bench-pyc-") as tmp:
        warm, cold, cwd = (os.path.join(tmp, name) for name in ("warm", "cold", "cwd"))
        for path in (warm, cold, cwd):
            os.mkdir(path)
        _time_import("iics_client, httpx", _env(warm, write=True), cwd)  # fills the private .pyc cache
        modes = (("4", ".pyc", _env(warm, write=False)), ("4b", "source, no .pyc", _env(cold, write=False)))
        for key, mode, env in modes:
            times: dict[str, list[float]] = {"iics_client": [], "httpx": []}
            for order in alternating(config.import_runs):
                for side in order:
                    module = "iics_client" if side == "a" else "httpx"
                    times[module].append(_time_import(module, env, cwd))
            if mode == "source, no .pyc" and os.listdir(cold):
                raise RuntimeError("the cold bytecode cache was written to: the source mode is not source-only")
            a, b = median(times["iics_client"]), median(times["httpx"])
            log(
                f"  {mode:16s} iics_client ms {spread(times['iics_client'], 1e3, 1)}; "
                f"httpx ms {spread(times['httpx'], 1e3, 1)}"
            )
            rows.append(
                Row(
                    key,
                    f"`import iics_client` vs `import httpx`, fresh process ({mode})",
                    a * 1e3,
                    b * 1e3,
                    "ms",
                    "`import httpx`",
                    a / b,
                    f"≤ {GOAL}×",
                    a / b <= GOAL,
                    f"{config.import_runs}/side",
                    extra={"samples_ms": {k: [x * 1e3 for x in v] for k, v in times.items()}},
                )
            )
        rows[0].note = (
            "the child times only the import statement; bytecode isolated with PYTHONPYCACHEPREFIX (.pyc: a "
            "pre-filled private cache; source: an empty one with PYTHONDONTWRITEBYTECODE=1, so the standard "
            "library compiles from source too)"
        )
    return rows


def profile_imports() -> str:
    """The -X importtime breakdown of both imports (from .pyc) as text."""
    with tempfile.TemporaryDirectory(prefix="iics-bench-pyc-") as tmp:
        env = _env(tmp, write=True)
        _time_import("iics_client, httpx", env, tmp)
        env = _env(tmp, write=False)
        parts = [
            f"# python -X importtime -c 'import {m}' (from .pyc)\n\n{importtime_top(m, env, tmp)}"
            for m in ("iics_client", "httpx")
        ]
    return "\n\n".join(parts) + "\n"
