"""Every HTTP attempt on the wire: the transport between the retry layer and the connection pool, and the Retry
that tells how long it waits.

httpx's event hooks run once per request the client sends (each call, login, replay after a re-login, redirect);
the retry layer (httpx-retries' RetryTransport) may then send that request several times without the hooks seeing
it. ``AttemptTransport`` sits under the retry layer, on the pool, so it sees each attempt: it numbers it, waits for
the rate limiter (if any), reports it to the telemetry (event, metrics, span), and reads a small error answer
(IICS's request id; a "too many requests" message for the adaptive limiter). ``ObservedRetry`` is the retry
layer's Retry with its wait reported (``retry_scheduled``) before it sleeps.

Imported when a client is built (httpx-retries imports asyncio: not paid by ``import iics_client``).
"""

from __future__ import annotations

import time
from typing import Any

import httpx
from httpx_retries import Retry

from ._events import ATTEMPT_KEY, Telemetry
from ._exceptions import _error_fields, retry_after_seconds
from ._ratelimit import RateLimiter

TELEMETRY_KEY = "iics_telemetry"  # request.extensions: where ObservedRetry reports
_READ_LIMIT = 64 * 1024  # error answers up to this size are read here (they are read by the caller anyway)
_TOO_MANY = b"too many requests"


class AttemptTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps the pool's transport (sync or async); see the module's docs."""

    def __init__(
        self,
        pool: httpx.BaseTransport | httpx.AsyncBaseTransport,
        telemetry: Telemetry,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._pool = pool
        self._telemetry = telemetry
        self._limiter = limiter

    def _begin(self, request: httpx.Request) -> int:
        extensions = request.extensions
        attempt = int(extensions.get(ATTEMPT_KEY) or 0) + 1
        extensions[ATTEMPT_KEY] = attempt
        extensions[TELEMETRY_KEY] = self._telemetry
        return attempt

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._pool
        assert isinstance(pool, httpx.BaseTransport)
        attempt = self._begin(request)
        limiter, key, sent_at, waited = self._limiter, "", 0.0, 0.0
        if limiter is not None:
            key = _origin(request.url)
            sent_at, waited = limiter.enter(key)
        started = time.perf_counter()
        span = self._telemetry.attempt_started(request, attempt)
        try:
            response = pool.handle_request(request)
            read = _worth_reading(request, response)
            if read:
                response.read()
        except BaseException as exc:  # cancelled or interrupted too: the limiter gets its slot back
            self._failed(
                request, attempt=attempt, started=started, span=span, exc=exc, key=key, sent_at=sent_at, waited=waited
            )
            raise
        self._answered(
            request,
            attempt=attempt,
            started=started,
            span=span,
            response=response,
            read=read,
            key=key,
            sent_at=sent_at,
            waited=waited,
        )
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._pool
        assert isinstance(pool, httpx.AsyncBaseTransport)
        attempt = self._begin(request)
        limiter, key, sent_at, waited = self._limiter, "", 0.0, 0.0
        if limiter is not None:
            key = _origin(request.url)
            sent_at, waited = await limiter.aenter(key)
        started = time.perf_counter()
        span = self._telemetry.attempt_started(request, attempt)
        try:
            response = await pool.handle_async_request(request)
            read = _worth_reading(request, response)
            if read:
                await response.aread()
        except BaseException as exc:  # cancelled or interrupted too: the limiter gets its slot back
            self._failed(
                request, attempt=attempt, started=started, span=span, exc=exc, key=key, sent_at=sent_at, waited=waited
            )
            raise
        self._answered(
            request,
            attempt=attempt,
            started=started,
            span=span,
            response=response,
            read=read,
            key=key,
            sent_at=sent_at,
            waited=waited,
        )
        return response

    def _failed(
        self,
        request: httpx.Request,
        *,
        attempt: int,
        started: float,
        span: Any,
        exc: BaseException,
        key: str,
        sent_at: float,
        waited: float,
    ) -> None:
        if isinstance(exc, httpx.RequestError):
            exc.request = request  # the retry layer's wait reads it (ObservedRetry)
        seconds = time.perf_counter() - started
        if self._limiter is not None:
            self._limiter.leave(key, sent_at, None, False, None)
        self._telemetry.attempt_ended(request, attempt, seconds, span, error=exc, waited=waited)

    def _answered(
        self,
        request: httpx.Request,
        *,
        attempt: int,
        started: float,
        span: Any,
        response: httpx.Response,
        read: bool,
        key: str,
        sent_at: float,
        waited: float,
    ) -> None:
        response.request = request  # the retry layer's wait reads it (ObservedRetry); httpx sets it again later
        status = response.status_code
        request_id, throttled = None, status == 429
        if read:  # a small error answer
            content = response.content
            request_id = _error_fields(response.text)[2]
            throttled = throttled or _TOO_MANY in content.lower()
        seconds = time.perf_counter() - started
        if self._limiter is not None:
            pause = retry_after_seconds(response) if throttled else None
            self._limiter.leave(key, sent_at, status, throttled, pause)
        self._telemetry.attempt_ended(
            request,
            attempt,
            seconds,
            span,
            response=response,
            request_id=request_id,
            throttled=throttled,
            waited=waited,
        )

    def close(self) -> None:
        if isinstance(self._pool, httpx.BaseTransport):
            self._pool.close()

    async def aclose(self) -> None:
        if isinstance(self._pool, httpx.AsyncBaseTransport):
            await self._pool.aclose()


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def _worth_reading(request: httpx.Request, response: httpx.Response) -> bool:
    """A small error answer: read it here for IICS's request id and a "too many requests" message."""
    if response.status_code < 400 or request.method == "HEAD":
        return False
    length = response.headers.get("Content-Length", "")
    return length.isdigit() and int(length) <= _READ_LIMIT


class ObservedRetry(Retry):
    """httpx-retries' Retry, reporting each wait (``retry_scheduled``: why, how long, which attempt) before it
    sleeps. The retry layer makes a new one per retry through ``copy_with``, which keeps this class."""

    def sleep(self, response: httpx.Response | Exception) -> None:
        wait = self._announce(response)
        time.sleep(wait)
        self.elapsed_sleep += wait

    async def asleep(self, response: httpx.Response | Exception) -> None:
        import asyncio

        wait = self._announce(response)
        await asyncio.sleep(wait)
        self.elapsed_sleep += wait

    def _announce(self, outcome: httpx.Response | Exception) -> float:
        wait = self._calculate_sleep(outcome.headers if isinstance(outcome, httpx.Response) else {})
        request = _request_of(outcome)
        telemetry = request.extensions.get(TELEMETRY_KEY) if request is not None else None
        if request is not None and isinstance(telemetry, Telemetry):
            telemetry.retry_scheduled(request, int(request.extensions.get(ATTEMPT_KEY) or 0), outcome, wait)
        return wait


def _request_of(outcome: httpx.Response | Exception) -> httpx.Request | None:
    try:
        if isinstance(outcome, httpx.Response | httpx.RequestError):
            return outcome.request
    except RuntimeError:  # no request attached (not sent through AttemptTransport)
        return None
    return None


__all__ = ["AttemptTransport", "ObservedRetry"]
