"""What observability costs, and what the client-side rate limit does: ``python -m bench.observability``.

Standalone (not one of ``nox -s bench``'s five measures); the simulator runs in its own process (bench/simproc.py).

1. Per-call overhead, sync, as measure 1 of the bench: ``list_connections()`` (100 connections) against raw httpx,
   single calls interleaved, medians. Sides: the client as shipped (metrics always on, no subscriber, no tracing);
   the same client without its observability layer (no attempt transport, no probe around the execute path: the
   code as it was before metrics, rebuilt here by a subclass); with a no-op ``on_event``; with tracing into an SDK
   provider that exports nothing. Goal: the shipped client's ratio to httpx at most 2 % above the bare client's.
2. Async throughput, as measure 2: ``batch_start_jobs`` of N jobs, 20 connections, the shipped client against the bare
   one, batches alternating.
3. A batch of 1,000 job starts under a simulated limit of N requests/minute (``Fault.rate_limit``, a bucket of one
   second's worth, ``Retry-After: 1``): runs started per minute, 429s the simulator sent, errors the caller got;
   unpaced, ``adaptive_concurrency=True``, ``rate_limit=N/60``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from .harness import log, median
from .simproc import RemoteSimulator

# ---- timing: single calls of every side, interleaved (this measure's own view: wall and CPU per call) ----


def interleaved(
    sides: dict[str, Callable[[], Any]], rounds: int, *, warmup: int = 0
) -> dict[str, dict[str, list[float]]]:
    """Time single calls of every side, rotating the order each round (A B C, B C A, ...), so drift and neighbours'
    load hit every side alike. Returns ``{side: {"wall": [s...], "cpu": [s...]}}``."""
    names = list(sides)
    for _ in range(warmup):
        for name in names:
            sides[name]()
    samples: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in names}
    clock, cpu = time.perf_counter, time.process_time
    for i in range(rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            c0, t0 = cpu(), clock()
            sides[name]()
            t1, c1 = clock(), cpu()
            samples[name]["wall"].append(t1 - t0)
            samples[name]["cpu"].append(c1 - c0)
    return samples


def spread(values: Sequence[float], scale: float = 1.0, digits: int = 2) -> str:
    """The median [p25-p75]."""
    q = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else [median(values)] * 3
    return f"{median(values) * scale:.{digits}f} [{q[0] * scale:.{digits}f}–{q[2] * scale:.{digits}f}]"


def _bare_classes() -> tuple[type[Any], type[Any]]:
    """The clients without their observability layer: the pool under the retry transport directly, and the execute
    path without the telemetry probe (what they were before metrics existed)."""
    from httpx_retries import RetryTransport

    from iics_client import AsyncIICSClient, IICSClient
    from iics_client._exceptions import parse, transport_error

    class Bare(IICSClient):
        def _client_args(self, transport: Any) -> dict[str, Any]:
            args = super()._client_args(transport)
            args["transport"] = RetryTransport(transport, retry=self._retry_policy.default)
            return args

        def _execute(self, call: Any) -> Any:
            try:
                response = self._http.request(**call.kwargs)
            except httpx.HTTPError as exc:
                raise transport_error(exc) from exc
            return parse(response, call.parse) if call.check else call.parse(response)

    class AsyncBare(AsyncIICSClient):
        def _client_args(self, transport: Any) -> dict[str, Any]:
            args = super()._client_args(transport)
            args["transport"] = RetryTransport(transport, retry=self._retry_policy.default)
            return args

        async def _execute(self, call: Any) -> Any:
            try:
                response = await self._http.request(**call.kwargs)
            except httpx.HTTPError as exc:
                raise transport_error(exc) from exc
            return parse(response, call.parse) if call.check else call.parse(response)

    return Bare, AsyncBare


def per_call(sim: RemoteSimulator, calls: int, connections: int) -> dict[str, Any]:
    from opentelemetry.sdk.trace import TracerProvider

    from iics_client import IICSClient

    bare_class, _ = _bare_classes()
    creds: dict[str, Any] = {"login_url": sim.login_url, "username": sim.username, "password": sim.password}
    shipped = IICSClient(**creds)
    session = shipped.login()
    have = len(shipped.list_connections())
    sim.seed_connections(max(0, connections - have))
    bare = bare_class(**creds)
    seen: list[Any] = []
    listening = IICSClient(**creds, on_event=seen.append)  # a subscriber that only keeps the events
    tracing = IICSClient(**creds, tracing=TracerProvider())  # an SDK provider with no processor: spans made, dropped
    for client in (bare, listening, tracing):
        client.login()
    url = str(session.origin) + session.layout.route("v2", "list_connections").prefix + "/connection"
    raw = httpx.Client()
    headers = {"icSessionId": session.session_id}
    sides = {
        "httpx": lambda: raw.get(url, headers=headers).json(),
        "bare": bare.list_connections,
        "shipped": shipped.list_connections,
        "on_event": listening.list_connections,
        "tracing": tracing.list_connections,
    }
    samples = interleaved(sides, calls, warmup=30)
    log(f"  on_event received {len(seen)} events")
    for client in (shipped, bare, listening, tracing):
        client.logout()
        client.close()
    raw.close()
    med = {name: median(s["wall"]) for name, s in samples.items()}
    cpu = {name: median(s["cpu"]) for name, s in samples.items()}
    for name, s in samples.items():
        wall = spread(s["wall"], 1e3, 3)
        log(f"  {name:9s} wall ms median [p25–p75] {wall}; client cpu/call median {cpu[name] * 1e3:.3f} ms")
    ratio = {name: med[name] / med["httpx"] for name in sides}
    return {
        "calls_per_side": calls,
        "median_ms": {k: v * 1e3 for k, v in med.items()},
        "cpu_ms_per_call": {k: v * 1e3 for k, v in cpu.items()},
        "cpu_shipped_vs_bare": cpu["shipped"] / cpu["bare"] - 1,
        "ratio_to_httpx": ratio,
        "shipped_vs_bare": ratio["shipped"] / ratio["bare"] - 1,
        "on_event_vs_bare": ratio["on_event"] / ratio["bare"] - 1,
        "tracing_vs_bare": ratio["tracing"] / ratio["bare"] - 1,
    }


def in_process(calls: int) -> dict[str, Any]:
    """The layer's own cost, without a network or a server: every side answers from an httpx.MockTransport (the
    login, then an empty connection list), so the client's per-call work is all there is to time."""
    from opentelemetry.sdk.trace import TracerProvider

    from iics_client import IICSClient

    login = {"@type": "user", "name": "u", "orgId": "o", "serverUrl": "https://pod.example", "icSessionId": "S"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=login if request.url.path.endswith("/login") else [])

    mock = httpx.MockTransport(answer)
    bare_class, _ = _bare_classes()
    creds: dict[str, Any] = {"login_url": "us", "username": "u", "password": "p"}
    seen: list[Any] = []
    clients = {
        "bare": bare_class(**creds),
        "shipped": IICSClient(**creds),
        "on_event": IICSClient(**creds, on_event=seen.append),
        "tracing": IICSClient(**creds, tracing=TracerProvider()),
    }
    for name, client in clients.items():
        retrying = client._http._transport
        if name == "bare":
            retrying._sync_transport = mock
        else:
            retrying._sync_transport._pool = mock  # under the attempt layer
    raw = httpx.Client(transport=mock)
    sides = {"httpx": lambda: raw.get("https://pod.example/saas/connection").json()}
    sides.update({name: client.list_connections for name, client in clients.items()})
    samples = interleaved(sides, calls, warmup=50)
    per_call = {name: median(s["cpu"]) * 1e6 for name, s in samples.items()}
    for name, value in per_call.items():
        log(f"  {name:9s} client cpu/call median {value:.1f} µs")
    return {
        "calls_per_side": calls,
        "cpu_us_per_call": per_call,
        "layer_us": per_call["shipped"] - per_call["bare"],
        "on_event_us": per_call["on_event"] - per_call["bare"],
        "tracing_us": per_call["tracing"] - per_call["bare"],
    }


