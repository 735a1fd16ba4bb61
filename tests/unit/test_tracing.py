"""OpenTelemetry spans (``tracing=``), read back with the SDK's in-memory exporter; and the extra stays optional."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest
import respx
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from iics_client import IICSConfigurationError, IICSNotFoundError
from tests.unit.conftest import LOGIN, POD, Runner, mock_login

CONNS = POD + "/saas/connection"
V2_EXPIRED = {"@type": "error", "code": "E", "description": "expired", "statusCode": 401}


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    made = TracerProvider()
    made.add_span_processor(SimpleSpanProcessor(exporter))
    return made


def by_name(spans: tuple[ReadableSpan, ...] | list[ReadableSpan], name: str) -> list[ReadableSpan]:
    return [span for span in spans if span.name == name]


def test_one_span_per_operation_with_its_attempts_as_children(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter, provider: TracerProvider
) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=[])])
    client = runner.client(tracing=provider)
    runner(client, "list_connections")

    spans = exporter.get_finished_spans()
    (operation,) = by_name(spans, "iics list_connections")
    assert operation.kind is SpanKind.INTERNAL
    assert operation.attributes is not None
    assert dict(operation.attributes) == {
        "iics.operation": "list_connections",
        "iics.api_family": "v2",
        "http.request.method": "GET",
    }
    children = [s for s in spans if s.parent is not None and s.parent.span_id == operation.context.span_id]
    attempts = [s for s in children if s.attributes and s.attributes.get("url.full") == CONNS]
    assert [s.name for s in attempts] == ["GET", "GET"]
    assert all(s.kind is SpanKind.CLIENT for s in attempts)
    first, second = (dict(s.attributes or {}) for s in attempts)
    assert first == {
        "http.request.method": "GET",
        "url.full": CONNS,
        "server.address": "usw3.dm-us.informaticacloud.com",
        "server.port": 443,
        "iics.operation": "list_connections",
        "iics.api_family": "v2",
        "http.response.status_code": 503,
        "network.protocol.version": "1.1",
        "error.type": "503",
    }
    assert second["http.request.resend_count"] == 1
    assert second["http.response.status_code"] == 200
    assert attempts[0].status.status_code is StatusCode.ERROR
    assert attempts[1].status.status_code is StatusCode.UNSET
    # the login the call needed is a child too; the retry is an event on the operation
    (login,) = [s for s in children if s.attributes and s.attributes.get("iics.operation") == "login"]
    assert login.attributes is not None
    assert login.attributes["url.full"] == LOGIN
    assert [e.name for e in operation.events] == ["retry_scheduled"]
    assert operation.events[0].attributes is not None
    assert operation.events[0].attributes["iics.retry.reason"] == "HTTP 503"
    runner.close(client)


def test_errors_are_recorded(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter, provider: TracerProvider
) -> None:
    mock_login(mock)
    body = {"error": {"code": "CORE_002", "message": "Gone.", "requestId": "req-9", "details": None}}
    mock.get(url__startswith=POD + "/api/v2/objects").mock(return_value=httpx.Response(404, json=body))
    client = runner.client(tracing=provider)
    with pytest.raises(IICSNotFoundError):
        runner(client, "search_objects")
    (operation,) = by_name(exporter.get_finished_spans(), "iics search_objects")
    assert operation.status.status_code is StatusCode.ERROR
    attributes = dict(operation.attributes or {})
    assert attributes["error.type"] == "IICSNotFoundError"
    assert attributes["http.response.status_code"] == 404
    assert attributes["iics.request_id"] == "req-9"
    (exception,) = [e for e in operation.events if e.name == "exception"]
    assert exception.attributes is not None
    assert str(exception.attributes["exception.type"]).endswith("IICSNotFoundError")
    assert str(exception.attributes["exception.message"]).startswith("Gone.")  # a 404 under layout auto adds a hint
    runner.close(client)


def test_a_renewal_is_an_event_and_the_relogin_a_child(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter, provider: TracerProvider
) -> None:
    mock_login(mock)

    def pod(request: httpx.Request) -> httpx.Response:
        ok = request.headers.get("icSessionId") == "S2"
        return httpx.Response(200, json=[]) if ok else httpx.Response(401, json=V2_EXPIRED)

    mock.get(CONNS).mock(side_effect=pod)
    client = runner.client(tracing=provider)
    runner(client, "list_connections")
    spans = exporter.get_finished_spans()
    (operation,) = by_name(spans, "iics list_connections")
    assert [e.name for e in operation.events] == ["session_renewed"]
    children = [s for s in spans if s.parent is not None and s.parent.span_id == operation.context.span_id]
    operations = [dict(s.attributes or {}).get("iics.operation") for s in children]
    assert operations == ["login", "list_connections", "login", "list_connections"]
    runner.close(client)


def test_no_secret_in_any_span(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter, provider: TracerProvider
) -> None:
    password, session = "pw-Very-Secret", "SESSION-abc-123"
    mock.post(LOGIN).mock(
        return_value=httpx.Response(
            200, json={"@type": "user", "name": "u", "orgId": "o", "serverUrl": POD, "icSessionId": session}
        )
    )
    mock.get(url__startswith=CONNS).mock(
        return_value=httpx.Response(500, json={"@type": "error", "description": '{"icSessionId": "leak"}'})
    )
    client = runner.client(password=password, tracing=provider, max_retries=0)
    with pytest.raises(Exception):  # noqa: B017, PT011 - any error: the spans are what is checked
        runner(client, "raw_get", "/connection", api_version="v2", params={"icSessionId": session})
    spans = exporter.get_finished_spans()
    text = json.dumps([json.loads(s.to_json()) for s in spans])
    for secret in (password, session, "leak"):
        assert secret not in text
    keys = {key for s in spans for key in (s.attributes or {})}
    keys |= {key for s in spans for event in s.events for key in (event.attributes or {})}
    assert not [key for key in keys if "header" in key or "session" in key.lower() or "body" in key]
    runner.close(client)


def test_tracing_off_by_default_makes_no_span(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter
) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    runner(client, "list_connections")
    assert client._telemetry._tracing is None
    assert exporter.get_finished_spans() == ()
    runner.close(client)


def test_without_opentelemetry_tracing_is_a_configuration_error(
    runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [
        n for n in sys.modules if n == "opentelemetry" or n.startswith(("opentelemetry.", "iics_client._tracing"))
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "opentelemetry", None)  # import opentelemetry -> ImportError
    with pytest.raises(IICSConfigurationError, match=r"iics-client\[otel\]"):
        runner.client(tracing=True)


def test_tracing_must_be_a_bool_or_a_provider(runner: Runner) -> None:
    with pytest.raises(IICSConfigurationError, match="tracing"):
        runner.client(tracing="yes")


def test_import_iics_client_does_not_import_opentelemetry() -> None:
    code = (
        "import sys, iics_client; from iics_client import IICSClient; "
        "IICSClient('us', 'u', 'p'); "
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_spans_go_to_the_global_provider_with_tracing_true(
    runner: Runner, mock: respx.MockRouter, exporter: InMemorySpanExporter, provider: TracerProvider, monkeypatch: Any
) -> None:
    from opentelemetry import trace

    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(tracing=True)
    runner(client, "list_connections")
    assert by_name(exporter.get_finished_spans(), "iics list_connections")
    runner.close(client)
