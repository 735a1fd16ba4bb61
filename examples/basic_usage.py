"""Basic, synchronous use of iics-client: list, search, run a task and wait for it.

Against your org:   export IICS_USERNAME=... IICS_PASSWORD=... [IICS_LOGIN_URL=us]
                    and, to also run a task, IICS_TASK_ID=<task id> [IICS_TASK_TYPE=MTT]
Without credentials the example runs against the built-in simulator (nothing leaves this machine).

    python examples/basic_usage.py
"""

from __future__ import annotations

import os
import sys

from iics_client import IICSClient, IICSError, IICSJobTimeoutError, JobState


def run(client: IICSClient, task_id: str | None, task_type: str, *, interval: float) -> int:
    with client:  # logs in here, and out at the end of the block
        connections = client.list_connections()
        print(f"{len(connections)} connections:")
        for connection in connections[:10]:
            print(f"  {connection.name:<24} {connection.type_}")

        tasks = client.list_mapping_tasks()
        print(f"{len(tasks)} mapping tasks, e.g. {', '.join(task.name for task in tasks[:3])}")

        print("Mapping tasks found by the object search (first 5):")
        for found in client.search_objects(object_type="MTT", limit=5):
            print(f"  {found.path}")

        if not task_id:
            print("Set IICS_TASK_ID to also run a task.")
            return 0
        job = client.start_job(task_id, task_type)
        print(f"Started run {job.run_id} of {job.task_name}; waiting ...")
        try:
            status = client.poll_job_status(task_id, job.run_id, interval=interval, timeout=3600)
        except IICSJobTimeoutError as error:
            print(f"Still running after the timeout: {error}")
            return 1
        entry = status.entry
        print(f"Run {status.run_id}: {status.state.value} ({entry.success_target_rows} rows written)")

        print("Latest activity log entries:")
        for logged in client.get_activity_log(limit=3):
            print(f"  {logged.run_id!s:>10}  {logged.object_name!s:<24} state {int(logged.state)}")
        return 0 if status.state is JobState.SUCCESS else 1


def main() -> int:
    try:
        if os.environ.get("IICS_USERNAME") and os.environ.get("IICS_PASSWORD"):
            client = IICSClient.from_env()  # IICS_USERNAME, IICS_PASSWORD, IICS_LOGIN_URL, IICS_LAYOUT
            task_type = os.environ.get("IICS_TASK_TYPE", "MTT")
            return run(client, os.environ.get("IICS_TASK_ID"), task_type, interval=10)

        from iics_client.testing import Simulator  # only without credentials

        print("IICS_USERNAME / IICS_PASSWORD are not set: using the local simulator.")
        with Simulator(job_duration=0.5) as sim:
            client = IICSClient(sim.login_url, sim.username, sim.password)
            return run(client, sim.task("mt_load_customers").id, "MTT", interval=0.2)
    except IICSError as error:
        print(f"IICS error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
