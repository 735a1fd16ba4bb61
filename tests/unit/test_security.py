"""Secrets stay secret: not in reprs, exceptions or logs; session headers never follow a redirect to another host."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from iics_client import IICSAuthError, IICSError
from tests.unit.conftest import LOGIN, POD, Runner, login_body

SECRET_SESSION = "SECRET-SESSION-0123456789"
PASSWORD = "hunter2-PASSWORD"


def _login(mock: respx.MockRouter) -> respx.Route:
    return mock.post(LOGIN).mock(return_value=httpx.Response(200, json=login_body(SECRET_SESSION)))


def test_redirect_to_another_host_never_carries_the_session(runner: Runner, mock: respx.MockRouter) -> None:
    _login(mock)
    mock.get(POD + "/saas/connection").mock(
        return_value=httpx.Response(302, headers={"Location": "https://evil.example.com/steal"})
    )
    elsewhere = mock.get("https://evil.example.com/steal").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(password=PASSWORD)
    runner(client, "list_connections")
    sent = elsewhere.calls.last.request
    assert "icSessionId" not in sent.headers
    assert "INFA-SESSION-ID" not in sent.headers
    assert SECRET_SESSION not in str(sent.headers)


def test_redirect_on_the_same_pod_keeps_the_session(runner: Runner, mock: respx.MockRouter) -> None:
    _login(mock)
    mock.get(POD + "/saas/connection").mock(
        return_value=httpx.Response(307, headers={"Location": POD + "/saas/connection2"})
    )
    there = mock.get(POD + "/saas/connection2").mock(return_value=httpx.Response(200, json=[]))
    runner(runner.client(), "list_connections")
    assert there.calls.last.request.headers["icSessionId"] == SECRET_SESSION


def test_secrets_are_absent_from_debug_logs(
    runner: Runner, mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _login(mock)
    mock.get(POD + "/saas/connection").mock(
        side_effect=[
            httpx.Response(401, json={"@type": "error", "code": "A", "description": "x"}),
            httpx.Response(200, json=[]),
        ]
    )
    mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(200))
    client = runner.client(password=PASSWORD)
    runner(client, "list_connections")
    runner(client, "logout")
    text = caplog.text
    assert "GET https://usw3.dm-us.informaticacloud.com/saas/connection -> 200" in text
    assert "renewing the session" in text
    assert SECRET_SESSION not in text
    assert PASSWORD not in text


def test_reprs_hold_no_secrets(runner: Runner, mock: respx.MockRouter) -> None:
    _login(mock)
    client = runner.client(password=PASSWORD)
    session = runner(client, "login")
    for text in (repr(client), str(client), repr(session), repr(client._auth), repr(client.__dict__)):
        assert SECRET_SESSION not in text
        assert PASSWORD not in text


def test_exceptions_hold_no_secrets_even_when_the_body_has_them(runner: Runner, mock: respx.MockRouter) -> None:
    leaked = {"icSessionId": SECRET_SESSION, "password": PASSWORD, "serverUrl": "ftp://nowhere"}
    mock.post(LOGIN).mock(return_value=httpx.Response(200, json=leaked))
    with pytest.raises(IICSAuthError) as caught:
        runner(runner.client(password=PASSWORD), "login")
    for text in (str(caught.value), repr(caught.value), caught.value.response_body or ""):
        assert SECRET_SESSION not in text
        assert PASSWORD not in text


def test_error_bodies_are_redacted() -> None:
    error = IICSError("x", response_body='{"icSessionId": "abc\\"def", "INFA-SESSION-ID":"zzz", "name": "ok"}')
    assert error.response_body == '{"icSessionId": "***", "INFA-SESSION-ID":"***", "name": "ok"}'


def test_tls_verification_is_on_by_default() -> None:
    from iics_client import IICSClient

    client = IICSClient("us", "u", "p")
    # RetryTransport -> AttemptTransport -> BoundedTransport (_pool.py) -> HTTPTransport -> the httpcore pool
    pool = client._pool.transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
