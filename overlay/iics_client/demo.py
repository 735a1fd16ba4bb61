"""A guided tour of iics-client against the built-in simulator: ``python -m iics_client.demo`` or ``iics demo``.

Everything runs on this machine (the simulator listens on 127.0.0.1) and takes a few seconds: log in, list
connections, start a mapping task, wait for it, read its activity-log entry, search assets, log out.
"""

from __future__ import annotations

import sys
from typing import TextIO

from . import IICSClient, JobState
from ._terminal import Column, Progress, render_table

TASK_NAME = "mt_load_customers"


class _Tour:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.step = 0

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def heading(self, title: str, code: str) -> None:
        self.step += 1
        self.say(f"\n{self.step}. {title}")
        self.say(f"   >>> {code}")

    def block(self, text: str) -> None:
        for line in text.rstrip("\n").splitlines():
            self.say(f"   {line}")


def run_demo(out: TextIO, err: TextIO, *, job_duration: float = 1.0, interval: float = 0.2) -> int:
    """Run the tour, writing to ``out`` (the progress line goes to ``err`` when that is a terminal)."""
    from .testing import Simulator  # only the demo (and tests) load the simulator

    tour = _Tour(out)
    with Simulator(job_duration=job_duration) as sim:
        tour.say("iics-client demo: a local IICS simulator plays the org (nothing leaves this machine).")
        tour.say(f"  login URL {sim.login_url}, user {sim.username}")
        client = IICSClient(sim.login_url, sim.username, sim.password, layout=sim.layout)
        try:
            state = _walk(tour, client, err, interval)
        finally:
            client.close()
    tour.say("\nDone. Next: `iics simulator` serves this simulator for the `iics` command line; see `iics --help`.")
    return 0 if state is JobState.SUCCESS else 1


def _walk(tour: _Tour, client: IICSClient, err: TextIO, interval: float) -> JobState:
    tour.heading("Log in", "client = IICSClient(login_url, username, password); client.login()")
    session = client.login()
    tour.block(f"logged in as {session.user_name} (org {session.org_id}); API calls go to {session.origin}")

    tour.heading("List connections", "client.list_connections()")
    connections = sorted(client.list_connections(), key=lambda c: c.name.lower())
    tour.block(
        render_table(
            connections,
            (Column("NAME", lambda c: c.name), Column("TYPE", lambda c: c.type_), Column("HOST", lambda c: c.host)),
        )
    )

    tour.heading("Start a mapping task", f'client.start_job(task_id, "MTT")  # {TASK_NAME}')
    task = next(t for t in client.list_mapping_tasks() if t.name == TASK_NAME)
    job = client.start_job(task.id, "MTT")
    tour.block(f"started run {job.run_id} of {task.name} (task id {task.id})")

    tour.heading(
        "Wait for it", f"client.poll_job_status(task_id, {job.run_id}, interval={interval:g}, max_interval=0.5)"
    )
    with Progress(err, f"waiting for run {job.run_id}") as progress:
        status = client.poll_job_status(task.id, job.run_id, interval=interval, max_interval=0.5, timeout=60)
    tour.block(f"{status.state.value} after {progress.elapsed:.1f} s")

    tour.heading("Its activity log entry", "status.entry  # the same as client.get_activity_log(task_id, run_id)")
    entry = status.entry
    tour.block(
        f"run {entry.run_id} of {entry.object_name}: state {int(entry.state)} ({status.state.value}), "
        f"{entry.success_target_rows} rows written, {entry.failed_target_rows} failed\n"
        f"started {entry.start_time_utc}, ended {entry.end_time_utc}"
    )

    tour.heading("Search assets tagged 'sales'", 'client.search_objects(tag="sales")')
    found = list(client.search_objects(tag="sales"))
    tour.block(render_table(found, (Column("TYPE", lambda o: o.type_), Column("PATH", lambda o: o.path))))

    tour.heading("Log out", "client.logout()  # `with IICSClient(...) as client:` logs in and out for you")
    client.logout()
    tour.block("logged out")
    return status.state


def main() -> int:
    return run_demo(sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
