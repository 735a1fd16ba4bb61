"""Promotion memory: peak RSS growth while a 200 MB export package is downloaded and uploaded (goal: < 50 MB).

``python -m bench.promotion`` (``--size MB``, ``--quick`` for 20 MB, ``--json FILE``). The simulator runs in a child
process (``python -m bench.promotion --serve BYTES``: two orgs, packages padded to that size), so its memory never
counts; the client runs in this process. Each transfer is measured alone: the kernel's peak-RSS mark is reset
(``/proc/self/clear_refs``), the current RSS read, the transfer run, and the new peak (``VmHWM``) minus that baseline
is the growth. Linux only (/proc).

A: ``IICSClient`` / ``AsyncIICSClient``: ``download_export_package`` and ``upload_import_package``.
B: raw httpx, streamed as its docs show: ``Client.stream`` + ``iter_bytes`` into a file; ``files=`` with an open file.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .harness import child_env

GOAL_MB = 50.0
MB = 1024 * 1024
PROD_USER, PROD_PASSWORD = "bench@prod.example.com", "bench-password"


# ---- the simulator's process ----


def _serve(padding: int) -> None:
    from iics_client.testing import Simulator

    with Simulator() as sim:
        sim.promotion.queue_time = 0.01
        sim.promotion.package_padding = padding
        sim.add_org("prod", username=PROD_USER, password=PROD_PASSWORD, content="empty")
        print(json.dumps({"login_url": sim.login_url, "username": sim.username, "password": sim.password,
                          "layout": sim.layout.name, "pid": os.getpid()}), flush=True)  # fmt: skip
        sys.stdin.read()  # until the parent closes it


# ---- memory, from /proc ----


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where that is not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def measure(work: Callable[[], Any]) -> dict[str, Any]:
    gc.collect()
    reset = _reset_peak()
    base = _status("VmRSS")
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    peak = _status("VmHWM")
    return {"growth_mb": (peak - base) / MB, "seconds": seconds, "peak_reset": reset}


# ---- the transfers ----


def _sync_client(info: dict[str, Any], user: str, password: str) -> Any:
    from iics_client import IICSClient

    client = IICSClient(info["login_url"], user, password, layout=info["layout"], timeout=120)
    client.login()
    return client


def _raw(client: Any) -> tuple[Any, str, str]:
    """A raw httpx client with the session of a logged-in iics client, and the v3 base URL and header."""
    import httpx

    session = client._auth.session
    route = client.layout.route("v3", "download_export_package")
    base = str(session.origin).rstrip("/") + route.prefix
    return httpx.Client(timeout=120), base, route.session_header


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.promotion", description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200, metavar="MB", help="package size in MiB (200)")
    parser.add_argument("--quick", action="store_true", help="a 20 MiB package")
    parser.add_argument("--json", metavar="FILE", help="write the rows as JSON")
    parser.add_argument("--serve", type=int, metavar="BYTES", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        _serve(args.serve)
        return 0
    if not Path("/proc/self/status").exists():
        print("bench.promotion needs Linux (/proc)", file=sys.stderr)
        return 2
    size = 20 if args.quick else args.size
    rows = _bench(size)
    _print(rows, size)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0 if all(row["growth_mb"] < GOAL_MB for row in rows) else 1


def _bench(size_mb: int) -> list[dict[str, Any]]:
    env = child_env()
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.promotion", "--serve", str(size_mb * MB)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stdout is not None
    assert server.stdin is not None
    try:
        info = json.loads(server.stdout.readline())
        with tempfile.TemporaryDirectory(prefix="bench-promotion-") as tmp:
            return _transfers(info, Path(tmp))
    finally:
        server.stdin.close()
        server.wait(timeout=30)
        server.stdout.close()


def _transfers(info: dict[str, Any], folder: Path) -> list[dict[str, Any]]:
    from iics_client import AsyncIICSClient

    dev = _sync_client(info, info["username"], info["password"])
    prod = _sync_client(info, PROD_USER, PROD_PASSWORD)
    export = dev.export_objects([("Ops", "PROJECT")], include_dependencies=False)
    dev.wait_for_export(export.id, interval=0.2, timeout=600)
    small = folder / "warm.zip"  # warm up every code path first (imports, pools, threads)
    dev.download_export_package(export.id, small)
    prod.upload_import_package(small)
    small.unlink()
    rows: list[dict[str, Any]] = []

    def row(side: str, what: str, result: dict[str, Any], size: int) -> None:
        rows.append({"side": side, "what": what, "bytes": size, **result})
        print(f"  {side:<24} {what:<9} {result['growth_mb']:7.1f} MiB  {result['seconds']:6.1f} s", file=sys.stderr)

    package = folder / "package.zip"
    row("iics-client (sync)", "download", measure(lambda: dev.download_export_package(export.id, package)),
        package.stat().st_size)  # fmt: skip
    size = package.stat().st_size
    row("iics-client (sync)", "upload", measure(lambda: prod.upload_import_package(package)), size)

    loop = asyncio.new_event_loop()
    adev = AsyncIICSClient(info["login_url"], info["username"], info["password"], layout=info["layout"], timeout=120)
    aprod = AsyncIICSClient(info["login_url"], PROD_USER, PROD_PASSWORD, layout=info["layout"], timeout=120)
    loop.run_until_complete(adev.login())
    loop.run_until_complete(aprod.login())
    loop.run_until_complete(aprod.upload_import_package(package))  # warm the worker threads
    package.unlink()
    row("iics-client (async)", "download",
        measure(lambda: loop.run_until_complete(adev.download_export_package(export.id, package))), size)  # fmt: skip
    row("iics-client (async)", "upload",
        measure(lambda: loop.run_until_complete(aprod.upload_import_package(package))), size)  # fmt: skip
    loop.run_until_complete(adev.aclose())
    loop.run_until_complete(aprod.aclose())
    loop.close()

    http, base, header = _raw(dev)
    raw_package = folder / "raw.zip"

    def raw_download() -> None:
        headers = {header: dev._auth.session.session_id}
        with http.stream("GET", f"{base}/export/{export.id}/package", headers=headers) as response:
            response.raise_for_status()
            with raw_package.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)

    row("raw httpx", "download", measure(raw_download), size)
    prod_http, prod_base, prod_header = _raw(prod)

    def raw_upload() -> None:
        with raw_package.open("rb") as handle:
            files = {"package": (raw_package.name, handle, "application/zip")}
            prod_http.post(f"{prod_base}/import/package", files=files,
                           headers={prod_header: prod._auth.session.session_id}).raise_for_status()  # fmt: skip

    row("raw httpx", "upload", measure(raw_upload), size)
    http.close()
    prod_http.close()
    for client in (dev, prod):
        client.logout()
        client.close()
    return rows


def _print(rows: list[dict[str, Any]], size_mb: int) -> None:
    print(f"Promotion memory: a {size_mb} MiB package, peak RSS growth per transfer (goal < {GOAL_MB:g} MiB)")
    print(f"{'side':<24} {'transfer':<9} {'growth':>10} {'time':>8}  met")
    for row in rows:
        met = "yes" if row["growth_mb"] < GOAL_MB else "NO"
        print(f"{row['side']:<24} {row['what']:<9} {row['growth_mb']:7.1f} MiB {row['seconds']:6.1f} s  {met}")
    if not all(row["peak_reset"] for row in rows):
        print("(the peak could not be reset: growth is measured from the process's earlier peak)")


if __name__ == "__main__":
    raise SystemExit(main())
