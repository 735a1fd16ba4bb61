"""The client end to end against the simulator: every method, sync and async, both layouts; session expiry, faults,
dropped connections and TLS through real sockets."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from iics_client import (
    ApiVersion,
    AsyncIICSClient,
    IICSAuthError,
    IICSBadRequestError,
    IICSClient,
    IICSConnectionError,
    IICSNotFoundError,
    IICSServerError,
    JobState,
)
from iics_client.testing import Fault, Simulator
from tests.support.drive import Runner

from .storm import start_all_under_expiry

pytestmark = pytest.mark.e2e

Client = IICSClient | AsyncIICSClient


def make_client(sim: Simulator, kind: type[Client] = IICSClient, **settings: Any) -> Any:
    settings.setdefault("retry_backoff", 0.01)
    settings.setdefault("reconcile_timeout", 5.0)
    settings.setdefault("username", sim.username)
    settings.setdefault("password", sim.password)
    # no layout: the default ("auto") must find each simulator layout from its serverUrl, as on a real org
    # https: trust the simulator's CA; plain http: no trust store to load (saves ~60 ms per client)
    settings.setdefault("verify", sim.ssl_context_for_clients() if sim.https else False)
    return kind(login_url=sim.login_url, **settings)


@pytest.fixture(params=["sync", "async"])
def driven(request: pytest.FixtureRequest, sim: Simulator) -> Iterator[tuple[Any, Any]]:
    """A client of each kind and the Runner that resolves its results (``do(client.list_connections())``)."""
    runner = Runner(request.param)
    client = make_client(sim, AsyncIICSClient if runner.asynchronous else IICSClient)
    yield client, runner.run
    runner.close(client)
    runner.finish()


def test_every_method(sim: Simulator, driven: tuple[Any, Any]) -> None:
    client, do = driven
    session = do(client.login())
    assert session.org_id == sim.org_id
    assert (session.layout.name, session.layout_guessed) == (sim.layout.name, True)  # "auto" found it
    assert client.layout.name == sim.layout.name
    assert client.logins == 1

    # connections
    connections = do(client.list_connections())
    assert len(connections) == 6
    one = do(client.get_connection(connections[0].id))
    assert one.name == connections[0].name
    by_name = do(client.get_connection_by_name("Flat File Landing"))
    assert by_name.type_ == "CSVFile"
    created = do(client.create_connection({"name": "e2e_conn", "type": "Oracle", "host": "h1", "port": 1521}))
    assert created.host == "h1"
    updated = do(client.update_connection(created.id, {"name": "e2e_conn", "type": "Oracle", "host": "h2"}))
    assert (updated.host, updated.port) == ("h2", 1521)  # partial by default: port kept
    described = do(client.update_connection(created.id, {"description": "only this"}))  # no name, no type needed
    assert (described.name, described.type_, described.host, described.description) == (
        "e2e_conn",
        "Oracle",
        "h2",
        "only this",
    )
    replaced = do(
        client.update_connection(created.id, {"name": "e2e_conn", "type": "Oracle", "host": "h3"}, partial=False)
    )
    assert replaced.host == "h3"
    assert replaced.port is None or not isinstance(replaced.port, int)  # full replace reset it
    from iics_client.v2.models import Connection

    model = Connection(name="e2e_model", type_="TOOLKIT")
    assert do(client.create_connection(model)).name == "e2e_model"
    with pytest.raises(IICSBadRequestError):
        do(client.create_connection({"name": "e2e_model", "type": "TOOLKIT"}))
    do(client.delete_connection(created.id))
    with pytest.raises(IICSNotFoundError):
        do(client.get_connection(created.id))

    # runtime environments, agents, schedules, mapping tasks, taskflows
    envs = do(client.list_runtime_environments())
    assert do(client.get_runtime_environment(envs[0].id)).name == envs[0].name
    agents = do(client.list_agents())
    assert do(client.get_agent(agents[0].id)).name == agents[0].name
    schedules = do(client.list_schedules())
    assert do(client.get_schedule(schedules[0].id)).name == schedules[0].name
    tasks = do(client.list_mapping_tasks())
    assert do(client.get_mapping_task(tasks[0].id)).name == tasks[0].name
    flows = do(client.list_taskflows())
    assert do(client.get_taskflow(flows[0].id)).name == flows[0].name

    # search
    found = do(client.search_objects(object_type="MTT", location="Sales/Loads"))
    assert {obj.path for obj in found} == {
        f"Sales/Loads/{n}" for n in ("mt_load_customers", "mt_load_orders", "mt_load_products")
    }
    assert [obj.path for obj in do(client.search_objects(query="ORDERS", object_type="mtt"))] == [
        "Sales/Loads/mt_load_orders"
    ]
    assert len(do(client.search_objects(tag="finance", page_size=2))) == 7  # paged 2 at a time
    assert len(do(client.search_objects(page_size=7, limit=10))) == 10

    # jobs: start, monitor, poll to the end, log
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "warning", duration=0.2)
    job = do(client.start_job(task_id=task.id, task_type="MTT"))
    running = do(client.get_activity_monitor())
    assert [entry.run_id for entry in running] == [job.run_id]
    status = do(client.poll_job_status(task.id, job.run_id, interval=0.02, timeout=5))
    assert status.state is JobState.WARNING
    entries = do(client.get_activity_log(task_id=task.id, run_id=job.run_id))
    assert [entry.run_id for entry in entries] == [job.run_id]
    assert len(do(client.get_activity_log(limit=250, page_size=100))) == 51  # 50 seeded + this run
    sim.set_task_outcome(task.id, "success", duration=10)
    long_job = do(client.start_job(task_name=task.name, task_type="MTT"))
    assert do(client.stop_job(task_id=task.id, task_type="MTT")).description
    assert do(client.poll_job_status(task.id, long_job.run_id, interval=0.02, timeout=5)).state is JobState.STOPPED

    # audit log between two moments (UTC)
    now = datetime.now(timezone.utc)
    recent = do(client.get_audit_logs(now - timedelta(minutes=5), now + timedelta(minutes=1)))
    assert {entry.event for entry in recent} >= {"LOGIN", "CREATE", "UPDATE", "DELETE"}
    assert len(do(client.get_audit_logs(batch_size=50, limit=120))) == 120

    # raw escape hatches, per family
    assert do(client.raw_get("/objects", api_version=ApiVersion.V3, params={"limit": 1}))["count"] >= 30
    assert len(do(client.raw_get("/agent", api_version=ApiVersion.V2))) == 4
    raw_job = do(client.raw_post("/job", {"@type": "job", "taskId": task.id, "taskType": "MTT"}, api_version="v2"))
    assert raw_job["taskId"] == task.id

    do(client.logout())
    assert sim.stats.logouts == 1
    assert do(client.list_agents())  # logs in again by itself
    assert client.logins == 2
    assert sim.stats.job_starts_by_task == {task.id: 3}


def test_an_explicit_layout_still_works(sim: Simulator, driven: tuple[Any, Any]) -> None:
    first, do = driven
    client = make_client(sim, type(first), layout=sim.layout.name)
    assert client.layout.name == sim.layout.name
    assert len(do(client.list_connections())) == 6
    assert len(do(client.list_mapping_tasks())) == 8
    assert do(client.search_objects(object_type="MTT", limit=1))
    other = make_client(sim, type(first), layout="iics" if sim.layout.name == "reference" else "reference")
    with pytest.raises(IICSNotFoundError) as caught:
        do(other.list_connections())  # the wrong layout, chosen explicitly: a plain 404
    assert "picked automatically" not in str(caught.value)


def test_wrong_password_is_an_auth_error_without_retries(sim: Simulator, driven: tuple[Any, Any]) -> None:
    first, do = driven
    client = make_client(sim, type(first), password="wrong")
    with pytest.raises(IICSAuthError):
        do(client.list_connections())
    with pytest.raises(IICSAuthError):
        do(client.list_connections())  # latched: no second login attempt
    assert sim.stats.failed_logins == 1
    assert sim.stats.requests_by_operation == {"login": 1}


def test_idle_session_is_renewed(layout: str) -> None:
    with Simulator(layout, session_idle_timeout=0.2) as sim:
        with make_client(sim) as client:
            assert client.list_agents()
            time.sleep(0.3)
            assert client.list_agents()
            assert client.logins == 2
        assert sim.stats.expired_sessions_hit == 1


def test_session_expiry_in_the_middle_of_an_async_batch(sim: Simulator) -> None:
    """40 calls in flight when the session dies: every call succeeds after exactly one re-login."""
    sim.add_fault(Fault.slow(0.3, operation="list_schedules", times=40))  # hold them past the expiry

    async def batch() -> list[Any]:
        async with make_client(sim, AsyncIICSClient, max_connections=40) as client:
            timer = threading.Timer(0.15, sim.expire_sessions)
            timer.start()
            results = await asyncio.gather(*(client.list_schedules() for _ in range(40)))
            timer.join()
            assert client.logins == 2
            return results

    results = asyncio.run(batch())
    assert all(len(result) == 4 for result in results)
    assert sim.stats.expired_sessions_hit == 1
    assert sim.stats.logins == 2
    assert sim.stats.responses_by_status[401] == 40  # each in-flight call was rejected once, then replayed


def test_500_job_starts_under_503s_and_session_expiry(sim: Simulator) -> None:
    """Refusals and expiry: nothing started twice, one re-login per expiry actually met. (Answers lost after IICS
    acted: tests/e2e/test_exactly_once.py.)"""
    tasks = sim.seed_mapping_tasks(500)
    fault = sim.add_fault(Fault.http(503, operation="start_job", probability=0.1, retry_after=0))  # refused
    # max_retries 8: a job meets 9 503s in a row with p=1e-9. max_reauth_attempts 4: a request in flight may meet
    # an expiry more than once under load; each renewal still counts as a login below.
    client = make_client(sim, AsyncIICSClient, max_retries=8, max_reauth_attempts=4, max_connections=20)
    storm = start_all_under_expiry(sim, client, [task.id for task in tasks], every=75)
    results, logins, elapsed, expirations = storm.results, storm.logins, storm.elapsed, storm.expirations
    failures = [result for result in results if isinstance(result, BaseException)]
    assert failures == []
    run_ids = [result.run_id for result in results]
    assert len(set(run_ids)) == 500
    starts = sim.stats.job_starts_by_task
    duplicates = sum(count - 1 for count in starts.values())
    stats = sim.stats.snapshot()
    print(
        f"\n[500 jobs/{sim.layout.name}] {elapsed:.2f}s requests={stats['requests']} "
        f"start_job_requests={stats['requests_by_operation']['start_job']} 503s={sim.fault_fired(fault)} "
        f"401s={stats['responses_by_status'].get(401, 0)} expirations={expirations} "
        f"expired_sessions_hit={stats['expired_sessions_hit']} logins={logins} job_starts={stats['job_starts']} "
        f"duplicate_starts={duplicates}"
    )
    assert duplicates == 0
    assert len(starts) == 500
    assert set(starts.values()) == {1}
    assert logins == sim.stats.expired_sessions_hit + 1
    assert sim.fault_fired(fault) > 0
    # every start_job request is either a 503 (not performed), a 401 (not performed) or a start
    assert stats["requests_by_operation"]["start_job"] == 500 + sim.fault_fired(fault) + stats[
        "responses_by_status"
    ].get(401, 0)


def test_dropped_connection_on_a_get_is_retried(sim: Simulator, driven: tuple[Any, Any]) -> None:
    client, do = driven
    sim.add_fault(Fault.drop(operation="list_connections", times=1))
    assert len(do(client.list_connections())) == 6
    assert sim.stats.requests_by_operation["list_connections"] == 2


def test_dropped_connection_on_a_job_start_is_not_repeated(sim: Simulator, driven: tuple[Any, Any]) -> None:
    client, do = driven
    task = sim.task("mt_ops_metrics")
    sim.add_fault(Fault.drop(operation="start_job", times=1))
    job = do(client.start_job(task_id=task.id, task_type="MTT"))
    assert job.reconciled  # found in the activity monitor, not sent again
    assert sim.stats.requests_by_operation["start_job"] == 1
    assert sim.stats.runs == {job.run_id: task.id}


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_error_after_a_job_start_is_reconciled_not_retried(sim: Simulator, status: int) -> None:
    task = sim.task("mt_ops_metrics")
    sim.add_fault(Fault.http(status, operation="start_job", times=1))
    with make_client(sim) as client:
        job = client.start_job(task_id=task.id, task_type="MTT")
    assert job.reconciled
    assert sim.stats.requests_by_operation["start_job"] == 1
    assert sim.stats.runs == {job.run_id: task.id}


def test_gateway_error_with_reconciliation_off_is_raised(sim: Simulator) -> None:
    sim.add_fault(Fault.http(502, operation="start_job", times=1))
    with make_client(sim, reconcile_timeout=0) as client, pytest.raises(IICSServerError) as caught:
        client.start_job(task_id=sim.task("mt_ops_metrics").id, task_type="MTT")
    assert caught.value.status_code == 502
    assert sim.stats.requests_by_operation["start_job"] == 1
    assert sim.stats.job_starts == 1


@pytest.mark.parametrize("fault", [Fault.http(503, retry_after=0, times=2), Fault.http(429, retry_after=0, times=2)])
def test_not_performed_statuses_are_retried_even_for_a_job_start(sim: Simulator, fault: Fault) -> None:
    task = sim.task("mt_ops_metrics")
    sim.add_fault(Fault(**{**_fields(fault), "operation": "start_job"}))
    with make_client(sim) as client:
        job = client.start_job(task_id=task.id, task_type="MTT")
    assert sim.stats.runs == {job.run_id: task.id}
    assert sim.stats.requests_by_operation["start_job"] == 3


def _fields(fault: Fault) -> dict[str, Any]:
    names = ("kind", "operation", "status", "probability", "times", "every", "retry_after", "delay", "phase")
    return {name: getattr(fault, name) for name in names}


def test_gets_are_retried_on_gateway_errors_and_slow_answers_time_out(sim: Simulator) -> None:
    sim.add_fault(Fault.http(502, operation="list_agents", times=2))
    with make_client(sim, timeout=0.2) as client:
        assert client.list_agents()
        assert sim.stats.requests_by_operation["list_agents"] == 3
        sim.add_fault(Fault.slow(0.5, operation="start_job", times=1))
        job = client.start_job(task_id=sim.task("mt_gl_close").id, task_type="MTT")  # a read timeout: reconciled
    assert job.reconciled
    assert sim.stats.requests_by_operation["start_job"] == 1


def test_https_with_and_without_the_ca(layout: str, tmp_path: Any) -> None:
    with Simulator(layout, https=True) as sim:
        with make_client(sim) as client:
            assert len(client.list_connections()) == 6
        bundle = tmp_path / "ca.pem"
        bundle.write_bytes(sim.ca_cert_pem)
        with make_client(sim, verify=str(bundle)) as by_path:  # a CA bundle path, as the README offers
            assert len(by_path.list_agents()) == 4
        untrusting = make_client(sim, verify=True)
        with pytest.raises(IICSConnectionError):
            untrusting.list_connections()
        untrusting.close()


def test_async_paginators_iterate_lazily(sim: Simulator) -> None:
    sim.seed_activity_log(5000)

    async def read() -> tuple[int, int]:
        async with make_client(sim, AsyncIICSClient) as client:
            count = 0
            async for _ in client.get_activity_log(page_size=500):
                count += 1
                if count == 600:
                    break
            pages = sim.stats.requests_by_operation["get_activity_log"]
            objects = await client.search_objects(object_type="MTT", page_size=3)
            return pages, len(objects)

    pages, objects = asyncio.run(read())
    assert pages == 2  # only as far as it was read
    assert objects == 8


# ---- client behaviour the simulator exposed (fixed): no login just to log out; no DELETE repeated after a 502 ----


def test_logout_after_expiry_does_not_log_in_again(sim: Simulator) -> None:
    client = make_client(sim)
    client.list_agents()
    sim.expire_sessions()
    try:
        client.logout()
    except IICSAuthError:
        pass  # reporting the dead session is fine; opening a new one is not
    finally:
        client.close()
    assert sim.stats.logins == 1


def test_delete_behind_a_gateway_error_does_not_report_not_found(sim: Simulator) -> None:
    with make_client(sim) as client:
        connection = client.create_connection({"name": "behind_502", "type": "Oracle"})
        sim.add_fault(Fault.http(502, operation="delete_connection", times=1))
        with contextlib.suppress(IICSServerError):  # the gateway error itself is acceptable, so is success
            client.delete_connection(connection.id)
