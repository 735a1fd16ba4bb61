"""IICSJobRunTrigger inside Airflow's own TriggerRunner (the triggerer's asyncio side): one event, serialization
round-trip, on_kill after a user action, and a triggerer restart that leaves the run alone."""

from __future__ import annotations

import asyncio
import importlib
import json
import time
from collections.abc import Callable
from typing import Any

import pytest

from iics_client import IICSClient, JobState
from iics_client.airflow import IICSJobRunTrigger
from iics_client.testing import Fault, Simulator


def start_run(sim: Simulator, name: str, *, outcome: str = "success", duration: float) -> tuple[str, int]:
    """Start a run of the task `name` as someone else would (not through Airflow); (task id, run id)."""
    sim.set_task_outcome(name, outcome, duration=duration)
    with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
        job = client.start_job(task_name=name, task_type=sim.task(name).type)
    return str(job.task_id), int(job.run_id)


def final_state(sim: Simulator, task_id: str, run_id: int) -> JobState:
    with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
        return client.poll_job_status(task_id, run_id, interval=0.05, timeout=60).state


def trigger_for(task_id: str, run_id: int, **kwargs: Any) -> IICSJobRunTrigger:
    return IICSJobRunTrigger(iics_task_id=task_id, run_id=run_id, task_type="MTT", poll_interval=0.05, **kwargs)


def round_trip(trigger: Any) -> Any:
    """What the triggerer does with a deferred task's trigger: a row of Airflow's trigger table (kwargs serialized
    and encrypted), then an instance of the class path built from the decrypted kwargs."""
    from airflow.models.trigger import Trigger

    row = Trigger.from_object(trigger)
    module, _, name = row.classpath.rpartition(".")
    return getattr(importlib.import_module(module), name)(**row.kwargs)


class Triggerer:
    """Airflow's TriggerRunner, driven as the triggerer process drives it: a task per trigger, events collected."""

    def __init__(self) -> None:
        from airflow.jobs.triggerer_job_runner import TriggerRunner

        self.runner = TriggerRunner()  # type: ignore[no-untyped-call]

    def start(self, trigger_id: int, trigger: Any) -> asyncio.Task[None]:
        task = asyncio.create_task(self.runner.run_trigger(trigger_id, trigger))  # runs from the next await on
        self.runner.triggers[trigger_id] = {"task": task, "name": f"iics-{trigger_id}", "events": 0,
                                            "is_watcher": False}  # fmt: skip
        return task

    async def user_action(self, trigger_id: int) -> None:
        """A user marked the deferred task failed or success, or cleared it."""
        self.runner.to_cancel.append(trigger_id)
        await self.runner.cancel_triggers()  # type: ignore[no-untyped-call]

    def payloads(self) -> list[dict[str, Any]]:
        return [entry.event.payload for entry in self.runner.events]


async def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.02)


def polls(sim: Simulator) -> int:
    return sim.stats.requests_by_operation.get("get_activity_monitor", 0)


def test_serialize_round_trip_keeps_every_argument() -> None:
    trigger = IICSJobRunTrigger(
        iics_task_id="0100000Z000000000003", run_id=1000000001, task_type="MTT", iics_conn_id="iics_prod",
        poll_interval=15, end_time=1.8e9, cancel_on_kill=True,
    )  # fmt: skip
    classpath, kwargs = trigger.serialize()
    assert classpath == "iics_client.airflow.triggers.IICSJobRunTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs  # JSON only
    again = round_trip(trigger)
    assert type(again) is IICSJobRunTrigger
    assert again.serialize() == (classpath, kwargs)


def test_the_trigger_yields_exactly_one_event(sim: Simulator) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", outcome="warning", duration=0.3)

    async def events() -> list[Any]:
        return [event async for event in trigger_for(task_id, run_id).run()]

    (only,) = asyncio.run(events())
    assert only.payload["status"] == "warning"
    assert (only.payload["task_id"], only.payload["run_id"]) == (task_id, run_id)
    assert only.payload["entry"]["state"] == 2
    assert sim.stats.logins == sim.stats.logouts == 2  # the starter's session and the trigger's, both ended


def test_a_user_action_stops_the_run_when_the_operator_asked(sim: Simulator) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", duration=60)
    triggerer = Triggerer()

    async def scenario() -> None:
        task = triggerer.start(1, trigger_for(task_id, run_id, cancel_on_kill=True))
        await until(lambda: polls(sim) >= 1, "the trigger's first poll")
        await triggerer.user_action(1)
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert sim.stats.requests_by_operation.get("stop_job") == 1
    assert final_state(sim, task_id, run_id) is JobState.STOPPED
    assert triggerer.payloads() == []


def test_a_user_action_leaves_the_run_alone_without_cancel_on_kill(sim: Simulator) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", duration=1)
    triggerer = Triggerer()

    async def scenario() -> None:
        task = triggerer.start(1, trigger_for(task_id, run_id, cancel_on_kill=False))
        await until(lambda: polls(sim) >= 1, "the trigger's first poll")
        await triggerer.user_action(1)
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert "stop_job" not in sim.stats.requests_by_operation
    assert final_state(sim, task_id, run_id) is JobState.SUCCESS


