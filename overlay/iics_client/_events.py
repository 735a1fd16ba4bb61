"""What the client tells about its traffic: events for a subscriber (``on_event=``), the metrics (always on), the
spans (with ``tracing=``) and the DEBUG log line per request.

``Telemetry`` is the one sink a client owns. Each concern reports to it from the place where it lives:

* a client operation (one ``Call``) starts, succeeds or fails: the client's one execute path (``Telemetry.call``);
* an HTTP attempt is sent and answered: the transport under the retry layer (``_attempts.py``), which sees every
  attempt, retries included (httpx's event hooks see only what the retry layer is handed);
* a retry is scheduled, and for how long: the retry layer's own wait (``_attempts.ObservedRetry``);
* the session is renewed: the session's login drivers (``_session.py``);
* a job start's lost answer is reconciled: the job start plan wraps its reconciliation (``Telemetry.reported``).

Events carry operation, API family, method, URL (secret query values masked), status, attempt number and IICS's
request id where the answer has one; never a header, a body, a password or a session id. A callback that raises
does not break the call: the first failure is logged (WARNING, with its traceback), later ones are not.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._exceptions import IICSError
from ._recorder import Metrics
from ._retry import retries_made
from ._secrets import redact_text, redact_url
from ._urls import FAMILY_KEY, OPERATION_KEY

if TYPE_CHECKING:
    from datetime import datetime

    from ._exactly_once import Reconcile, Reconciled
    from ._runner import Plan
    from ._tracing import Tracing

T = TypeVar("T")

logger = logging.getLogger("iics_client")
_STARTED = "iics_started"
ATTEMPT_KEY = "iics_attempt"  # request.extensions: attempts made so far in this send (the retry layer's tries)
RAW_OPERATION = "raw"  # the operation id of raw_get / raw_post calls (their requests name no operation)


class EventKind(str, Enum):
    """What happened."""

    REQUEST_SENT = "request_sent"  # an HTTP attempt leaves (first try, retry, replay after a re-login, login)
    RESPONSE_RECEIVED = "response_received"  # its answer arrived (``duration``: the attempt, in seconds)
    RETRY_SCHEDULED = "retry_scheduled"  # the attempt will be repeated after ``wait`` seconds; ``reason`` says why
    SESSION_RENEWED = "session_renewed"  # a 401/403 (``status``) made the client log in again
    JOB_START_RECONCILED = "job_start_reconciled"  # a job start's lost answer was settled by looking (``details``)
    CALL_FAILED = "call_failed"  # a client operation raised (``reason``: the exception class, ``error``: its text)


@dataclass(frozen=True)
class Event:
    """One event. Fields that do not apply to its kind are None."""

    kind: EventKind
    operation: str  # the operation id: "list_connections", "login", "start_job", "raw" ...
    family: str | None = None  # "v2", "v3", "login"
    method: str | None = None
    url: str | None = None  # secret query values masked; no user info
    status: int | None = None
    attempt: int | None = None  # 1 = first try of this request, 2 = first retry, ... (a replay starts again at 1)
    request_id: str | None = None  # IICS's requestId, from an error answer that carries one
    duration: float | None = None  # seconds: the attempt (response_received) or the whole call (call_failed)
    wait: float | None = None  # seconds before the retry (retry_scheduled)
    reason: str | None = None  # "HTTP 503", "ConnectError" (retry_scheduled), "HTTP 401" (session_renewed), ...
    error: str | None = None  # call_failed: the exception's text (our exceptions never hold a secret)
    details: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    time: float = field(default_factory=time.time)  # when it happened (time.time())

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, without the fields that do not apply."""
        data: dict[str, Any] = {"kind": self.kind.value, "operation": self.operation, "time": self.time}
        for name in ("family", "method", "url", "status", "attempt", "request_id", "duration", "wait", "reason"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.error is not None:
            data["error"] = self.error
        if self.details:
            data["details"] = dict(self.details)
        return data


EventCallback = Callable[[Event], None]


def operation_of(request: httpx.Request) -> str:
    operation = request.extensions.get(OPERATION_KEY)
    return operation if isinstance(operation, str) else RAW_OPERATION


def _request_fields(request: httpx.Request) -> dict[str, Any]:
    return {
        "operation": operation_of(request),
        "family": request.extensions.get(FAMILY_KEY),
        "method": request.method,
        "url": redact_url(request.url),
    }


class Telemetry:
    """The sink of one client: metrics always, events when there is a callback, spans when tracing is on."""

    def __init__(self, *, on_event: EventCallback | None = None, tracing: Tracing | None = None) -> None:
        self.metrics = Metrics()
        self._on_event = on_event
        self._tracing = tracing
        self._callback_failed = False

    def emit(self, kind: EventKind, **fields: Any) -> None:
        """Hand an event to the callback; a callback that raises is logged once, never raised."""
        callback = self._on_event
        if callback is None:
            return
        try:
            callback(Event(kind, **fields))
        except Exception:
            if not self._callback_failed:
                self._callback_failed = True
                logger.warning("the on_event callback raised (later errors of it are not logged)", exc_info=True)

    # ---- one client operation: the execute path ----

    def call(self, kwargs: Mapping[str, Any]) -> _CallProbe:
        """``with telemetry.call(call.kwargs): ...`` around one client operation."""
        return _CallProbe(self, kwargs)

    # ---- one HTTP attempt: the transport under the retry layer ----

    def attempt_started(self, request: httpx.Request, attempt: int) -> Any:
        """An attempt leaves; returns the span to end (tracing on) or None."""
        if self._on_event is not None:
            self.emit(EventKind.REQUEST_SENT, attempt=attempt, **_request_fields(request))
        return self._tracing.start_attempt(request, attempt) if self._tracing is not None else None

    def attempt_ended(
        self,
        request: httpx.Request,
        attempt: int,
        seconds: float,
        span: Any,
        *,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
        request_id: str | None = None,
        throttled: bool = False,
        waited: float = 0.0,
    ) -> None:
        status = response.status_code if response is not None else None
        failure = type(error).__name__ if error is not None else None
        self.metrics.attempt(operation_of(request), status, failure, throttled, waited)
        if self._on_event is not None and response is not None:
            self.emit(
                EventKind.RESPONSE_RECEIVED,
                attempt=attempt,
                status=status,
                request_id=request_id,
                duration=seconds,
                **_request_fields(request),
            )
        if span is not None and self._tracing is not None:
            self._tracing.end_attempt(span, response, error)

    # ---- the retry layer ----

    def retry_scheduled(
        self, request: httpx.Request, attempt: int, outcome: httpx.Response | BaseException, wait: float
    ) -> None:
        status = outcome.status_code if isinstance(outcome, httpx.Response) else None
        reason = f"HTTP {status}" if status is not None else type(outcome).__name__
        operation = operation_of(request)
        self.metrics.retry(operation)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s: %s on attempt %d, retrying in %.2f s",
                request.method,
                redact_url(request.url),
                reason,
                attempt,
                wait,
            )
        if self._on_event is not None:
            self.emit(
                EventKind.RETRY_SCHEDULED,
                attempt=attempt,
                status=status,
                reason=reason,
                wait=wait,
                **_request_fields(request),
            )
        if self._tracing is not None:
            self._tracing.add_event("retry_scheduled", {"iics.retry.reason": reason, "iics.retry.wait_s": wait})

    # ---- the session ----

    def session_renewed(self, trigger: httpx.Response) -> None:
        """The 401/403 answer ``trigger`` made this caller log in again (called once per re-login)."""
        request = trigger.request
        self.metrics.relogin(operation_of(request))
        if self._on_event is not None:
            self.emit(
                EventKind.SESSION_RENEWED,
                status=trigger.status_code,
                attempt=request.extensions.get(ATTEMPT_KEY),
                reason=f"HTTP {trigger.status_code}",
                **_request_fields(request),
            )
        if self._tracing is not None:
            self._tracing.add_event("session_renewed", {"http.response.status_code": trigger.status_code})

    # ---- jobs ----

    def job_start_reconciled(
        self,
        *,
        task_id: str,
        outcome: str,
        run_id: int | str | None = None,
        status: int | None = None,
        operation: str = "start_job",
        **details: Any,
    ) -> None:
        """A job start whose answer was lost has been settled by looking at IICS. ``outcome``: "adopted" (a run
        started by the request was found and is returned: ``run_id``), "not_started" (IICS shows none: the start may
        be sent again) or "unknown" (it cannot tell: the caller gets IICSJobStartUnknownError). ``status`` is the lost
        answer's status, if there was one; extra keyword arguments go into the event's ``details``."""
        self.metrics.reconciled(operation)
        facts = {"task_id": task_id, "outcome": outcome, "run_id": run_id, **details}
        facts = {key: value for key, value in facts.items() if value is not None}
        if self._on_event is not None:
            self.emit(
                EventKind.JOB_START_RECONCILED,
                operation=operation,
                family="v2",
                method="POST",
                status=status,
                reason=outcome,
                details=MappingProxyType(facts),
            )
        if self._tracing is not None:
            self._tracing.add_event("job_start_reconciled", {f"iics.job.{k}": str(v) for k, v in facts.items()})

    def reported(self, reconcile: Reconcile[T], task: Mapping[str, Any], operation: str = "start_job") -> Reconcile[T]:
        """A job start's (or taskflow run's) reconciliation that reports its outcome (``job_start_reconciled``)."""
        task_id = str(task.get("taskId") or task.get("taskFederatedId") or task.get("taskName") or "?")

        def reconcile_and_report(requested_at: datetime, lost: IICSError) -> Plan[Reconciled[T] | None]:
            try:
                found = yield from reconcile(requested_at, lost)
            except IICSError as error:
                self.job_start_reconciled(
                    task_id=task_id,
                    outcome="unknown",
                    status=lost.status_code,
                    operation=operation,
                    error=error.message,
                )
                raise
            outcome = "adopted" if found is not None else "not_started"
            run_id = getattr(found.value, "run_id", None) if found is not None else None
            self.job_start_reconciled(
                task_id=task_id, outcome=outcome, run_id=run_id, status=lost.status_code, operation=operation
            )
            return found

        return reconcile_and_report


