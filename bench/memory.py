"""Measure 5: peak RSS growth while iterating the activity log through the client's lazy pager.

Each side runs in a fresh child process (``python -m bench.memory ...``) against the simulator, which runs in its own
process, so neither the simulator's memory nor the bench's earlier measures count. The child logs in, reads one
entry (so the modules and the connection exist), notes its current RSS, iterates ``count`` entries, and reports its
peak RSS (``ru_maxrss``) minus that baseline.

A: ``for entry in client.get_activity_log(page_size=P, limit=count)`` (ActivityLogEntry models, one page alive).
B: raw httpx, the same pages (``rowLimit``/``offset``) as ``.json()`` dicts, one page alive.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .harness import Config, Row, log
from .simproc import RemoteSimulator

GOAL_MB = 50.0


def _rss_now() -> int:
    """Current resident set size in bytes (Linux: /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        return _rss_peak()


def _rss_peak() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def _child(args: argparse.Namespace) -> dict[str, Any]:
    import gc

    import httpx

    if args.side == "client":
        from iics_client import IICSClient

        client = IICSClient(login_url=args.login_url, username=args.username, password=args.password)
        client.login()
        list(client.get_activity_log(page_size=1, limit=1))
        gc.collect()
        base = _rss_now()
        started = time.perf_counter()
        seen = 0
        for entry in client.get_activity_log(page_size=args.page_size, limit=args.count):
            seen += 1 if entry.run_id else 0
        elapsed = time.perf_counter() - started
        client.logout()
        client.close()
    else:
        http = httpx.Client(timeout=60)
        login = http.post(
            args.login_url + "/ma/api/v2/user/login",
            json={"@type": "login", "username": args.username, "password": args.password},
        ).json()
        url = login["serverUrl"].rstrip("/") + "/saas/activity/activityLog"
        headers = {"icSessionId": login["icSessionId"]}
        http.get(url, headers=headers, params={"rowLimit": 1}).json()
        gc.collect()
        base = _rss_now()
        started = time.perf_counter()
        seen, offset = 0, 0
        while seen < args.count:
            params = {"rowLimit": args.page_size, "offset": offset}
            response = http.get(url, headers=headers, params=params)
            response.raise_for_status()
            page = response.json()
            for entry in page[: args.count - seen]:
                seen += 1 if entry["runId"] else 0
            if len(page) < args.page_size:
                break
            offset += len(page)
        elapsed = time.perf_counter() - started
        http.close()
    return {"entries": seen, "base": base, "peak": _rss_peak(), "seconds": elapsed}


def _run_child(sim: RemoteSimulator, side: str, config: Config) -> dict[str, Any]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    command = [
        sys.executable,
        "-m",
        "bench.memory",
        side,
        sim.login_url,
        sim.username,
        sim.password,
        str(config.log_entries),
        str(config.page_size),
    ]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"the memory child ({side}) failed:\n{out.stderr}")
    return dict(json.loads(out.stdout))


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    sim.seed_activity_log(config.log_entries)
    results = {side: _run_child(sim, side, config) for side in ("client", "raw")}
    for side, result in results.items():
        if result["entries"] != config.log_entries:
            raise RuntimeError(f"{side} iterated {result['entries']} entries, not {config.log_entries}")
        log(
            f"  {side:6s} base {result['base'] / 2**20:.1f} MiB, peak {result['peak'] / 2**20:.1f} MiB, "
            f"{result['entries'] / result['seconds']:,.0f} entries/s"
        )
    growth = {side: (r["peak"] - r["base"]) / 2**20 for side, r in results.items()}
    rate = {side: r["entries"] / r["seconds"] for side, r in results.items()}
    a, b = growth["client"], growth["raw"]
    return [
        Row(
            "5",
            f"iterate {config.log_entries:,} activity-log entries (pages of {config.page_size}): peak RSS growth",
            a,
            b,
            "MiB",
            "raw httpx pages of dicts",
            a / b if b > 0 else None,
            f"< {GOAL_MB:.0f} MiB",
            a < GOAL_MB,
            "1/side",
            note=(
                f"client process only (simulator in its own process); baseline RSS after login and a first "
                f"entry: {results['client']['base'] / 2**20:.0f} MiB vs {results['raw']['base'] / 2**20:.0f} MiB; "
                f"speed {rate['client']:,.0f} vs {rate['raw']:,.0f} entries/s"
            ),
            extra=results,
        ),
        Row(
            "5b",
            "same run: entries per second",
            rate["client"],
            rate["raw"],
            "/s",
            "raw httpx",
            rate["client"] / rate["raw"],
            n="1/side",
        ),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="one side of the memory measure (run by bench itself)")
    parser.add_argument("side", choices=("client", "raw"))
    parser.add_argument("login_url")
    parser.add_argument("username")
    parser.add_argument("password")
    parser.add_argument("count", type=int)
    parser.add_argument("page_size", type=int)
    print(json.dumps(_child(parser.parse_args(argv))))


if __name__ == "__main__":
    main()