def test_a_triggerer_restart_never_stops_the_run(sim: Simulator) -> None:
    """The triggerer stops (its tasks are cancelled without a user action: cleanup, no on_kill); another triggerer
    builds the trigger again from its serialized form and follows the same run to its end."""
    task_id, run_id = start_run(sim, "mt_load_orders", duration=2)
    trigger = trigger_for(task_id, run_id, cancel_on_kill=True)

    async def first_triggerer() -> None:
        triggerer = Triggerer()
        task = triggerer.start(1, trigger)
        await until(lambda: polls(sim) >= 1, "the trigger's first poll")
        task.cancel()  # what the triggerer's shutdown does
        with pytest.raises(asyncio.CancelledError):
            await task
        assert triggerer.payloads() == []

    async def second_triggerer() -> list[dict[str, Any]]:
        triggerer = Triggerer()
        await triggerer.start(7, round_trip(trigger))
        return triggerer.payloads()

    asyncio.run(first_triggerer())
    assert "stop_job" not in sim.stats.requests_by_operation
    (payload,) = asyncio.run(second_triggerer())
    assert (payload["status"], payload["task_id"], payload["run_id"]) == ("success", task_id, run_id)
    assert sim.stats.job_starts == 1
    assert "stop_job" not in sim.stats.requests_by_operation


def test_iics_unavailable_for_a_while_is_waited_out(sim: Simulator) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", duration=0.2)
    outage = sim.add_fault(Fault.http(503, operation="get_activity_monitor", times=10))  # > the client's 3 retries

    async def scenario() -> list[Any]:
        return [event.payload async for event in trigger_for(task_id, run_id).run()]

    (payload,) = asyncio.run(scenario())
    assert sim.fault_fired(outage) == 10
    assert (payload["status"], payload["run_id"]) == ("success", run_id)


def test_the_deadline_ends_the_wait_not_the_run(sim: Simulator) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", duration=60)

    async def scenario() -> list[Any]:
        trigger = trigger_for(task_id, run_id, end_time=time.time() + 0.3, cancel_on_kill=True)
        return [event.payload async for event in trigger.run()]

    (payload,) = asyncio.run(scenario())
    assert payload["status"] == "timeout"
    assert sim.running_jobs == 1
    assert "stop_job" not in sim.stats.requests_by_operation


def test_rejected_credentials_end_the_wait_with_an_error_event(sim: Simulator, monkeypatch: Any) -> None:
    task_id, run_id = start_run(sim, "mt_load_orders", duration=0.2)
    monkeypatch.setenv("AIRFLOW_CONN_IICS_WRONG", json.dumps({"conn_type": "iics", "host": sim.login_url,
                       "login": sim.username, "password": "not-the-password"}))  # fmt: skip

    async def scenario() -> list[Any]:
        trigger = IICSJobRunTrigger(iics_task_id=task_id, run_id=run_id, iics_conn_id="iics_wrong")
        return [event.payload async for event in trigger.run()]

    (payload,) = asyncio.run(scenario())
    assert payload["status"] == "error"
    assert "login failed" in payload["message"]
    assert "not-the-password" not in json.dumps(payload)


def test_the_triggers_of_a_connection_share_one_client(sim: Simulator) -> None:
    """One login for every trigger of the connection in a triggerer; logged out and closed after the last one."""
    runs = [start_run(sim, name, duration=0.3) for name in ("mt_load_orders", "mt_load_products", "mt_gl_close")]
    logins = sim.stats.logins

    async def scenario() -> list[Any]:
        triggerer = Triggerer()
        await asyncio.gather(*(triggerer.start(index, trigger_for(*run)) for index, run in enumerate(runs)))
        return triggerer.payloads()

    payloads = asyncio.run(scenario())
    assert sorted(payload["run_id"] for payload in payloads) == sorted(run_id for _task, run_id in runs)
    assert {payload["status"] for payload in payloads} == {"success"}
    assert sim.stats.logins - logins == 1
    assert sim.stats.logouts == sim.stats.logins  # the starters' sessions and the shared one, all ended


def test_a_trigger_leaving_does_not_disturb_the_others_sharing_its_client(sim: Simulator) -> None:
    """A user action ends one trigger; the others keep the shared client and the shared monitor poll to their end."""
    leaving = start_run(sim, "mt_load_orders", duration=60)
    staying = [start_run(sim, name, duration=0.5) for name in ("mt_load_products", "mt_gl_close")]
    logins = sim.stats.logins
    triggerer = Triggerer()

    async def scenario() -> None:
        gone = triggerer.start(1, trigger_for(*leaving, cancel_on_kill=False))
        others = [triggerer.start(index, trigger_for(*run)) for index, run in enumerate(staying, start=2)]
        await until(lambda: polls(sim) >= 1, "the shared poll")
        await triggerer.user_action(1)
        with pytest.raises(asyncio.CancelledError):
            await gone
        await asyncio.gather(*others)

    asyncio.run(scenario())
    assert sorted(payload["run_id"] for payload in triggerer.payloads()) == sorted(run for _task, run in staying)
    assert sim.stats.logins - logins == 1
    assert sim.running_jobs == 1  # the run of the trigger that left goes on
    assert "stop_job" not in sim.stats.requests_by_operation


def test_iics_refusing_the_shared_poll_ends_every_waiting_trigger_with_an_error(sim: Simulator) -> None:
    runs = [start_run(sim, name, duration=60) for name in ("mt_load_orders", "mt_load_products")]
    sim.add_fault(Fault.http(400, operation="get_activity_monitor"))  # not transient: not waited out

    async def scenario() -> list[dict[str, Any]]:
        triggerer = Triggerer()
        await asyncio.gather(*(triggerer.start(index, trigger_for(*run)) for index, run in enumerate(runs)))
        return triggerer.payloads()

    payloads = asyncio.run(scenario())
    assert [payload["status"] for payload in payloads] == ["error", "error"]
    assert polls(sim) <= 2  # shared looks (the second trigger may register after the first look was sent)
    assert sim.running_jobs == 2
