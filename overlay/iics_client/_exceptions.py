"""Errors: the exception hierarchy (everything iics_client raises derives from IICSError), and the mapping from an
HTTP response, or a request that got none, to the exception for it.

Exception text never contains a password or session id: bodies are redacted before they are stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from ._secrets import redact_text
from .v2 import OPERATION_EXTENSION

T = TypeVar("T")

# request.extensions key: a sentence a 404 on this request adds to its message (the session sets it when the URL
# layout was picked automatically, so a wrong guess says what was guessed and how to choose)
HINT_EXTENSION = "iics_client.not_found_hint"

__all__ = [
    "IICSAuthError",
    "IICSBadRequestError",
    "IICSConfigurationError",
    "IICSConnectionError",
    "IICSError",
    "IICSJobStartUnknownError",
    "IICSJobTimeoutError",
    "IICSNotFoundError",
    "IICSPermissionError",
    "IICSRateLimitError",
    "IICSServerError",
    "IICSTimeoutError",
    "IICSValidationError",
]


class IICSError(Exception):
    """Base of every error this package raises.

    Attributes:
        status_code: the HTTP status, when a response was received.
        response_body: the response text (redacted), when a response was received.
        method, url: the request that failed, when there was one.
        error_code: IICS's own error code (v2 ``code``, v3 ``error.code``), e.g. ``"UI_10000"``.
        request_id: IICS's request id (v3 ``error.requestId``), for support tickets.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response_body: str | None = None,
        method: str | None = None,
        url: str | None = None,
        error_code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.response_body = None if response_body is None else redact_text(response_body)
        self.method = method
        self.url = url
        self.error_code = error_code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [self.message]
        if self.method and self.url:
            parts.append(f"[{self.method} {self.url}]")
        if self.status_code is not None:
            parts.append(f"(HTTP {self.status_code})")
        if self.error_code:
            parts.append(f"code={self.error_code}")
        if self.request_id:
            parts.append(f"requestId={self.request_id}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # keep the attributes when an error crosses a process boundary (multiprocessing, pickling results)
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[IICSError], message: str, state: dict[str, Any]) -> IICSError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class IICSConfigurationError(IICSError, ValueError):
    """Bad client settings (unknown region, a non-https login URL, a missing credential): raised before any I/O."""


class IICSAuthError(IICSError):
    """Login failed, or a call still answered 401/403 after the allowed re-logins."""


class IICSPermissionError(IICSAuthError):
    """403 with a working session: it persisted after a re-login (or the same request was already refused with the
    current session), so the user lacks the permission. Not worth another login."""


class IICSBadRequestError(IICSError):
    """IICS rejected the request as invalid (400, 409, 422): fix the input, do not retry."""


class IICSNotFoundError(IICSError):
    """404: the object does not exist (or is not visible to this user)."""


class IICSRateLimitError(IICSError):
    """429 after the retries were used up. ``retry_after`` is the server's hint in seconds, when it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class IICSServerError(IICSError):
    """5xx (any, including non-standard ones such as 520) after the retries that were safe were used up.
    ``retry_after`` is the server's hint in seconds, when it gave one (a 503 with it means "refused, try later")."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class IICSValidationError(IICSError):
    """A response body that does not parse into its model: not JSON, wrong shape, a missing required field."""


class IICSConnectionError(IICSError):
    """The request did not get a response: connection refused or dropped, TLS failure, DNS failure."""


