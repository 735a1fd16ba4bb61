"""The connection pool: how many requests may be in it at once, how a pool the transport broke is replaced, and what
goes out on its HTTP/2 connections.

**Bound.** Every request the client sends takes one of ``max_connections`` slots (first come, first served) before it
enters httpx's pool, and gives it back when its response is closed, so the client never asks the pool for more than
it holds. Waiting for a slot is bounded by the request's pool timeout; past it the request fails with
``httpx.PoolTimeout`` (an ``IICSTimeoutError``), which is not retried: a retry would only queue again. One request is
exempt: the login the session sends to renew itself (``IN_FLOW_LOGIN``), because the calls it renews for may hold
every slot while they wait for it.

**Shards.** The connections are spread over small httpcore pools of at most ``SHARD`` (see there why); a request
goes to the first with room, and the idle connections beyond ``max_keepalive_connections`` are closed.

**Health.** httpcore 1.0.x leaks a pool slot when a request is given a new connection and times out or is cancelled
before using it: that connection stays in the pool forever, never connected and never idle (encode/httpcore#1093).
Once every slot has leaked, every request times out. After a pool timeout or a cancellation inside httpx's pool, the
pool is checked: more busy connections than requests in it means leaked slots, and the pool is replaced by a fresh
one (the old one is closed once its last request is done). Each shard is checked and replaced on its own.

**HTTP/2.** The session headers are sent as HPACK never-indexed fields (h2 keeps ``authorization`` out of the
compression table; the session headers of ``_secrets.py`` join it), which also makes hpack log their values as
``SENSITIVE_REDACTED``; hpack's debug line with the whole encoded header block is reduced to its length.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._secrets import SESSION_HEADERS

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger("iics_client")

# request.extensions key: the session's own re-login, which never waits for a slot
IN_FLOW_LOGIN = "iics_in_flow_login"
# request.extensions key: a callable the request is handed to when it gets its slot, just before it is sent (the
# session puts the newest session on a request that waited through a re-login)
BIND = "iics_bind"
# request.extensions key: the transport error a request last failed with (the session shares a failed re-login's
# error with the calls that waited for it)
FAILURE = "iics_failure"

T = TypeVar("T", httpx.BaseTransport, httpx.AsyncBaseTransport)


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    return timeout.get("pool") if isinstance(timeout, dict) else None


def _full(request: httpx.Request, size: int, waited: float | None) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(
        f"all {size} connections of the client (max_connections) stayed busy for {waited:g} s", request=request
    )


# ---- slots: first come, first served, with a timeout ----


class _Waiter:
    __slots__ = ("event", "granted")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.granted = False


class Slots:
    """``size`` slots for threads. A freed slot goes to the longest waiter, so nobody starves under a burst."""

    def __init__(self, size: int) -> None:
        self._lock = threading.Lock()
        self._free = size
        self._queue: deque[_Waiter] = deque()

    def acquire(self, timeout: float | None) -> bool:
        with self._lock:
            if self._free > 0 and not self._queue:
                self._free -= 1
                return True
            waiter = _Waiter()
            self._queue.append(waiter)
        try:
            waiter.event.wait(timeout)
        except BaseException:
            if not self._withdraw(waiter):
                self.release()  # granted, then interrupted: pass the slot on
            raise
        return not self._withdraw(waiter)

    def _withdraw(self, waiter: _Waiter) -> bool:
        """Leave the queue unless a slot was handed over meanwhile (True: withdrawn, no slot)."""
        with self._lock:
            if waiter.granted:
                return False
            self._queue.remove(waiter)
            return True

    def release(self) -> None:
        with self._lock:
            if self._queue:
                waiter = self._queue.popleft()
                waiter.granted = True
                waiter.event.set()
            else:
                self._free += 1


class _Expired(Exception):
    pass


class AsyncSlots:
    """``size`` slots for asyncio tasks, first come first served. An uncontended acquire does not suspend."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._queue: deque[asyncio.Future[None]] = deque()

    async def acquire(self, timeout: float | None) -> bool:
        while self._queue and self._queue[0].done():  # waiters that timed out or were cancelled
            self._queue.popleft()
        if self._free > 0 and not self._queue:
            self._free -= 1
            return True
        import asyncio

        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._queue.append(waiter)
        timer = None if timeout is None else loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        except _Expired:
            return False
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.release()  # granted, then cancelled before it could run: pass the slot on
            raise
        else:
            return True
        finally:
            if timer is not None:
                timer.cancel()

    def release(self) -> None:
        while self._queue:
            waiter = self._queue.popleft()
            if not waiter.done():  # skip the ones that timed out or were cancelled
                waiter.set_result(None)
                return
        self._free += 1


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(_Expired())


