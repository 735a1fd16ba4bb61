"""Measure 1: per-call overhead of the sync client against raw httpx (and requests), same server, same session.

A: ``IICSClient.list_connections()`` -> 100 ``Connection`` models.
B: ``httpx.Client.get(url, headers={"icSessionId": sid}).json()`` -> 100 dicts (a client with default settings).
C: ``requests.Session().get(...).json()`` (when requests is installed).
Single calls are timed alternately (A B C, B C A, ...); the goal is on the ratio of the median latencies. The parse
alone (``Connection.from_dict`` x100 after ``json.loads`` vs ``json.loads``) is timed too, to attribute the gap.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

from .harness import Config, Row, interleaved, log, median, spread
from .simproc import RemoteSimulator

GOAL = 1.2


def _org_with(sim: RemoteSimulator, client: Any, count: int) -> None:
    have = len(client.list_connections())
    if have > count:
        raise RuntimeError(f"the simulator's seed already has {have} connections (> {count})")
    sim.seed_connections(count - have)


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    from iics_client import IICSClient
    from iics_client.v2.models import Connection

    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    session = client.login()
    _org_with(sim, client, config.connections)
    url = str(session.origin) + session.layout.route("v2", "list_connections").prefix + "/connection"
    headers = {"icSessionId": session.session_id}
    raw = httpx.Client()
    sides: dict[str, Any] = {
        "iics-client": client.list_connections,
        "httpx": lambda: raw.get(url, headers=headers).json(),
        # 1e, what a caller does next: read two fields of every connection
        "iics-client+read": lambda: [(c.name, c.type_) for c in client.list_connections()],
        "httpx+read": lambda: [(c["name"], c["type"]) for c in raw.get(url, headers=headers).json()],
    }
    try:
        import requests
    except ImportError:
        requests = None
        log("  requests is not installed: no requests baseline")
    if requests is not None:
        req = requests.Session()
        sides["requests"] = lambda: req.get(url, headers=headers).json()

    def check(name: str, result: Any) -> None:
        if len(result) != config.connections:
            raise RuntimeError(f"{name} got {len(result)} connections, not {config.connections}")

    before = sim.stats()
    server_cpu0 = sim.cpu_seconds()
    samples = interleaved(sides, config.calls, warmup=config.warmup, check=check)
    server_cpu = sim.cpu_seconds() - server_cpu0
    after = sim.stats()
    logins = after["logins"] - before["logins"]

    # attribution: the parse alone, on the same body
    body = raw.get(url, headers=headers).content
    parse = interleaved(
        {
            "from_dict": lambda: [Connection.from_dict(item) for item in json.loads(body)],
            "json": lambda: json.loads(body),
        },
        config.parse_reps,
        warmup=3,
    )
    raw.close()
    client.logout()
    client.close()
    if requests is not None:
        req.close()

    med = {name: median(s["wall"]) for name, s in samples.items()}
    cpu = {name: sum(s["cpu"]) / len(s["cpu"]) for name, s in samples.items()}
    model_cost = median(parse["from_dict"]["wall"]) - median(parse["json"]["wall"])
    gap = med["iics-client"] - med["httpx"]
    for name, s in samples.items():
        log(f"  {name:12s} wall ms median [p25–p75] {spread(s['wall'], 1e3, 3)}; cpu/call {cpu[name] * 1e3:.3f} ms")
    log(f"  server cpu/call (all sides) {server_cpu / max(1, len(sides) * config.calls) * 1e3:.3f} ms")
    n = f"{config.calls}/side"
    rows = [
        Row(
            "1",
            f"`list_connections()` ({config.connections} conns), median latency",
            med["iics-client"] * 1e3,
            med["httpx"] * 1e3,
            "ms",
            "httpx `get().json()`",
            med["iics-client"] / med["httpx"],
            f"≤ {GOAL}×",
            med["iics-client"] / med["httpx"] <= GOAL,
            n,
            note=(
                f"gap {gap * 1e6:.0f} µs/call, of which model construction ({config.connections}× "
                f"`Connection.from_dict`) {model_cost * 1e6:.0f} µs; client CPU/call {cpu['iics-client'] * 1e3:.2f}"
                f" ms vs {cpu['httpx'] * 1e3:.2f} ms; logins during the run: {logins}"
            ),
            extra={"samples_ms": {k: [x * 1e3 for x in v["wall"]] for k, v in samples.items()}, "logins": logins},
        ),
    ]
    if "requests" in med:
        rows.append(
            Row(
                "1b",
                "same, against requests",
                med["iics-client"] * 1e3,
                med["requests"] * 1e3,
                "ms",
                "requests `get().json()`",
                med["iics-client"] / med["requests"],
                n=n,
            )
        )
    rows.append(
        Row(
            "1c",
            "client CPU per call (same calls as 1)",
            cpu["iics-client"] * 1e3,
            cpu["httpx"] * 1e3,
            "ms",
            "httpx",
            cpu["iics-client"] / cpu["httpx"],
            n=n,
        )
    )
    parse_a, parse_b = median(parse["from_dict"]["wall"]), median(parse["json"]["wall"])
    rows.append(
        Row(
            "1d",
            f"parse only: `json.loads` + {config.connections}× `Connection.from_dict`",
            parse_a * 1e3,
            parse_b * 1e3,
            "ms",
            "`json.loads`",
            parse_a / parse_b,
            n=f"{config.parse_reps}/side",
        )
    )
    read_a, read_b = med["iics-client+read"], med["httpx+read"]
    rows.append(
        Row(
            "1e",
            "`list_connections()`, then read `name`, `type_` of each",
            read_a * 1e3,
            read_b * 1e3,
            "ms",
            "httpx `get().json()`, then `d[...]`",
            read_a / read_b,
            n=n,
            note=(
                f"reading two fields of the {config.connections} results adds "
                f"{(read_a - med['iics-client']) * 1e6:.0f} µs to the client's call (models), "
                f"{(read_b - med['httpx']) * 1e6:.0f} µs to httpx's (dicts)"
            ),
        )
    )
    return rows


def profile_client(sim: RemoteSimulator, config: Config) -> str:
    """Where A's extra time goes: a layer-by-layer breakdown (interleaved medians), then a profile of A alone
    (pyinstrument if installed, else cProfile)."""
    from iics_client import IICSClient

    client = IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)
    session = client.login()
    _org_with(sim, client, config.connections)
    calls = max(200, config.calls)
    parts = [layers(client, session, max(300, config.calls))]
    for _ in range(20):
        client.list_connections()
    parts.append(profile(lambda: [client.list_connections() for _ in range(calls)], f"{calls} × list_connections()"))
    client.logout()
    client.close()
    return "\n\n".join(parts)


def layers(client: Any, session: Any, rounds: int) -> str:
    """Add the client's layers to a raw httpx call one at a time (uses the client's internals: a profiling aid)."""
    from iics_client.v2.api.connections import list_connections as ep
    from iics_client.v2.models import Connection

    url = str(session.origin) + session.layout.route("v2", "list_connections").prefix + "/connection"
    headers = {"icSessionId": session.session_id}
    raw = httpx.Client()
    try:
        http = client._http  # the client's httpx.Client: auth flow (routing, session), hooks, retry transport
        steps: dict[str, Any] = {
            "httpx get().json()": lambda: raw.get(url, headers=headers).json(),
            "+ 100 × Connection.from_dict": lambda: [
                Connection.from_dict(x) for x in raw.get(url, headers=headers).json()
            ],
            "client's httpx.Client (auth flow + routing + hooks + retry transport), .json()": lambda: http.request(
                **ep.request_kwargs()
            ).json(),
            "+ parse_success (models)": lambda: ep.parse_success(http.request(**ep.request_kwargs())),
            "client.list_connections() (+ plan driver, status check)": client.list_connections,
        }
    except AttributeError as exc:  # the internals moved: no breakdown, the profile still follows
        raw.close()
        return f"# layer breakdown unavailable ({exc})"
    samples = interleaved(steps, rounds, warmup=20)
    raw.close()
    base = median(samples["httpx get().json()"]["wall"])
    lines = [f"# Layer breakdown of list_connections() ({rounds} interleaved calls per line, medians)", ""]
    lines += [f"{'median µs':>10} {'+ vs httpx':>11} {'ratio':>6}  layers"]
    for name, sample in samples.items():
        m = median(sample["wall"])
        lines.append(f"{m * 1e6:10.0f} {(m - base) * 1e6:+11.0f} {m / base:6.2f}  {name}")
    return "\n".join(lines)


def profile(work: Any, title: str) -> str:
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
