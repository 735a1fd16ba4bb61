"""Retry policy: which failures are retried, how long to wait (httpx-retries does the retrying), and which failures
leave it unknown whether IICS acted (those are reconciled, never retried blindly: see _jobs.py).

The policy travels with each request (``request.extensions["retry"]``, set by ``RetryPolicy.attach``, an httpx
request hook), so the one RetryTransport under the pool treats a GET and a job start differently:

* idempotent methods (GET, HEAD, OPTIONS, PUT) are retried on 429, 502, 503, 504, timeouts and network errors;
* everything else (a job start, a create, a login, a delete) is retried only when IICS cannot have acted on it:
  the connection was never made (connect error or timeout), or IICS refused it (429, or 503 with a
  Retry-After header). A 500/502/504, a 503 without Retry-After, a read timeout or a connection dropped after
  sending may hide a started job: not retried here (``may_have_acted`` tells the plans, which reconcile).

A pool timeout is never retried, whatever the method: it means every connection of the client stayed busy for the
whole timeout, and asking again only adds to the queue (and, in httpcore 1.0.x, to the pool's leaked slots; see
_pool.py). It still counts as "never sent" for ``may_have_acted``.

Backoff is exponential with full jitter; a Retry-After header (seconds or HTTP date) wins, capped at max_wait.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import IICSConnectionError, IICSError, IICSRateLimitError, IICSServerError, IICSValidationError

if TYPE_CHECKING:
    from httpx_retries import Retry

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
# DELETE is idempotent in effect but not in answer: repeated after a 502 that hid a success, it reports 404
UNSAFE_METHODS = frozenset({"POST", "PATCH", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
ANY_NETWORK_FAILURE: tuple[type[Exception], ...] = (
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
# the request never left: IICS cannot have acted on it
NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# of those, what an unsafe request is retried on (not a pool timeout: see above)
RETRIED_UNSENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)


class Refused(Exception):  # a signal between our hook and our Retry class, never raised to callers
    """A 503 with Retry-After: IICS refused the request without acting on it, so even a job start may be re-sent."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code} with Retry-After")
        self.response = response


def _refused(response: httpx.Response) -> None:
    """httpx-retries' validate_response for unsafe requests (it sees only statuses outside the forcelist)."""
    if response.status_code == 503 and response.headers.get("Retry-After", "").strip():
        raise Refused(response)


def may_have_acted(error: IICSError) -> bool:
    """Whether IICS may have acted on an unsafe request that ended in `error`: its answer was lost (a 5xx other than a
    503 with Retry-After, a timeout or a connection that failed after the request was sent) or unreadable (a 2xx
    body that does not parse). An answer IICS gave (4xx, 429) and a request never sent mean it did not."""
    if isinstance(error, IICSValidationError):
        return error.status_code is not None and 200 <= error.status_code < 300
    if isinstance(error, IICSServerError):
        return not (error.status_code == 503 and error.retry_after is not None)
    if isinstance(error, IICSRateLimitError):
        return False
    if isinstance(error, IICSConnectionError):
        return not isinstance(error.__cause__, NEVER_SENT)
    return False


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` retries after the first attempt; waits ``backoff * 2**n`` (jittered), at most ``max_wait``."""

    max_retries: int = 3
    backoff: float = 0.5
    max_wait: float = 30.0
    _idempotent: Retry = field(init=False, repr=False, compare=False)
    _unsafe: Retry = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        common: dict[str, Any] = {
            "total": self.max_retries,
            "backoff_factor": self.backoff,
            "max_backoff_wait": self.max_wait,
            "backoff_jitter": 1.0,
            "respect_retry_after_header": True,
        }
        retry = _retry_class()
        idempotent = retry(
            allowed_methods=IDEMPOTENT_METHODS,
            status_forcelist=RETRY_STATUSES,
            retry_on_exceptions=ANY_NETWORK_FAILURE,
            **common,
        )
        unsafe = retry(
            allowed_methods=UNSAFE_METHODS,
            status_forcelist={429},
            retry_on_exceptions=(*RETRIED_UNSENT, Refused),
            validate_response=_refused,
            **common,
        )
        object.__setattr__(self, "_idempotent", idempotent)
        object.__setattr__(self, "_unsafe", unsafe)

    def for_method(self, method: str) -> Retry:
        return self._idempotent if method.upper() in IDEMPOTENT_METHODS else self._unsafe

    def attach(self, request: httpx.Request) -> None:
        """httpx request hook: the policy for this request's method, read by the RetryTransport."""
        request.extensions["retry"] = self.for_method(request.method)

    @property
    def default(self) -> Retry:
        """What the transport applies to a request that carries no policy (the safe one)."""
        return self._unsafe


@functools.cache
def _retry_class() -> type[Retry]:
    # httpx-retries' Retry reporting its waits (retry_scheduled, _attempts.py); imports asyncio (~45 ms): paid when
    # a client is built, not on import
    from ._attempts import ObservedRetry as Retry

    class RefusalAwareRetry(Retry):
        """Waits out a refused request's Retry-After (httpx-retries only reads headers from responses it retries by
        status) after releasing its connection."""

        def sleep(self, response: httpx.Response | Exception) -> None:
            if isinstance(response, Refused):
                response.response.close()
                response = response.response
            super().sleep(response)

        async def asleep(self, response: httpx.Response | Exception) -> None:
            if isinstance(response, Refused):
                await response.response.aclose()
                response = response.response
            await super().asleep(response)

    return RefusalAwareRetry


def retries_made(response: httpx.Response) -> int:
    return int(getattr(response.extensions.get("retry"), "attempts_made", 0))
