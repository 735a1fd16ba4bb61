"""Simulator: advanced taskflows on /active-bpel (run, status, status list, terminate), over real sockets, both layouts.

Runs that must still be running when looked at last 60 s (they are terminated, never waited for); runs that must end
take 0-0.2 s and are polled with a generous deadline, so no assertion depends on how fast the machine is.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx
import pytest

from iics_client.testing import Fault, Simulator

from .raw import NO_SESSION, RawApi

pytestmark = pytest.mark.e2e

PIPELINE = "tf_customer_pipeline"  # seeded: runs mt_load_customers, then mt_load_orders
MONTH_END = "tf_month_end"  # seeded: runs mt_sync_accounts, then mt_gl_close
LONG = 60.0


def _run(api: RawApi, name: str = PIPELINE, inputs: Any = None, **kwargs: Any) -> str:
    response = api.call("run_taskflow", apiName=name, json=inputs, **kwargs)
    assert response.status_code == 200, response.text
    run_id = response.json()["RunId"]
    assert isinstance(run_id, str)
    assert run_id.isdigit()
    return str(run_id)


def _status(api: RawApi, run_id: str) -> dict[str, Any]:
    response = api.call("get_taskflow_run", runId=run_id)
    assert response.status_code == 200, response.text
    return dict(response.json())


def _wait_until_ended(api: RawApi, run_id: str, timeout: float = 10.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = _status(api, run_id)
        if status["status"] != "RUNNING":
            return status
        time.sleep(0.02)
    raise AssertionError(f"taskflow run {run_id} still running after {timeout} s")


def _subtasks(status: dict[str, Any]) -> list[tuple[str, str]]:
    tasks = status.get("subtaskDetails", {}).get("details", {}).get("tasks", [])
    return [(task["assetName"], task["status"]) for task in tasks]


def test_a_run_succeeds_after_running_its_subtasks_in_order(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0.2)
    run_id = _run(api, inputs={"region": "EMEA", "fullLoad": False}, headers={"TF-INSTANCE-NAME": "Nightly%20EMEA"})
    assert sim.taskflow_inputs(run_id) == {"region": "EMEA", "fullLoad": False}
    status = _wait_until_ended(api, run_id)
    assert status["status"] == "SUCCESS"
    assert status["errorMessage"] is None
    assert status["endTime"] is not None
    assert status["assetType"] == "TASKFLOW"
    assert status["assetName"] == f"{PIPELINE}-Nightly EMEA-{run_id}"  # <taskflow>-<custom name>-<run ID>
    assert str(status["runId"]) == run_id
    assert (status["location"], status["runtimeEnvName"], status["startedBy"]) == (
        "Sales",
        "Hosted Agent",
        sim.username,
    )
    assert status["subtasks"] == 2
    assert _subtasks(status) == [("mt_load_customers", "SUCCESS"), ("mt_load_orders", "SUCCESS")]
    tasks = status["subtaskDetails"]["details"]["tasks"]
    assert tasks[0]["endTime"] <= tasks[1]["startTime"]  # one after the other
    assert {task["location"] for task in tasks} == {"Sales/Loads"}
    assert status["rowsProcessed"] == sum(task["rowsProcessed"] for task in tasks) > 0
    assert sim.stats.taskflow_starts == 1


def test_a_running_run_shows_the_subtask_in_progress(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=LONG)
    run_id = _run(api)
    status = _status(api, run_id)
    assert (status["status"], status["endTime"], status["errorMessage"]) == ("RUNNING", None, None)
    assert _subtasks(status) == [("mt_load_customers", "RUNNING")]  # the second has not started
    assert status["assetName"] == PIPELINE  # no custom instance name
    api.call("terminate_taskflow_runs", json={"runid": [run_id]})


FAILED_AT = [(0, [("mt_sync_accounts", "FAILED")]), (1, [("mt_sync_accounts", "SUCCESS"), ("mt_gl_close", "FAILED")])]


@pytest.mark.parametrize(("step", "ran"), FAILED_AT)
def test_a_run_fails_at_the_step_asked_for(sim: Simulator, api: RawApi, step: int, ran: list[tuple[str, str]]) -> None:
    sim.set_taskflow_outcome(MONTH_END, "failed", duration=0, step=step)
    status = _wait_until_ended(api, _run(api, MONTH_END))
    assert status["status"] == "FAILED"
    assert ran[-1][0] in status["errorMessage"]
    assert status["endTime"] is not None
    assert _subtasks(status) == ran  # nothing after the failing step ran


@pytest.mark.parametrize("step", [0, 1])
def test_a_warning_run_succeeds_with_one_subtask_in_warning(sim: Simulator, api: RawApi, step: int) -> None:
    sim.set_taskflow_outcome(MONTH_END, "warning", duration=0, step=step)
    status = _wait_until_ended(api, _run(api, MONTH_END))
    assert status["status"] == "SUCCESS"
    assert _subtasks(status) == [
        ("mt_sync_accounts", "WARNING" if step == 0 else "SUCCESS"),
        ("mt_gl_close", "WARNING" if step == 1 else "SUCCESS"),
    ]  # every subtask ran
    tasks = status["subtaskDetails"]["details"]["tasks"]
    assert [task["erroredRows"] > 0 for task in tasks] == [step == 0, step == 1]
    assert status["erroredRows"] == tasks[step]["erroredRows"]


def test_a_suspended_run_stays_suspended_until_terminated(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(MONTH_END, "suspended", duration=0)
    run_id = _run(api, MONTH_END)
    status = _wait_until_ended(api, run_id)
    assert status["status"] == "SUSPENDED"
    assert status["endTime"] is None
    assert "mt_gl_close" in status["errorMessage"]
    assert _subtasks(status) == [("mt_sync_accounts", "SUCCESS"), ("mt_gl_close", "FAILED")]
    assert _status(api, run_id)["status"] == "SUSPENDED"  # still
    suspended = api.call("list_taskflow_runs", params={"runStatus": "Suspended"}).json()
    assert [str(row["runId"]) for row in suspended] == [run_id]
    answer = api.call("terminate_taskflow_runs", json={"runid": [run_id]})
    assert answer.status_code == 200
    assert run_id in answer.json()["message"]
    terminated = _status(api, run_id)
    assert terminated["status"] == "FAILED"
    assert "terminated" in terminated["errorMessage"]
    assert terminated["endTime"] is not None


def test_terminate_a_running_run(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=LONG)
    running, other = _run(api), _run(api)
    answer = api.call("terminate_taskflow_runs", json={"runid": [running]})
    assert answer.status_code == 200
    status = _status(api, running)
    assert status["status"] == "FAILED"
    assert sim.username in status["errorMessage"]
    assert _subtasks(status) == [("mt_load_customers", "FAILED")]  # the subtask in flight was cut off
    assert _status(api, other)["status"] == "RUNNING"  # only the one asked for
    again = api.call("terminate_taskflow_runs", json={"runid": [running]})
    assert again.status_code == 200
    assert "Already ended" in again.json()["message"]
    assert sim.stats.taskflow_terminations == 1
    api.call("terminate_taskflow_runs", json={"runid": [other]})


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"runid": []}, 400),
        ({"runid": "123"}, 400),
        ({"runId": ["123"]}, 400),  # the field is lower-case runid
        ({"runid": [123]}, 400),  # run ids go as strings
        ({"runid": ["abc"]}, 400),
        ({"runid": [str(n) for n in range(201)]}, 400),  # at most 200
        ({"runid": ["12345"]}, 404),
    ],
)
def test_terminate_rejects_bad_run_ids(sim: Simulator, api: RawApi, body: dict[str, Any], status: int) -> None:
    response = api.call("terminate_taskflow_runs", json=body)
    assert response.status_code == status, response.text
    assert set(response.json()["error"]) == {"code", "message", "requestId", "details"}  # the v3 error shape


def test_terminate_is_all_or_nothing_when_an_id_is_unknown(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=LONG)
    running = _run(api)
    response = api.call("terminate_taskflow_runs", json={"runid": [running, "12345"]})
    assert response.status_code == 404
    assert "12345" in response.json()["error"]["message"]
    assert _status(api, running)["status"] == "RUNNING"
    api.call("terminate_taskflow_runs", json={"runid": [running]})


def test_status_list_paging_and_filters(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0)
    sim.set_taskflow_outcome(MONTH_END, "failed", duration=0)
    started = [_run(api, PIPELINE if n % 3 else MONTH_END) for n in range(12)]
    newest_first = list(reversed(started))
    listed = api.call("list_taskflow_runs").json()
    assert [str(row["runId"]) for row in listed] == newest_first[:10]  # rowLimit defaults to 10
    page = api.call("list_taskflow_runs", params={"rowLimit": 5, "offset": 10}).json()
    assert [str(row["runId"]) for row in page] == newest_first[10:]
    assert len(api.call("list_taskflow_runs", params={"rowLimit": 50}).json()) == 12
    failed = api.call("list_taskflow_runs", params={"runStatus": "Failed", "rowLimit": 50}).json()
    assert {str(row["runId"]) for row in failed} == {started[n] for n in range(0, 12, 3)}
    assert {row["status"] for row in failed} == {"FAILED"}
    one = api.call("list_taskflow_runs", params={"runId": started[4]}).json()
    assert [str(row["runId"]) for row in one] == [started[4]]
    assert one[0] == _status(api, started[4])
    for bad in ({"rowLimit": 51}, {"rowLimit": 0}, {"offset": -1}, {"runStatus": "SUCCESS"}, {"runStatus": "success"},
                {"startTime": "yesterday"}, {"runId": "abc"}):  # fmt: skip
        response = api.call("list_taskflow_runs", params=bad)
        assert response.status_code == 400, bad


def test_without_start_or_end_time_only_the_last_24_hours_are_listed(sim: Simulator, api: RawApi) -> None:
    assert api.call("list_taskflow_runs").json() == []  # the seeded history is older
    old = {"startTime": "2024-06-01T00:00:00Z", "endTime": "2024-06-03T16:00:00Z", "rowLimit": 50}
    history = api.call("list_taskflow_runs", params=old).json()
    assert len(history) == 30
    starts = [row["startTime"] for row in history]
    assert starts == sorted(starts, reverse=True)
    assert all(old["startTime"] <= start <= old["endTime"] for start in starts)
    narrow = api.call("list_taskflow_runs", params={"startTime": "2024-06-03T10:30:00Z", "rowLimit": 50}).json()
    assert 0 < len(narrow) < 30
    assert all(row["startTime"] >= "2024-06-03T10:30:00Z" for row in narrow)
    until = api.call("list_taskflow_runs", params={"endTime": "2024-06-03T10:30:00Z", "rowLimit": 50}).json()
    assert len(narrow) + len(until) == 30  # the bounds are on the start time
    exact = history[3]["startTime"]
    both = api.call("list_taskflow_runs", params={"startTime": exact, "endTime": exact}).json()
    assert [row["startTime"] for row in both] == [exact]  # both bounds inclusive
    statuses = {row["status"] for row in history}
    assert statuses == {"SUCCESS", "FAILED", "SUSPENDED"}


def test_unknown_taskflows_and_runs(sim: Simulator, api: RawApi) -> None:
    for name in ("tf_not_published", "bad name!", "x" * 81):
        response = api.call("run_taskflow", apiName=name)
        assert response.status_code == 404, name
        assert set(response.json()) == {"error"}
    assert api.call("run_taskflow", apiName=PIPELINE, json=[1, 2]).status_code == 400
    assert api.call("get_taskflow_run", runId="7000000000000999999").status_code == 404
    assert api.call("get_taskflow_run", runId="not-a-number").status_code == 400
    assert sim.stats.taskflow_starts == 0


def test_the_runtime_takes_the_session_as_ids_session_id_or_basic_auth(sim: Simulator, api: RawApi) -> None:
    sim.set_taskflow_outcome(PIPELINE, "success", duration=0)
    url = api.url("run_taskflow", apiName=PIPELINE)
    session = api.session_id or ""
    airflow_style = api.http.post(url, headers={"IDS-SESSION-ID": session})  # what Airflow's IDMC hook sends
    assert airflow_style.status_code == 200, airflow_style.text
    token = base64.b64encode(f"{sim.username}:{sim.password}".encode()).decode()
    basic = api.http.post(url, headers={"Authorization": f"Basic {token}"})
    assert basic.status_code == 200, basic.text
    assert _status(api, basic.json()["RunId"])["startedBy"] == sim.username
    wrong = base64.b64encode(f"{sim.username}:nope".encode()).decode()
    for headers in ({"Authorization": f"Basic {wrong}"}, {"icSessionId": session}, {"IDS-SESSION-ID": "dead"}, {}):
        denied = api.http.post(url, headers=headers)
        assert denied.status_code == 401, headers
        assert set(denied.json()["error"]) == {"code", "message", "requestId", "details"}
    assert api.call("list_taskflow_runs", session=NO_SESSION).status_code == 401


def test_the_runtime_is_on_the_pod_origin_without_saas(sim: Simulator, api: RawApi) -> None:
    url = httpx.URL(api.url("get_taskflow_run", runId="1"))
    assert url.path == "/active-bpel/services/tf/status/1"  # both layouts
    assert str(url).startswith(sim.pod_url + "/active-bpel/")
    unknown = api.http.get(sim.pod_url + "/active-bpel/nothing/here", headers={"INFA-SESSION-ID": api.session_id or ""})
    assert unknown.status_code == 404
    assert set(unknown.json()) == {"error"}


def test_an_injected_503_with_retry_after_does_not_start_a_run(sim: Simulator, api: RawApi) -> None:
    fault = sim.add_fault(Fault.http(503, operation="run_taskflow", times=1, retry_after=0))
    refused = api.call("run_taskflow", apiName=PIPELINE)
    assert refused.status_code == 503
    assert sim.fault_fired(fault) == 1
    assert sim.stats.taskflow_starts == 0  # refused before it took effect: safe to send again
    _run(api)
    assert sim.stats.taskflow_starts == 1


def test_knobs_validate_and_reset_clears_runs(sim: Simulator, api: RawApi) -> None:
    assert sim.taskflows == [PIPELINE, MONTH_END]
    with pytest.raises(KeyError):
        sim.set_taskflow_outcome("tf_nope")
    with pytest.raises(ValueError, match="outcome"):
        sim.set_taskflow_outcome(PIPELINE, "stopped")
    with pytest.raises(ValueError, match="step"):
        sim.set_taskflow_outcome(PIPELINE, "failed", step=2)
    with pytest.raises(ValueError, match="duration"):
        sim.set_taskflow_outcome(PIPELINE, duration=-1)
    sim.set_taskflow_outcome(PIPELINE, "failed", duration=0)
    run_id = _run(api)
    sim.reset()
    assert api.call("get_taskflow_run", runId=run_id).status_code == 404
    with pytest.raises(KeyError):
        sim.taskflow_inputs(run_id)
    assert _wait_until_ended(api, _run(api))["status"] == "SUCCESS"  # the outcome was reset too
