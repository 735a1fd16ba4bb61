"""The baselines' side: plain httpx against the simulator, logged in by hand, URLs as the reference layout has them
(the simulator's default): v2 under ``serverUrl + /saas``, v3 under ``serverUrl + /api/v2``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from .simproc import RemoteSimulator

LOGIN_PATH = "/ma/api/v2/user/login"


@dataclass(frozen=True)
class RawSession:
    session_id: str
    v2: str  # base URL of v2 resources
    v3: str

    @property
    def v2_headers(self) -> dict[str, str]:
        return {"icSessionId": self.session_id}


def credentials(sim: RemoteSimulator) -> dict[str, str]:
    return {"@type": "login", "username": sim.username, "password": sim.password}


def _session(user: Any) -> RawSession:
    origin = str(user["serverUrl"]).rstrip("/")
    return RawSession(str(user["icSessionId"]), origin + "/saas", origin + "/api/v2")


def login(http: httpx.Client, sim: RemoteSimulator) -> RawSession:
    response = http.post(sim.login_url + LOGIN_PATH, json=credentials(sim))
    response.raise_for_status()
    return _session(response.json())


async def alogin(http: httpx.AsyncClient, sim: RemoteSimulator) -> RawSession:
    response = await http.post(sim.login_url + LOGIN_PATH, json=credentials(sim))
    response.raise_for_status()
    return _session(response.json())


def connections_in_org(sim: RemoteSimulator, count: int) -> None:
    """Seed the simulator's org up to exactly `count` connections (it starts with a few realistic ones)."""
    with httpx.Client() as http:
        session = login(http, sim)
        have = len(http.get(session.v2 + "/connection", headers=session.v2_headers).json())
    if have > count:
        raise RuntimeError(f"the org already has {have} connections (> {count}): use a fresh simulator")
    sim.seed_connections(count - have)