def _jobs(sim: RemoteSimulator, count: int) -> list[dict[str, str]]:
    tasks = [t for t in sim.tasks() if t["type"] == "MTT"]
    return [{"task_id": t["id"], "task_type": "MTT"} for t, _ in zip(itertools.cycle(tasks), range(count))]


def throughput(sim: RemoteSimulator, jobs: int, rounds: int) -> dict[str, Any]:
    from iics_client import AsyncIICSClient

    _, async_bare = _bare_classes()
    batch = _jobs(sim, jobs)
    sim.set_job_duration(0.01)

    async def measure() -> dict[str, list[float]]:
        creds: dict[str, Any] = {"login_url": sim.login_url, "username": sim.username, "password": sim.password}
        clients = {"bare": async_bare(**creds), "shipped": AsyncIICSClient(**creds)}
        for client in clients.values():
            await client.login()
        rates: dict[str, list[float]] = {name: [] for name in clients}
        for i in range(rounds * 2 + 1):
            order = list(clients) if i % 2 == 0 else list(reversed(clients))
            for name in order:
                began = time.perf_counter()
                results = await clients[name].batch_start_jobs(batch, max_concurrency=20)
                elapsed = time.perf_counter() - began
                if any(isinstance(r, BaseException) for r in results):
                    raise RuntimeError(f"{name}: a job start failed")
                if i:  # the first round warms up
                    rates[name].append(len(batch) / elapsed)
        for client in clients.values():
            await client.logout()
            await client.aclose()
        return rates

    rates = asyncio.run(measure())
    med = {name: median(r) for name, r in rates.items()}
    log(f"  jobs/s: bare {spread(rates['bare'], 1, 0)}, shipped {spread(rates['shipped'], 1, 0)}")
    return {
        "jobs": jobs,
        "batches_per_side": rounds * 2,
        "jobs_per_s": med,
        "shipped_vs_bare": med["shipped"] / med["bare"] - 1,
    }


