"""Advanced taskflows with respx, both clients: run_taskflow is exactly once (a lost answer is reconciled against the
status list, never re-sent blindly), the status list pages lazily, terminate goes in chunks of 200, and
poll_taskflow_status ends on SUCCESS, FAILED or SUSPENDED."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from iics_client import (
    IICSConfigurationError,
    IICSJobStartUnknownError,
    IICSJobTimeoutError,
    IICSNotFoundError,
    IICSServerError,
    TaskflowStatus,
)
from iics_client.taskflow.models import TaskflowRunStatus
from tests.unit.conftest import POD, Runner, body_of, mock_login

RT = POD + "/active-bpel/rt/tf_pipeline"
STATUS = POD + "/active-bpel/services/tf/status"
TERMINATE = POD + "/active-bpel/services/tf/terminate"
USER = "test@co.com"
FAST = {"reconcile_timeout": 0.3}


def _utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def run_row(
    run_id: int,
    *,
    name: str = "tf_pipeline",
    status: str = "RUNNING",
    by: str = USER,
    started: datetime | None = None,
    end: datetime | None = None,
    tasks: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    moment = started or datetime.now(timezone.utc)
    row: dict[str, Any] = {
        "assetName": name,
        "assetType": "TASKFLOW",
        "runId": run_id,
        "status": status,
        "startTime": _utc(moment),
        "endTime": _utc(end) if end else None,
        "startedBy": by,
    }
    if tasks is not None:
        row["subtaskDetails"] = {"details": {"tasks": tasks}}
    return row


def started(run_id: str) -> httpx.Response:
    return httpx.Response(200, json={"RunId": run_id})


# ---- run_taskflow: exactly once ----


def test_a_run_is_started_with_its_inputs_and_instance_name(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=started("101"))
    run = runner(runner.client(), "run_taskflow", "tf_pipeline", {"region": "EMEA"}, instance_name="Nightly")
    assert (run.run_id, bool(run.reconciled)) == ("101", False)
    assert body_of(rt.calls.last.request) == {"region": "EMEA"}
    assert rt.calls.last.request.headers["TF-INSTANCE-NAME"] == "Nightly"


def test_a_502_with_the_run_in_the_status_list_returns_that_run(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=httpx.Response(502))
    listing = mock.get(STATUS).mock(
        return_value=httpx.Response(200, json=[run_row(77), run_row(78, name="tf_other", by="someone@else.com")])
    )
    events: list[Any] = []
    run = runner(runner.client(**FAST, on_event=events.append), "run_taskflow", "tf_pipeline")
    assert (run.run_id, run.reconciled) == ("77", True)
    assert rt.call_count == 1
    (reconciled,) = [event for event in events if event.kind == "job_start_reconciled"]
    assert reconciled.operation == "run_taskflow"
    assert {k: reconciled.details[k] for k in ("task_id", "outcome", "run_id")} == {
        "task_id": "tf_pipeline",
        "outcome": "adopted",
        "run_id": "77",
    }
    params = listing.calls.last.request.url.params
    assert params["rowLimit"] == "50"
    assert "startTime" in params
    assert "endTime" not in params  # without both, IICS would list only the last 24 h


def test_an_instance_name_tells_the_run_apart(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(RT).mock(side_effect=httpx.ReadTimeout("lost"))
    rows = [run_row(80, name="tf_pipeline-Other-80"), run_row(81, name="tf_pipeline-Nightly-81")]
    mock.get(STATUS).mock(return_value=httpx.Response(200, json=rows))
    run = runner(runner.client(**FAST), "run_taskflow", "tf_pipeline", instance_name="Nightly")
    assert (run.run_id, run.reconciled) == ("81", True)


def test_nothing_visible_means_exactly_one_more_run_request(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    long_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    rt = mock.post(RT).mock(side_effect=[httpx.RemoteProtocolError("dropped"), started("90")])
    listing = mock.get(STATUS).mock(
        return_value=httpx.Response(200, json=[run_row(5, started=long_ago), run_row(6, by="someone@else.com")])
    )
    run = runner(runner.client(**FAST), "run_taskflow", "tf_pipeline", {"a": 1})
    assert (run.run_id, bool(run.reconciled)) == ("90", False)
    assert rt.call_count == 2
    assert listing.call_count >= 2  # it waited for IICS to show the run before deciding there was none
    assert body_of(rt.calls[0].request) == body_of(rt.calls[1].request) == {"a": 1}


def test_two_candidate_runs_are_never_guessed(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=httpx.Response(504))
    mock.get(STATUS).mock(return_value=httpx.Response(200, json=[run_row(1), run_row(2)]))
    with pytest.raises(IICSJobStartUnknownError) as caught:
        runner(runner.client(**FAST), "run_taskflow", "tf_pipeline")
    assert rt.call_count == 1
    assert sorted(candidate["runId"] for candidate in caught.value.candidates) == [1, 2]
    assert caught.value.task == {"apiName": "tf_pipeline", "instanceName": None}
    assert any("status list" in line for line in caught.value.checked)


def test_a_run_by_this_user_under_another_name_is_not_ignored(runner: Runner, mock: respx.MockRouter) -> None:
    """The taskflow's name may differ from its API name: an unidentified run by this user is no proof of nothing."""
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=httpx.Response(500))
    mock.get(STATUS).mock(return_value=httpx.Response(200, json=[run_row(3, name="Customer Pipeline")]))
    with pytest.raises(IICSJobStartUnknownError, match="another name"):
        runner(runner.client(**FAST), "run_taskflow", "tf_pipeline")
    assert rt.call_count == 1


