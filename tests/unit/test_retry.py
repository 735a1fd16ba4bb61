"""Retries: idempotent calls on 429/502/503/504 and network errors; a job start only when IICS cannot have acted."""

from __future__ import annotations

import httpx
import pytest
import respx

from iics_client import IICSConnectionError, IICSRateLimitError, IICSServerError, IICSTimeoutError
from tests.unit.conftest import POD, Runner, mock_login

CONNS = POD + "/saas/connection"
JOB = POD + "/saas/job"
JOB_BODY = {"@type": "job", "taskId": "t1", "taskType": "MTT", "runId": 7}


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_call_is_retried_on_transient_statuses(runner: Runner, mock: respx.MockRouter, status: int) -> None:
    mock_login(mock)
    route = mock.get(CONNS).mock(
        side_effect=[httpx.Response(status), httpx.Response(status), httpx.Response(200, json=[])]
    )
    assert runner(runner.client(), "list_connections") == []
    assert route.call_count == 3


def test_retries_are_bounded_and_then_raise(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(CONNS).mock(return_value=httpx.Response(503, text="unavailable"))
    with pytest.raises(IICSServerError) as caught:
        runner(runner.client(max_retries=2), "list_connections")
    assert route.call_count == 3
    assert caught.value.status_code == 503
    assert caught.value.response_body == "unavailable"


def test_max_retries_zero_disables_retries(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(CONNS).mock(return_value=httpx.Response(502))
    with pytest.raises(IICSServerError):
        runner(runner.client(max_retries=0), "list_connections")
    assert route.call_count == 1


@pytest.mark.parametrize(
    "error", [httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.RemoteProtocolError("dropped")]
)
def test_idempotent_call_is_retried_on_network_errors(runner: Runner, mock: respx.MockRouter, error: Exception) -> None:
    mock_login(mock)
    route = mock.get(CONNS).mock(side_effect=[error, httpx.Response(200, json=[])])
    assert runner(runner.client(), "list_connections") == []
    assert route.call_count == 2


def test_exhausted_network_retries_raise_a_connection_error(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(IICSConnectionError, match="refused") as caught:
        runner(runner.client(max_retries=1), "list_connections")
    assert caught.value.url == CONNS


def test_timeouts_raise_a_timeout_error(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(IICSTimeoutError):
        runner(runner.client(max_retries=1), "list_connections")


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(502),
        httpx.Response(504),
        httpx.Response(500),
        httpx.Response(503),  # without Retry-After: maybe a gateway's, after IICS acted
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ReadTimeout("t"),
    ],
)
def test_job_start_is_never_repeated_once_iics_may_have_received_it(
    runner: Runner, mock: respx.MockRouter, failure: httpx.Response | Exception
) -> None:
    """The transport never repeats it (with reconciliation off, the error reaches the caller: test_exactly_once.py
    covers what reconciliation does instead)."""
    mock_login(mock)
    route = mock.post(JOB).mock(side_effect=[failure, httpx.Response(200, json=JOB_BODY)])
    with pytest.raises((IICSServerError, IICSConnectionError)):
        runner(runner.client(reconcile_timeout=0), "start_job", task_id="t1", task_type="MTT")
    assert route.call_count == 1


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("t"),
        httpx.Response(503, headers={"Retry-After": "0"}),  # IICS refused: try later
        httpx.Response(429, headers={"Retry-After": "0"}),
    ],
)
def test_job_start_is_retried_when_iics_cannot_have_acted(
    runner: Runner, mock: respx.MockRouter, failure: httpx.Response | Exception
) -> None:
    mock_login(mock)
    route = mock.post(JOB).mock(side_effect=[failure, httpx.Response(200, json=JOB_BODY)])
    job = runner(runner.client(), "start_job", task_id="t1", task_type="MTT")
    assert job.run_id == 7
    assert route.call_count == 2


@pytest.fixture
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between retries, recorded instead of slept (sync and async)."""
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("time.sleep", waits.append)
    monkeypatch.setattr("asyncio.sleep", no_wait)
    return waits


def test_retry_after_is_honoured_and_reported(runner: Runner, mock: respx.MockRouter, slept: list[float]) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(
        return_value=httpx.Response(
            429, headers={"Retry-After": "7"}, json={"error": {"code": "TOO_MANY", "message": "slow down"}}
        )
    )
    with pytest.raises(IICSRateLimitError) as caught:
        runner(runner.client(max_retries=2, retry_max_wait=5), "list_connections")
    assert caught.value.retry_after == 7
    assert caught.value.error_code == "TOO_MANY"
    assert slept == [5, 5]  # Retry-After, capped at retry_max_wait


def test_backoff_grows_exponentially_with_jitter(runner: Runner, mock: respx.MockRouter, slept: list[float]) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(503))
    with pytest.raises(IICSServerError):
        runner(runner.client(max_retries=3, retry_backoff=1.0, retry_max_wait=100), "list_connections")
    assert len(slept) == 3
    for attempt, seconds in enumerate(slept, start=1):
        assert 0 <= seconds <= 2**attempt


def test_retry_and_reauth_compose(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    expired = httpx.Response(401, json={"@type": "error", "code": "AUTH", "description": "expired", "statusCode": 401})
    route = mock.get(CONNS).mock(
        side_effect=[httpx.Response(503), expired, httpx.Response(502), httpx.Response(200, json=[])]
    )
    assert runner(runner.client(), "list_connections") == []
    assert login.call_count == 2
    assert [c.request.headers["icSessionId"] for c in route.calls] == ["S1", "S1", "S2", "S2"]
