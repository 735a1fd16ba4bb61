"""Item 6 of issue 12, the parts: the slots that bound the client's requests in flight (first come first served,
timeouts, cancellation), the transport around httpx's pool, and pool timeouts never retried. The behaviour through
the client is in test_pool_recovery.py.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from iics_client import AsyncIICSClient, IICSClient
from iics_client._pool import AsyncBoundedTransport, AsyncSlots, BoundedTransport, Slots
from iics_client._retry import RetryPolicy
from iics_client.testing import Simulator

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
        transport = AsyncBoundedTransport(lambda limits: httpx.MockTransport(handler), 5)
        async with httpx.AsyncClient(transport=transport, timeout=10) as client:
            await asyncio.gather(*(client.get("http://127.0.0.1/x") for _ in range(200)))

    asyncio.run(scenario())
    assert most == 5


def test_never_more_requests_in_the_pool_than_its_size_threads() -> None:
    inside, most, arrived = 0, 0, 0
    lock = threading.Lock()
    first_five = threading.Barrier(5)  # the first five stay inside together, however slowly threads start

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most, arrived
        with lock:
            inside += 1
            most = max(most, inside)
            arrived += 1
            early = arrived <= 5
        if early:
            first_five.wait(timeout=10)
        time.sleep(0.002)
        with lock:
            inside -= 1
        return httpx.Response(200, json=[])

    transport = BoundedTransport(lambda limits: httpx.MockTransport(handler), 5)
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
    transport = BoundedTransport(lambda limits: httpx.MockTransport(_answer_once(release)), 1)
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
    transport = BoundedTransport(lambda limits: httpx.MockTransport(_answer_once(release)), 1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(10, pool=0.05)) as client:
        holder = threading.Thread(target=client.get, args=("http://127.0.0.1/slow",))
        holder.start()
        while transport._slots._free:
            time.sleep(0.001)
        release.set()  # answers at once from now on
        response = client.post("http://127.0.0.1/login", extensions={IN_FLOW_LOGIN: True})
        assert response.status_code == 200
        holder.join()


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose connection breaks after its first chunk."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"[1,"
        raise httpx.ReadError("connection lost")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"[1,"
        raise httpx.ReadError("connection lost")


class _Broken(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_BrokenBody(), request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_BrokenBody(), request=request)


def test_a_streamed_body_that_breaks_gives_its_slot_back_unclosed() -> None:
    transport = BoundedTransport(lambda limits: _Broken(), 1)
    with httpx.Client(transport=transport, timeout=httpx.Timeout(10, pool=0.05)) as client:
        for _ in range(3):  # the response is never closed: the body's own failure frees the one slot
            response = client.send(client.build_request("GET", "http://127.0.0.1/x"), stream=True)
            with pytest.raises(httpx.ReadError):
                for _ in response.iter_raw():
                    pass
            assert transport._slots._free == 1


def test_a_streamed_body_that_breaks_gives_its_slot_back_unclosed_async() -> None:
    async def main() -> None:
        transport = AsyncBoundedTransport(lambda limits: _Broken(), 1)
        async with httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(10, pool=0.05)) as client:
            for _ in range(3):
                response = await client.send(client.build_request("GET", "http://127.0.0.1/x"), stream=True)
                with pytest.raises(httpx.ReadError):
                    async for _ in response.aiter_raw():
                        pass
                assert transport._slots._free == 1

    asyncio.run(main())


def test_clients_are_built_with_the_bound(sim: Simulator) -> None:
    with IICSClient(sim.login_url, sim.username, sim.password, max_connections=7) as client:
        assert client._pool.size == 7
        assert isinstance(client._pool, BoundedTransport)
    aclient = AsyncIICSClient(sim.login_url, sim.username, sim.password)
    assert isinstance(aclient._pool, AsyncBoundedTransport)
    assert aclient._pool.size == 20
    asyncio.run(aclient.aclose())