def test_iics_clock_behind_ours_reads_the_list_from_earlier(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    behind = datetime.now(timezone.utc) - timedelta(minutes=10)  # IICS's clock, per its Date header
    mock.post(RT).mock(return_value=httpx.Response(502))
    listing = mock.get(STATUS).mock(
        return_value=httpx.Response(
            200, json=[run_row(55, started=behind)], headers={"Date": format_datetime(behind, usegmt=True)}
        )
    )
    run = runner(runner.client(**FAST), "run_taskflow", "tf_pipeline")
    assert (run.run_id, run.reconciled) == ("55", True)
    first, second = (
        datetime.fromisoformat(call.request.url.params["startTime"].replace("Z", "+00:00"))
        for call in listing.calls[:2]
    )
    assert second < first - timedelta(minutes=5)


def test_refusals_and_rejections_are_not_reconciled(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=httpx.Response(404, json={"error": {"code": "CORE_002", "message": "no"}}))
    listing = mock.get(STATUS).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSNotFoundError):
        runner(runner.client(**FAST), "run_taskflow", "tf_pipeline")
    assert (rt.call_count, listing.call_count) == (1, 0)


def test_reconcile_timeout_zero_raises_at_once(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(RT).mock(return_value=httpx.Response(502))
    listing = mock.get(STATUS).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSServerError):
        runner(runner.client(reconcile_timeout=0), "run_taskflow", "tf_pipeline")
    assert listing.call_count == 0


def test_a_failing_check_is_unknown_not_a_resend(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    rt = mock.post(RT).mock(return_value=httpx.Response(502))
    mock.get(STATUS).mock(return_value=httpx.Response(400, json={"error": {"code": "X", "message": "bad"}}))
    with pytest.raises(IICSJobStartUnknownError, match="could not be read"):
        runner(runner.client(**FAST), "run_taskflow", "tf_pipeline")
    assert rt.call_count == 1


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("",), {}),
        ((None,), {}),
        (("tf",), {"inputs": ["a"]}),
        (("tf",), {"inputs": {"when": datetime.now()}}),
        (("tf",), {"instance_name": ""}),
    ],
)
def test_bad_run_arguments_fail_before_any_request(
    runner: Runner, mock: respx.MockRouter, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "run_taskflow", *args, **kwargs)
    assert login.call_count == 0


# ---- the status list ----


