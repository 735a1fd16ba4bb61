"""Events (``on_event=``): every kind, sync and async, with retries and re-logins; what they carry and never carry."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
import respx

from iics_client import Event, EventKind, IICSConfigurationError, IICSNotFoundError, IICSServerError
from tests.unit.conftest import LOGIN, POD, Runner, mock_login

CONNS = POD + "/saas/connection"
OBJECTS = POD + "/api/v2/objects"
V2_ERROR = {"@type": "error", "code": "E", "description": "expired", "statusCode": 401}


def recorder() -> tuple[list[Event], Any]:
    events: list[Event] = []
    return events, events.append


def kinds(events: list[Event], operation: str | None = None) -> list[str]:
    return [e.kind.value for e in events if operation is None or e.operation == operation]


def test_request_and_response_events(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    events, record = recorder()
    client = runner.client(on_event=record)
    runner(client, "list_connections")

    assert kinds(events) == ["request_sent", "response_received"] * 2  # the login, then the call
    sent, received = events[2], events[3]
    assert (sent.operation, sent.family, sent.method, sent.url, sent.attempt) == (
        "list_connections",
        "v2",
        "GET",
        CONNS,
        1,
    )
    assert received.status == 200
    assert received.duration is not None
    assert received.duration >= 0
    assert events[0].operation == "login"
    assert events[0].family == "login"
    assert events[0].url == LOGIN


def test_retry_scheduled_says_why_and_how_long(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(
        side_effect=[
            httpx.Response(503),
            httpx.ConnectError("refused"),
            httpx.Response(200, json=[]),
        ]
    )
    events, record = recorder()
    client = runner.client(on_event=record, retry_backoff=0.001)
    runner(client, "list_connections")

    assert kinds(events, "list_connections") == [
        "request_sent",
        "response_received",
        "retry_scheduled",
        "request_sent",
        "retry_scheduled",
        "request_sent",
        "response_received",
    ]
    retries = [e for e in events if e.kind is EventKind.RETRY_SCHEDULED]
    assert [(e.attempt, e.status, e.reason) for e in retries] == [(1, 503, "HTTP 503"), (2, None, "ConnectError")]
    assert all(e.wait is not None and 0 <= e.wait <= 0.002 * 2**2 for e in retries)
    assert [e.attempt for e in events if e.kind is EventKind.REQUEST_SENT and e.operation == "list_connections"] == [
        1,
        2,
        3,
    ]
    assert client.metrics["list_connections"].retries == 2


def test_retry_after_is_the_wait(runner: Runner, mock: respx.MockRouter, no_sleep: list[float]) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=[httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=[])])
    events, record = recorder()
    runner(runner.client(on_event=record), "list_connections")
    (retry,) = [e for e in events if e.kind is EventKind.RETRY_SCHEDULED]
    assert (retry.status, retry.wait) == (429, 7.0)
    assert no_sleep == [7.0]


def test_session_renewed_names_the_call_that_met_the_401(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)

    def pod(request: httpx.Request) -> httpx.Response:
        ok = request.headers.get("icSessionId") == "S2"
        return httpx.Response(200, json=[]) if ok else httpx.Response(401, json=V2_ERROR)

    mock.get(CONNS).mock(side_effect=pod)
    events, record = recorder()
    client = runner.client(on_event=record)
    runner(client, "list_connections")

    renewed = [e for e in events if e.kind is EventKind.SESSION_RENEWED]
    assert [(e.operation, e.status, e.reason, e.url) for e in renewed] == [("list_connections", 401, "HTTP 401", CONNS)]
    # the call's 401, the re-login, the event, the replay (numbered from 1 again)
    tail = [(e.kind.value, e.operation, e.status, e.attempt) for e in events[2:]]
    assert tail == [
        ("request_sent", "list_connections", None, 1),
        ("response_received", "list_connections", 401, 1),
        ("request_sent", "login", None, 1),
        ("response_received", "login", 200, 1),
        ("session_renewed", "list_connections", 401, 1),
        ("request_sent", "list_connections", None, 1),
        ("response_received", "list_connections", 200, 1),
    ]
    metrics = client.metrics
    assert metrics["list_connections"].relogins == 1
    assert metrics["login"].requests == 2
    assert metrics["login"].calls == 0  # logins the session made by itself are requests, not calls


def test_call_failed_carries_status_request_id_and_the_message(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    body = {"error": {"code": "CORE_002", "message": "Not here.", "requestId": "req-42", "details": None}}
    mock.get(OBJECTS).mock(return_value=httpx.Response(404, json=body))
    events, record = recorder()
    client = runner.client(on_event=record)
    with pytest.raises(IICSNotFoundError):
        runner(client, "search_objects")

    received, failed = events[-2], events[-1]
    assert (received.kind, received.status, received.request_id) == (EventKind.RESPONSE_RECEIVED, 404, "req-42")
    assert failed.kind is EventKind.CALL_FAILED
    assert (failed.operation, failed.family, failed.method, failed.status) == ("search_objects", "v3", "GET", 404)
    assert (failed.request_id, failed.reason) == ("req-42", "IICSNotFoundError")
    assert failed.error is not None
    assert failed.error.startswith("Not here.")  # (with layout auto, a 404 adds which layout was picked)
    assert failed.url is not None
    assert failed.url.startswith(OBJECTS)
    assert failed.duration is not None


def test_call_failed_after_the_retries(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(502))
    events, record = recorder()
    client = runner.client(on_event=record, max_retries=2)
    with pytest.raises(IICSServerError):
        runner(client, "list_connections")
    assert kinds(events, "list_connections").count("retry_scheduled") == 2
    assert events[-1].kind is EventKind.CALL_FAILED
    assert events[-1].status == 502
    assert client.metrics["list_connections"].failures == {"IICSServerError": 1}


def test_job_start_reconciled_through_the_emit_function(runner: Runner) -> None:
    events, record = recorder()
    client = runner.client(on_event=record)
    client._telemetry.job_start_reconciled(
        task_id="0100000Z000000000002", outcome="adopted", run_id=7, status=502, source="activity monitor"
    )
    (event,) = events
    assert event.kind is EventKind.JOB_START_RECONCILED
    assert (event.operation, event.family, event.method, event.status, event.reason) == (
        "start_job",
        "v2",
        "POST",
        502,
        "adopted",
    )
    assert dict(event.details) == {
        "task_id": "0100000Z000000000002",
        "outcome": "adopted",
        "run_id": 7,
        "source": "activity monitor",
    }
    assert client.metrics["start_job"].reconciliations == 1
    runner.close(client)


def test_a_raising_callback_does_not_break_the_call_and_is_logged_once(
    runner: Runner, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    calls = []

    def broken(event: Event) -> None:
        calls.append(event)
        raise RuntimeError("subscriber bug")

    client = runner.client(on_event=broken)
    with caplog.at_level(logging.WARNING, logger="iics_client"):
        assert runner(client, "list_connections") == []
        assert runner(client, "list_connections") == []
    assert len(calls) == 6
    warnings = [r for r in caplog.records if "on_event" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].exc_info is not None


def test_events_never_carry_a_secret(runner: Runner, mock: respx.MockRouter) -> None:
    password, sessions = "pw-Secret-123", ["SESSION-ONE-xyz", "SESSION-TWO-xyz"]
    tokens = iter(sessions)
    mock.post(LOGIN).mock(
        side_effect=lambda request: httpx.Response(
            200,
            json={"@type": "user", "name": "u", "orgId": "o", "serverUrl": POD, "icSessionId": next(tokens)},
        )
    )
    state = {"n": 0}

    def pod(request: httpx.Request) -> httpx.Response:
        state["n"] += 1
        if state["n"] == 1:
            return httpx.Response(401, json=V2_ERROR)
        return httpx.Response(500, json={"@type": "error", "code": "X", "description": "password=oops"})

    mock.get(url__startswith=CONNS).mock(side_effect=pod)
    events, record = recorder()
    client = runner.client(password=password, on_event=record, max_retries=0)
    with pytest.raises(IICSServerError):
        runner(client, "raw_get", "/connection", api_version="v2", params={"password": "in-the-query", "a": "b"})
    text = json.dumps([e.to_dict() for e in events]) + repr(events) + json.dumps(client.metrics.to_dict())
    for secret in (password, *sessions, "in-the-query"):
        assert secret not in text
    assert "password=%2A%2A%2A" in text or "password=***" in text
    assert {e.operation for e in events} == {"login", "raw"}


def test_on_event_must_be_a_plain_function(runner: Runner) -> None:
    async def coroutine(event: Event) -> None:
        return None

    for bad in (coroutine, "not callable"):
        with pytest.raises(IICSConfigurationError, match="on_event"):
            runner.client(on_event=bad)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the retry layer's sleeps instead of sleeping."""
    import asyncio
    import time

    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(time, "sleep", waits.append)
    monkeypatch.setattr(asyncio, "sleep", asleep)
    return waits
