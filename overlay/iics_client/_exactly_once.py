"""Exactly once: an unsafe request (a job start, a create, a stop, a delete) whose answer was lost is never sent again
blindly. IICS has no idempotency key, so the client asks IICS what happened (a reconciliation, written by each area
as a plan: the activity monitor and log for a job start, a lookup by name for a create...) and sends again only
when IICS shows that nothing happened. Which failures leave the outcome unknown is the retry policy's call
(``_retry.may_have_acted``).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar

import httpx

from ._exceptions import IICSError
from ._retry import may_have_acted
from ._runner import Call, Plan, Sleep, Step, run

logger = logging.getLogger("iics_client")
T = TypeVar("T")

# Without a Date header to measure the clock difference with IICS, a run is accepted as "started after our request"
# when its start time is at most this much before the request's local send time.
UNMEASURED_SKEW = timedelta(seconds=30)
# With a Date header: its one-second resolution, and IICS stamping a run a moment after it got the request.
MEASURED_MARGIN = timedelta(seconds=2)


@dataclass(frozen=True)
class Reconciled(Generic[T]):
    """What a reconciliation found: IICS did act; ``value`` is the result to hand the caller (the started run...)."""

    value: T


# A reconciliation: (when the request was sent, UTC; the error that hid the answer) -> Reconciled(...) when IICS shows
# it acted, None when IICS shows it did not (so the request may be sent again); it raises when it cannot tell.
Reconcile = Callable[[datetime, IICSError], Generator[Step, Any, "Reconciled[T] | None"]]


def send_once(call: Call[T], reconcile: Reconcile[T], *, reconcile_timeout: float, max_resends: int) -> Plan[T]:
    """Send `call`; if its outcome is unknown, reconcile instead of re-sending; re-send (at most `max_resends` times)
    only when the reconciliation shows IICS did not act. ``reconcile_timeout == 0``: raise at once, as without it."""
    resends = 0
    while True:
        requested_at = datetime.now(timezone.utc)
        try:
            return (yield from run(call))
        except IICSError as error:
            if reconcile_timeout <= 0 or not may_have_acted(error):
                raise
            lost = error
        logger.info("the answer to %s was lost (%s): asking IICS what happened", _what(call), lost.message)
        found = yield from reconcile(requested_at, lost)
        if found is not None:
            return found.value
        if resends >= max_resends:
            raise lost
        resends += 1
        logger.info("%s did not take effect: sending it again (%d of %d)", _what(call), resends, max_resends)


def send_read(call: Call[T], *, max_resends: int, backoff: float) -> Plan[T]:
    """A read IICS serves through POST (lookup, validSessionId): the transport does not retry a POST whose answer was
    lost, but a read changed nothing, so it is sent again (at most `max_resends` times, with jittered backoff)."""
    resends = 0
    while True:
        try:
            return (yield from run(call))
        except IICSError as error:
            if resends >= max_resends or not may_have_acted(error):
                raise
        yield Sleep(backoff * (2**resends) * random.random())  # noqa: S311 (jitter, not a secret)
        resends += 1


def _what(call: Call[Any]) -> str:
    return f"{call.kwargs.get('method', '').upper()} {call.kwargs.get('url', '')}".strip()


@dataclass(frozen=True)
class ServerTime(Generic[T]):
    """A parsed body and how far IICS's clock is ahead of ours (None when the answer had no Date header)."""

    value: T
    skew: timedelta | None


def with_server_time(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], ServerTime[T]]:
    """A parser that also reads IICS's clock from the response's Date header."""

    def parse_and_time(response: httpx.Response) -> ServerTime[T]:
        received = datetime.now(timezone.utc)
        skew = None
        try:
            stamp = parsedate_to_datetime(response.headers.get("Date", ""))
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None:
            skew = (stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)) - received
        return ServerTime(parse(response), skew)

    return parse_and_time


def earliest_start(requested_at: datetime, skew: timedelta | None) -> datetime:
    """The earliest IICS time a run started by a request sent at `requested_at` (our clock) can carry."""
    if skew is None:
        return requested_at - UNMEASURED_SKEW
    return requested_at + skew - MEASURED_MARGIN