class _CallProbe:
    """Times one client operation and reports its end (metrics, ``call_failed``, the operation span)."""

    __slots__ = ("_kwargs", "_span", "_started", "_telemetry")

    def __init__(self, telemetry: Telemetry, kwargs: Mapping[str, Any]) -> None:
        self._telemetry = telemetry
        self._kwargs = kwargs
        self._span: Any = None
        self._started = 0.0

    def __enter__(self) -> None:
        tracing = self._telemetry._tracing
        if tracing is not None:
            extensions = self._kwargs.get("extensions") or {}
            self._span = tracing.start_operation(
                _operation_id(extensions), extensions.get(FAMILY_KEY), str(self._kwargs.get("method", "")).upper()
            )
        self._started = time.perf_counter()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        seconds = time.perf_counter() - self._started
        telemetry = self._telemetry
        extensions = self._kwargs.get("extensions") or {}
        operation = _operation_id(extensions)
        telemetry.metrics.call_finished(operation, seconds, exc_type.__name__ if exc_type is not None else None)
        if exc is not None and telemetry._on_event is not None:
            telemetry.emit(EventKind.CALL_FAILED, **_failure_fields(self._kwargs, operation, exc, seconds))
        if self._span is not None and telemetry._tracing is not None:
            telemetry._tracing.end_operation(self._span, exc)


