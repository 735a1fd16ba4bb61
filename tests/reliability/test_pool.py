"""Item 6 of issue 12: the client's own concurrency is bounded by its pool, a pool the transport broke is replaced,
and a burst far beyond the pool degrades to queueing or clear pool-timeout errors, after which calls succeed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from iics_client import AsyncIICSClient, IICSClient, IICSTimeoutError
from iics_client._pool import AsyncBoundedTransport, AsyncSlots, BoundedTransport, Slots
from iics_client._retry import RetryPolicy
from iics_client.testing import Fault, Simulator
from tests.reliability.scenarios import burst_then_calls, client_for

# ---- the slots ----


def test_slots_are_handed_out_first_come_first_served() -> None:
    slots = Slots(1)
    assert slots.acquire(None)
    order: list[int] = []
    threads = []
    for index in range(5):

        def wait(index: int = index) -> None:
            assert slots.acquire(10)
            order.append(index)
            slots.release()

        thread = threading.Thread(target=wait)
        thread.start()
        threads.append(thread)
        while len(slots._queue) < index + 1:  # queued in this order
            time.sleep(0.001)
    slots.release()
    for thread in threads:
        thread.join()
    assert order == [0, 1, 2, 3, 4]


def test_a_slot_wait_times_out_and_leaves_the_queue() -> None:
    slots = Slots(1)
    assert slots.acquire(None)
    assert not slots.acquire(0.01)
    assert len(slots._queue) == 0
    slots.release()
    assert slots.acquire(0)  # the slot is free again, nothing was lost


def test_async_slots_survive_timeouts_and_cancellation() -> None:
    async def scenario() -> None:
        slots = AsyncSlots(2)
        assert await slots.acquire(None)
        assert await slots.acquire(None)
        assert not await slots.acquire(0.01)  # timed out
        waiter = asyncio.ensure_future(slots.acquire(None))
        await asyncio.sleep(0)
        waiter.cancel()  # cancelled while waiting
        second = asyncio.ensure_future(slots.acquire(None))
        await asyncio.sleep(0)
        slots.release()  # handed to `second`, not to the cancelled or the timed-out waiter
        assert await second
        granted_then_cancelled = asyncio.ensure_future(slots.acquire(None))
        await asyncio.sleep(0)
        slots.release()  # granted...
        granted_then_cancelled.cancel()  # ...and cancelled before it ran: the slot must be passed on
        with pytest.raises(asyncio.CancelledError):
            await granted_then_cancelled
        slots.release()
        assert await slots.acquire(0)
        assert await slots.acquire(0)  # both slots are back
        assert not await slots.acquire(0)

    asyncio.run(scenario())


# ---- the bound, around a transport ----


def test_never_more_requests_in_the_pool_than_its_size_async() -> None:
    inside, most = 0, 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.002)
        inside -= 1
        return httpx.Response(200, json=[])

    async def scenario() -> None:
        transport = AsyncBoundedTransport(lambda: httpx.MockTransport(handler), 5)
        async with httpx.AsyncClient(transport=transport, timeout=10) as client:
            await asyncio.gather(*(client.get("http://127.0.0.1/x") for _ in range(200)))

    asyncio.run(scenario())
    assert most == 5


def test_never_more_requests_in_the_pool_than_its_size_threads() -> None:
    inside, most = 0, 0
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.002)
        with lock:
            inside -= 1
        return httpx.Response(200, json=[])

    transport = BoundedTransport(lambda: httpx.MockTransport(handler), 5)
    with httpx.Client(transport=transport, timeout=10) as client:
        threads = [threading.Thread(target=client.get, args=("http://127.0.0.1/x",)) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert most == 5


def _answer_once(release: threading.Event) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        release.wait(10)
        return httpx.Response(200)

    return answer


def test_waiting_past_the_pool_timeout_is_a_pool_timeout_and_is_never_retried() -> None:
    release = threading.Event()
    transport = BoundedTransport(lambda: httpx.MockTransport(_answer_once(release)), 1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(10, pool=0.05)) as client:
        holder = threading.Thread(target=client.get, args=("http://127.0.0.1/slow",))
        holder.start()
        while transport._slots._free:
            time.sleep(0.001)
        with pytest.raises(httpx.PoolTimeout, match="max_connections"):
            client.get("http://127.0.0.1/x")
        release.set()
        holder.join()
    for method in ("GET", "POST", "PUT", "DELETE"):
        assert not RetryPolicy().for_method(method).is_retryable_exception(httpx.PoolTimeout("x"))


def test_the_in_flow_login_does_not_wait_for_a_slot() -> None:
    from iics_client._pool import IN_FLOW_LOGIN

    release = threading.Event()
    transport = BoundedTransport(lambda: httpx.MockTransport(_answer_once(release)), 1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(10, pool=0.05)) as client:
        holder = threading.Thread(target=client.get, args=("http://127.0.0.1/slow",))
        holder.start()
        while transport._slots._free:
            time.sleep(0.001)
        release.set()  # answers at once from now on
        response = client.post("http://127.0.0.1/login", extensions={IN_FLOW_LOGIN: True})
        assert response.status_code == 200
        holder.join()


# ---- a pool the transport broke (encode/httpcore#1093) ----


def _leak_every_slot(client: Any) -> None:
    """What httpcore 1.0.x leaves after requests that timed out or were cancelled right after being given a new
    connection: connections that are never connected, never idle, and count against max_connections."""
    pool = client._pool.transport._pool
    origin = httpx.URL(client._auth.session.origin)
    core_origin = pool._connections and pool._connections[0]._origin
    for _ in range(client._settings.max_connections - len(pool._connections)):
        pool._connections.append(pool.create_connection(core_origin or origin))
    for connection in pool._connections:  # and make the live ones zombies too
        connection._connection = None


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
        outcomes = []
        for _ in range(3):
            try:
                client.list_schedules()
                outcomes.append("ok")
            except IICSTimeoutError:
                outcomes.append("timeout")
        client.close()
    assert outcomes == ["timeout", "ok", "ok"]
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


def test_clients_are_built_with_the_bound(sim: Simulator) -> None:
    with IICSClient(sim.login_url, sim.username, sim.password, max_connections=7) as client:
        assert client._pool.size == 7
        assert isinstance(client._pool, BoundedTransport)
    aclient = AsyncIICSClient(sim.login_url, sim.username, sim.password)
    assert isinstance(aclient._pool, AsyncBoundedTransport)
    assert aclient._pool.size == 20
    asyncio.run(aclient.aclose())
