"""P5: paging 100,000 activity-log entries: peak RSS growth, and time per entry against raw paging.

Each side runs in a fresh child process (``python -m bench.paging ...``) against the simulator, which runs in its own
process, so neither the simulator's memory nor the bench's earlier measures count. The child logs in, reads one
entry (so the modules and the connection exist), notes its current RSS, iterates ``count`` entries (reading
``run_id`` of each), and reports its peak RSS (VmHWM) minus that baseline, and the time it took. Both sides page
with ``get_activity_log``'s default page size (200).

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
from typing import Any

from .harness import Config, Goal, Row, Stat, alternating, child_env, log, ratios, summary
from .simproc import RemoteSimulator

RSS_GOAL = Goal("<", 30.0, on="a", unit=" MiB")
TIME_GOAL = Goal("<=", 1.15)


def _rss_now() -> int:
    """Current resident set size in bytes (Linux: /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # pragma: no cover - not Linux
        return _rss_peak()


def _rss_peak() -> int:
    """Peak resident set size of this process in bytes. On Linux /proc's VmHWM: ``ru_maxrss`` is not usable there,
    as it also counts the parent's resident set at the fork that started this process (up to the exec)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:  # pragma: no cover - not Linux
        pass
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
    env = child_env()
    command = [
        sys.executable,
        "-m",
        "bench.paging",
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
    results: dict[str, list[dict[str, Any]]] = {"client": [], "raw": []}
    for order in alternating(config.repeats):
        for side in ("client", "raw") if order[0] == "a" else ("raw", "client"):
            result = _run_child(sim, side, config)
            if result["entries"] != config.log_entries:
                raise RuntimeError(f"{side} iterated {result['entries']} entries, not {config.log_entries}")
            results[side].append(result)
    growth = {side: [(r["peak"] - r["base"]) / 2**20 for r in rs] for side, rs in results.items()}
    per_entry = {side: [r["seconds"] / r["entries"] for r in rs] for side, rs in results.items()}
    n = f"{config.repeats}/side"
    rows = [
        Row(
            "P5",
            f"page {config.log_entries:,} activity-log entries ({config.page_size} per page): peak RSS growth",
            Stat.of(growth["client"]),
            Stat.of(growth["raw"]),
            "MiB",
            "raw httpx pages of dicts",
            None,
            RSS_GOAL,
            n=n,
            note=(
                "client process only (the simulator runs in its own); baseline RSS after login and a first entry: "
                f"{results['client'][0]['base'] / 2**20:.0f} MiB vs {results['raw'][0]['base'] / 2**20:.0f} MiB"
            ),
            extra=results,
        ),
        Row(
            "P5b",
            "same paging: time per entry",
            Stat.of(per_entry["client"]).scaled(1e6),
            Stat.of(per_entry["raw"]).scaled(1e6),
            "µs",
            "raw httpx paging (`rowLimit`/`offset`)",
            ratios(per_entry["client"], per_entry["raw"]),
            TIME_GOAL,
            n=n,
        ),
    ]
    for row in rows:
        log(summary(row))
    return rows


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