def _operation_id(extensions: Mapping[str, Any]) -> str:
    operation = extensions.get(OPERATION_KEY)
    return operation if isinstance(operation, str) else RAW_OPERATION


def _failure_fields(kwargs: Mapping[str, Any], operation: str, exc: BaseException, seconds: float) -> dict[str, Any]:
    url = getattr(exc, "url", None)
    return {
        "operation": operation,
        "family": (kwargs.get("extensions") or {}).get(FAMILY_KEY),
        "method": getattr(exc, "method", None) or str(kwargs.get("method", "")).upper() or None,
        "url": redact_url(url) if url else None,
        "status": getattr(exc, "status_code", None),
        "request_id": getattr(exc, "request_id", None),
        "duration": seconds,
        "reason": type(exc).__name__,
        "error": redact_text(str(getattr(exc, "message", None) or exc)),  # method, URL, status: fields of their own
    }


# ---- the pool's request hooks: when a send starts, and the DEBUG line ----


def request_sent(request: httpx.Request) -> None:
    """httpx request hook (once per request the client sends: call, login, replay, redirect): note when it left;
    its attempts are numbered from here."""
    request.extensions[_STARTED] = time.perf_counter()
    request.extensions[ATTEMPT_KEY] = 0


def response_received(response: httpx.Response) -> None:
    """httpx response hook: the DEBUG line (URLs and statuses only)."""
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        started = request.extensions.get(_STARTED, time.perf_counter())
        logger.debug(
            "%s %s -> %d in %.1f ms (retries=%d)",
            request.method,
            redact_url(request.url),
            response.status_code,
            (time.perf_counter() - started) * 1000,
            retries_made(response),
        )


__all__ = ["Event", "EventCallback", "EventKind", "Telemetry"]
