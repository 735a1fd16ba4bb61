"""Every job starts exactly once, end to end: 1,000 job starts (batch, concurrency 20) on the simulator, in both
layouts, while answers get lost after IICS acted (502, 504, dropped connections, answers later than the read
timeout), IICS refuses (429, 503 with Retry-After) and sessions expire. Runs started == 1,000, duplicates == 0,
callers without a run id == 0."""

from __future__ import annotations

import pytest

from iics_client import AsyncIICSClient, IICSClient
from iics_client.testing import Fault, Simulator

from .storm import start_all_under_expiry

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

JOBS = 1000
TIMEOUT = 1.0  # the client's read timeout; the "late answer" fault answers after it


def _faults(sim: Simulator) -> dict[str, Fault]:
    """About 10% of starts lose their answer after the run began (2.5% of each kind), about 10% are refused."""
    faults = {
        "502 after acting": Fault.http(502, operation="start_job", probability=0.025),
        "504 after acting": Fault.http(504, operation="start_job", probability=0.025),
        "dropped after acting": Fault.drop(operation="start_job", probability=0.025),
        "503 without Retry-After, after acting": Fault.http(503, operation="start_job", probability=0.025),
        "429 refused": Fault.http(429, operation="start_job", probability=0.05, retry_after=0),
        "503 with Retry-After refused": Fault.http(503, operation="start_job", probability=0.05, retry_after=0),
        "late answer (past the read timeout)": Fault.slow(TIMEOUT * 1.5, operation="start_job", phase="after",
                                                          probability=0.01),
    }  # fmt: skip
    for fault in faults.values():
        sim.add_fault(fault)
    return faults


def test_1000_job_starts_exactly_once_when_answers_are_lost(sim: Simulator) -> None:
    tasks = sim.seed_mapping_tasks(JOBS)
    sim.job_duration = 0.3
    sim.monitor_lag = 0.1  # a run shows in the monitor a moment after it starts; a short one may be in the log only
    faults = _faults(sim)
    client = AsyncIICSClient(
        sim.login_url, sim.username, sim.password, layout=sim.layout, verify=False, timeout=TIMEOUT,
        retry_backoff=0.01, max_retries=8, max_reauth_attempts=4, reconcile_timeout=2.0,
    )  # fmt: skip
    storm = start_all_under_expiry(sim, client, [task.id for task in tasks], every=150)
    results, logins, elapsed, expirations = storm.results, storm.logins, storm.elapsed, storm.expirations
    without_run = [result for result in results if isinstance(result, BaseException)]
    starts = sim.stats.job_starts_by_task
    duplicates = sum(count - 1 for count in starts.values())
    reconciled = sum(1 for result in results if not isinstance(result, BaseException) and result.reconciled)
    stats = sim.stats.snapshot()
    fired = {name: sim.fault_fired(fault) for name, fault in faults.items()}
    start_requests = stats["requests_by_operation"]["start_job"]
    print(
        f"\n[{JOBS} jobs/{sim.layout.name}] {elapsed:.1f} s: runs started {stats['job_starts']}, duplicates "
        f"{duplicates}, callers without a run id {len(without_run)}; requests {stats['requests']} (start_job "
        f"{start_requests}: {start_requests - JOBS} beyond one per job), reconciliations {reconciled}, logins "
        f"{logins} (expirations {expirations}); faults fired {fired}"
    )
    assert without_run == [], without_run[:3]
    assert duplicates == 0
    assert len(starts) == JOBS
    assert {result.run_id for result in results} == set(sim.stats.runs)  # every caller holds the run IICS started
    assert sum(count for name, count in fired.items() if "after acting" in name or "late" in name) > 0
    assert reconciled > 0


@pytest.mark.parametrize("kind", ["sync"])
def test_a_sync_start_whose_answer_is_late_is_not_started_twice(sim: Simulator, kind: str) -> None:
    task = sim.task("mt_ops_metrics")
    sim.add_fault(Fault.slow(1.0, operation="start_job", phase="after", times=1))
    with IICSClient(sim.login_url, sim.username, sim.password, layout=sim.layout, timeout=0.5) as client:
        job = client.start_job(task.id, "MTT")
    assert job.reconciled
    assert sim.stats.job_starts_by_task == {task.id: 1}
    assert sim.stats.requests_by_operation["start_job"] == 1