class IICSTimeoutError(IICSConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class IICSJobStartUnknownError(IICSError):
    """A job start's answer was lost and the client could not tell whether the run began (several candidate runs,
    or the check itself failed). Nothing was sent again: decide yourself, e.g. look at the activity monitor.

    Attributes: ``task`` (the job request's task fields), ``requested_at`` (UTC, when the start was sent),
    ``checked`` (what the client looked at, in words), ``candidates`` (the runs that could be it, as IICS's dicts).
    """

    def __init__(
        self,
        message: str,
        *,
        task: dict[str, Any],
        requested_at: datetime,
        checked: list[str],
        candidates: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.task = task
        self.requested_at = requested_at
        self.checked = checked
        self.candidates = candidates or []


class IICSJobTimeoutError(IICSError, TimeoutError):
    """Waiting for a job (poll_job_status / wait_for_job) ran past its timeout; the job itself may still run."""

    def __init__(self, message: str, *, task_id: str, run_id: int | str, last_state: str | None) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.run_id = run_id
        self.last_state = last_state


# ---- from a response (or a failure to get one) to an exception ----

# What parsing a body that does not fit its model raises (RecursionError: JSON nested deeper than Python parses).
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
# response.extensions key: the session found this 403 to be a permission error (set by _session.py)
PERMISSION_DENIED = "iics_permission_denied"


def _error_fields(body: str) -> tuple[str | None, str | None, str | None]:
    """(code, message, requestId) from a v2 ``{"@type":"error",...}`` or v3 ``{"error":{...}}`` body, if it is one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, None, None
    if not isinstance(data, dict):
        return None, None, None
    if isinstance(data.get("error"), dict):
        data = data["error"]
    code, message, request_id = data.get("code"), data.get("message") or data.get("description"), data.get("requestId")
    return (
        str(code) if isinstance(code, str | int) else None,
        str(message) if isinstance(message, str | int) else None,
        str(request_id) if isinstance(request_id, str | int) else None,
    )


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The server's Retry-After hint in seconds (a number or an HTTP date; a date without a zone is UTC)."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def error_for(response: httpx.Response) -> IICSError:
    """The exception for a non-2xx response."""
    status = response.status_code
    body = response.text
    code, message, request_id = _error_fields(body)
    context: dict[str, Any] = {
        "status_code": status,
        "response_body": body,
        "method": response.request.method,
        "url": str(response.request.url),
        "error_code": code,
        "request_id": request_id,
    }
    text = message or response.reason_phrase or f"HTTP {status}"
    if status == 403 and response.extensions.get(PERMISSION_DENIED):
        return IICSPermissionError(f"permission denied: {text} (a fresh session got 403 too)", **context)
    if status in (401, 403):
        return IICSAuthError(text, **context)
    if status == 404:
        hint = response.request.extensions.get(HINT_EXTENSION)
        return IICSNotFoundError(f"{text} ({hint})" if hint else text, **context)
    if status == 429:
        return IICSRateLimitError(text, retry_after=retry_after_seconds(response), **context)
    if status in (400, 409, 422):
        return IICSBadRequestError(text, **context)
    if status >= 500:
        return IICSServerError(text, retry_after=retry_after_seconds(response), **context)
    return IICSError(text, **context)


def parse(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
    """Raise for a non-2xx status, else parse the body; a body that does not fit is an IICSValidationError."""
    if not 200 <= response.status_code < 300:
        raise error_for(response)
    try:
        return parser(response)
    except PARSE_ERRORS as exc:
        error = validation_error(response, exc)
    raise error  # outside the except block: no __context__ (a JSONDecodeError keeps the unredacted body)


def validation_error(response: httpx.Response, exc: BaseException) -> IICSValidationError:
    """The body did not fit its model. Raise it without chaining the cause: a JSONDecodeError keeps the whole
    unredacted body in ``doc``."""
    operation = response.request.extensions.get(OPERATION_EXTENSION)
    where = f"{operation}: " if isinstance(operation, str) else ""
    detail = str(exc) if not isinstance(exc, RecursionError) else "nested too deeply"
    return IICSValidationError(
        f"{where}response does not match the expected schema: {type(exc).__name__}: {redact_text(detail)}",
        status_code=response.status_code,
        response_body=response.text,
        method=response.request.method,
        url=str(response.request.url),
    )


def transport_error(exc: httpx.HTTPError) -> IICSError:
    """The exception for a request that got no usable response."""
    try:
        method, url = exc.request.method, str(exc.request.url)
    except RuntimeError:  # an error raised before the request existed
        method, url = None, None
    message = redact_text(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    if isinstance(exc, httpx.TimeoutException):
        return IICSTimeoutError(message, method=method, url=url)
    if isinstance(exc, httpx.TransportError):
        return IICSConnectionError(message, method=method, url=url)
    return IICSError(message, method=method, url=url)
