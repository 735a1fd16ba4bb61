"""Login, pod routing and single-flight re-login (sync and async)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest
import respx

from iics_client import AsyncIICSClient, IICSAuthError, IICSClient
from tests.unit.conftest import LOGIN, POD, Runner, login_body, mock_login

CONNS = POD + "/saas/connection"


def expired_then_ok(valid: str) -> Callable[[httpx.Request], httpx.Response]:
    """A pod that accepts only the session `valid` (401 with the v2 error body otherwise)."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("icSessionId") == valid:
            return httpx.Response(200, json=[])
        return httpx.Response(
            401, json={"@type": "error", "code": "AUTH_01", "description": "expired", "statusCode": 401}
        )

    return answer


def test_calls_log_in_by_themselves(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    runner(client, "list_connections")
    runner(client, "list_connections")
    assert login.call_count == 1
    assert client.logins == 1


def test_login_returns_session_info_without_the_id_in_its_repr(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    session = runner(runner.client(), "login")
    assert session.user_name == "test@co.com"
    assert session.org_id == "org-1"
    assert str(session.origin) == POD
    assert "S1" not in repr(session)


def test_login_sends_the_v2_login_body(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    runner(runner.client(), "login")
    sent = login.calls.last.request
    assert sent.url == LOGIN
    assert httpx.Response(200, content=sent.content).json() == {
        "@type": "login",
        "username": "test@co.com",
        "password": "pass",
    }
    assert "icSessionId" not in sent.headers
    assert "INFA-SESSION-ID" not in sent.headers


def test_401_relogs_in_and_retries(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    route = mock.get(CONNS).mock(side_effect=expired_then_ok("S2"))
    client = runner.client()
    assert runner(client, "list_connections") == []
    assert login.call_count == 2
    assert [c.request.headers["icSessionId"] for c in route.calls] == ["S1", "S2"]


def test_403_is_renewed_too_but_bounded(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    body = {"@type": "error", "code": "PERM", "description": "no permission", "statusCode": 403}
    route = mock.get(CONNS).mock(return_value=httpx.Response(403, json=body))
    client = runner.client(max_reauth_attempts=2)
    with pytest.raises(IICSAuthError) as caught:
        runner(client, "list_connections")
    assert caught.value.status_code == 403
    assert caught.value.error_code == "PERM"
    assert route.call_count == 3  # first try + 2 renewals
    assert login.call_count == 3


def test_reauth_disabled(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    route = mock.get(CONNS).mock(side_effect=expired_then_ok("S2"))
    client = runner.client(max_reauth_attempts=0)
    with pytest.raises(IICSAuthError) as caught:
        runner(client, "list_connections")
    assert caught.value.status_code == 401
    assert route.call_count == 1
    assert login.call_count == 1


def test_failing_relogin_raises_at_once_and_stops_logging_in(runner: Runner, mock: respx.MockRouter) -> None:
    bad = {
        "@type": "error",
        "code": "UI_10000",
        "description": "User name or password is not valid.",
        "statusCode": 403,
    }
    login = mock.post(LOGIN).mock(
        side_effect=[
            httpx.Response(200, json=login_body("S1")),
            httpx.Response(403, json=bad),
            httpx.Response(200, json=login_body("S3")),
        ]
    )
    mock.get(CONNS).mock(side_effect=expired_then_ok("S3"))
    client = runner.client()
    with pytest.raises(IICSAuthError) as caught:
        runner(client, "list_connections")
    assert caught.value.error_code == "UI_10000"
    assert login.call_count == 2
    # credentials were rejected: later calls do not hammer the login host (account lockout) ...
    with pytest.raises(IICSAuthError, match="call login"):
        runner(client, "list_connections")
    assert login.call_count == 2
    # ... until the user logs in explicitly
    runner(client, "login")
    assert runner(client, "list_connections") == []


@pytest.mark.parametrize("status", [400, 401, 403])
def test_bad_credentials_are_an_auth_error(runner: Runner, mock: respx.MockRouter, status: int) -> None:
    mock.post(LOGIN).mock(
        return_value=httpx.Response(status, json={"@type": "error", "code": "UI_10000", "description": "bad"})
    )
    with pytest.raises(IICSAuthError) as caught:
        runner(runner.client(), "login")
    assert caught.value.status_code == status
    assert "pass" not in str(caught.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"serverUrl": POD}, "not an IICS user object"),
        ({"serverUrl": POD, "icSessionId": ""}, "no usable icSessionId"),
        ({"serverUrl": "http://pod.example.com", "icSessionId": "SECRET-SESSION"}, "must use https"),
        ({"serverUrl": "ftp://x", "icSessionId": "SECRET-SESSION"}, "serverUrl"),
    ],
)
def test_unusable_login_responses(runner: Runner, mock: respx.MockRouter, body: dict[str, str], message: str) -> None:
    mock.post(LOGIN).mock(return_value=httpx.Response(200, json=body))
    with pytest.raises(IICSAuthError, match=message) as caught:
        runner(runner.client(), "login")
    assert "SECRET-SESSION" not in str(caught.value)
    assert "SECRET-SESSION" not in (caught.value.response_body or "")


def test_non_json_login_response(runner: Runner, mock: respx.MockRouter) -> None:
    mock.post(LOGIN).mock(return_value=httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(IICSAuthError, match="not an IICS user object"):
        runner(runner.client(), "login")


def test_50_concurrent_async_calls_on_an_expired_session_log_in_once(mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    pod = expired_then_ok("S2")

    async def slow_pod(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)  # all 50 calls are in flight when the session turns out expired
        return pod(request)

    route = mock.get(CONNS).mock(side_effect=slow_pod)

    async def scenario() -> None:
        client = AsyncIICSClient(login_url="us", username="u", password="p")
        await client.login()  # S1, which the pod no longer accepts
        results = await asyncio.gather(*(client.list_connections() for _ in range(50)))
        assert results == [[]] * 50
        await client.aclose()

    asyncio.run(scenario())
    assert login.call_count == 2  # the first login and exactly one renewal
    assert route.call_count == 100


def test_50_threads_on_an_expired_session_log_in_once(mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    pod = expired_then_ok("S2")

    all_in_flight = threading.Barrier(50)

    def slow_pod(request: httpx.Request) -> httpx.Response:
        if request.headers["icSessionId"] == "S1":
            all_in_flight.wait(timeout=10)  # every thread holds the expired session before any learns it
        return pod(request)

    route = mock.get(CONNS).mock(side_effect=slow_pod)
    client = IICSClient(login_url="us", username="u", password="p", max_connections=50)
    client.login()
    barrier = threading.Barrier(50)
    errors: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            client.list_connections()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert login.call_count == 2
    assert route.call_count == 100


def test_context_manager_logs_in_and_out(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    logout = mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(200))
    client = runner.client()
    if isinstance(client, IICSClient):
        with client as entered:
            assert entered is client
    else:

        async def use() -> None:
            async with client as entered:
                assert entered is client

        runner.run(use())
    assert logout.call_count == 1
    assert logout.calls.last.request.headers["icSessionId"] == "S1"


def test_logout_failure_never_hides_the_original_exception(mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(POD + "/saas/user/logout").mock(side_effect=httpx.ConnectError("down"))
    with pytest.raises(KeyError, match="mine"):
        with IICSClient(login_url="us", username="u", password="p", max_retries=0):
            raise KeyError("mine")


def test_async_logout_failure_is_best_effort(mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(500, text="boom"))

    async def use() -> None:
        async with AsyncIICSClient(login_url="us", username="u", password="p", max_retries=0) as client:
            assert client.logins == 1

    asyncio.run(use())


def test_logout_without_a_session_does_nothing(runner: Runner, mock: respx.MockRouter) -> None:
    runner(runner.client(), "logout")
    assert not mock.calls


def test_after_logout_the_next_call_logs_in_again(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    mock.post(POD + "/saas/user/logout").mock(return_value=httpx.Response(200))
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    runner(client, "login")
    runner(client, "logout")
    runner(client, "list_connections")
    assert login.call_count == 2
