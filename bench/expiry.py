"""Measure 3: logins when the session expires under ``in_flight`` concurrent calls.

The simulator holds every call for a moment (a delay fault on ``list_connections`` that fires once per call), the
bench waits until all of them have arrived, expires every session, and lets them go: each call meets the expired
session (a 401) while the others are still in flight. Contenders:

* A async: ``AsyncIICSClient`` and ``asyncio.gather`` of the calls (pool size = in_flight, so all are on the wire);
* A sync: ``IICSClient`` shared by one thread per call;
* B naive: raw ``httpx.AsyncClient``; a call that gets a 401 logs in by itself and retries (a client without
  single-flight renewal).

Logins are counted by the simulator (successful logins during the episode). Goal: exactly 1 for the client.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx

from .harness import Config, Row, log, median
from .simproc import RemoteSimulator

OPERATION = "list_connections"
LOGIN_PATH = "/ma/api/v2/user/login"


class _Episode:
    """One expiry under load: arm the hold, start the calls, expire when all are held, count what happened."""

    def __init__(self, sim: RemoteSimulator, in_flight: int, hold: float) -> None:
        self.sim, self.in_flight, self.hold = sim, in_flight, hold

    def arm(self) -> dict[str, Any]:
        self.sim.clear_faults()
        self.sim.add_fault(kind="delay", delay=self.hold, operation=OPERATION, times=self.in_flight)
        self.before = self.sim.stats()
        return self.before

    def expire_when_held(self) -> int:
        target = int(self.before["requests_by_operation"].get(OPERATION, 0)) + self.in_flight
        seen = self.sim.wait_requests(OPERATION, target, timeout=30)
        self.sim.expire_sessions()
        return seen - (target - self.in_flight)

    def result(self, held: int) -> dict[str, int]:
        after = self.sim.stats()
        self.sim.clear_faults()

        def delta(key: str) -> int:
            return int(after[key] - self.before[key])

        return {
            "logins": delta("logins"),
            "held": held,
            "401s": after["responses_by_status"].get("401", 0) - self.before["responses_by_status"].get("401", 0),
            "expired_sessions_hit": delta("expired_sessions_hit"),
            "requests": delta("requests"),
        }


async def _async_client(sim: RemoteSimulator, episode: _Episode) -> dict[str, int]:
    from iics_client import AsyncIICSClient

    n = episode.in_flight
    client = AsyncIICSClient(
        login_url=sim.login_url,
        username=sim.username,
        password=sim.password,
        max_connections=n,
        max_keepalive_connections=n,
    )
    await client.login()
    await client.list_connections()
    episode.arm()
    calls = asyncio.gather(*(client.list_connections() for _ in range(n)))
    held = await asyncio.to_thread(episode.expire_when_held)
    results = await calls
    outcome = episode.result(held)
    outcome["client_logins"] = client.logins - 1
    outcome["ok"] = sum(1 for r in results if isinstance(r, list))
    await client.logout()
    await client.aclose()
    return outcome


def _sync_client(sim: RemoteSimulator, episode: _Episode) -> dict[str, int]:
    from iics_client import IICSClient

    n = episode.in_flight
    client = IICSClient(
        login_url=sim.login_url,
        username=sim.username,
        password=sim.password,
        max_connections=n,
        max_keepalive_connections=n,
    )
    client.login()
    client.list_connections()
    episode.arm()
    results: list[Any] = []
    errors: list[BaseException] = []

    def call() -> None:
        try:
            results.append(client.list_connections())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(n)]
    for thread in threads:
        thread.start()
    held = episode.expire_when_held()
    for thread in threads:
        thread.join()
    outcome = episode.result(held)
    outcome["client_logins"] = client.logins - 1
    outcome["ok"] = len(results)
    client.logout()
    client.close()
    if errors:
        raise RuntimeError(f"{len(errors)} calls failed, e.g. {errors[0]!r}")
    return outcome


async def _naive(sim: RemoteSimulator, episode: _Episode) -> dict[str, int]:
    n = episode.in_flight
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=n, max_keepalive_connections=n), timeout=30)
    credentials = {"@type": "login", "username": sim.username, "password": sim.password}
    state: dict[str, str] = {}
    logins = 0

    async def login() -> None:
        nonlocal logins
        response = await http.post(sim.login_url + LOGIN_PATH, json=credentials)
        response.raise_for_status()
        user = response.json()
        state["sid"], state["url"] = user["icSessionId"], user["serverUrl"].rstrip("/") + "/saas/connection"
        logins += 1

    async def call() -> Any:
        response = await http.get(state["url"], headers={"icSessionId": state["sid"]})
        if response.status_code == 401:  # no single-flight: every caller that sees the 401 logs in itself
            await login()
            response = await http.get(state["url"], headers={"icSessionId": state["sid"]})
        response.raise_for_status()
        return response.json()

    await login()
    await call()
    episode.arm()
    calls = asyncio.gather(*(call() for _ in range(n)))
    held = await asyncio.to_thread(episode.expire_when_held)
    results = await calls
    outcome = episode.result(held)
    outcome["client_logins"] = logins - 1
    outcome["ok"] = len(results)
    await http.aclose()
    return outcome


def run(config: Config, sim: RemoteSimulator) -> list[Row]:
    n = config.in_flight
    hold = 1.0 if n <= 50 else 1.5  # long enough for every call to arrive while the first is still held
    contenders: dict[str, Callable[[_Episode], dict[str, int]]] = {
        "async": lambda e: asyncio.run(_async_client(sim, e)),
        "sync": lambda e: _sync_client(sim, e),
        "naive": lambda e: asyncio.run(_naive(sim, e)),
    }
    outcomes: dict[str, list[dict[str, int]]] = {name: [] for name in contenders}
    for _ in range(config.expiry_rounds):
        for name, contender in contenders.items():
            outcome = contender(_Episode(sim, n, hold))
            if outcome["ok"] != n:
                raise RuntimeError(f"{name}: {outcome['ok']} of {n} calls succeeded")
            outcomes[name].append(outcome)
            log(f"  {name:6s} {outcome}")
    naive = median([o["logins"] for o in outcomes["naive"]])
    rows = []
    for key, name, label in (("3", "async", "`AsyncIICSClient`, coroutines"), ("3b", "sync", "`IICSClient`, threads")):
        logins = [o["logins"] for o in outcomes[name]]
        met = all(x == 1 for x in logins)
        worst = max(logins)
        held = min(o["held"] for o in outcomes[name])
        met_401 = min(o["401s"] for o in outcomes[name])
        rows.append(
            Row(
                key,
                f"session expires under {n} calls in flight, {label}: logins",
                worst,
                naive,
                "count",
                "naive per-call re-login",
                None,
                "= 1",
                met,
                f"{config.expiry_rounds} episode" + ("s" if config.expiry_rounds > 1 else ""),
                note=(
                    f"{name}: logins per episode {logins} (simulator count; the client's own count agrees: "
                    f"{[o['client_logins'] for o in outcomes[name]]}); ≥ {held} calls held at expiry, ≥ {met_401} "
                    f"got the 401; naive baseline logins per episode {[o['logins'] for o in outcomes['naive']]}"
                ),
                extra={"outcomes": outcomes[name], "naive": outcomes["naive"]},
            )
        )
    return rows
