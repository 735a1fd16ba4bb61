"""From an httpx response (or failure) to a typed result or an exception of our hierarchy."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx

from ._exceptions import (
    IICSAuthError,
    IICSBadRequestError,
    IICSConnectionError,
    IICSError,
    IICSNotFoundError,
    IICSRateLimitError,
    IICSServerError,
    IICSTimeoutError,
    IICSValidationError,
)

T = TypeVar("T")
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def _error_fields(body: str) -> tuple[str | None, str | None, str | None]:
    """(code, message, requestId) from a v2 ``{"@type":"error",...}`` or v3 ``{"error":{...}}`` body, if it is one."""
    try:
        data = json.loads(body)
    except ValueError:
        return None, None, None
    if not isinstance(data, dict):
        return None, None, None
    if isinstance(data.get("error"), dict):
        data = data["error"]
    code, message, request_id = data.get("code"), data.get("message") or data.get("description"), data.get("requestId")
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
        str(request_id) if request_id is not None else None,
    )


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
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
    if status in (401, 403):
        return IICSAuthError(text, **context)
    if status == 404:
        return IICSNotFoundError(text, **context)
    if status == 429:
        return IICSRateLimitError(text, retry_after=retry_after_seconds(response), **context)
    if status in (400, 409, 422):
        return IICSBadRequestError(text, **context)
    if status >= 500:
        return IICSServerError(text, **context)
    return IICSError(text, **context)


def parse(response: httpx.Response, parser: Callable[[httpx.Response], T]) -> T:
    """Raise for a non-2xx status, else parse the body; a body that does not fit is an IICSValidationError."""
    if not 200 <= response.status_code < 300:
        raise error_for(response)
    try:
        return parser(response)
    except PARSE_ERRORS as exc:
        raise IICSValidationError(
            f"response does not match the expected schema: {type(exc).__name__}: {exc}",
            status_code=response.status_code,
            response_body=response.text,
            method=response.request.method,
            url=str(response.request.url),
        ) from exc


def transport_error(exc: httpx.HTTPError) -> IICSError:
    """The exception for a request that got no usable response."""
    try:
        method, url = exc.request.method, str(exc.request.url)
    except RuntimeError:  # an error raised before the request existed
        method, url = None, None
    message = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return IICSTimeoutError(message, method=method, url=url)
    if isinstance(exc, httpx.TransportError):
        return IICSConnectionError(message, method=method, url=url)
    return IICSError(message, method=method, url=url)
