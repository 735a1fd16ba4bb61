"""Metrics: the recorder's arithmetic, and what a client counts per operation (sync and async)."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
import respx

from iics_client import IICSAuthError, IICSConnectionError, IICSNotFoundError, MetricsSnapshot, OperationMetrics
from iics_client._recorder import WINDOW, Metrics
from tests.unit.conftest import POD, Runner, mock_login

CONNS = POD + "/saas/connection"


def test_percentiles_are_nearest_rank_over_the_window() -> None:
    metrics = Metrics()
    for ms in range(1, 101):  # 1 ms .. 100 ms
        metrics.call_finished("op", ms / 1000, None)
    latency = metrics.snapshot()["op"].latency
    assert (latency.count, latency.window) == (100, 100)
    assert (latency.p50, latency.p90, latency.p95, latency.p99, latency.max) == (0.05, 0.09, 0.095, 0.099, 0.1)
    assert latency.mean == pytest.approx(0.0505)


def test_the_window_keeps_the_latest_calls_while_count_mean_and_max_keep_all() -> None:
    metrics = Metrics()
    metrics.call_finished("op", 10.0, None)  # an old slow call
    for _ in range(WINDOW):
        metrics.call_finished("op", 0.001, None)
    latency = metrics.snapshot()["op"].latency
    assert latency.count == WINDOW + 1
    assert latency.window == WINDOW
    assert latency.p99 == 0.001  # the slow call left the window
    assert latency.max == 10.0
    assert latency.mean == pytest.approx((10.0 + WINDOW * 0.001) / (WINDOW + 1))


def test_counters_failures_and_totals() -> None:
    metrics = Metrics()
    metrics.call_finished("a", 0.1, None)
    metrics.call_finished("a", 0.2, "IICSServerError")
    metrics.call_finished("b", 0.3, "IICSServerError")
    metrics.attempt("a", 503, None, False, 0.0)
    metrics.attempt("a", 200, None, False, 0.5)
    metrics.attempt("b", None, "ConnectError", False, 0.0)
    metrics.attempt("b", 429, None, True, 0.0)
    metrics.retry("a")
    metrics.relogin("b")
    metrics.reconciled("b")
    snap = metrics.snapshot()
    a, b, total = snap["a"], snap["b"], snap.total
    assert (a.calls, a.failed, a.requests, dict(a.responses), a.retries, a.rate_limit_wait) == (
        2,
        1,
        2,
        {503: 1, 200: 1},
        1,
        0.5,
    )
    assert (dict(b.errors), b.throttled, b.relogins, b.reconciliations) == ({"ConnectError": 1}, 1, 1, 1)
    assert dict(total.failures) == {"IICSServerError": 2}
    assert (total.calls, total.requests, total.retries, total.relogins) == (3, 4, 1, 1)
    assert dict(total.responses) == {503: 1, 200: 1, 429: 1}
    assert total.latency.max == 0.3
    assert sorted(snap) == ["a", "b"]
    json.dumps(snap.to_dict())  # JSON-able


def test_snapshots_are_frozen_copies() -> None:
    metrics = Metrics()
    metrics.call_finished("a", 0.1, "X")
    snap = metrics.snapshot()
    metrics.call_finished("a", 0.1, "X")
    assert snap["a"].calls == 1
    assert snap["a"].failures == {"X": 1}
    with pytest.raises(TypeError):
        snap["a"].failures["X"] = 5  # type: ignore[index]


def test_recording_from_many_threads_loses_nothing() -> None:
    metrics = Metrics()

    def work() -> None:
        for _ in range(2000):
            metrics.call_finished("op", 0.001, None)
            metrics.attempt("op", 200, None, False, 0.0)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    op = metrics.snapshot()["op"]
    assert (op.calls, op.requests, op.latency.count) == (16000, 16000, 16000)


def test_a_client_counts_calls_requests_retries_relogins_and_failures(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    expired = {"@type": "error", "code": "E", "description": "expired", "statusCode": 401}
    mock.get(CONNS).mock(
        side_effect=[httpx.Response(503), httpx.Response(401, json=expired), httpx.Response(200, json=[])]
    )
    mock.get(CONNS + "/x").mock(return_value=httpx.Response(404, json={"@type": "error", "code": "N"}))
    mock.get(CONNS + "/down").mock(side_effect=httpx.ConnectError("refused"))
    client = runner.client(max_retries=1)
    runner(client, "list_connections")
    with pytest.raises(IICSNotFoundError):
        runner(client, "get_connection", "x")
    with pytest.raises(IICSConnectionError):
        runner(client, "get_connection", "down")
    snap: MetricsSnapshot = client.metrics
    conns = snap["list_connections"]
    assert (conns.calls, conns.failed, conns.requests, conns.retries, conns.relogins) == (1, 0, 3, 1, 1)
    assert dict(conns.responses) == {503: 1, 401: 1, 200: 1}
    get = snap["get_connection"]
    assert (get.calls, dict(get.failures)) == (2, {"IICSNotFoundError": 1, "IICSConnectionError": 1})
    assert (get.requests, dict(get.errors), get.retries) == (3, {"ConnectError": 2}, 1)
    assert snap["login"].requests == 2
    assert snap.total.calls == 3
    assert isinstance(snap.get("nothing", OperationMetrics("nothing")), OperationMetrics)
    runner.close(client)


def test_a_failed_login_is_a_failed_call(runner: Runner, mock: respx.MockRouter) -> None:
    mock.post(url__startswith="https://dm-us").mock(return_value=httpx.Response(401, json={"@type": "error"}))
    client = runner.client()
    with pytest.raises(IICSAuthError):
        runner(client, "login")
    assert client.metrics["login"].failures == {"IICSAuthError": 1}
    runner.close(client)
