"""Lazy paging (activity log, audit log, object search), waiting for jobs, batch starts, request bodies."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx

from iics_client import (
    AsyncIICSClient,
    IICSBadRequestError,
    IICSConfigurationError,
    IICSJobTimeoutError,
    IICSNotFoundError,
    JobState,
)
from tests.unit.conftest import POD, Runner, body_of, mock_login

LOG = POD + "/saas/activity/activityLog"
MONITOR = POD + "/saas/activity/activityMonitor"
AUDIT = POD + "/saas/auditlog"
OBJECTS = POD + "/api/v2/objects"


def entry(n: int, state: int = 1, **extra: Any) -> dict[str, Any]:
    return {"@type": "activityLogEntry", "id": f"e{n}", "runId": n, "state": state, "objectName": f"task {n}", **extra}


def paged_log(total: int) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["rowLimit"])
        return httpx.Response(200, json=[entry(n) for n in range(offset, min(total, offset + limit))])

    return answer


def test_activity_log_is_fetched_page_by_page(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(LOG).mock(side_effect=paged_log(25))
    entries = runner(runner.client(), "get_activity_log", page_size=10)
    assert [e.run_id for e in entries] == list(range(25))
    assert [c.request.url.params["offset"] for c in route.calls] == ["0", "10", "20"]


def test_activity_log_limit(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(LOG).mock(side_effect=paged_log(1000))
    entries = runner(runner.client(), "get_activity_log", page_size=10, limit=15)
    assert len(entries) == 15
    assert route.call_count == 2


def test_paging_is_lazy_sync(mock: respx.MockRouter) -> None:
    from iics_client import IICSClient

    mock_login(mock)
    route = mock.get(LOG).mock(side_effect=paged_log(1000))
    log = IICSClient("us", "u", "p").get_activity_log(page_size=100)
    assert route.call_count == 0  # nothing is fetched before iterating
    first = next(iter(log))
    assert first.run_id == 0
    assert route.call_count == 1


def test_paging_is_lazy_async(mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(LOG).mock(side_effect=paged_log(1000))

    async def scenario() -> None:
        client = AsyncIICSClient("us", "u", "p")
        seen = 0
        async for _ in client.get_activity_log(page_size=100):
            seen += 1
            if seen == 150:
                break
        assert route.call_count == 2
        await client.aclose()

    asyncio.run(scenario())


def test_page_size_is_checked(runner: Runner, mock: respx.MockRouter) -> None:
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "get_activity_log", page_size=5000)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "search_objects", page_size=500)


def test_search_objects_builds_q_and_pages_with_skip(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    objects = [{"id": f"o{n}", "path": f"Default/Sales/obj {n}", "type": "MTT"} for n in range(5)]

    def answer(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        return httpx.Response(200, json={"count": 5, "objects": objects[skip : skip + limit]})

    route = mock.get(OBJECTS).mock(side_effect=answer)
    found = runner(
        runner.client(), "search_objects", object_type="MTT", tag="sales", location="Default/Sales", page_size=2
    )
    assert [o.id for o in found] == ["o0", "o1", "o2", "o3", "o4"]
    assert route.calls.last.request.url.params["q"] == "type=='MTT' and tag=='sales' and location=='Default/Sales'"
    assert [c.request.url.params["skip"] for c in route.calls] == ["0", "2", "4"]


def test_search_objects_query_matches_the_path(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    objects = [
        {"id": "1", "path": "Default/m_Sales_Load", "type": "MTT"},
        {"id": "2", "path": "Default/HR", "type": "MTT"},
    ]
    route = mock.get(OBJECTS).mock(return_value=httpx.Response(200, json={"count": 2, "objects": objects}))
    found = runner(
        runner.client(), "search_objects", query="sales", filter="updateTime>='2024-01-01T00:00:00Z'", limit=5
    )
    assert [o.id for o in found] == ["1"]
    assert route.calls.last.request.url.params["q"] == "updateTime>='2024-01-01T00:00:00Z'"


def test_audit_logs_between_start_and_end(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    now = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
    entries = [
        {
            "id": str(n),
            "entryTimeUTC": (now - timedelta(hours=n)).isoformat().replace("+00:00", "Z"),
            "category": "AUTH",
        }
        for n in range(10)
    ]

    def answer(request: httpx.Request) -> httpx.Response:
        batch, size = int(request.url.params["batchId"]), int(request.url.params["batchSize"])
        return httpx.Response(200, json=entries[batch * size : (batch + 1) * size])

    route = mock.get(AUDIT).mock(side_effect=answer)
    found = runner(
        runner.client(),
        "get_audit_logs",
        start=(now - timedelta(hours=6)).replace(tzinfo=None),
        end=now - timedelta(hours=2),
        batch_size=3,
    )
    assert [e.id for e in found] == ["2", "3", "4", "5", "6"]
    assert route.call_count == 3  # stops at the first entry older than start, not at the end of the log


def test_audit_logs_limit(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(AUDIT).mock(return_value=httpx.Response(200, json=[{"id": str(n)} for n in range(3)]))
    assert [e.id for e in runner(runner.client(), "get_audit_logs", limit=2)] == ["0", "1"]


def _monitor(running: list[int]) -> httpx.Response:
    return httpx.Response(
        200, json=[{"taskId": "t1", "runId": run, "executionState": "RUNNING", "taskName": "t"} for run in running]
    )


@pytest.mark.parametrize(
    ("final", "state"),
    [
        (entry(5, 1), JobState.SUCCESS),
        (entry(5, 2), JobState.WARNING),
        (entry(5, 3), JobState.FAILED),
        (entry(5, 3, isStopped=True), JobState.STOPPED),
        (entry(5, 4), JobState.FAILED),
    ],
)
def test_poll_job_status(runner: Runner, mock: respx.MockRouter, final: dict[str, Any], state: JobState) -> None:
    mock_login(mock)
    mock.get(MONITOR).mock(side_effect=[_monitor([5]), _monitor([5]), _monitor([])])
    log = mock.get(LOG).mock(return_value=httpx.Response(200, json=[final]))
    status = runner(runner.client(), "poll_job_status", "t1", 5, interval=0.001)
    assert status.state is state
    assert status.entry.run_id == 5
    assert log.calls.last.request.url.params["runId"] == "5"


def test_poll_job_status_waits_for_the_log_entry(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(MONITOR).mock(return_value=_monitor([]))
    mock.get(LOG).mock(side_effect=[httpx.Response(200, json=[]), httpx.Response(200, json=[entry(5)])])
    assert runner(runner.client(), "poll_job_status", "t1", "5", interval=0.001).state is JobState.SUCCESS


def test_poll_job_status_times_out_clearly(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(MONITOR).mock(return_value=_monitor([5]))
    with pytest.raises(IICSJobTimeoutError) as caught:
        runner(runner.client(), "poll_job_status", "t1", 5, interval=0.01, timeout=0.05)
    assert caught.value.last_state == "RUNNING"
    assert (caught.value.task_id, caught.value.run_id) == ("t1", 5)
    assert isinstance(caught.value, TimeoutError)


def test_batch_start_jobs_keeps_every_result_in_order(mock: respx.MockRouter) -> None:
    mock_login(mock)

    def answer(request: httpx.Request) -> httpx.Response:
        task = body_of(request)["taskId"]
        if task == "bad":
            return httpx.Response(400, json={"@type": "error", "code": "TASK", "description": "no such task"})
        return httpx.Response(200, json={"@type": "job", "taskId": task, "taskType": "MTT", "runId": int(task[1:])})

    mock.post(POD + "/saas/job").mock(side_effect=answer)
    jobs = [{"task_id": f"t{n}", "task_type": "MTT"} for n in range(20)]
    jobs[7] = {"task_id": "bad", "task_type": "MTT"}
    jobs[9] = {"task_type": "MTT"}  # no task: rejected before sending

    async def scenario() -> list[Any]:
        client = AsyncIICSClient("us", "u", "p")
        try:
            return await client.batch_start_jobs(jobs, max_concurrency=4)
        finally:
            await client.aclose()

    results = asyncio.run(scenario())
    assert len(results) == 20
    assert isinstance(results[7], IICSBadRequestError)
    assert isinstance(results[9], IICSConfigurationError)
    assert [r.run_id for i, r in enumerate(results) if i not in (7, 9)] == [n for n in range(20) if n not in (7, 9)]


def test_batch_start_jobs_checks_concurrency() -> None:
    with pytest.raises(IICSConfigurationError, match="max_concurrency"):
        asyncio.run(AsyncIICSClient("us", "u", "p").batch_start_jobs([], max_concurrency=0))


def _start_answer(request: httpx.Request) -> httpx.Response:
    body = body_of(request)
    task = body.get("taskId") or body.get("taskName")
    return httpx.Response(200, json={"@type": "job", "taskId": task, "taskType": body["taskType"], "runId": 1})


def _batch(jobs: Any, **kwargs: Any) -> list[Any]:
    async def scenario() -> list[Any]:
        client = AsyncIICSClient("us", "u", "p")
        try:
            return await client.batch_start_jobs(jobs, **kwargs)
        finally:
            await client.aclose()

    return asyncio.run(scenario())


def test_batch_start_jobs_takes_pairs_mappings_and_requests(mock: respx.MockRouter) -> None:
    """What people write: (task_id, task_type) pairs, mappings of start_job's keywords, StartJobRequest; one bad
    item is an IICSConfigurationError in its slot and the others still start, in input order."""
    from iics_client import StartJobRequest

    mock_login(mock)
    route = mock.post(POD + "/saas/job").mock(side_effect=_start_answer)
    jobs: list[Any] = [
        ("t0", "MTT"),
        {"task_name": "by name", "task_type": "DSS", "parameter_file_name": "p.txt"},
        StartJobRequest(task_id="t2", task_type="WORKFLOW", callback_url="https://cb.example.com/x"),
        ["t3", "MTT"],
        {"task": "t4", "type": "MTT"},  # not start_job's names
        ("t5",),  # no type
        "t6",  # a bare id
        StartJobRequest(task_type="MTT"),  # no task
        42,
    ]
    results = _batch(jobs, max_concurrency=3)
    assert len(results) == len(jobs)
    assert [r.task_id for r in results[:4]] == ["t0", "by name", "t2", "t3"]
    for index, pattern in (
        (4, r"unknown key\(s\) \['task', 'type'\]"),
        (5, "pair"),
        (6, "pair"),
        (7, "exactly one"),
        (8, "pair"),
    ):
        assert isinstance(results[index], IICSConfigurationError), (index, results[index])
        assert re.search(pattern, str(results[index])), (index, str(results[index]))
    bodies = [body_of(call.request) for call in route.calls]
    assert len(bodies) == 4  # nothing was sent for the bad items
    assert {"taskName": "by name", "taskType": "DSS", "parameterFileName": "p.txt"}.items() <= next(
        b for b in bodies if b.get("taskName")
    ).items()
    assert next(b for b in bodies if b.get("taskId") == "t2")["callbackURL"] == "https://cb.example.com/x"


@pytest.mark.parametrize("jobs", ["t1", {"task_id": "t1", "task_type": "MTT"}, 7, None])
def test_batch_start_jobs_wants_a_list_of_jobs(jobs: Any) -> None:
    with pytest.raises(IICSConfigurationError, match="jobs must be a list"):
        _batch(jobs)


def test_start_job_request_mirrors_start_job() -> None:
    """StartJobRequest's fields are start_job's parameters, in order: one is never out of step with the other."""
    import dataclasses
    import inspect

    from iics_client import IICSClient, StartJobRequest

    parameters = list(inspect.signature(IICSClient.start_job).parameters)[1:]
    assert [f.name for f in dataclasses.fields(StartJobRequest)] == parameters
    request = StartJobRequest("t1", "MTT", task_name=None)
    assert request.kwargs() == {"task_id": "t1", "task_type": "MTT"}


def test_poll_of_a_run_that_does_not_exist_is_not_found(runner: Runner, mock: respx.MockRouter) -> None:
    """In neither the monitor nor the log for not_found_grace seconds: IICSNotFoundError naming task and run, long
    before the timeout."""
    mock_login(mock)
    mock.get(MONITOR).mock(return_value=_monitor([]))
    log = mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    seen: list[Any] = []
    with pytest.raises(IICSNotFoundError) as caught:
        runner(runner.client(), "poll_job_status", "t1", 999, interval=0.01, not_found_grace=0.05, on_poll=seen.append)
    assert "run 999 of task t1 is neither running nor in the activity log" in str(caught.value)
    assert log.call_count >= 2  # it looked more than once
    assert seen
    assert set(seen) == {None}


def test_poll_grace_counts_from_when_the_run_was_last_seen(runner: Runner, mock: respx.MockRouter) -> None:
    """A run seen running for longer than the grace, that then leaves the monitor before its log entry is written,
    is waited for, not declared missing (the grace counts from when it was last seen, not from the start)."""
    import time

    mock_login(mock)
    first: list[float] = []

    def monitor(request: httpx.Request) -> httpx.Response:
        first.append(time.monotonic())
        return _monitor([5] if time.monotonic() - first[0] < 0.6 else [])

    mock.get(MONITOR).mock(side_effect=monitor)
    mock.get(LOG).mock(side_effect=[httpx.Response(200, json=[]), httpx.Response(200, json=[entry(5)])])
    seen: list[Any] = []
    status = runner(
        runner.client(), "poll_job_status", "t1", 5, interval=0.01, max_interval=0.01, not_found_grace=0.5,
        on_poll=seen.append,
    )  # fmt: skip
    assert status.state is JobState.SUCCESS
    assert seen[-1] is None
    assert {e.run_id for e in seen[:-1]} == {5}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"interval": 0}, "interval must be a number of seconds > 0"),
        ({"interval": "5"}, "interval must be"),
        ({"timeout": -1}, "timeout must be a number of seconds >= 0"),
        ({"timeout": float("inf")}, "timeout must be"),
        ({"max_interval": None}, "max_interval must be"),
        ({"not_found_grace": -1}, "not_found_grace must be"),
        ({"on_poll": "print"}, "on_poll must be a callable"),
        ({"run_id": "run-7"}, "run_id must be an integer"),
        ({"run_id": 1.5}, "run_id must be an integer"),
        ({"task_id": ""}, "task_id must be a non-empty string"),
        ({"task_id": None}, "task_id must be a non-empty string"),
    ],
)
def test_poll_and_find_run_check_their_arguments(
    runner: Runner, mock: respx.MockRouter, kwargs: dict[str, Any], message: str
) -> None:
    calls = {"task_id": "t1", "run_id": 5, **kwargs}
    route = mock_login(mock)
    client = runner.client()
    with pytest.raises(IICSConfigurationError, match=re.escape(message)):
        runner(client, "poll_job_status", calls.pop("task_id"), calls.pop("run_id"), **calls)
    if set(kwargs) <= {"task_id", "run_id"}:
        with pytest.raises(IICSConfigurationError, match=re.escape(message)):
            runner(client, "find_run", kwargs.get("task_id", "t1"), kwargs.get("run_id", 5))
    assert not route.called  # rejected before any request


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"task_id": "t"}, "task_type is required"),
        ({"task_type": "MTT"}, "exactly one of"),
        ({"task_id": "t", "task_name": "n", "task_type": "MTT"}, "exactly one of"),
    ],
)
def test_start_job_arguments(runner: Runner, mock: respx.MockRouter, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(IICSConfigurationError, match=message):
        runner(runner.client(), "start_job", **kwargs)
    assert not mock.calls


def test_start_job_body(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.post(POD + "/saas/job").mock(
        return_value=httpx.Response(
            200, json={"@type": "job", "taskFederatedId": "fed", "taskType": "WORKFLOW", "runId": 1}
        )
    )
    runner(
        runner.client(), "start_job", task_federated_id="fed", task_type="WORKFLOW", callback_url="https://cb.example/x"
    )
    assert body_of(route.calls.last.request) == {
        "@type": "job",
        "taskType": "WORKFLOW",
        "taskFederatedId": "fed",
        "callbackURL": "https://cb.example/x",
    }


def test_stop_job(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.post(POD + "/saas/job/stop").mock(return_value=httpx.Response(200, json={"@type": "success"}))
    runner(runner.client(), "stop_job", task_name="Nightly", task_type="MTT", clean_stop=True)
    assert route.calls.last.request.url.params["cleanStop"] == "true"
    assert body_of(route.calls.last.request) == {"@type": "job", "taskType": "MTT", "taskName": "Nightly"}


def test_connection_bodies(runner: Runner, mock: respx.MockRouter) -> None:
    from iics_client.v2.models import Connection

    mock_login(mock)
    reply = {"id": "c9", "name": "n", "type": "ODBC"}
    create = mock.post(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=reply))
    update = mock.post(POD + "/saas/connection/c9").mock(return_value=httpx.Response(200, json=reply))
    client = runner.client()
    runner(client, "create_connection", {"name": "n", "type": "ODBC", "connParams": {"x": "1"}, "vaultEnabled": False})
    assert body_of(create.calls.last.request)["@type"] == "connection"
    assert body_of(create.calls.last.request)["connParams"] == {"x": "1"}
    runner(client, "update_connection", "c9", Connection(name="n", type_="ODBC"))
    assert update.calls.last.request.headers["Update-Mode"] == "PARTIAL"
    runner(client, "update_connection", "c9", {"name": "n", "type": "ODBC"}, partial=False)
    assert update.calls.last.request.headers["Update-Mode"] == "FULL"
    with pytest.raises(IICSConfigurationError, match="not a connection"):
        runner(client, "create_connection", {"name": "no type"})


def test_raw_calls(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    get = mock.get(POD + "/saas/server/serverTime").mock(return_value=httpx.Response(200, json={"time": "now"}))
    post = mock.post(POD + "/api/v2/lookup").mock(return_value=httpx.Response(200, content=b""))
    client = runner.client()
    assert runner(
        client, "raw_get", "server/serverTime", api_version="v2", params={"a": 1}, extra_headers={"X-Trace": "t"}
    ) == {"time": "now"}
    assert get.calls.last.request.headers["X-Trace"] == "t"
    assert get.calls.last.request.url.params["a"] == "1"
    assert runner(client, "raw_post", "/lookup", {"objects": [{"id": "x"}]}) is None
    assert json.loads(post.calls.last.request.content) == {"objects": [{"id": "x"}]}
