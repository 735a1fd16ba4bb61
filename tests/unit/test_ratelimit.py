"""Client-side rate limiting: pacing per origin, the adaptive concurrency limit, and both clients honouring it.
Time is a fake clock that the recorded sleeps advance: no assertion depends on how fast this machine is."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import respx

from iics_client import IICSBadRequestError, IICSConfigurationError, IICSRateLimitError
from iics_client._ratelimit import RateLimiter
from tests.unit.conftest import POD, Runner, mock_login

CONNS = POD + "/saas/connection"
LOGIN_ORIGIN = "https://dm-us.informaticacloud.com"


class Clock:
    """A monotonic clock that only sleeping moves."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 9))
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()

    async def asleep(seconds: float) -> None:
        fake.sleep(seconds)

    monkeypatch.setattr(time, "sleep", fake.sleep)
    monkeypatch.setattr(asyncio, "sleep", asleep)
    return fake


def limiter(clock: Clock, *, rate: float | None = None, adaptive: bool = False, ceiling: int = 8) -> RateLimiter:
    return RateLimiter(rate=rate, adaptive=adaptive, max_concurrency=ceiling, max_pause=30.0, clock=clock)


def test_requests_are_spaced_evenly_per_origin(clock: Clock) -> None:
    limit = limiter(clock, rate=10)
    for _ in range(4):
        sent, _ = limit.enter("https://pod")
        limit.leave("https://pod", sent, 200, False, None)
    assert clock.slept == [0.1, 0.1, 0.1]
    limit.enter("https://login")  # another origin has its own schedule
    assert clock.slept == [0.1, 0.1, 0.1]


def test_no_burst_after_an_idle_spell(clock: Clock) -> None:
    limit = limiter(clock, rate=2)
    limit.enter("o")
    clock.now += 60  # idle: the schedule does not bank the unused minute
    assert limit.enter("o")[1] == 0
    limit.enter("o")
    assert clock.slept == [0.5]


def test_the_adaptive_limit_halves_on_429_once_per_round_and_grows_back(clock: Clock) -> None:
    limit = limiter(clock, adaptive=True, ceiling=8)
    sent = [limit.enter("o")[0] for _ in range(4)]  # four in flight, sent under the limit of 8
    limit.leave("o", sent[0], 429, True, None)
    assert limit.concurrency("o") == 4
    limit.leave("o", sent[1], 429, True, None)  # sent before the decrease: the same round, no second halving
    assert limit.concurrency("o") == 4
    clock.now += 1
    again = limit.enter("o")[0]
    limit.leave("o", again, 429, True, None)  # a refusal of the lowered limit lowers it again
    assert limit.concurrency("o") == 2
    for early in sent[2:]:
        limit.leave("o", early, None, False, None)  # no answer (a network error): no change
    assert limit.concurrency("o") == 2
    for _ in range(2):  # grows by one after `limit` answered requests
        limit.leave("o", limit.enter("o")[0], 200, False, None)
    assert limit.concurrency("o") == 3
    for _ in range(100):
        limit.leave("o", limit.enter("o")[0], 200, False, None)
    assert limit.concurrency("o") == 8  # never above max_connections


def test_retry_after_pauses_the_origin_for_everybody(clock: Clock) -> None:
    limit = limiter(clock, adaptive=True)
    sent = limit.enter("o")[0]
    limit.leave("o", sent, 429, True, 5.0)
    limit.enter("o")
    assert clock.slept == [5.0]
    sent = limit.enter("o")[0]
    limit.leave("o", sent, 429, True, 3600.0)  # capped at max_pause (retry_max_wait)
    limit.enter("o")
    assert clock.slept == [5.0, 30.0]


def test_threads_never_exceed_the_concurrency_limit() -> None:
    limit = RateLimiter(rate=None, adaptive=True, max_concurrency=8, max_pause=1.0)
    for _ in range(2):  # lower it to 2
        limit.leave("o", limit.enter("o")[0], 429, True, None)
    assert limit.concurrency("o") == 2
    state = {"now": 0, "most": 0}
    lock = threading.Lock()
    release = threading.Event()

    def work() -> None:
        sent, _ = limit.enter("o")
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        release.wait(0.05)
        with lock:
            state["now"] -= 1
        limit.leave("o", sent, None, False, None)

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert state["most"] == 2


