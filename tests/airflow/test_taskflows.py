"""IICSRunTaskflowOperator, IICSTaskflowRunSensor and IICSTaskflowRunTrigger on a real Airflow against the simulator's
advanced taskflows: outcomes, deferral, retries that follow the run they started, kill, triggerer restart."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from iics_client import IICSClient
from iics_client.airflow import IICSTaskflowRunTrigger
from iics_client.testing import Fault, Simulator

from .conftest import DAGS
from .support import run_dag, state_events, stored_run, task_instances, xcom
from .test_kill import wait_for
from .test_triggers import Triggerer, round_trip, until

MONTH_END = "tf_month_end"


def client_for(sim: Simulator) -> IICSClient:
    return IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password)


def start_taskflow(sim: Simulator, outcome: str = "success", duration: float = 1.0) -> str:
    """Run tf_month_end as someone else would (not through Airflow); its run id."""
    sim.set_taskflow_outcome(MONTH_END, outcome, duration=duration)
    with client_for(sim) as client:
        return str(client.run_taskflow(MONTH_END).run_id)


def final_status(sim: Simulator, run_id: str) -> str:
    with client_for(sim) as client:
        return client.poll_taskflow_status(run_id, interval=0.05, timeout=60).state.value


def taskflow_polls(sim: Simulator) -> int:
    return sim.stats.requests_by_operation.get("get_taskflow_run", 0)


# ---- outcomes ----

EXPECTED = {  # outcome of every run -> task -> state
    "success": {"default": "success", "fails_on_warning": "success", "skips_on_warning": "success",
                "on_worker": "success"},
    "warning": {"default": "success", "fails_on_warning": "failed", "skips_on_warning": "skipped",
                "on_worker": "success"},
    "failed": dict.fromkeys(("default", "fails_on_warning", "skips_on_warning", "on_worker"), "failed"),
    "suspended": dict.fromkeys(("default", "fails_on_warning", "skips_on_warning", "on_worker"), "failed"),
}  # fmt: skip


@pytest.mark.parametrize("outcome", EXPECTED)
def test_a_taskflow_run_ends_the_task_as_it_ended(sim: Simulator, dagbag: Any, outcome: str) -> None:
    sim.set_taskflow_outcome(MONTH_END, outcome, duration=0.3)
    dag_run = run_dag(dagbag, "iics_taskflow_outcomes")
    tis = task_instances(dag_run)
    assert {task: ti.state for task, ti in tis.items()} == EXPECTED[outcome]
    assert sim.stats.taskflow_starts == 4  # one run per task, no retries configured
    assert sim.stats.taskflow_terminations == 0  # a suspended run is left for someone to resume or terminate
    for task, ti in tis.items():
        run_id = str(xcom(dag_run, task, "iics_run_id"))  # Airflow's XCom reads a string of digits back as a number
        assert run_id.isdigit()
        assert xcom(dag_run, task, "iics_taskflow") == MONTH_END
        assert xcom(dag_run, task, "iics_run_url").startswith(sim.pod_url)
        status = xcom(dag_run, task)
        if ti.state == "success":
            assert status["runId"] == int(run_id)
            assert status["status"] == "SUCCESS"
            details = status["subtaskDetails"]["details"]["tasks"]
            assert [t["status"] for t in details][-1] == ("WARNING" if outcome == "warning" else "SUCCESS")
        else:
            assert status is None
        if outcome == "suspended":
            assert final_status(sim, run_id) == "SUSPENDED"


def test_inputs_and_instance_names_reach_iics(sim: Simulator, dagbag: Any) -> None:
    sim.set_taskflow_outcome(MONTH_END, "success", duration=0.1)
    dag_run = run_dag(dagbag, "iics_taskflow_outcomes")
    default_run = str(xcom(dag_run, "default", "iics_run_id"))
    assert sim.taskflow_inputs(default_run) == {"period": "2026-01", "dry_run": False}
    assert sim.taskflow_inputs(xcom(dag_run, "on_worker", "iics_run_id")) == {}
    names = {xcom(dag_run, task)["assetName"] for task in ("default", "on_worker")}
    month_end = xcom(dag_run, "default")["assetName"].split("-iics_taskflow_outcomes.")[0]
    assert names == {
        f"{month_end}-iics_taskflow_outcomes.default.{dag_run.run_id}-{default_run}",  # the default instance name
        f"{month_end}-worker-on_worker-{xcom(dag_run, 'on_worker', 'iics_run_id')}",  # a templated one
    }


def test_a_deferrable_taskflow_task_is_deferred_and_resumes(sim: Simulator, dagbag: Any) -> None:
    sim.set_taskflow_outcome(MONTH_END, "success", duration=0.3)
    dag_run = run_dag(dagbag, "iics_taskflow_outcomes")
    assert [event for _, event in state_events(dag_run, "default")] == ["running", "deferred", "running", "success"]
    assert [event for _, event in state_events(dag_run, "on_worker")] == ["running", "success"]
    stored = stored_run(dag_run, "default")
    assert {**stored, "run_id": str(stored["run_id"])} == {
        "api_name": MONTH_END, "run_id": str(xcom(dag_run, "default", "iics_run_id")),
        "instance_name": f"iics_taskflow_outcomes.default.{dag_run.run_id}",
    }  # fmt: skip


# ---- never started twice ----


@pytest.mark.parametrize("dag_id", ["iics_taskflow_retry_durable", "iics_taskflow_retry_without_store"])
def test_a_retry_follows_the_taskflow_run_still_going(sim: Simulator, dagbag: Any, dag_id: str) -> None:
    sim.set_taskflow_outcome(MONTH_END, "success", duration=4)  # every try's wait times out after 0.5 s
    dag_run = run_dag(dagbag, dag_id)
    ti = task_instances(dag_run)["run"]
    assert ti.state == "success"
    assert ti.try_number >= 3
    assert sim.stats.taskflow_starts == 1  # one run, however many tries
    events = [event for _, event in state_events(dag_run, "run")]
    assert events.count("deferred") >= 2  # retries deferred on the same run (the last may find it ended)
    assert xcom(dag_run, "run")["runId"] == int(xcom(dag_run, "run", "iics_run_id"))


def test_a_retry_after_a_suspended_run_follows_it_and_starts_nothing(sim: Simulator, dagbag: Any) -> None:
    for api_name in (MONTH_END, "tf_customer_pipeline"):
        sim.set_taskflow_outcome(api_name, "suspended", duration=0.2)
    dag_run = run_dag(dagbag, "iics_taskflow_retry_suspended")
    tis = task_instances(dag_run)
    for task in ("durable", "without_store"):
        assert (tis[task].state, tis[task].try_number) == ("failed", 2)
        assert final_status(sim, xcom(dag_run, task, "iics_run_id")) == "SUSPENDED"
    assert sim.stats.taskflow_starts == 2  # one per task: the retries followed the suspended runs


def test_a_retry_after_a_failed_taskflow_run_starts_a_new_one(sim: Simulator, dagbag: Any) -> None:
    sim.set_taskflow_outcome(MONTH_END, "failed", duration=0.1)
    dag_run = run_dag(dagbag, "iics_taskflow_retry_failed")
    ti = task_instances(dag_run)["run"]
    assert (ti.state, ti.try_number) == ("failed", 2)
    assert sim.stats.taskflow_starts == 2


def test_a_run_request_whose_answer_was_lost_is_found_not_sent_again(sim: Simulator, dagbag: Any) -> None:
    sim.set_taskflow_outcome(MONTH_END, "success", duration=0.2)
    lost = sim.add_fault(Fault.http(502, operation="run_taskflow", times=1, phase="after"))  # started, answer lost
    dag_run = run_dag(dagbag, "iics_taskflow_lost_answer")
    ti = task_instances(dag_run)["run"]
    assert (ti.state, ti.try_number) == ("success", 1)
    assert sim.fault_fired(lost) == 1
    assert sim.stats.taskflow_starts == 1


# ---- the sensor ----


@pytest.mark.parametrize(("outcome", "state"), [("success", "success"), ("failed", "failed")])
def test_the_taskflow_sensor_ends_as_the_run_ended(sim: Simulator, dagbag: Any, outcome: str, state: str) -> None:
    run_id = start_taskflow(sim, outcome, duration=0.5)
    dag_run = run_dag(dagbag, "iics_taskflow_sensor", run_id=run_id)
    tis = task_instances(dag_run)
    assert {task: ti.state for task, ti in tis.items()} == {"deferred": state, "poking": state}
    assert sim.stats.taskflow_starts == 1
    assert sim.stats.taskflow_terminations == 0
    assert "deferred" in [event for _, event in state_events(dag_run, "deferred")]
    if state == "success":
        assert {xcom(dag_run, task)["runId"] for task in tis} == {int(run_id)}


# ---- the trigger: serialization, kill, triggerer restart ----


def trigger_for(run_id: str, **kwargs: Any) -> IICSTaskflowRunTrigger:
    return IICSTaskflowRunTrigger(run_id=run_id, api_name=MONTH_END, poll_interval=0.05, **kwargs)


def test_the_taskflow_trigger_serializes_every_argument() -> None:
    trigger = IICSTaskflowRunTrigger(run_id=7000000000000000001, api_name=MONTH_END, iics_conn_id="iics_prod",
                                     poll_interval=15, end_time=1.8e9, cancel_on_kill=True)  # fmt: skip
    classpath, kwargs = trigger.serialize()
    assert classpath == "iics_client.airflow.triggers.IICSTaskflowRunTrigger"
    assert kwargs["run_id"] == "7000000000000000001"  # a string of digits, as IICS wants it
    assert json.loads(json.dumps(kwargs)) == kwargs
    again = round_trip(trigger)
    assert type(again) is IICSTaskflowRunTrigger
    assert again.serialize() == (classpath, kwargs)


def test_the_taskflow_trigger_yields_one_event(sim: Simulator) -> None:
    run_id = start_taskflow(sim, "warning", duration=0.3)

    async def events() -> list[Any]:
        return [event async for event in trigger_for(run_id).run()]

    (only,) = asyncio.run(events())
    assert (only.payload["status"], only.payload["run_id"], only.payload["task_id"]) == ("warning", run_id, MONTH_END)
    assert only.payload["entry"]["status"] == "SUCCESS"
    assert "WARNING" in only.payload["message"]


def test_a_user_action_terminates_the_taskflow_run(sim: Simulator) -> None:
    run_id = start_taskflow(sim, duration=60)
    triggerer = Triggerer()

    async def scenario() -> None:
        task = triggerer.start(1, trigger_for(run_id, cancel_on_kill=True))
        await until(lambda: taskflow_polls(sim) >= 1, "the trigger's first poll")
        await triggerer.user_action(1)
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert sim.stats.taskflow_terminations == 1
    assert final_status(sim, run_id) == "FAILED"  # a terminated run reads FAILED
    assert triggerer.payloads() == []


def test_a_triggerer_restart_never_terminates_the_taskflow_run(sim: Simulator) -> None:
    run_id = start_taskflow(sim, duration=2)
    trigger = trigger_for(run_id, cancel_on_kill=True)

    async def first_triggerer() -> None:
        triggerer = Triggerer()
        task = triggerer.start(1, trigger)
        await until(lambda: taskflow_polls(sim) >= 1, "the trigger's first poll")
        task.cancel()  # the triggerer shutting down: cleanup, no on_kill
        with pytest.raises(asyncio.CancelledError):
            await task

    async def second_triggerer() -> list[dict[str, Any]]:
        triggerer = Triggerer()
        await triggerer.start(7, round_trip(trigger))
        return triggerer.payloads()

    asyncio.run(first_triggerer())
    assert sim.stats.taskflow_terminations == 0
    (payload,) = asyncio.run(second_triggerer())
    assert (payload["status"], payload["run_id"]) == ("success", run_id)
    assert sim.stats.taskflow_starts == 1
    assert sim.stats.taskflow_terminations == 0


def test_iics_unavailable_for_a_while_is_waited_out_by_the_taskflow_trigger(sim: Simulator) -> None:
    run_id = start_taskflow(sim, duration=0.2)
    outage = sim.add_fault(Fault.http(503, operation="get_taskflow_run", times=10))

    async def scenario() -> list[Any]:
        return [event.payload async for event in trigger_for(run_id).run()]

    (payload,) = asyncio.run(scenario())
    assert sim.fault_fired(outage) == 10
    assert payload["status"] == "success"


# ---- on_kill on the worker ----

RUN_DAG = """
import sys
from airflow.dag_processing.dagbag import DagBag
DagBag(dag_folder=sys.argv[1]).get_dag("iics_taskflow_kill").test()
"""


def test_killing_a_task_that_waits_on_the_worker_terminates_its_taskflow_run(sim: Simulator) -> None:
    sim.set_taskflow_outcome(MONTH_END, "success", duration=120)  # would outlive the test if not terminated
    child = subprocess.Popen([sys.executable, "-c", RUN_DAG, str(DAGS)], env=os.environ.copy(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(child, lambda: taskflow_polls(sim) > 0, "the task waiting on its taskflow run")
        child.send_signal(signal.SIGTERM)
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert sim.stats.taskflow_starts == 1
    assert sim.stats.taskflow_terminations == 1
    with client_for(sim) as client:
        (run,) = client.list_taskflow_runs(run_status="Failed", limit=1)
    assert isinstance(run.error_message, str)
    assert "terminated" in run.error_message