# ---- the pool and its replacement ----


# httpcore's pool passes over all its connections for every queued request, on every request and every response,
# and asks each whether its socket is readable: its cost per request grows with the square of its connections
# (encode/httpcore#1035; at 20 connections about a third of a request's CPU). The client spreads its connections over
# small httpcore pools ("shards") of at most SHARD connections. Each keeps all of its connections alive (httpcore
# counts busy connections against max_keepalive_connections, encode/httpcore#1000), and the client keeps
# max_keepalive_connections over the idle connections of all of them itself.
SHARD = 4


def shard_limits(size: int, keepalive: int, shard: int = SHARD) -> list[httpx.Limits]:
    """``size`` connections in pools of at most ``shard``; each keeps its idle connections (up to ``keepalive``)."""
    count = -(-size // shard)
    sizes = [size // count + (1 if i < size % count else 0) for i in range(count)]
    return [httpx.Limits(max_connections=n, max_keepalive_connections=min(n, keepalive)) for n in sizes]


@dataclass(eq=False)
class _Pool(Generic[T]):
    """One transport (one httpcore pool) and its requests in flight (a docstring spares the dataclass an
    inspect.signature)."""

    transport: T
    limits: httpx.Limits
    capacity: int
    core: Any = None  # the httpcore pool inside the transport, when it has one
    active: int = 0  # requests inside it whose responses are not closed yet
    retired: bool = False


def _leaked(pool: _Pool[Any]) -> bool:
    """More busy connections than requests in the pool: some connection will never be idle again (a request
    holds at most one HTTP/1.1 connection; HTTP/2 requests share one)."""
    connections = getattr(pool.core, "connections", None)
    if connections is None:  # not an httpcore pool we can look into: after a pool timeout, assume the worst
        return True
    busy = sum(1 for connection in connections if not connection.is_idle() and not connection.is_closed())
    return busy > pool.active


class _Bounded(Generic[T]):
    """What both transports share: the bookkeeping of requests per pool, spreading requests over the pools,
    replacing a leaking pool, and closing idle connections beyond ``keepalive``."""

    def __init__(
        self, make: Callable[[httpx.Limits], T], size: int, keepalive: int | None = None, shard: int | None = None
    ) -> None:
        self._make: Callable[[httpx.Limits], T] = make
        self.size = size
        self.keepalive = size if keepalive is None else keepalive
        self._lock = threading.Lock()
        shards = shard_limits(size, self.keepalive, SHARD if shard is None else shard)
        self._shards: list[_Pool[T]] = [self._pool(limits) for limits in shards]
        self._retired: list[_Pool[T]] = []
        self.replaced = 0  # pools replaced because they leaked (for tests and figures)

    def _pool(self, limits: httpx.Limits) -> _Pool[T]:
        transport = self._make(limits)
        capacity = limits.max_connections or self.size
        return _Pool(transport, limits, capacity, getattr(transport, "_pool", None))

    @property
    def transport(self) -> T:
        """The first httpx transport requests go to (the one a lone request uses)."""
        return self._shards[0].transport

    @property
    def transports(self) -> list[T]:
        """The httpx transports requests are spread over now."""
        return [pool.transport for pool in self._shards]

    def _enter(self) -> _Pool[T]:
        with self._lock:
            for pool in self._shards:  # the first with room: a lone caller always reuses the same connection
                if pool.active < pool.capacity:
                    break
            else:  # only the session's own re-login goes past the bound
                pool = min(self._shards, key=_load)
            pool.active += 1
            return pool

    def _leave(self, pool: _Pool[T], *, suspect: bool = False) -> tuple[T | None, list[Any]]:
        """One request left ``pool``. Returns a retired transport that is now unused and must be closed, and idle
        connections beyond ``keepalive`` to close."""
        with self._lock:
            pool.active -= 1
            if suspect and not pool.retired and _leaked(pool):
                logger.warning(
                    "the connection pool leaked connections that will never be usable (encode/httpcore#1093); "
                    "replacing it"
                )
                pool.retired = True
                self._retired.append(pool)
                self._shards[self._shards.index(pool)] = self._pool(pool.limits)
                self.replaced += 1
            if pool.retired:
                if pool.active == 0 and pool in self._retired:
                    self._retired.remove(pool)
                    return pool.transport, []
                return None, []
            if pool.active == 0 and len(self._shards) > 1:
                return None, self._surplus()
        return None, []

    def _surplus(self) -> list[Any]:
        """Take the idle connections beyond ``keepalive`` out of pools that no request is in (caller holds the
        lock; in a pool with requests in it an idle connection may be promised to one already). The first pools'
        idle connections are the ones kept, since a request goes to the first pool with room."""
        cores = [pool.core for pool in self._shards]
        if None in cores or sum(len(core._connections) for core in cores) <= self.keepalive:
            return []
        budget = self.keepalive
        closing: list[Any] = []
        for pool in self._shards:
            idle = [connection for connection in pool.core._connections if connection.is_idle()]
            if len(idle) <= budget or pool.active:
                budget = max(0, budget - len(idle))
                continue
            with pool.core._optional_thread_lock:
                for connection in idle[budget:]:
                    pool.core._connections.remove(connection)
                    closing.append(connection)
            budget = 0
        return closing

    def _all(self) -> list[T]:
        with self._lock:
            pools = list(self._shards)
            pools.extend(self._retired)
            self._retired = []
        return [pool.transport for pool in pools]


def _load(pool: _Pool[Any]) -> int:
    return pool.active


def _suspect(exc: BaseException) -> bool:
    """A failure that may leave a connection leaked: a pool timeout or a cancellation (not an ordinary error)."""
    return isinstance(exc, httpx.PoolTimeout) or not isinstance(exc, Exception)


def _note_failure(request: httpx.Request, exc: BaseException) -> None:
    if isinstance(exc, httpx.HTTPError):
        request.extensions[FAILURE] = exc


class BoundedTransport(_Bounded[httpx.BaseTransport], httpx.BaseTransport):
    """The sync transport: slots for threads, then httpx's pool."""

    def __init__(
        self,
        make: Callable[[httpx.Limits], httpx.BaseTransport],
        size: int,
        keepalive: int | None = None,
        shard: int | None = None,
    ) -> None:
        super().__init__(make, size, keepalive, shard)
        self._slots = Slots(size)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        bounded = not request.extensions.get(IN_FLOW_LOGIN)
        if bounded:
            waited = _pool_timeout(request)
            if not self._slots.acquire(waited):
                raise _full(request, self.size, waited)
        bind = request.extensions.get(BIND)
        if bind is not None:
            bind(request)
        pool = self._enter()
        try:
            response = pool.transport.handle_request(request)
        except BaseException as exc:
            _note_failure(request, exc)
            self._done(pool, bounded, suspect=_suspect(exc))
            raise
        if response.is_closed:  # read already (a mock transport): nothing holds the connection
            self._done(pool, bounded)
        else:
            response.stream = _Releasing(response.stream, lambda: self._done(pool, bounded))
        return response

    def _done(self, pool: _Pool[httpx.BaseTransport], bounded: bool, *, suspect: bool = False) -> None:
        if bounded:
            self._slots.release()
        unused, idle = self._leave(pool, suspect=suspect)
        for connection in idle:
            connection.close()
        if unused is not None:
            unused.close()

    def close(self) -> None:
        for transport in self._all():
            transport.close()


class AsyncBoundedTransport(_Bounded[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The asyncio transport: slots for tasks, then httpx's pool."""

    def __init__(
        self,
        make: Callable[[httpx.Limits], httpx.AsyncBaseTransport],
        size: int,
        keepalive: int | None = None,
        shard: int | None = None,
    ) -> None:
        super().__init__(make, size, keepalive, shard)
        self._slots = AsyncSlots(size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        bounded = not request.extensions.get(IN_FLOW_LOGIN)
        if bounded:
            waited = _pool_timeout(request)
            if not await self._slots.acquire(waited):
                raise _full(request, self.size, waited)
        bind = request.extensions.get(BIND)
        if bind is not None:
            bind(request)
        pool = self._enter()
        try:
            response = await pool.transport.handle_async_request(request)
        except BaseException as exc:
            _note_failure(request, exc)
            await self._done(pool, bounded, suspect=_suspect(exc))
            raise
        if response.is_closed:  # read already (a mock transport): nothing holds the connection
            await self._done(pool, bounded)
        else:
            response.stream = _AsyncReleasing(response.stream, lambda: self._done(pool, bounded))
        return response

    async def _done(self, pool: _Pool[httpx.AsyncBaseTransport], bounded: bool, *, suspect: bool = False) -> None:
        if bounded:
            self._slots.release()
        unused, idle = self._leave(pool, suspect=suspect)
        for connection in idle:
            await connection.aclose()
        if unused is not None:
            await unused.aclose()

    async def aclose(self) -> None:
        for transport in self._all():
            await transport.aclose()


class _Releasing(httpx.SyncByteStream):
    """A response body that gives its slot back when it is closed (read to the end, or abandoned)."""

    def __init__(self, stream: Any, done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            try:
                self._stream.close()
            finally:
                done()


class _AsyncReleasing(httpx.AsyncByteStream):
    """The same for asyncio. Its own iterator, not an async generator: asyncio registers every async generator
    (a weak set entry and a finalizer each), one more per request for nothing."""

    def __init__(self, stream: Any, done: Callable[[], Any]) -> None:
        self._stream = stream
        self._done: Callable[[], Any] | None = done
        self._chunks: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        self._chunks = self._stream.__aiter__()
        return self

    async def __anext__(self) -> bytes:
        assert self._chunks is not None
        try:
            return await self._chunks.__anext__()
        except StopAsyncIteration:
            raise
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        done, self._done = self._done, None
        if done is not None:
            try:
                await self._stream.aclose()
            finally:
                await done()


# ---- HTTP/2: session headers never indexed, never logged ----

_HPACK_BLOCK_LINE = "Encoded header block to %s"


class _HeaderBlockFilter(logging.Filter):
    """hpack logs every encoded header block at DEBUG. The session id is in it (Huffman-coded, which anyone can
    decode): keep the line, drop the block."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == _HPACK_BLOCK_LINE and isinstance(record.args, tuple) and record.args:
            block = record.args[0]
            size = len(block) if isinstance(block, bytes | bytearray) else 0
            record.args = (f"<{size} bytes, not shown>",)
        return True


def protect_http2_session_headers() -> str | None:
    """Before the first HTTP/2 connection: h2 sends the session headers never-indexed (RFC 7541 §7.1.3: kept out of
    the HPACK tables on both sides, and logged by hpack as SENSITIVE_REDACTED), and hpack's header-block debug line
    no longer shows the encoded block. Process-wide and idempotent; it only touches these header names and that one
    log line. Returns why it cannot be done with the installed h2/hpack, or None."""
    from importlib.metadata import version

    from h2 import utilities

    names = {name.lower().encode("ascii") for name in SESSION_HEADERS}
    secure = getattr(utilities, "_SECURE_HEADERS", None)
    if isinstance(secure, frozenset) and names <= secure:
        return None  # done already
    hpack_version = tuple(int(part) for part in version("hpack").split(".")[:2] if part.isdigit())
    if hpack_version < (4, 2):  # older hpack logs never-indexed values in clear
        return f"hpack {version('hpack')} logs header values in clear (HTTP/2 needs hpack >= 4.2)"
    if not isinstance(secure, frozenset):
        return "this h2 version cannot be told to send headers never-indexed (h2.utilities._SECURE_HEADERS)"
    utilities._SECURE_HEADERS = secure | names
    hpack_logger = logging.getLogger("hpack.hpack")
    if not any(isinstance(f, _HeaderBlockFilter) for f in hpack_logger.filters):
        hpack_logger.addFilter(_HeaderBlockFilter())
    return None


__all__ = [
    "BIND",
    "FAILURE",
    "IN_FLOW_LOGIN",
    "AsyncBoundedTransport",
    "BoundedTransport",
    "protect_http2_session_headers",
]
