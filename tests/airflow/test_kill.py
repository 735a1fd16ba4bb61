"""Killing a task that waits on the worker: Airflow's task runner calls on_kill on SIGTERM (what it gets when a
user marks the running task failed; ``execution_timeout`` calls on_kill too). The DAG runs with dag.test() in a
child process, which the test signals once a task is waiting on its run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from iics_client import IICSClient, JobState
from iics_client.testing import Simulator

from .conftest import DAGS
from .support import task_instances

RUN_DAG = """
import sys
from airflow.dag_processing.dagbag import DagBag
DagBag(dag_folder=sys.argv[1]).get_dag("iics_kill").test()
"""


def wait_for(child: subprocess.Popen[bytes], condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert child.poll() is None, f"the DAG run ended before {what}"
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def run_state(sim: Simulator, name: str, run_id: int) -> JobState:
    with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
        return client.poll_job_status(sim.task(name).id, run_id, interval=0.05, timeout=60).state


def latest_dag_run() -> Any:
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        dag_run = session.scalars(select(DagRun).where(DagRun.dag_id == "iics_kill").order_by(DagRun.id.desc())).first()
        session.expunge_all()
    return dag_run


def test_killing_a_task_stops_its_run_unless_told_not_to(sim: Simulator, dagbag: Any) -> None:
    sim.set_task_outcome("mt_load_orders", "success", duration=120)  # would outlive the test if not stopped
    sim.set_task_outcome("mt_load_products", "success", duration=2)

    def polls() -> int:
        return sim.stats.requests_by_operation.get("get_activity_monitor", 0)

    child = subprocess.Popen([sys.executable, "-c", RUN_DAG, str(DAGS)], env=os.environ.copy(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(child, lambda: polls() > 0, "the first task waiting on its run")
        child.send_signal(signal.SIGTERM)  # cancel_on_kill=True (the default): the run is stopped
        wait_for(child, lambda: sim.stats.job_starts == 2, "the second task's run")
        seen = polls()
        wait_for(child, lambda: polls() > seen, "the second task waiting on its run")
        child.send_signal(signal.SIGTERM)  # cancel_on_kill=False: the run goes on, and so does the task
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    first, second = sorted(sim.stats.runs)
    assert sim.stats.requests_by_operation.get("stop_job") == 1
    assert run_state(sim, "mt_load_orders", first) is JobState.STOPPED
    assert run_state(sim, "mt_load_products", second) is JobState.SUCCESS
    tis = task_instances(latest_dag_run())
    assert tis["stops"].state == "failed"  # a stopped run fails the task, without retry
    assert tis["leaves_running"].state == "success"
