"""Item 2 of issue 12, and the re-login's own failures: the login sent from inside a call carries the client's
timeout, and a re-login that fails is the failure of every call that waited for it (they do not queue up one login
each behind it), so a login host that does not answer costs each call one timeout, not one per caller ahead of it.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
import respx

from iics_client import IICSServerError, IICSTimeoutError
from iics_client.testing import Fault, Simulator
from tests.reliability.scenarios import client_for
from tests.unit.conftest import LOGIN, POD, Runner, login_body


def test_the_login_made_inside_a_call_carries_the_clients_timeout(runner: Runner, mock: respx.MockRouter) -> None:
    timeouts: list[Any] = []

    def login(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions.get("timeout"))
        return httpx.Response(200, json=login_body(f"S{len(timeouts)}"))

    mock.post(LOGIN).mock(side_effect=login)
    mock.get(POD + "/saas/schedule").mock(
        side_effect=[httpx.Response(200, json=[]), httpx.Response(401, json={}), httpx.Response(200, json=[])]
    )
    client = runner.client(timeout=7)
    runner(client, "list_schedules")  # logs in from inside the call
    runner(client, "list_schedules")  # 401: renews from inside the call
    expected = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert timeouts == [expected, expected]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_login_host_that_does_not_answer_fails_the_call_within_its_timeout(sim: Simulator, kind: str) -> None:
    """The login host answers after 3 s; the client's timeout is 0.5 s. Without a timeout on the re-login the call
    would succeed after 3 s; with it, the call fails with IICSTimeoutError."""
    client = client_for(sim, kind, timeout=0.5, max_retries=0)
    outcome = _expired_then(sim, client, kind, calls=1, fault=Fault.slow(3.0, operation="login"))
    assert [type(error) for error in outcome] == [IICSTimeoutError]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_callers_waiting_for_a_failed_relogin_share_its_failure(sim: Simulator, kind: str) -> None:
    """20 calls meet an expired session while the login host hangs (3 s; timeout 1 s): one re-login is sent, it
    times out, and all 20 calls fail with it (none sends its own login after it)."""
    client = client_for(sim, kind, timeout=1.0, max_retries=0)
    outcome = _expired_then(sim, client, kind, calls=20, fault=Fault.slow(3.0, operation="login"))
    assert len(outcome) == 20
    assert all(isinstance(error, IICSTimeoutError) for error in outcome), outcome
    assert sim.stats.snapshot()["requests_by_operation"]["login"] == 1  # the renewal, and only one
    print(f"\n[{kind}] 20 calls, login host hangs: {sum(1 for _ in outcome)} x IICSTimeoutError, 1 login sent")
    # the login host is back: the next call logs in and succeeds
    sim.clear_faults()
    _next_call(client, kind)
    assert client.logins == 2


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_login_answered_5xx_is_shared_too(sim: Simulator, kind: str) -> None:
    """The re-login is answered 502 after 1 s, so all 10 calls are waiting for it by then (a call that meets the
    expiry only after a failed re-login rightly tries once more itself)."""
    client = client_for(sim, kind, max_retries=0)
    faults = [Fault.slow(1.0, operation="login", times=1), Fault.http(502, operation="login", times=1)]
    outcome = _expired_then(sim, client, kind, calls=10, fault=faults)
    assert len(outcome) == 10
    assert all(isinstance(error, IICSServerError) for error in outcome), outcome
    assert sim.stats.snapshot()["requests_by_operation"]["login"] == 1
    _next_call(client, kind)  # not latched: a server error says nothing of the credentials


def _expired_then(
    sim: Simulator, client: Any, kind: str, *, calls: int, fault: Fault | list[Fault]
) -> list[BaseException]:
    """Log in, expire the session, break the login host with ``fault``, then ``calls`` concurrent calls: their
    exceptions."""
    if kind == "async":

        async def scenario() -> list[Any]:
            await client.login()
            sim.expire_sessions()
            sim.stats.reset()
            for one in fault if isinstance(fault, list) else [fault]:
                sim.add_fault(one)
            return await asyncio.gather(*(client.list_schedules() for _ in range(calls)), return_exceptions=True)

        loop = asyncio.new_event_loop()
        client._loop = loop  # the test's next call runs on the same loop
        results = loop.run_until_complete(scenario())
    else:
        client.login()
        sim.expire_sessions()
        sim.stats.reset()
        for one in fault if isinstance(fault, list) else [fault]:
            sim.add_fault(one)
        results = []
        lock = threading.Lock()

        def call() -> None:
            try:
                client.list_schedules()
            except BaseException as exc:
                with lock:
                    results.append(exc)

        threads = [threading.Thread(target=call) for _ in range(calls)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
    return [result for result in results if isinstance(result, BaseException)]


def _next_call(client: Any, kind: str) -> None:
    if kind == "async":
        loop: asyncio.AbstractEventLoop = client._loop
        loop.run_until_complete(client.list_schedules())
        loop.run_until_complete(client.aclose())
        loop.close()
    else:
        client.list_schedules()
        client.close()
