"""Observability end to end, on the simulator over real sockets: the client's metrics after a scripted fault run
equal the simulator's own counts; events and metrics agree; the client-side rate limit keeps a simulated server
limit from ever answering 429 (batch start and paging), and the adaptive mode reacts to the limit."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest

from iics_client import AsyncIICSClient, Event, EventKind, IICSNotFoundError, IICSRateLimitError
from iics_client.testing import Fault, Simulator
from tests.support.drive import Runner, runner_fixture

pytestmark = pytest.mark.e2e

runner = runner_fixture(retry_backoff=0.001)


def connect(runner: Runner, sim: Simulator, **settings: Any) -> Any:
    return runner.client(
        login_url=sim.login_url, username=sim.username, password=sim.password, layout=sim.layout, **settings
    )


def test_metrics_after_a_fault_run_match_the_simulators_counts(runner: Runner, sim: Simulator) -> None:
    sim.add_fault(Fault.http(503, operation="list_connections", times=2))  # retried (GET)
    sim.add_fault(Fault.drop(operation="get_activity_monitor", times=1))  # retried (GET, no answer)
    sim.add_fault(Fault.http(429, operation="search_objects", times=1, retry_after=0))  # retried
    sim.add_fault(Fault.http(502, operation="start_job", times=1))  # the run starts, its answer is lost: reconciled
    sim.add_fault(Fault.http(503, operation="start_job", times=1, retry_after=0))  # refused before it acted: retried
    events: list[Event] = []
    client = connect(runner, sim, on_event=events.append)
    task = sim.task("mt_load_orders")

    runner(client, "list_connections")
    runner(client, "get_activity_monitor")
    runner(client, "search_objects", object_type="MTT")
    adopted = runner(client, "start_job", task_id=task.id, task_type="MTT")
    sim.expire_sessions()
    runner(client, "start_job", task_id=task.id, task_type="MTT")
    with pytest.raises(IICSNotFoundError):
        runner(client, "get_connection", "0100000B00000000MISS")
    runner(client, "logout")
    runner.close(client)

    stats, metrics = sim.stats, client.metrics
    assert adopted.reconciled is True
    assert {op: m.requests for op, m in metrics.items() if m.requests} == stats.requests_by_operation
    assert dict(metrics.total.responses) == stats.responses_by_status  # a dropped connection is no response
    assert dict(metrics.total.errors) == {"RemoteProtocolError": stats.faults_by_kind["drop"]}
    retried = {"list_connections": 2, "get_activity_monitor": 1, "search_objects": 1, "start_job": 1}
    assert {op: m.retries for op, m in metrics.items() if m.retries} == retried
    assert stats.faults_by_operation == {**retried, "start_job": 2}  # one of start_job's two faults is not retried
    assert metrics.total.relogins == stats.expired_sessions_hit == 1
    assert metrics["login"].requests == stats.logins == 2
    assert metrics["start_job"].requests == stats.requests_by_operation["start_job"] == 4  # 502; 503, 401, 200
    assert stats.job_starts == 2  # the lost answer was not sent again
    assert metrics["start_job"].reconciliations == 1
    assert metrics["start_job"].failures == {"IICSServerError": 1}  # the request whose answer was lost
    assert metrics["get_connection"].failures == {"IICSNotFoundError": 1}
    assert metrics.total.failed == 2
    assert metrics["search_objects"].throttled == 1

    # the events tell the same story
    count = Counter(e.kind for e in events)
    assert count[EventKind.REQUEST_SENT] == stats.requests
    assert count[EventKind.RESPONSE_RECEIVED] == sum(stats.responses_by_status.values())
    assert count[EventKind.RETRY_SCHEDULED] == metrics.total.retries == 5
    assert count[EventKind.SESSION_RENEWED] == 1
    assert count[EventKind.CALL_FAILED] == 2
    per_request = {EventKind.REQUEST_SENT, EventKind.RESPONSE_RECEIVED, EventKind.RETRY_SCHEDULED}
    assert all(e.attempt is not None for e in events if e.kind in per_request | {EventKind.SESSION_RENEWED})
    (dropped,) = [e for e in events if e.kind is EventKind.RETRY_SCHEDULED and e.reason == "RemoteProtocolError"]
    assert dropped.operation == "get_activity_monitor"
    (reconciled,) = [e for e in events if e.kind is EventKind.JOB_START_RECONCILED]
    assert (reconciled.reason, reconciled.status) == ("adopted", 502)
    assert dict(reconciled.details) == {"task_id": task.id, "outcome": "adopted", "run_id": adopted.run_id}
    failed_start = next(e for e in events if e.kind is EventKind.CALL_FAILED)
    assert events.index(failed_start) < events.index(reconciled)  # the lost answer first, then what was found


def test_batch_start_under_a_server_limit_sees_no_429(sim: Simulator) -> None:
    per_second = 40
    sim.add_fault(Fault.rate_limit(per_minute=per_second * 60, burst=per_second // 2, operation="start_job"))
    tasks = [t.id for t in sim.tasks if t.type == "MTT"]
    jobs = [{"task_id": tasks[i % len(tasks)], "task_type": "MTT"} for i in range(60)]

    async def main() -> list[Any]:
        async with AsyncIICSClient(
            sim.login_url, sim.username, sim.password, layout=sim.layout, rate_limit=per_second
        ) as client:
            results = await client.batch_start_jobs(jobs, max_concurrency=20)
            assert client.metrics["start_job"].rate_limit_wait > 0
            return results

    results = asyncio.run(main())
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert sim.stats.job_starts == len(jobs)
    assert sim.stats.responses_by_status.get(429, 0) == 0
    assert sim.stats.faults_by_kind.get("rate_limit", 0) == 0


def test_without_the_client_limit_the_same_batch_meets_429s(sim: Simulator) -> None:
    """The check above can fail: the same batch, unpaced, is refused by the simulated limit."""
    sim.add_fault(Fault.rate_limit(per_minute=2400, burst=5, operation="start_job", retry_after=0))
    task = sim.task("mt_load_orders").id

    async def main() -> None:
        async with AsyncIICSClient(
            sim.login_url, sim.username, sim.password, layout=sim.layout, retry_backoff=0.01, max_retries=10
        ) as client:
            await client.batch_start_jobs([{"task_id": task, "task_type": "MTT"}] * 40, max_concurrency=20)

    asyncio.run(main())
    assert sim.stats.responses_by_status.get(429, 0) > 0


def test_paging_honours_the_rate_limit(runner: Runner, sim: Simulator) -> None:
    sim.seed_activity_log(95)
    sim.add_fault(Fault.rate_limit(per_minute=1200, burst=2, operation="get_activity_log"))
    client = connect(runner, sim, rate_limit=20)
    entries = runner(client, "get_activity_log", page_size=10)
    assert len(entries) == sim.activity_log_size
    assert sim.stats.requests_by_operation["get_activity_log"] == len(entries) // 10 + 1  # the last page is short
    assert sim.stats.responses_by_status.get(429, 0) == 0
    runner.close(client)


def test_the_adaptive_mode_lowers_concurrency_when_the_server_refuses(sim: Simulator) -> None:
    sim.add_fault(Fault.rate_limit(per_minute=1200, burst=3, operation="start_job", retry_after=0))
    task = sim.task("mt_load_orders").id

    async def main() -> tuple[list[Any], int, Any]:
        async with AsyncIICSClient(
            sim.login_url,
            sim.username,
            sim.password,
            layout=sim.layout,
            adaptive_concurrency=True,
            max_connections=16,
            retry_backoff=0.05,
            max_retries=8,
        ) as client:
            results = await client.batch_start_jobs([{"task_id": task, "task_type": "MTT"}] * 16, max_concurrency=16)
            assert client._limiter is not None
            return results, client._limiter.concurrency(sim.pod_url), client.metrics

    results, concurrency, metrics = asyncio.run(main())
    assert concurrency < 16
    refused = sim.stats.responses_by_status.get(429, 0)
    assert refused > 0
    assert metrics["start_job"].throttled == refused
    failures = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(f, IICSRateLimitError) for f in failures)
    assert sim.stats.job_starts == len(results) - len(failures)
