"""Item 8 of issue 12 (the 403 rule and stale sessions). IICS answers 403 both for "no permission" and, with error
code AUTH_01, for a session it no longer accepts. A 403 is renewed once; if the fresh session gets 403 too it is an
``IICSPermissionError``, and the same request refused with that session is not renewed again. A session replaced
while it may still be valid is logged out (in the background, once its requests in flight are done).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest
import respx

from iics_client import AsyncIICSClient, IICSAuthError, IICSPermissionError
from tests.unit.conftest import POD, Runner, mock_login

CONNS = POD + "/saas/connection"
LOGOUT = POD + "/saas/user/logout"
NO_PERMISSION = {"@type": "error", "code": "PERM_01", "description": "no permission", "statusCode": 403}
SESSION_REJECTED = {"error": {"code": "AUTH_01", "message": "session not valid", "requestId": "r1"}}


def _logged_out(mock: respx.MockRouter) -> respx.Route:
    return mock.post(LOGOUT).mock(return_value=httpx.Response(200))


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """The stale logout runs in the background: give it time (not a timing assertion: it fails only if it never
    happens)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_persisting_403_costs_one_relogin_in_all(runner: Runner, mock: respx.MockRouter) -> None:
    """The review's 11 calls on a forbidden resource made 22 logins and left 22 sessions open: now 1 re-login, and
    the session it replaced is logged out."""
    login = mock_login(mock)
    pod = mock.get(CONNS).mock(return_value=httpx.Response(403, json=NO_PERMISSION))
    logout = _logged_out(mock)
    client = runner.client()
    for _ in range(11):
        with pytest.raises(IICSPermissionError) as caught:
            runner(client, "list_connections")
        assert caught.value.status_code == 403
        assert caught.value.error_code == "PERM_01"
    assert login.call_count == 2  # the first login and one renewal
    assert pod.call_count == 12  # the first call twice (before and after the renewal), the other 10 once
    wait_until(lambda: logout.call_count == 1)
    assert [c.request.headers["icSessionId"] for c in logout.calls] == ["S1"]  # the replaced one, not the live one
    runner.close(client)
    print(f"\n11 calls answered 403: logins={login.call_count} pod requests={pod.call_count} logouts=1")


def test_a_403_that_a_new_session_cures_was_about_the_session(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)

    def pod(request: httpx.Request) -> httpx.Response:
        if request.headers["icSessionId"] == "S1":
            return httpx.Response(403, json=NO_PERMISSION)
        return httpx.Response(200, json=[])

    mock.get(CONNS).mock(side_effect=pod)
    logout = _logged_out(mock)
    client = runner.client()
    assert runner(client, "list_connections") == []
    assert login.call_count == 2
    wait_until(lambda: logout.call_count == 1)
    assert logout.calls.last.request.headers["icSessionId"] == "S1"
    runner.close(client)


def test_a_403_that_rejects_the_session_is_renewed_like_a_401(runner: Runner, mock: respx.MockRouter) -> None:
    """AUTH_01 means the session is bad (iics-api-facts-2.md §3.1): renewed up to max_reauth_attempts, never called
    a permission error, and a rejected session is not logged out."""
    login = mock_login(mock)
    mock.get(POD + "/api/v2/mttask").mock(return_value=httpx.Response(403, json=SESSION_REJECTED))
    logout = _logged_out(mock)
    client = runner.client(max_reauth_attempts=2)
    with pytest.raises(IICSAuthError) as caught:
        runner(client, "list_mapping_tasks")
    assert type(caught.value) is IICSAuthError
    assert caught.value.error_code == "AUTH_01"
    assert login.call_count == 3
    runner.close(client)
    assert logout.call_count == 0


def test_an_expired_session_is_not_logged_out(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=[httpx.Response(401, json={}), httpx.Response(200, json=[])])
    logout = _logged_out(mock)
    client = runner.client()
    runner(client, "list_connections")
    runner.close(client)
    assert logout.call_count == 0


def test_an_explicit_login_logs_the_session_it_replaces_out(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    logout = _logged_out(mock)
    client = runner.client()
    runner(client, "login")
    runner(client, "login")
    wait_until(lambda: logout.call_count == 1)
    assert logout.calls.last.request.headers["icSessionId"] == "S1"
    runner.close(client)


def test_concurrent_403s_make_one_relogin(mock: respx.MockRouter) -> None:
    login = mock_login(mock)

    async def pod(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        return httpx.Response(403, json=NO_PERMISSION)

    mock.get(CONNS).mock(side_effect=pod)
    _logged_out(mock)

    async def scenario() -> list[object]:
        async with AsyncIICSClient("us", "u", "p") as client:
            return await asyncio.gather(*(client.list_connections() for _ in range(50)), return_exceptions=True)

    results = asyncio.run(scenario())
    assert all(isinstance(result, IICSPermissionError) for result in results)
    assert login.call_count == 2


def test_a_replaced_session_is_logged_out_only_after_its_requests_in_flight(mock: respx.MockRouter) -> None:
    """IICS: "do not log out while requests on the session are still in flight"."""
    mock_login(mock)
    events: list[str] = []
    release = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        events.append(f"slow call sent with {request.headers['icSessionId']}")
        await release.wait()
        events.append("slow call answered")
        return httpx.Response(200, json=[])

    def logout(request: httpx.Request) -> httpx.Response:
        events.append(f"logout of {request.headers['icSessionId']}")
        return httpx.Response(200)

    mock.get(POD + "/saas/schedule").mock(side_effect=slow)
    mock.get(CONNS).mock(return_value=httpx.Response(403, json=NO_PERMISSION))
    mock.post(LOGOUT).mock(side_effect=logout)

    async def scenario() -> None:
        client = AsyncIICSClient("us", "u", "p")
        await client.login()
        slow_call = asyncio.ensure_future(client.list_schedules())
        await asyncio.sleep(0.05)
        with pytest.raises(IICSPermissionError):
            await client.list_connections()  # renews: S1 is replaced while the slow call still uses it
        await asyncio.sleep(0.05)
        events.append("permission error raised")
        release.set()
        await slow_call
        await client.aclose()  # waits for the background logout

    asyncio.run(scenario())
    assert events == [
        "slow call sent with S1",
        "permission error raised",
        "slow call answered",
        "logout of S1",
    ]
