"""Simulator: the job lifecycle (start -> activity monitor -> activity log) for each outcome, stop, concurrency."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from iics_client.testing import Simulator

from .raw import RawApi

pytestmark = pytest.mark.e2e


def _job(task_id: str, task_type: str = "MTT", **extra: Any) -> dict[str, Any]:
    return {"@type": "job", "taskId": task_id, "taskType": task_type, **extra}


def _wait_for_log(api: RawApi, task_id: str, run_id: int, timeout: float = 3.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = api.call("get_activity_log", params={"taskId": task_id, "runId": run_id}).json()
        if entries:
            return dict(entries[0])
        time.sleep(0.02)
    raise AssertionError(f"run {run_id} never reached the activity log")


@pytest.mark.parametrize(
    ("outcome", "state", "stopped"),
    [("success", 1, False), ("warning", 2, False), ("failed", 3, False), ("stopped", 3, True)],
)
def test_job_runs_through_monitor_into_log(
    sim: Simulator, api: RawApi, outcome: str, state: int, stopped: bool
) -> None:
    task = sim.task("mt_load_customers")
    sim.set_task_outcome(task.id, outcome, duration=0.3)
    job = api.call("start_job", json=_job(task.id, callbackURL="https://hooks.example.com/x")).json()
    assert isinstance(job["runId"], int)
    assert (job["taskId"], job["taskName"], job["taskFederatedId"]) == (task.id, task.name, task.federated_id)
    running = api.call("get_activity_monitor").json()
    assert [(e["runId"], e["executionState"]) for e in running] == [(job["runId"], "RUNNING")]
    assert api.call("get_activity_log", params={"taskId": task.id, "runId": job["runId"]}).json() == []
    entry = _wait_for_log(api, task.id, job["runId"])
    assert (entry["state"], entry["isStopped"], entry["objectId"], entry["type"]) == (state, stopped, task.id, "MTT")
    assert entry["startedBy"] == sim.username
    assert entry["runContextType"] == "REST-API"  # IICS's spelling for a run started through the REST API
    assert (entry["errorMsg"] is None) == (outcome == "success")  # a successful run's top-level errorMsg is null
    assert api.call("get_activity_monitor").json() == []
    assert api.call("get_activity_log", params={"rowLimit": 1}).json() == [entry]  # newest first
    assert sim.stats.job_starts_by_task == {task.id: 1}
    assert sim.stats.runs == {job["runId"]: task.id}


def test_tasks_can_be_named_by_federated_id_or_name(sim: Simulator, api: RawApi) -> None:
    flow = sim.task("lt_nightly_load")
    by_federated = api.call(
        "start_job", json={"@type": "job", "taskFederatedId": flow.federated_id, "taskType": "WORKFLOW"}
    )
    by_name = api.call("start_job", json={"@type": "job", "taskName": "dss_sync_contacts", "taskType": "dss"})
    assert by_federated.json()["taskId"] == flow.id
    assert by_name.json()["taskType"] == "DSS"
    assert by_federated.json()["runId"] != by_name.json()["runId"]
    wrong_type = api.call("start_job", json={"@type": "job", "taskName": "dss_sync_contacts", "taskType": "MTT"})
    assert wrong_type.status_code == 400
    unknown = api.call("start_job", json=_job("0100000Z999999999999"))
    assert unknown.status_code == 404
    assert unknown.json()["@type"] == "error"
    for bad in ({"taskId": flow.id, "taskType": "WORKFLOW"}, {"@type": "job", "taskType": "MTT"},
                {"@type": "job", "taskId": 5, "taskType": "MTT"}, _job(flow.id, "BOGUS")):  # fmt: skip
        assert api.call("start_job", json=bad).status_code == 400, bad
    assert sim.stats.job_starts == 2


def test_stop_job(sim: Simulator, api: RawApi) -> None:
    task = sim.task("mt_gl_close")
    sim.set_task_outcome(task.id, "success", duration=30)
    first = api.call("start_job", json=_job(task.id)).json()
    second = api.call("start_job", json=_job(task.id)).json()
    assert len(api.call("get_activity_monitor").json()) == 2
    stopped = api.call("stop_job", json=_job(task.id))
    assert stopped.status_code == 200
    assert stopped.json()["@type"] == "success"
    assert api.call("get_activity_monitor").json() == []
    for run in (first, second):
        entry = api.call("get_activity_log", params={"taskId": task.id, "runId": run["runId"]}).json()[0]
        assert (entry["state"], entry["isStopped"]) == (3, True)
    assert api.call("stop_job", json=_job(task.id)).status_code == 400  # nothing left to stop


def test_default_job_duration_is_configurable(layout: str) -> None:
    with Simulator(layout, job_duration=0.25) as sim:
        api = RawApi(sim)
        api.login()
        task = sim.task("mt_default_demo")
        run = api.call("start_job", json=_job(task.id)).json()["runId"]
        assert sim.running_jobs == 1
        time.sleep(0.1)
        assert sim.running_jobs == 1
        entry = _wait_for_log(api, task.id, run)
        assert entry["state"] == 1
        sim.job_duration = 0
        run = api.call("start_job", json=_job(task.id)).json()["runId"]
        assert api.call("get_activity_log", params={"taskId": task.id, "runId": run}).json()[0]["state"] == 1
        with pytest.raises(KeyError):
            sim.set_task_outcome("no-such-task", "failed")
        with pytest.raises(ValueError, match="outcome"):
            sim.set_task_outcome(task.id, "exploded")
        api.close()


def test_concurrent_job_starts_get_unique_run_ids(sim: Simulator, api: RawApi) -> None:
    tasks = sim.seed_mapping_tasks(50)

    def start(index: int) -> int:  # httpx.Client is thread-safe: one pool, 20 threads
        return int(api.call("start_job", json=_job(tasks[index % 50].id)).json()["runId"])

    with ThreadPoolExecutor(max_workers=20) as pool:
        run_ids = list(pool.map(start, range(200)))
    assert len(set(run_ids)) == 200
    assert sim.stats.job_starts == 200
    assert set(sim.stats.job_starts_by_task.values()) == {4}