def test_tasks_never_exceed_the_concurrency_limit() -> None:
    limit = RateLimiter(rate=None, adaptive=True, max_concurrency=8, max_pause=1.0)
    limit.leave("o", limit.enter("o")[0], 429, True, None)
    limit.leave("o", limit.enter("o")[0], 429, True, None)
    state = {"now": 0, "most": 0}

    async def work() -> None:
        sent, _ = await limit.aenter("o")
        state["now"] += 1
        state["most"] = max(state["most"], state["now"])
        for _ in range(3):
            await asyncio.sleep(0)
        state["now"] -= 1
        limit.leave("o", sent, None, False, None)  # no answer: the limit stays (answers would raise it)

    async def main() -> None:
        await asyncio.gather(*(work() for _ in range(20)))

    asyncio.run(main())
    assert state["most"] == 2


def test_a_client_paces_its_requests(runner: Runner, mock: respx.MockRouter, clock: Clock) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(200, json=[]))
    client = runner.client(rate_limit=4)
    client._limiter._clock = clock
    for _ in range(3):
        runner(client, "list_connections")
    assert clock.slept == [0.25, 0.25]  # the login went to the login host: its own schedule
    waited = client.metrics["list_connections"].rate_limit_wait
    assert waited == pytest.approx(0.5)
    runner.close(client)


def test_a_client_lowers_its_concurrency_on_429_and_pauses_for_retry_after(
    runner: Runner, mock: respx.MockRouter, clock: Clock
) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=[])])
    client = runner.client(adaptive_concurrency=True, max_connections=10)
    client._limiter._clock = clock
    assert runner(client, "list_connections") == []
    assert client._limiter.concurrency(POD) == 5
    assert client._limiter.concurrency(LOGIN_ORIGIN) == 10
    assert 2.0 in clock.slept  # the retry layer's wait and the pod's pause (the same 2 s, overlapping)
    assert client.metrics["list_connections"].throttled == 1
    runner.close(client)


def test_too_many_requests_in_an_error_body_counts_as_throttling(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    body = {"error": {"code": "X", "message": "Too many requests. Try again later.", "requestId": "r1"}}
    mock.get(url__startswith=POD + "/api/v2/objects").mock(return_value=httpx.Response(400, json=body))
    client = runner.client(adaptive_concurrency=True, max_connections=10)
    with pytest.raises(IICSBadRequestError):  # a 400 is not retried
        runner(client, "search_objects")
    assert client.metrics["search_objects"].throttled == 1
    assert client._limiter.concurrency(POD) == 5
    runner.close(client)


def test_429s_that_outlast_the_retries_still_raise(runner: Runner, mock: respx.MockRouter, clock: Clock) -> None:
    mock_login(mock)
    mock.get(CONNS).mock(return_value=httpx.Response(429, headers={"Retry-After": "1"}))
    client = runner.client(adaptive_concurrency=True, max_retries=2)
    client._limiter._clock = clock
    with pytest.raises(IICSRateLimitError):
        runner(client, "list_connections")
    assert client.metrics["list_connections"].throttled == 3
    runner.close(client)


@pytest.mark.parametrize(
    ("settings", "match"),
    [
        ({"rate_limit": 0}, "rate_limit"),
        ({"rate_limit": -1.5}, "rate_limit"),
        ({"rate_limit": "10"}, "rate_limit"),
        ({"rate_limit": float("inf")}, "rate_limit"),
        ({"adaptive_concurrency": "yes"}, "adaptive_concurrency"),
    ],
)
def test_bad_settings(runner: Runner, settings: dict[str, Any], match: str) -> None:
    with pytest.raises(IICSConfigurationError, match=match):
        runner.client(**settings)


def test_off_by_default(runner: Runner) -> None:
    client = runner.client()
    assert client._limiter is None
    runner.close(client)


def test_a_cancelled_task_gives_its_slot_back() -> None:
    limit = RateLimiter(rate=1.0, adaptive=True, max_concurrency=1, max_pause=1.0)

    async def main() -> None:
        first, _ = await limit.aenter("o")
        limit.leave("o", first, 200, False, None)
        waiting = asyncio.ensure_future(limit.aenter("o"))  # holds the only slot while it waits for its pacing turn
        await asyncio.sleep(0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert limit._origin("o").in_flight == 0

    asyncio.run(main())
