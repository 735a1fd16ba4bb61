"""``--profile DIR``: where the client's time goes in P1, layer by layer, and a profile of the client alone.

The layers add the client's parts to a raw httpx call one at a time, each followed by the same reads of two fields
per item (so the last line is P1's A and the first P1's B):

1. raw: ``httpx.Client().get().json()`` + reads;
2. the client's transport stack, bottom up, under a plain ``httpx.Client``: its ``HTTPTransport`` (one TLS context,
   no proxies from the environment), + the bound and its shards (``_pool``), + the attempt layer (``_attempts``:
   numbering, metrics), + the retry layer (httpx-retries);
3. routing: the client's own ``httpx.Client`` on that stack (session auth flow: URL and header per request; the
   request hooks: guard, retry policy, timing), raw ``.json()`` + reads;
4. models: the same, parsed by the generated endpoint's ``parse_success`` + reads;
5. driver: ``client.list_connections()`` (the method's plan driver, metrics probe, status check, error mapping) +
   reads.

Each line gives the median latency and the median CPU time of this process per call, over the same interleaved
calls (A B C, B C A, ...); CPU time is what other processes on the machine cannot inflate, so it is the column to
read on a shared machine. The breakdown uses internal attributes (the client's httpx client, its pool's shape);
when they move, the lines that need them say so and the rest still print.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from . import raw
from .harness import Config, interleaved, median
from .simproc import RemoteSimulator


def _reads(items: Any) -> list[tuple[Any, Any]]:
    return [(c.name, c.type_) for c in items]


def _stack(client: Any) -> dict[str, httpx.Client]:
    """Plain httpx clients on the client's transport stack, one layer more each (empty when its internals moved)."""
    try:
        from httpx_retries import RetryTransport

        from iics_client._attempts import AttemptTransport
        from iics_client._pool import BoundedTransport

        pool_args, shape = client._pool_args(), client._pool_shape()
        telemetry, policy = client._telemetry, client._retry_policy.default
    except (ImportError, AttributeError):
        return {}

    def bounded() -> httpx.BaseTransport:
        return BoundedTransport(lambda limits: httpx.HTTPTransport(limits=limits, **pool_args), **shape)

    return {
        "the client's HTTPTransport": httpx.Client(transport=httpx.HTTPTransport(**pool_args)),
        "+ pool bound and shards": httpx.Client(transport=bounded()),
        "+ attempt layer": httpx.Client(transport=AttemptTransport(bounded(), telemetry)),
        "+ retry layer": httpx.Client(transport=RetryTransport(AttemptTransport(bounded(), telemetry), retry=policy)),
    }


@contextmanager
def layer_steps(sim: RemoteSimulator) -> Iterator[dict[str, Callable[[], Any]]]:
    """One call of ``list_connections()`` + reads per layer, from raw httpx to the client (see the module's docs),
    logged in; everything closed at the end."""
    from iics_client import IICSClient
    from iics_client._urls import unrouted
    from iics_client.v2.api.connections import list_connections as ep

    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    http = httpx.Client()
    stack = _stack(client)
    try:
        client.login()
        session = raw.login(http, sim)
        url, headers = session.v2 + "/connection", session.v2_headers
        steps: dict[str, Callable[[], Any]] = {
            "raw: httpx get().json() + reads": lambda: [
                (d["name"], d["type"]) for d in http.get(url, headers=headers).json()
            ],
        }

        def plain(layer: httpx.Client) -> Callable[[], Any]:
            return lambda: [(d["name"], d["type"]) for d in layer.get(url, headers=headers).json()]

        for name, layer in stack.items():
            steps[name] = plain(layer)
        own = getattr(client, "_http", None)
        if isinstance(own, httpx.Client):
            steps["+ routing: the client's httpx.Client (auth flow, hooks)"] = lambda: [
                (d["name"], d["type"]) for d in own.request(**unrouted(ep.request_kwargs())).json()
            ]
            steps["+ models: parse_success (the generated models)"] = lambda: _reads(
                ep.parse_success(own.request(**unrouted(ep.request_kwargs())))  # as the client sends it
            )
        steps["+ driver: client.list_connections() (plan driver, status check)"] = lambda: _reads(
            client.list_connections()
        )
        yield steps
        client.logout()
    finally:
        http.close()
        for layer in stack.values():
            layer.close()
        client.close()


def layers(sim: RemoteSimulator, size: int, rounds: int) -> str:
    raw.connections_in_org(sim, size)
    cpu: dict[str, list[float]] = {}
    with layer_steps(sim) as steps:
        samples = interleaved(steps, rounds, warmup=10, cpu=cpu)
    base, base_cpu = median(samples[next(iter(steps))]), median(cpu[next(iter(steps))])
    lines = [f"# Layers of list_connections() of {size} connections ({rounds} interleaved calls per line, medians)"]
    lines += ["", f"{'latency µs':>10} {'+ vs raw':>9} {'CPU µs':>8} {'+ vs raw':>9} {'this layer':>10}  layer"]
    previous = base_cpu
    for name, values in samples.items():
        m, c = median(values), median(cpu[name])
        lines.append(
            f"{m * 1e6:10.0f} {(m - base) * 1e6:+9.0f} {c * 1e6:8.0f} {(c - base_cpu) * 1e6:+9.0f} "
            f"{(c - previous) * 1e6:+10.0f}  {name}"
        )
        previous = c
    if "the client's HTTPTransport" not in steps:
        lines.append("(transport layers unavailable: the client's internals moved; routing includes them)")
    if "+ routing" not in " ".join(steps):
        lines.append("(routing and models unavailable: the client has no `_http` httpx.Client; driver includes them)")
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
