"""Item 6 of issue 12, through the client: its requests in flight never exceed ``max_connections`` (the others
wait their turn, bounded by ``timeout``, never retried), a pool whose slots leaked (encode/httpcore#1093) is
replaced, and a burst far beyond the pool degrades to queueing or clear pool timeouts, after which calls succeed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import respx

from iics_client import AsyncIICSClient, IICSTimeoutError
from iics_client.testing import Fault, Simulator
from tests.reliability.scenarios import burst_then_calls, client_for
from tests.unit.conftest import POD, mock_login


def test_the_clients_requests_in_flight_never_exceed_max_connections(mock: respx.MockRouter) -> None:
    """respx answers in place of the connection pool, so what bounds the calls here is the client itself."""
    inside, most = 0, 0

    async def pod(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.005)
        inside -= 1
        return httpx.Response(200, json=[])

    mock_login(mock)
    mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(200))
    mock.get(POD + "/saas/schedule").mock(side_effect=pod)

    async def scenario() -> None:
        async with AsyncIICSClient("us", "u", "p", max_connections=5) as client:
            await asyncio.gather(*(client.list_schedules() for _ in range(100)))

    asyncio.run(scenario())
    assert most == 5


def test_no_free_connection_within_the_timeout_is_a_timeout_and_is_not_retried(mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(200))

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.5)
        return httpx.Response(200, json=[])

    mock.get(POD + "/saas/schedule").mock(side_effect=slow)
    waiting = mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=[]))

    async def scenario() -> BaseException | None:
        async with AsyncIICSClient("us", "u", "p", max_connections=1, timeout=0.1, max_retries=3) as client:
            holder = asyncio.ensure_future(client.list_schedules())
            await asyncio.sleep(0.05)
            try:
                await client.list_connections()
            except IICSTimeoutError as exc:
                return exc
            finally:
                await holder
        return None

    error = asyncio.run(scenario())
    assert isinstance(error, IICSTimeoutError)
    assert "max_connections" in str(error)
    assert waiting.call_count == 0  # never sent, and not retried into the queue again


# ---- a pool the transport broke (encode/httpcore#1093) ----


def _httpcore_pool(client: Any) -> Any:
    """The httpcore connection pool under the client's transports (found by walking them)."""
    seen, todo = set(), [client._http._transport]
    while todo:
        layer = todo.pop()
        if hasattr(layer, "_connections") and hasattr(layer, "create_connection"):
            return layer
        seen.add(id(layer))
        for name in ("transport", "_pool", "_sync_transport", "_async_transport", "_transport"):
            inner = getattr(layer, name, None)
            if inner is not None and id(inner) not in seen:
                todo.append(inner)
    raise AssertionError("no httpcore pool under the client")


def _leak_every_slot(client: Any) -> None:
    """What httpcore 1.0.x leaves after requests that timed out or were cancelled right after being given a new
    connection: connections that are never connected, never idle, and count against max_connections."""
    pool = _httpcore_pool(client)
    origin = httpx.URL(client._auth.session.origin)
    core_origin = pool._connections and pool._connections[0]._origin
    for _ in range(pool._max_connections - len(pool._connections)):
        pool._connections.append(pool.create_connection(core_origin or origin))
    for connection in pool._connections:  # and make the live ones zombies too
        connection._connection = None


def three_calls(client: Any) -> list[str]:
    """Three calls in a row on a sync client: "ok" or "timeout" each."""
    outcomes = []
    for _ in range(3):
        try:
            client.list_schedules()
            outcomes.append("ok")
        except IICSTimeoutError:
            outcomes.append("timeout")
    return outcomes


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_pool_whose_every_slot_leaked_is_replaced(sim: Simulator, kind: str) -> None:
    """Every slot of the pool is a never-connected zombie: the next call fails with a pool timeout, the client sees
    the leak and replaces the pool, and the calls after it succeed. (Before: every later call failed, for good.)"""
    client = client_for(sim, kind, max_connections=2, timeout=0.3, max_retries=0)
    if kind == "async":

        async def scenario() -> list[str]:
            await client.login()
            outcomes = []
            _leak_every_slot(client)
            for _ in range(3):
                try:
                    await client.list_schedules()
                    outcomes.append("ok")
                except IICSTimeoutError:
                    outcomes.append("timeout")
            await client.aclose()
            return outcomes

        outcomes = asyncio.run(scenario())
    else:
        client.login()
        _leak_every_slot(client)
        outcomes = three_calls(client)
        client.close()
    assert outcomes == ["timeout", "ok", "ok"]  # before: timeouts for good
    assert client._pool.replaced == 1


# ---- the burst ----


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_burst_beyond_the_pool_queues_and_leaves_the_pool_usable(sim: Simulator, kind: str) -> None:
    """200 concurrent calls (reads and job starts) on 5 connections with the default timeout: they queue, all
    succeed, and the pool serves the next 100."""
    figures = burst_then_calls(sim, kind, calls=200, pool=5, timeout=30)
    print("\n" + figures.row())
    assert figures.burst == {"ok": 200}
    assert figures.after == {"ok": 100}


@pytest.mark.slow
@pytest.mark.parametrize("timeout", [30.0, 1.0])
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_2000_call_burst_on_20_connections(sim: Simulator, kind: str, timeout: float) -> None:
    """The review's burst. With the default timeout the calls queue and succeed; with a 1 s timeout many cannot
    get a connection in time and fail with a clear pool timeout (IICSTimeoutError). Either way nothing else goes
    wrong and the next 100 calls succeed."""
    sim.add_fault(Fault.slow(0.002, operation="list_schedules"))
    figures = burst_then_calls(sim, kind, calls=2000, pool=20, timeout=timeout)
    print("\n" + figures.row())
    assert set(figures.burst) <= {"ok", "IICSTimeoutError"}
    assert sum(figures.burst.values()) == 2000
    assert figures.after == {"ok": 100}
