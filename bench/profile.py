"""``--profile DIR``: where the client's time goes in P1, layer by layer, and a profile of the client alone.

The layers add the client's parts to a raw httpx call one at a time, each followed by the same reads of two fields
per item (so the last line is P1's A and the first P1's B):

1. raw: ``httpx.Client.get().json()`` + reads;
2. models: the same response parsed by the generated endpoint's ``parse_success`` + reads;
3. routing: the client's own ``httpx.Client`` (session auth flow: URL and header per request; retry transport) +
   ``parse_success`` + reads;
4. driver: ``client.list_connections()`` (the method's plan driver, status check, error mapping) + reads.

The breakdown uses one internal attribute (the client's httpx client); when it moves, that line says so and the rest
still prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from . import raw
from .harness import Config, interleaved, median
from .simproc import RemoteSimulator


def _reads(items: Any) -> list[tuple[Any, Any]]:
    return [(c.name, c.type_) for c in items]


def layers(sim: RemoteSimulator, size: int, rounds: int) -> str:
    from iics_client import IICSClient
    from iics_client._urls import unrouted
    from iics_client.v2.api.connections import list_connections as ep

    raw.connections_in_org(sim, size)
    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    client.login()
    http = httpx.Client()
    session = raw.login(http, sim)
    url, headers = session.v2 + "/connection", session.v2_headers
    steps: dict[str, Callable[[], Any]] = {
        "raw: httpx get().json() + reads": lambda: [
            (d["name"], d["type"]) for d in http.get(url, headers=headers).json()
        ],
        "+ models: parse_success (the generated models) + reads": lambda: _reads(
            ep.parse_success(http.get(url, headers=headers))
        ),
    }
    own = getattr(client, "_http", None)
    if isinstance(own, httpx.Client):
        steps["+ routing: the client's httpx.Client (auth flow, routing, retry transport)"] = lambda: _reads(
            ep.parse_success(own.request(**unrouted(ep.request_kwargs())))  # as the client sends it
        )
    steps["+ driver: client.list_connections() (plan driver, status check)"] = lambda: _reads(client.list_connections())
    try:
        samples = interleaved(steps, rounds, warmup=10)
    finally:
        http.close()
        client.logout()
        client.close()
    base = median(samples[next(iter(steps))])
    lines = [f"# Layers of list_connections() of {size} connections ({rounds} interleaved calls per line, medians)"]
    lines += ["", f"{'median µs':>10} {'+ vs raw':>9} {'ratio':>6}  layer"]
    previous = base
    for name, values in samples.items():
        m = median(values)
        step = (m - previous) * 1e6
        lines.append(f"{m * 1e6:10.0f} {(m - base) * 1e6:+9.0f} {m / base:6.2f}  {name}  (this layer {step:+.0f} µs)")
        previous = m
    if "+ routing" not in " ".join(steps):
        lines.append("(routing layer unavailable: the client has no `_http` httpx.Client; driver includes it)")
    return "\n".join(lines)


def profile(work: Callable[[], Any], title: str) -> str:
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    started = time.perf_counter()
    if Profiler is not None:
        profiler = Profiler(interval=0.0002)
        profiler.start()
        work()
        profiler.stop()
        report = profiler.output_text(unicode=True, color=False, show_all=False)
    else:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        work()
        prof.disable()
        stream = io.StringIO()
        pstats.Stats(prof, stream=stream).sort_stats("cumulative").print_stats(40)
        report = stream.getvalue()
    return f"# {title} ({time.perf_counter() - started:.2f} s)\n\n{report}"


def calls_profile(sim: RemoteSimulator, config: Config) -> str:
    """The layer breakdown at each P1 size, then a profile of the client's calls at the largest."""
    from iics_client import IICSClient

    parts = [layers(sim, size, max(40, config.calls * 100 // size)) for size in sorted(config.call_sizes)]
    size = max(config.call_sizes)
    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    client.login()
    for _ in range(5):
        client.list_connections()
    calls = max(20, 20_000 // size)
    title = f"{calls} × list_connections() of {size} + reads"
    parts.append(profile(lambda: [_reads(client.list_connections()) for _ in range(calls)], title))
    client.logout()
    client.close()
    return "\n\n".join(parts)
