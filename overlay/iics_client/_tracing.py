"""Tracing with OpenTelemetry (the ``otel`` extra): one span per client operation, its HTTP attempts as children.

Imported only when a client is made with ``tracing=True`` (the global tracer provider) or ``tracing=<a
TracerProvider>``; ``import iics_client`` never imports OpenTelemetry. Only the OpenTelemetry *API* is used: the
application brings its SDK and exporter.

* The operation span (kind INTERNAL, named ``iics <operation id>``) covers one client operation, including its
  retries' waits and a re-login; retries and renewals are span events on it. Attributes: ``iics.operation``,
  ``iics.api_family``, ``http.request.method``; on failure ``error.type`` (the exception class), the status, the
  exception (message masked like our exception text) and status ERROR.
* Each HTTP attempt is a child span (kind CLIENT, named by its method) with the stable HTTP client
  semantic-convention attributes: ``http.request.method``, ``url.full`` (secret query values masked),
  ``server.address``, ``server.port``, ``http.response.status_code``, ``http.request.resend_count`` (retries),
  ``network.protocol.version``, ``error.type``; plus ``iics.operation`` and ``iics.api_family``.

No header is ever recorded, so session headers cannot be exported; nor is a body. opentelemetry-instrumentation-httpx
is not used: it records request headers when the environment asks it to (OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_
CLIENT_REQUEST), which would export the session id, and it would not see the retry layer's attempts from above it.
"""

from __future__ import annotations

import re
import traceback
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from ._secrets import redact_text, redact_url
from ._urls import FAMILY_KEY, OPERATION_KEY
from ._version import __version__

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider
    from opentelemetry.util.types import AttributeValue

_operation_span: ContextVar[Span | None] = ContextVar("iics_operation_span", default=None)


class Tracing:
    """Makes the spans of one client."""

    def __init__(self, provider: TracerProvider | None = None) -> None:
        self._tracer = trace.get_tracer("iics_client", __version__, tracer_provider=provider)

    # ---- the operation ----

    def start_operation(self, operation: str, family: str | None, method: str) -> tuple[Span, object, object]:
        attributes: dict[str, AttributeValue] = {"iics.operation": operation, "http.request.method": method}
        if family:
            attributes["iics.api_family"] = family
        span = self._tracer.start_span(f"iics {operation}", kind=SpanKind.INTERNAL, attributes=attributes)
        token = otel_context.attach(trace.set_span_in_context(span))
        return span, token, _operation_span.set(span)

    def end_operation(self, handle: tuple[Span, Any, Any], error: BaseException | None) -> None:
        span, token, mine = handle
        if error is not None:
            span.set_attribute("error.type", type(error).__name__)
            status = getattr(error, "status_code", None)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
            request_id = getattr(error, "request_id", None)
            if isinstance(request_id, str):
                span.set_attribute("iics.request_id", request_id)
            _record(span, error)
        _operation_span.reset(mine)
        otel_context.detach(token)
        span.end()

    def add_event(self, name: str, attributes: dict[str, AttributeValue]) -> None:
        """An event on the current operation's span (none outside a client operation)."""
        span = _operation_span.get()
        if span is not None:
            span.add_event(name, attributes)

    # ---- one HTTP attempt ----

    def start_attempt(self, request: httpx.Request, attempt: int) -> Span:
        url = request.url
        attributes: dict[str, AttributeValue] = {
            "http.request.method": request.method,
            "url.full": redact_url(url),
            "server.address": url.host,
            "server.port": url.port or (443 if url.scheme == "https" else 80),
        }
        if attempt > 1:
            attributes["http.request.resend_count"] = attempt - 1
        operation, family = request.extensions.get(OPERATION_KEY), request.extensions.get(FAMILY_KEY)
        if isinstance(operation, str):
            attributes["iics.operation"] = operation
        if isinstance(family, str):
            attributes["iics.api_family"] = family
        return self._tracer.start_span(request.method, kind=SpanKind.CLIENT, attributes=attributes)

    def end_attempt(self, span: Span, response: httpx.Response | None, error: BaseException | None) -> None:
        if response is not None:
            span.set_attribute("http.response.status_code", response.status_code)
            version = response.http_version.removeprefix("HTTP/")
            if version:
                span.set_attribute("network.protocol.version", version)
            if response.status_code >= 400:
                span.set_attribute("error.type", str(response.status_code))
                span.set_status(Status(StatusCode.ERROR))
        if error is not None:
            span.set_attribute("error.type", type(error).__name__)
            _record(span, error)
        span.end()


_URL = re.compile(r"https?://[^\s\]\)\"']+")


def _safe(text: str) -> str:
    """Text fit for a span: secret JSON fields and secret query values masked."""
    return _URL.sub(lambda found: redact_url(found.group()), redact_text(text))


def _record(span: Span, error: BaseException) -> None:
    message = _safe(str(getattr(error, "message", None) or error))
    stack = _safe("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    span.record_exception(error, attributes={"exception.message": message, "exception.stacktrace": stack})
    span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {message}"))


__all__ = ["Tracing"]
