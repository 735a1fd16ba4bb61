"""Asynchronous use of iics-client: start several tasks at once and wait for all of them.

Against your org:   export IICS_USERNAME=... IICS_PASSWORD=... [IICS_LOGIN_URL=us]
                    and, to run tasks, IICS_TASK_IDS=<id>,<id>,... [IICS_TASK_TYPE=MTT]
Without credentials the example runs against the built-in simulator (nothing leaves this machine).

    python examples/async_usage.py
"""

from __future__ import annotations

import asyncio
import os
import sys

from iics_client import AsyncIICSClient, IICSError, JobState, JobStatus


async def run(client: AsyncIICSClient, task_ids: list[str], task_type: str, *, interval: float) -> int:
    async with client:  # logs in here, and out at the end of the block
        # independent calls run concurrently, over one connection pool and one session
        connections, tasks = await asyncio.gather(client.list_connections(), client.list_mapping_tasks())
        print(f"{len(connections)} connections, {len(tasks)} mapping tasks")
        if not task_ids:
            print("Set IICS_TASK_IDS to also run tasks.")
            return 0

        started = await client.batch_start_jobs(
            [{"task_id": task_id, "task_type": task_type} for task_id in task_ids], max_concurrency=5
        )
        jobs = []
        for task_id, result in zip(task_ids, started, strict=True):
            if isinstance(result, BaseException):  # one failed start does not lose the others
                print(f"  {task_id}: could not start: {result}")
            else:
                print(f"  started run {result.run_id} of {result.task_name}")
                jobs.append((task_id, result.run_id))

        print(f"Waiting for {len(jobs)} runs ...")
        outcomes = await asyncio.gather(
            *(client.poll_job_status(task_id, run_id, interval=interval, timeout=3600) for task_id, run_id in jobs),
            return_exceptions=True,
        )
        ok = len(jobs) == len(task_ids)
        for (task_id, run_id), outcome in zip(jobs, outcomes, strict=True):
            if isinstance(outcome, JobStatus):
                print(f"  run {run_id} of {outcome.entry.object_name}: {outcome.state.value}")
                ok = ok and outcome.state is JobState.SUCCESS
            else:
                print(f"  run {run_id} of {task_id}: {outcome}")
                ok = False
        return 0 if ok else 1


def main() -> int:
    try:
        if os.environ.get("IICS_USERNAME") and os.environ.get("IICS_PASSWORD"):
            client = AsyncIICSClient.from_env()  # IICS_USERNAME, IICS_PASSWORD, IICS_LOGIN_URL, IICS_LAYOUT
            ids = [task_id.strip() for task_id in os.environ.get("IICS_TASK_IDS", "").split(",") if task_id.strip()]
            return asyncio.run(run(client, ids, os.environ.get("IICS_TASK_TYPE", "MTT"), interval=10))

        from iics_client.testing import Simulator  # only without credentials

        print("IICS_USERNAME / IICS_PASSWORD are not set: using the local simulator.")
        with Simulator(job_duration=0.5) as sim:
            names = ["mt_load_customers", "mt_load_orders", "mt_load_products"]
            client = AsyncIICSClient(sim.login_url, sim.username, sim.password)
            return asyncio.run(run(client, [sim.task(name).id for name in names], "MTT", interval=0.2))
    except IICSError as error:
        print(f"IICS error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