def rate_limited(per_minute: float, jobs: int, mode: str) -> dict[str, Any]:
    """One batch of ``jobs`` starts against a fresh simulator limited to ``per_minute`` job starts."""
    from iics_client import AsyncIICSClient

    modes: dict[str, dict[str, Any]] = {
        "unpaced": {},
        "adaptive": {"adaptive_concurrency": True},
        "rate_limit": {"rate_limit": per_minute / 60},
    }
    settings = modes[mode]
    with RemoteSimulator(job_duration=0.01) as sim:
        sim.add_fault(kind="rate_limit", status=429, per_minute=per_minute, retry_after=1, operation="start_job")
        batch = _jobs(sim, jobs)

        async def run() -> tuple[list[Any], float, dict[str, Any]]:
            async with AsyncIICSClient(sim.login_url, sim.username, sim.password, **settings) as client:
                began = time.perf_counter()
                results = await client.batch_start_jobs(batch, max_concurrency=20)
                elapsed = time.perf_counter() - began
                return results, elapsed, client.metrics["start_job"].to_dict()

        results, elapsed, metrics = asyncio.run(run())
        stats = sim.stats()
    errors = [r for r in results if isinstance(r, BaseException)]
    refused = int(stats["responses_by_status"].get("429", 0))
    achieved = stats["job_starts"] / elapsed * 60  # runs started per minute (failed starts do not count)
    outcome = {
        "mode": mode,
        "limit_per_minute": per_minute,
        "jobs": jobs,
        "seconds": elapsed,
        "achieved_per_minute": achieved,
        "of_limit": achieved / per_minute,
        "started": stats["job_starts"],
        "server_429s": refused,
        "caller_errors": len(errors),
        "caller_429s": sum(type(e).__name__ == "IICSRateLimitError" for e in errors),
        "client_retries": metrics["retries"],
        "rate_limit_wait_s": metrics["rate_limit_wait"],
    }
    log(
        f"  {mode:10s} {stats['job_starts']} of {jobs} started in {elapsed:.1f} s = {achieved:.0f}/min "
        f"({achieved / per_minute:.1%} of "
        f"{per_minute:.0f}); 429s sent by the simulator {refused}, errors reaching the caller {len(errors)}"
    )
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.observability", description=__doc__)
    parser.add_argument("--calls", type=int, default=400, help="timed calls per side of measure 1 (400)")
    parser.add_argument("--jobs", type=int, default=1000, help="jobs per batch, measures 2 and 3 (1000)")
    parser.add_argument("--rounds", type=int, default=3, help="batches per side of measure 2 (x2; 3)")
    parser.add_argument("--per-minute", type=float, default=3000, help="simulated limit of measure 3 (3000)")
    parser.add_argument("--only", default="1,2,3", help="which measures (1,1b,2,3)")
    parser.add_argument("--modes", default="unpaced,adaptive,rate_limit", help="the modes of measure 3")
    parser.add_argument("--json", metavar="FILE", help="write every figure as JSON")
    args = parser.parse_args()
    only = set(args.only.split(","))
    out: dict[str, Any] = {}
    if "1" in only:
        log("1. per-call overhead (sync list_connections, 100 connections)")
        with RemoteSimulator() as sim:
            out["per_call"] = per_call(sim, args.calls, 100)
        pc = out["per_call"]
        print(
            "per call: ratio to httpx — bare {bare:.3f}×, shipped {shipped:.3f}×, on_event {on_event:.3f}×, "
            "tracing {tracing:.3f}×".format(**pc["ratio_to_httpx"])
        )
        print(
            f"shipped vs bare: {pc['shipped_vs_bare']:+.2%} (goal ≤ +2 %); with on_event {pc['on_event_vs_bare']:+.2%};"
            f" with tracing {pc['tracing_vs_bare']:+.2%}; client CPU per call, shipped vs bare "
            f"{pc['cpu_shipped_vs_bare']:+.2%}"
        )
    if "1b" in only or "1" in only:
        log("1b. the same calls without a network (httpx.MockTransport): the layer's own CPU per call")
        out["in_process"] = in_process(max(args.calls, 2000))
        ip = out["in_process"]
        print(
            f"without a network: the observability layer costs {ip['layer_us']:+.1f} µs of client CPU per call "
            f"(bare {ip['cpu_us_per_call']['bare']:.1f} µs); with on_event {ip['on_event_us']:+.1f} µs; with tracing "
            f"{ip['tracing_us']:+.1f} µs"
        )
    if "2" in only:
        log(f"2. async throughput (batch_start_jobs, {args.jobs} jobs, 20 connections)")
        with RemoteSimulator() as sim:
            out["throughput"] = throughput(sim, args.jobs, args.rounds)
        print(f"throughput, shipped vs bare: {out['throughput']['shipped_vs_bare']:+.2%}")
    if "3" in only:
        log(f"3. {args.jobs} job starts under a simulated limit of {args.per_minute:.0f}/min")
        out["rate_limit"] = [rate_limited(args.per_minute, args.jobs, mode) for mode in args.modes.split(",")]
        for row in out["rate_limit"]:
            print(
                f"{row['mode']:10s} {row['achieved_per_minute']:.0f}/min = {row['of_limit']:.1%} of the limit; "
                f"429s at the server {row['server_429s']}; errors at the caller {row['caller_errors']}"
            )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(out, handle, indent=2)


if __name__ == "__main__":
    main()
