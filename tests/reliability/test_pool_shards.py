"""Issue 15 (P2): the client's connections are spread over small httpcore pools of at most ``SHARD`` connections,
each keeping its connections alive, and the client keeps ``max_keepalive_connections`` over the idle ones itself.
httpcore's own pool passes over all its connections on every request (its cost grows with their square) and closes
idle connections as soon as it holds more connections than the keep-alive limit, busy ones included
(encode/httpcore#1035, #1000).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpcore
import httpx
import pytest

from iics_client import AsyncIICSClient, IICSClient
from iics_client._pool import SHARD, shard_limits
from iics_client.testing import Fault, Simulator
from tests.reliability.scenarios import client_for


def _shape(limits: list[httpx.Limits]) -> list[tuple[int | None, int | None]]:
    return [(one.max_connections, one.max_keepalive_connections) for one in limits]


def test_connections_are_split_into_pools_of_at_most_shard() -> None:
    assert SHARD == 4
    assert _shape(shard_limits(20, 10)) == [(4, 4)] * 5
    assert _shape(shard_limits(22, 2)) == [(4, 2)] * 4 + [(3, 2)] * 2
    assert _shape(shard_limits(3, 10)) == [(3, 3)]
    assert _shape(shard_limits(1, 0)) == [(1, 0)]
    assert _shape(shard_limits(20, 10, shard=20)) == [(20, 10)]
    for size in range(1, 60):
        assert sum(one.max_connections or 0 for one in shard_limits(size, 10)) == size


def test_the_default_client_has_five_pools_of_four_and_http2_one_pool() -> None:
    client = IICSClient("us", "u", "p")
    assert [core._max_connections for core in _cores(client)] == [4] * 5
    assert client._pool.keepalive == 10
    client.close()
    client = IICSClient("us", "u", "p", http2=True)  # one HTTP/2 connection carries all the requests
    assert [(core._max_connections, core._max_keepalive_connections) for core in _cores(client)] == [(20, 10)]
    client.close()


def _cores(client: Any) -> list[Any]:
    return [transport._pool for transport in client._pool.transports]


def _open(client: Any) -> int:
    return sum(1 for core in _cores(client) for connection in core.connections if not connection.is_closed())


@pytest.fixture
def created(monkeypatch: pytest.MonkeyPatch, sim: Simulator) -> list[str]:
    """Every connection any httpcore pool opens to the pod (the login host is another origin)."""
    opened: list[str] = []
    login = str(httpx.URL(sim.login_url).copy_with(path="/"))
    for cls in (httpcore.ConnectionPool, httpcore.AsyncConnectionPool):
        original = cls.create_connection

        def create(self: Any, origin: Any, _original: Any = original) -> Any:
            if str(origin) + "/" != login:
                opened.append(str(origin))
            return _original(self, origin)

        monkeypatch.setattr(cls, "create_connection", create)
    return opened


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_lone_caller_reuses_one_connection(sim: Simulator, kind: str, created: list[str]) -> None:
    client = client_for(sim, kind)
    if kind == "async":

        async def scenario() -> None:
            await client.login()
            for _ in range(10):
                await client.list_connections()
            await client.aclose()

        asyncio.run(scenario())
    else:
        client.login()
        for _ in range(10):
            client.list_connections()
        client.close()
    assert len(created) == 1  # the ten calls, on the first pool's one connection


def test_a_busy_client_reuses_its_connections_and_keeps_ten(sim: Simulator, created: list[str]) -> None:
    """400 calls, 20 at a time: the client keeps using its connections (raw httpx with the same limits opens 21-25
    here; the client closes the idle ones beyond 10 when a wave of calls ends, and opens 20-32)."""
    sim.add_fault(Fault.slow(0.005, operation="list_schedules"))

    async def scenario() -> int:
        async with AsyncIICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
            gate = asyncio.Semaphore(20)

            async def call() -> None:
                async with gate:
                    await client.list_schedules()

            await asyncio.gather(*(call() for _ in range(400)))
            return _open(client)

    still_open = asyncio.run(scenario())
    assert sim.stats.requests_by_operation["list_schedules"] == 400
    assert 10 <= len(created) <= 40
    assert still_open <= 10  # the default max_keepalive_connections


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_idle_connections_beyond_max_keepalive_are_closed(sim: Simulator, kind: str, created: list[str]) -> None:
    """12 calls at once open 12 connections in 3 pools; once they are done only 3 stay open, and the next calls
    use them."""
    sim.add_fault(Fault.slow(0.3, operation="list_schedules"))
    client = client_for(sim, kind, max_connections=12, max_keepalive_connections=3)
    if kind == "async":

        async def scenario() -> tuple[int, int, int]:
            await client.login()
            await asyncio.gather(*(client.list_schedules() for _ in range(12)))
            after_burst, opened = _open(client), len(created)
            await asyncio.gather(*(client.list_connections() for _ in range(3)))
            after_more = _open(client)
            await client.aclose()
            return after_burst, opened, after_more

        after_burst, opened, after_more = asyncio.run(scenario())
    else:
        client.login()
        with ThreadPoolExecutor(12) as threads:
            list(threads.map(lambda _: client.list_schedules(), range(12)))
        after_burst, opened = _open(client), len(created)
        client.list_connections()
        after_more = _open(client)
        client.close()
    assert opened == 12
    assert after_burst == 3
    assert after_more <= 3
    assert len(created) == 12  # the three calls after the burst found a kept connection


def test_a_leaking_pool_is_replaced_alone(sim: Simulator) -> None:
    """Every slot of the first pool leaked (encode/httpcore#1093): the next call times out, that pool alone is
    replaced, the other pool keeps its transport, and the calls after it succeed."""
    from tests.reliability.test_pool_recovery import _leak_every_slot, three_calls

    client = client_for(sim, "sync", max_connections=8, timeout=0.3, max_retries=0)
    client.login()
    before = client._pool.transports
    _leak_every_slot(client)  # the first pool's
    outcomes = three_calls(client)
    after = client._pool.transports
    client.close()
    assert outcomes == ["timeout", "ok", "ok"]
    assert client._pool.replaced == 1
    assert after[0] is not before[0]
    assert after[1] is before[1]
