"""P3: the session expires while N calls are in flight, on the client's default pool (20 connections).

Each case runs in its own process (``python -m bench.expiry ...``) with a deadline, so a client that hangs is
reported as such instead of hanging the bench. The parent drives the simulator: once the child is logged in and
ready, it makes the simulator hold the first 20 ``list_connections`` requests (what the pool can carry; the other
calls queue in the pool), lets the child start its N calls (coroutines for ``AsyncIICSClient``, threads for
``IICSClient``), waits until the pool's worth of calls is held, expires every session and lets them go: every call
then meets the expired session. Goal: exactly one login, every call completes, none slower than its timeout.

The client runs with default settings except ``timeout=10`` (so a call that waits longer than a timeout shows within
the deadline). Baseline: raw ``httpx.AsyncClient`` (default settings) whose calls log in again on their own when
they get a 401: a client without single-flight renewal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
import time
from typing import Any

import httpx

from . import raw
from .harness import Config, Row, Stat, child_env, log
from .simproc import RemoteSimulator

OPERATION = "list_connections"
POOL = 20  # the client's default max_connections
NAIVE_POOL = 100  # httpx's default max_connections
TIMEOUT = 10.0
HOLD = 1.5  # seconds the simulator holds the first POOL calls


# ---- the child: one case ----


def _report(outcome: dict[str, Any]) -> None:
    print(json.dumps(outcome), flush=True)


async def _async_calls(args: argparse.Namespace) -> dict[str, Any]:
    from iics_client import AsyncIICSClient

    client = AsyncIICSClient(login_url=args.login_url, username=args.username, password=args.password, timeout=TIMEOUT)
    await client.login()
    await client.list_connections()
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)  # the parent has armed the simulator
    latencies: list[float] = []
    errors: list[str] = []

    async def call() -> None:
        t0 = time.perf_counter()
        try:
            await client.list_connections()
        except Exception as exc:  # reported, not raised: the figures say how many failed and how
            errors.append(type(exc).__name__)
        latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(call() for _ in range(args.calls)))
    logins = client.logins - 1
    await client.aclose()
    return {"done": len(latencies), "errors": errors, "max_latency": max(latencies), "client_logins": logins}


def _sync_calls(args: argparse.Namespace) -> dict[str, Any]:
    from iics_client import IICSClient

    client = IICSClient(login_url=args.login_url, username=args.username, password=args.password, timeout=TIMEOUT)
    client.login()
    client.list_connections()
    print("ready", flush=True)
    sys.stdin.readline()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def call() -> None:
        t0 = time.perf_counter()
        error = None
        try:
            client.list_connections()
        except Exception as exc:
            error = type(exc).__name__
        with lock:
            latencies.append(time.perf_counter() - t0)
            if error:
                errors.append(error)

    threads = [threading.Thread(target=call, daemon=True) for _ in range(args.calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    logins = client.logins - 1
    client.close()
    return {"done": len(latencies), "errors": errors, "max_latency": max(latencies), "client_logins": logins}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="one P3 case (run by the bench itself)")
    parser.add_argument("mode", choices=("async", "sync"))
    parser.add_argument("login_url")
    parser.add_argument("username")
    parser.add_argument("password")
    parser.add_argument("calls", type=int)
    args = parser.parse_args(argv)
    _report(asyncio.run(_async_calls(args)) if args.mode == "async" else _sync_calls(args))


# ---- the parent ----


def _case(sim: RemoteSimulator, mode: str, calls: int, deadline: float) -> dict[str, Any]:
    env = child_env()
    command = [sys.executable, "-m", "bench.expiry", mode, sim.login_url, sim.username, sim.password, str(calls)]
    child = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None
    assert child.stdout is not None
    outcome: dict[str, Any] = {"mode": mode, "calls": calls}
    try:
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the P3 child ({mode}, {calls}) did not start")
        sim.clear_faults()
        sim.add_fault(kind="delay", delay=HOLD, operation=OPERATION, times=min(POOL, calls))
        before = sim.stats()
        started = time.monotonic()
        child.stdin.write("go\n")
        child.stdin.flush()
        target = int(before["requests_by_operation"].get(OPERATION, 0)) + min(POOL, calls)
        sim.wait_requests(OPERATION, target, timeout=min(30.0, deadline))
        sim.expire_sessions()
        try:
            out, _ = child.communicate(timeout=max(1.0, deadline - (time.monotonic() - started)))
            outcome.update(json.loads(out.strip().splitlines()[-1]))
            outcome["hung"] = False
        except subprocess.TimeoutExpired:
            outcome["hung"] = True
        outcome["seconds"] = time.monotonic() - started
        after = sim.stats()
        outcome["logins"] = int(after["logins"] - before["logins"])
        outcome["401s"] = after["responses_by_status"].get("401", 0) - before["responses_by_status"].get("401", 0)
        outcome["served"] = int(
            after["requests_by_operation"].get(OPERATION, 0) - before["requests_by_operation"].get(OPERATION, 0)
        )
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
        sim.clear_faults()
    return outcome


async def _naive(sim: RemoteSimulator, calls: int) -> dict[str, Any]:
    """Raw httpx: a call that gets a 401 logs in by itself and retries (no single-flight renewal)."""
    http = httpx.AsyncClient(timeout=60)  # generous: a baseline that times out says nothing about logins
    state: dict[str, raw.RawSession] = {}

    async def login() -> None:
        state["s"] = await raw.alogin(http, sim)

    async def call() -> Any:
        response = await http.get(state["s"].v2 + "/connection", headers=state["s"].v2_headers)
        if response.status_code == 401:
            await login()
            response = await http.get(state["s"].v2 + "/connection", headers=state["s"].v2_headers)
        response.raise_for_status()
        return response.json()

    await login()
    await call()
    held = min(calls, NAIVE_POOL)
    sim.clear_faults()
    sim.add_fault(kind="delay", delay=HOLD, operation=OPERATION, times=held)
    before = sim.stats()
    pending = asyncio.gather(*(call() for _ in range(calls)), return_exceptions=True)
    target = int(before["requests_by_operation"].get(OPERATION, 0)) + held
    await asyncio.to_thread(sim.wait_requests, OPERATION, target, 30.0)
    sim.expire_sessions()
    results = await pending
    after = sim.stats()
    sim.clear_faults()
    await http.aclose()
    failed = [type(r).__name__ for r in results if isinstance(r, BaseException)]
    return {"ok": len(results) - len(failed), "failed": failed, "logins": int(after["logins"] - before["logins"])}


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    rows = []
    for calls in config.storm_sizes:
        naive = asyncio.run(_naive(sim, calls))
        log(f"  P3/{calls} naive: {naive}")
        for mode in ("async", "sync"):
            outcome = _case(sim, mode, calls, config.storm_deadline)
            log(f"  P3/{calls} {mode}: { {k: v for k, v in outcome.items() if k != 'errors'} }")
            errors = outcome.get("errors", [])
            done = outcome.get("done", 0)
            ok = done - len(errors)
            slowest = outcome.get("max_latency")
            met = (
                not outcome["hung"]
                and outcome["logins"] == 1
                and ok == calls
                and slowest is not None
                and slowest <= TIMEOUT
            )
            if outcome["hung"]:
                note = (
                    f"{mode}: HUNG — killed after {outcome['seconds']:.0f} s (deadline); the simulator served "
                    f"{outcome['served']} of {calls} calls, {outcome['401s']} got a 401, {outcome['logins']} "
                    "login(s)"
                )
            else:
                kinds = sorted(set(errors))
                note = (
                    f"{mode}: {ok} of {calls} calls succeeded"
                    + (f" ({len(errors)} failed: {', '.join(kinds)})" if errors else "")
                    + f", slowest {slowest:.2f} s (timeout {TIMEOUT:.0f} s), {outcome['401s']} got a 401, "
                    f"{outcome['logins']} login(s), in {outcome['seconds']:.1f} s"
                )
            rows.append(
                Row(
                    f"P3/{calls}" + ("" if mode == "async" else "s"),
                    f"session expires under {calls:,} calls, pool of {POOL}, "
                    f"{'`AsyncIICSClient`, coroutines' if mode == 'async' else '`IICSClient`, threads'}: logins",
                    Stat.of([outcome["logins"]]),
                    Stat.of([naive["logins"]]),
                    "count",
                    "raw httpx, each 401 logs in",
                    None,
                    None,
                    met,
                    goal_text="1 login, every call done within its timeout",
                    n=f"1 episode, deadline {config.storm_deadline:.0f} s",
                    note=note,
                    extra={"outcome": outcome, "naive": naive},
                )
            )
    return rows


if __name__ == "__main__":
    main()