def test_the_status_list_pages_lazily(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    sizes = ((0, 50), (50, 50), (100, 7))
    pages = [[run_row(n, status="SUCCESS") for n in range(start, start + size)] for start, size in sizes]
    listing = mock.get(STATUS).mock(side_effect=[httpx.Response(200, json=page) for page in pages])
    runs = runner(runner.client(), "list_taskflow_runs", run_status="success")
    assert [run.run_id for run in runs] == list(range(107))
    assert [call.request.url.params["offset"] for call in listing.calls] == ["0", "50", "100"]
    assert {call.request.url.params["runStatus"] for call in listing.calls} == {"Success"}


def test_the_status_list_stops_at_its_limit(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    listing = mock.get(STATUS).mock(return_value=httpx.Response(200, json=[run_row(n) for n in range(10)]))
    runs = runner(runner.client(), "list_taskflow_runs", page_size=10, limit=15)
    assert len(runs) == 15
    assert listing.call_count == 2


@pytest.mark.parametrize(
    "kwargs",
    [{"page_size": 51}, {"page_size": 0}, {"run_status": "done"}, {"start": "yesterday"}, {"end": 5}, {"limit": -1}],
)
def test_bad_list_arguments(runner: Runner, mock: respx.MockRouter, kwargs: dict[str, Any]) -> None:
    mock_login(mock)
    listing = mock.get(STATUS).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "list_taskflow_runs", **kwargs)
    assert listing.call_count == 0


# ---- terminate ----


def test_terminate_sends_chunks_of_200_string_ids(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.put(TERMINATE).mock(return_value=httpx.Response(200, json={"message": "ok"}))
    results = runner(runner.client(), "terminate_taskflow_runs", [str(n) for n in range(1, 451)])
    assert [result.message for result in results] == ["ok", "ok", "ok"]
    sent = [body_of(call.request)["runid"] for call in route.calls]
    assert [len(ids) for ids in sent] == [200, 200, 50]
    assert sent[0][0] == "1"
    assert sent[2][-1] == "450"


def test_terminate_takes_one_id_and_nothing(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.put(TERMINATE).mock(return_value=httpx.Response(200, json={"message": "ok"}))
    runner(runner.client(), "terminate_taskflow_runs", 7645954072982472420)
    assert body_of(route.calls.last.request) == {"runid": ["7645954072982472420"]}
    assert runner(runner.client(), "terminate_taskflow_runs", []) == []
    assert route.call_count == 1
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "terminate_taskflow_runs", ["12", "abc"])
    assert route.call_count == 1


# ---- waiting ----


@pytest.mark.parametrize("final", ["SUCCESS", "FAILED", "SUSPENDED"])
def test_poll_ends_on_success_failure_or_suspension(runner: Runner, mock: respx.MockRouter, final: str) -> None:
    mock_login(mock)
    task = {"assetName": "mt_load", "assetType": "MTT", "status": final, "runId": 5, "errorMessage": "boom"}
    rows = [run_row(9), run_row(9), run_row(9, status=final, tasks=[task])]
    route = mock.get(STATUS + "/9").mock(side_effect=[httpx.Response(200, json=row) for row in rows])
    seen: list[str] = []
    status = runner(
        runner.client(), "poll_taskflow_status", "9", interval=0.01, on_poll=lambda run: seen.append(run.status.value)
    )
    assert isinstance(status, TaskflowStatus)
    assert (status.run_id, status.state) == ("9", TaskflowRunStatus(final))
    assert [(sub.asset_name, str(sub.status)) for sub in status.subtasks] == [("mt_load", final)]
    assert seen == ["RUNNING", "RUNNING"]
    assert route.call_count == 3


def test_an_unknown_status_ends_the_wait_once_the_run_has_ended(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    now = datetime.now(timezone.utc)
    rows = [run_row(9, status="WAITING"), run_row(9, status="STOPPED", end=now)]
    mock.get(STATUS + "/9").mock(side_effect=[httpx.Response(200, json=row) for row in rows])
    status = runner(runner.client(), "poll_taskflow_status", 9, interval=0.01)
    assert status.state.value == "STOPPED"


def test_poll_times_out_with_the_last_state(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(STATUS + "/9").mock(return_value=httpx.Response(200, json=run_row(9)))
    with pytest.raises(IICSJobTimeoutError) as caught:
        runner(runner.client(), "poll_taskflow_status", "9", interval=0.01, timeout=0.05)
    assert (caught.value.run_id, caught.value.last_state, caught.value.task_id) == ("9", "RUNNING", "tf_pipeline")


def test_a_run_not_known_yet_is_waited_for_then_not_found(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    missing = httpx.Response(404, json={"error": {"code": "CORE_002", "message": "no such run"}})
    mock.get(STATUS + "/9").mock(side_effect=[missing, httpx.Response(200, json=run_row(9, status="SUCCESS"))])
    assert runner(runner.client(), "poll_taskflow_status", "9", interval=0.01).state is TaskflowRunStatus.SUCCESS
    mock.get(STATUS + "/8").mock(return_value=missing)
    with pytest.raises(IICSNotFoundError):
        runner(runner.client(), "poll_taskflow_status", "8", interval=0.01, not_found_grace=0.03)


@pytest.mark.parametrize(
    ("run_id", "kwargs"),
    [("abc", {}), (None, {}), ("9", {"interval": 0}), ("9", {"timeout": -1}), ("9", {"on_poll": 3})],
)
def test_bad_poll_arguments(runner: Runner, mock: respx.MockRouter, run_id: Any, kwargs: dict[str, Any]) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "poll_taskflow_status", run_id, **kwargs)
    assert login.call_count == 0
