"""One Airflow triggerer process waiting on many deferred IICS runs: its CPU and memory, and how long after each run
ends its trigger fires (resume latency).

Run it in the airflow session's venv (it needs Airflow): ``nox -s airflow_bench`` (``-- --runs 500 --poll 5``), or
``.nox/airflow/bin/python -m bench.airflow_triggerer``. The simulator runs in a child process of its own (its CPU is
reported apart). Each trigger runs in Airflow's own ``TriggerRunner.run_trigger`` (the coroutine the triggerer
process runs per trigger: the trigger's ``run()``, its event, its ``cleanup()``), all in one event loop in this
process, as the triggerer runs them; what is left out is the triggerer's supervisor and database round trips, which
do not depend on the integration.

How: N runs are started through the client (jobs: ``start_job`` of the simulator's mapping tasks; taskflows:
``run_taskflow``), spread evenly over ``--spread`` seconds, each lasting ``--duration`` seconds, so their ends are
spread too. Then N triggers (IICSJobRunTrigger / IICSTaskflowRunTrigger, ``poll_interval=--poll``) are started in
one TriggerRunner. A run's end is its start (the midpoint of its start request) plus its duration; a trigger fires
when Airflow's runner has its event (checked every 2 ms). CPU is this process's CPU time while the triggers wait;
memory is its RSS before the triggers and its peak while they run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

# ---- the simulator's process ----


def _serve(duration: float) -> None:
    from iics_client.testing import Simulator

    sim = Simulator(job_duration=duration).start()
    print(json.dumps({"login_url": sim.login_url, "username": sim.username, "password": sim.password,
                      "layout": sim.layout.name, "tasks": [t.name for t in sim.tasks if t.type == "MTT"],
                      "taskflows": sim.taskflows}), flush=True)  # fmt: skip
    for line in sys.stdin:  # one line: "cpu" -> its CPU seconds so far; EOF: stop
        if line.strip() == "cpu":
            print(json.dumps({"cpu": time.process_time(), "stats": sim.stats.snapshot()}, default=str), flush=True)
    sim.stop()


class SimulatorProcess:
    def __init__(self, duration: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.airflow_triggerer", "--serve", str(duration)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        self.info: dict[str, Any] = json.loads(self.proc.stdout.readline())

    def cpu(self) -> tuple[float, dict[str, Any]]:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write("cpu\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        return float(reply["cpu"]), reply["stats"]

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


# ---- the triggerer's side ----


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _start_runs(info: dict[str, Any], kind: str, runs: int, spread: float, duration: float) -> list[tuple[Any, float]]:
    """Start the runs, spread over `spread` seconds: (what the trigger needs, when the run ends)."""
    from iics_client import IICSClient

    started: list[tuple[Any, float]] = []
    begin = time.time()
    with IICSClient(login_url=info["login_url"], username=info["username"], password=info["password"]) as client:
        for index in range(runs):
            pause = begin + spread * index / runs - time.time()
            if pause > 0:
                time.sleep(pause)
            before = time.time()
            if kind == "job":
                job = client.start_job(task_name=info["tasks"][index % len(info["tasks"])], task_type="MTT")
                ref: Any = (job.task_id, job.run_id)
            else:
                ref = str(client.run_taskflow(info["taskflows"][index % len(info["taskflows"])]).run_id)
            started.append((ref, (before + time.time()) / 2 + duration))
    return started


def _trigger(kind: str, ref: Any, poll: float) -> Any:
    from iics_client.airflow import IICSJobRunTrigger, IICSTaskflowRunTrigger

    if kind == "job":
        return IICSJobRunTrigger(iics_task_id=ref[0], run_id=ref[1], task_type="MTT", poll_interval=poll)
    return IICSTaskflowRunTrigger(run_id=ref, poll_interval=poll)


async def _wait_all(triggers: list[Any]) -> tuple[dict[int, float], dict[str, float]]:
    """Every trigger in one Airflow TriggerRunner; when each one's event arrived; CPU and peak RSS while waiting."""
    from airflow.jobs.triggerer_job_runner import TriggerRunner

    runner = TriggerRunner()  # type: ignore[no-untyped-call]
    rss_before = _rss_mib()
    cpu_before, wall_before = time.process_time(), time.monotonic()
    tasks = []
    for trigger_id, trigger in enumerate(triggers):
        task = asyncio.create_task(runner.run_trigger(trigger_id, trigger))
        runner.triggers[trigger_id] = {"task": task, "name": f"iics-{trigger_id}", "events": 0, "is_watcher": False}
        tasks.append(task)
    fired: dict[int, float] = {}
    peak = rss_before
    last_sample = 0.0
    while len(fired) < len(triggers):
        await asyncio.sleep(0.002)
        now = time.time()
        while runner.events:
            entry = runner.events.popleft()
            fired[entry.trigger_id] = now
        if now - last_sample > 0.5:
            peak, last_sample = max(peak, _rss_mib()), now
    await asyncio.gather(*tasks)
    peak = max(peak, _rss_mib())
    cpu, wall = time.process_time() - cpu_before, time.monotonic() - wall_before
    return fired, {"rss_before": rss_before, "rss_peak": peak, "cpu": cpu, "wall": wall}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(kind: str, runs: int, poll: float, duration: float, spread: float) -> dict[str, Any]:
    sim = SimulatorProcess(duration)
    try:
        info = sim.info
        os.environ["AIRFLOW_CONN_IICS_DEFAULT"] = json.dumps({
            "conn_type": "iics", "host": info["login_url"], "login": info["username"], "password": info["password"],
            "extra": {"layout": info["layout"]},
        })  # fmt: skip
        started = _start_runs(info, kind, runs, spread, duration)
        triggers = [_trigger(kind, ref, poll) for ref, _end in started]
        sim_cpu_before, _ = sim.cpu()
        fired, usage = asyncio.run(_wait_all(triggers))
        sim_cpu_after, stats = sim.cpu()
    finally:
        sim.stop()
    latencies = [fired[index] - end for index, (_ref, end) in enumerate(started)]
    return {
        "kind": kind, "runs": runs, "poll_interval": poll, "duration": duration, "spread": spread,
        "latency_min": min(latencies), "latency_median": statistics.median(latencies),
        "latency_p95": _percentile(latencies, 0.95), "latency_max": max(latencies),
        "cpu_seconds": usage["cpu"], "wall_seconds": usage["wall"], "cpu_share": usage["cpu"] / usage["wall"],
        "rss_before_mib": usage["rss_before"], "rss_peak_mib": usage["rss_peak"],
        "simulator_cpu_seconds": sim_cpu_after - sim_cpu_before,
        "requests": {op: n for op, n in stats["requests_by_operation"].items() if n >= runs // 10},
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--poll", type=float, default=5.0, help="the triggers' poll_interval (s)")
    parser.add_argument("--duration", type=float, default=30.0, help="how long each run lasts (s)")
    parser.add_argument("--spread", type=float, default=10.0, help="the runs start over this many seconds")
    parser.add_argument("--kind", choices=("job", "taskflow", "both"), default="both")
    parser.add_argument("--json", help="write the results here too")
    args = parser.parse_args()
    if args.serve is not None:
        _serve(args.serve)
        return
    home = tempfile.mkdtemp(prefix="iics-airflow-bench-")
    os.environ.update({"AIRFLOW_HOME": home, "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                       "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING"})  # fmt: skip
    results = []
    for kind in ("job", "taskflow") if args.kind == "both" else (args.kind,):
        result = measure(kind, args.runs, args.poll, args.duration, args.spread)
        results.append(result)
        print(
            f"{kind:8} {result['runs']} runs, poll {result['poll_interval']:g} s: resume latency min "
            f"{result['latency_min']:.2f} / median {result['latency_median']:.2f} / p95 {result['latency_p95']:.2f} / "
            f"max {result['latency_max']:.2f} s; triggerer CPU {result['cpu_seconds']:.1f} s over "
            f"{result['wall_seconds']:.0f} s ({100 * result['cpu_share']:.0f} % of a core), RSS "
            f"{result['rss_before_mib']:.0f} -> peak {result['rss_peak_mib']:.0f} MiB; simulator CPU "
            f"{result['simulator_cpu_seconds']:.1f} s; requests {result['requests']}",
            flush=True,
        )
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)


if __name__ == "__main__":
    main()
