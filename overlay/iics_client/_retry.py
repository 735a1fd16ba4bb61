"""Retry policy: which failures are retried, and how long to wait (httpx-retries does the retrying).

The policy travels with each request (``request.extensions["retry"]``, set by ``RetryPolicy.attach``, an httpx
request hook), so the one RetryTransport under the pool treats a GET and a job start differently:

* idempotent methods (GET, HEAD, OPTIONS, PUT) are retried on 429, 502, 503, 504, timeouts and network errors;
* everything else (a job start, a create, a login, a delete) is retried only when the server cannot have acted
  on it: the connection was never made (connect error, connect or pool timeout), or the server said so (429,
  503). A 502/504, a read timeout or a dropped connection after sending may hide a started job: never retried.

Backoff is exponential with full jitter; a Retry-After header (seconds or HTTP date) wins, capped at max_wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from httpx_retries import Retry

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
# DELETE is idempotent in effect but not in answer: repeated after a 502 that hid a success, it reports 404
UNSAFE_METHODS = frozenset({"POST", "PATCH", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# statuses that mean "not performed", so even a job start may be sent again
NOT_PERFORMED_STATUSES = frozenset({429, 503})
ANY_NETWORK_FAILURE: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` retries after the first attempt; waits ``backoff * 2**n`` (jittered), at most ``max_wait``."""

    max_retries: int = 3
    backoff: float = 0.5
    max_wait: float = 30.0
    _idempotent: Retry = field(init=False, repr=False, compare=False)
    _unsafe: Retry = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # httpx-retries' Retry, reporting its waits (retry_scheduled); imports asyncio (~45 ms): paid when a client
        # is built, not on import
        from ._attempts import ObservedRetry as Retry

        common: dict[str, Any] = {
            "total": self.max_retries,
            "backoff_factor": self.backoff,
            "max_backoff_wait": self.max_wait,
            "backoff_jitter": 1.0,
            "respect_retry_after_header": True,
        }
        idempotent = Retry(
            allowed_methods=IDEMPOTENT_METHODS,
            status_forcelist=RETRY_STATUSES,
            retry_on_exceptions=ANY_NETWORK_FAILURE,
            **common,
        )
        unsafe = Retry(
            allowed_methods=UNSAFE_METHODS,
            status_forcelist=NOT_PERFORMED_STATUSES,
            retry_on_exceptions=NEVER_SENT,
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


def retries_made(response: httpx.Response) -> int:
    return int(getattr(response.extensions.get("retry"), "attempts_made", 0))
