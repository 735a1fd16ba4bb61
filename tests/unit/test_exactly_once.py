"""Every job starts exactly once: a start whose answer was lost is reconciled against the activity monitor and log
(never re-sent blindly), re-sent only when IICS shows no run, and reported as unknown when it cannot tell. The same
rule for stops, connection creates and deletes. Sync and async (the `runner` fixture)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx

from iics_client import IICSConfigurationError, IICSJobStartUnknownError, IICSRateLimitError, IICSServerError
from iics_client._times import utc_to_eastern
from tests.unit.conftest import POD, Runner, body_of, mock_login

JOB = POD + "/saas/job"
STOP = POD + "/saas/job/stop"
MONITOR = POD + "/saas/activity/activityMonitor"
LOG = POD + "/saas/activity/activityLog"
TASKS = POD + "/api/v2/mttask"
CONNECTIONS = POD + "/saas/connection"
TASK = "0100000Z000000000002"
USER = "test@co.com"  # the runner's username: runs are matched by who started them
FAST = {"reconcile_timeout": 0.3}


def _v2_local(moment: datetime) -> str:
    return utc_to_eastern(moment).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def running(run_id: int, *, task: str = TASK, started: datetime | None = None, by: str = USER) -> dict[str, Any]:
    moment = started or datetime.now(timezone.utc)
    return {"id": f"m{run_id}", "taskId": task, "taskName": "mt_load", "runId": run_id, "type": "MTT",
            "startTime": _v2_local(moment), "executionState": "RUNNING", "startedBy": by}  # fmt: skip


def finished(run_id: int, *, started: datetime | None = None, by: str = USER) -> dict[str, Any]:
    moment = started or datetime.now(timezone.utc)
    return {"@type": "activityLogEntry", "id": f"e{run_id}", "runId": run_id, "state": 1, "objectName": "mt_load",
            "startTimeUtc": moment.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "startedBy": by}  # fmt: skip


def started(run_id: int) -> httpx.Response:
    return httpx.Response(200, json={"@type": "job", "taskId": TASK, "taskType": "MTT", "runId": run_id})


def test_a_502_with_the_run_in_the_monitor_returns_that_run(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(502))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(41), running(7, task="other")]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    found = runner(runner.client(**FAST), "start_job", TASK, "MTT")
    assert (found.run_id, found.task_id, found.reconciled) == (41, TASK, True)
    assert job.call_count == 1


def test_a_read_timeout_with_the_run_only_in_the_log_returns_that_run(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(side_effect=httpx.ReadTimeout("lost"))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[]))  # a short run: already gone from there
    log = mock.get(LOG).mock(return_value=httpx.Response(200, json=[finished(42)]))
    found = runner(runner.client(**FAST), "start_job", TASK, "MTT")
    assert (found.run_id, found.reconciled) == (42, True)
    assert job.call_count == 1
    assert log.calls.last.request.url.params["taskId"] == TASK


def test_nothing_visible_means_exactly_one_more_start(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(side_effect=[httpx.RemoteProtocolError("dropped"), started(43)])
    monitor = mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    found = runner(runner.client(**FAST), "start_job", TASK, "MTT")
    assert found.run_id == 43
    assert not found.reconciled
    assert job.call_count == 2
    assert monitor.call_count >= 2  # it waited for IICS to show the run before deciding there was none
    assert body_of(job.calls[0].request) == body_of(job.calls[1].request)


def test_runs_before_the_request_or_by_someone_else_are_not_ours(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(side_effect=[httpx.Response(504), started(44)])
    long_ago = datetime.now(timezone.utc) - timedelta(hours=2)
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(11, by="somebody@else.com")]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[finished(10, started=long_ago)]))
    assert runner(runner.client(**FAST), "start_job", TASK, "MTT").run_id == 44
    assert job.call_count == 2


def test_two_candidates_are_reported_never_guessed(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(502))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(51)]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[finished(50)]))
    with pytest.raises(IICSJobStartUnknownError) as caught:
        runner(runner.client(**FAST), "start_job", TASK, "MTT")
    error = caught.value
    assert job.call_count == 1
    assert {c["runId"] for c in error.candidates} == {50, 51}
    assert error.task["taskId"] == TASK
    assert error.requested_at.tzinfo is not None
    assert any("activity monitor" in line for line in error.checked)


def test_a_failing_check_is_reported_not_guessed(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(500))
    mock.get(MONITOR).mock(return_value=httpx.Response(404, json={"@type": "error", "code": "X", "description": "?"}))
    with pytest.raises(IICSJobStartUnknownError, match="could not be read"):
        runner(runner.client(**FAST), "start_job", TASK, "MTT")
    assert job.call_count == 1


def test_a_503_with_retry_after_is_a_refusal_retried_without_a_check(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    refused = httpx.Response(
        503, headers={"Retry-After": "0"}, json={"@type": "error", "code": "B", "description": "b"}
    )
    job = mock.post(JOB).mock(side_effect=[refused, httpx.Response(429, headers={"Retry-After": "0"}), started(61)])
    monitor = mock.get(MONITOR)
    assert runner(runner.client(**FAST), "start_job", TASK, "MTT").run_id == 61
    assert job.call_count == 3
    assert monitor.call_count == 0


def test_refusals_that_outlast_the_retries_are_raised_unchecked(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(JOB).mock(return_value=httpx.Response(429, headers={"Retry-After": "0"}))
    monitor = mock.get(MONITOR)
    with pytest.raises(IICSRateLimitError):
        runner(runner.client(max_retries=1, **FAST), "start_job", TASK, "MTT")
    assert monitor.call_count == 0


def test_reconcile_timeout_zero_raises_at_once(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(502))
    monitor = mock.get(MONITOR)
    with pytest.raises(IICSServerError):
        runner(runner.client(reconcile_timeout=0), "start_job", TASK, "MTT")
    assert (job.call_count, monitor.call_count) == (1, 0)


def test_resends_count_against_max_retries(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(502))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSServerError):
        runner(runner.client(max_retries=2, reconcile_timeout=0.1), "start_job", TASK, "MTT")
    assert job.call_count == 3  # the first send and two re-sends, each after IICS showed no run


def test_a_start_by_federated_id_is_reconciled_through_the_task_list(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    job = mock.post(JOB).mock(return_value=httpx.Response(502))
    tasks = [
        {"id": "other", "name": "a", "federatedId": "fedX"},
        {"id": TASK, "name": "mt_load", "federatedId": "fedY"},
    ]
    mock.get(TASKS).mock(return_value=httpx.Response(200, json=tasks))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(71)]))
    mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    found = runner(runner.client(**FAST), "start_job", task_type="MTT", task_federated_id="fedY")
    assert (found.run_id, found.task_id, found.reconciled) == (71, TASK, True)
    assert job.call_count == 1


def test_a_task_that_cannot_be_resolved_is_reported(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(JOB).mock(return_value=httpx.Response(502))
    with pytest.raises(IICSJobStartUnknownError, match="cannot be looked up"):
        runner(runner.client(**FAST), "start_job", task_type="DSS", task_name="sync_accounts")


def test_a_stop_whose_answer_was_lost_is_not_repeated_when_the_task_stopped(
    runner: Runner, mock: respx.MockRouter
) -> None:
    mock_login(mock)
    stop = mock.post(STOP).mock(return_value=httpx.Response(502))
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(5, task="other")]))
    runner(runner.client(**FAST), "stop_job", TASK, "MTT")
    assert stop.call_count == 1


def test_a_stop_is_sent_again_while_the_task_still_runs(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    stop = mock.post(STOP).mock(side_effect=[httpx.Response(502), httpx.Response(200, json={"@type": "success"})])
    mock.get(MONITOR).mock(return_value=httpx.Response(200, json=[running(5)]))
    runner(runner.client(reconcile_timeout=0.1), "stop_job", TASK, "MTT")
    assert stop.call_count == 2


def test_a_create_whose_answer_was_lost_is_found_by_name(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    create = mock.post(CONNECTIONS).mock(side_effect=httpx.ReadTimeout("lost"))
    by_name = mock.get(CONNECTIONS + "/name/Sales%20DB").mock(
        return_value=httpx.Response(200, json={"id": "c9", "name": "Sales DB", "type": "Oracle"})
    )
    made = runner(runner.client(**FAST), "create_connection", {"name": "Sales DB", "type": "Oracle"})
    assert (made.id, create.call_count, by_name.call_count) == ("c9", 1, 1)


def test_a_create_that_did_not_happen_is_sent_again(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    body = {"id": "c9", "name": "Sales DB", "type": "Oracle"}
    create = mock.post(CONNECTIONS).mock(side_effect=[httpx.Response(502), httpx.Response(200, json=body)])
    mock.get(CONNECTIONS + "/name/Sales%20DB").mock(return_value=httpx.Response(404, json={"@type": "error"}))
    assert runner(runner.client(**FAST), "create_connection", {"name": "Sales DB", "type": "Oracle"}).id == "c9"
    assert create.call_count == 2


def test_a_delete_answered_404_after_a_lost_answer_succeeded(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    delete = mock.delete(CONNECTIONS + "/c9").mock(
        side_effect=[httpx.Response(504), httpx.Response(404, json={"@type": "error", "description": "gone"})]
    )
    assert runner(runner.client(**FAST), "delete_connection", "c9") is None
    assert delete.call_count == 2


def test_an_empty_id_is_rejected_before_any_request(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "delete_connection", "")
    assert not mock.calls
