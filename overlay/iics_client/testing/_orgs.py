"""Simulated orgs: several IICS organizations behind one login host, each with its own data, jobs and promotion
jobs. As in IICS, the credentials decide which org a login reaches (usernames are unique across orgs)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ._data import ADMIN, Ids, Seed, Task, add_mapping_task, asset
from ._handlers import Backend
from ._jobs import JobEngine
from ._promotion import PromotionJobs, PromotionSettings
from ._sessions import SessionStore
from ._state import Org
from ._stats import Stats
from ._taskflows import TaskflowEngine

CONTENTS = ("demo", "empty")


class SimOrg:
    """One simulated org: ``sim.org("prod")``. The default org's methods are also the Simulator's own.

    ``content="demo"`` seeds it like the default org (agents, runtime environments, connections, schedules, projects,
    mappings, tasks, taskflows); ``"empty"`` keeps only its agents, runtime environments and the Default project:
    a fresh target org to import into.
    """

    def __init__(
        self,
        name: str,
        *,
        username: str,
        password: str,
        seed: int,
        content: str,
        job_duration: float,
        sessions: SessionStore,
        stats: Stats,
        server_url: Callable[[], str],
        settings: PromotionSettings,
        directory: Callable[[str], Backend | None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        if content not in CONTENTS:
            raise ValueError(f"content must be one of {CONTENTS}, not {content!r}")
        self.name = name
        self.username = username
        self.password = password
        self.seed = seed
        self.content = content
        self.org = Org(seed, username)
        self.jobs = JobEngine(stats, self.org.history_tasks, default_duration=job_duration)
        self.promotion = PromotionJobs(self.org, settings)
        self.taskflows = TaskflowEngine(self.org, stats, lambda: self.jobs.default_duration)
        self.backend = Backend(
            org=self.org, jobs=self.jobs, sessions=sessions, stats=stats, username=username, password=password,
            server_url=server_url, taskflows=self.taskflows, directory=directory, promotion=self.promotion,
            clock=clock,
        )  # fmt: skip
        self._empty_if_asked()

    def __repr__(self) -> str:
        return f"SimOrg({self.name!r}, username={self.username!r}, org_id={self.org_id!r})"

    def reset(self) -> None:
        """Back to its seed data; its runs, export and import jobs are dropped."""
        self.org.reset(self.seed)
        self._empty_if_asked()
        self.jobs.reset(self.org.history_tasks)
        self.taskflows.reset()
        self.promotion.reset()

    def _empty_if_asked(self) -> None:
        if self.content != "empty":
            return

        def empty(data: Seed, _ids: Ids) -> None:
            data.connections.clear()
            data.schedules.clear()
            data.mapping_tasks.clear()
            data.taskflows.clear()
            data.tasks.clear()
            data.objects[:] = [obj for obj in data.objects if obj["path"] == "Default"]

        self.org.transact(empty)
        self.org.history_tasks = []
        self.jobs.reset([])
        self.taskflows.reset()  # no tasks: no published taskflows

    @property
    def org_id(self) -> str:
        return self.org.org_id

    def task(self, key: str) -> Task:
        """A startable task by v2 id, federated id or name; KeyError if there is none."""
        task = self.org.find_task(key)
        if task is None:
            raise KeyError(f"no task {key!r} in org {self.name!r}")
        return task

    def set_task_outcome(self, task_id: str, outcome: str = "success", duration: float | None = None) -> None:
        """How runs of a task end (see ``Simulator.set_task_outcome``)."""
        self.jobs.set_outcome(self.task(task_id), outcome, duration)

    def add_mapping_task(
        self,
        name: str,
        *,
        location: str,
        connections: tuple[str, ...] = (),
        runtime_environment: str | None = None,
        tags: tuple[str, ...] = (),
        description: str = "",
    ) -> Task:
        """Add a mapping task with its mapping (``m_<name>``) at `location` (a project or project/folder, created if
        missing), using the named connections (source, then target) and runtime environment: dependencies an
        export follows."""

        def add(data: Seed, ids: Ids) -> Task:
            by_name = {conn["name"].lower(): conn["id"] for conn in data.connections.values()}
            env_id = None
            if runtime_environment is not None:
                env_id = next((e["id"] for e in data.runtime_environments.values()
                               if e["name"].lower() == runtime_environment.lower()), None)  # fmt: skip
                if env_id is None:
                    raise KeyError(f"no runtime environment {runtime_environment!r} in org {self.name!r}")
            missing = [c for c in connections if c.lower() not in by_name]
            if missing:
                raise KeyError(f"no connection {missing[0]!r} in org {self.name!r}")
            _containers(data, ids, location)
            task = add_mapping_task(
                data, ids, name, description=description, location=location, tags=list(tags), ts=time.time(),
                env_id=env_id, schedule_id=None, username=ADMIN,
            )  # fmt: skip
            parameters = data.mapping_tasks[task.id]["parameters"]
            for parameter, connection in zip(parameters, connections, strict=False):
                key = "sourceConnectionId" if parameter["type"] != "TARGET" else "targetConnectionId"
                parameter[key] = by_name[connection.lower()]
            return task

        return self.org.transact(add)


def _containers(data: Seed, ids: Ids, location: str) -> None:
    existing = {obj["path"].lower() for obj in data.objects}
    parts = [part for part in location.split("/") if part]
    for depth in range(1, len(parts) + 1):
        path = "/".join(parts[:depth])
        if path.lower() not in existing:
            kind = "PROJECT" if depth == 1 else "FOLDER"
            data.objects.append(asset(ids.federated(), path, kind, description="", tags=[], ts=0.0))
            existing.add(path.lower())


class Directory:
    """The orgs of one simulator, by name and by username (thread-safe: orgs can be added while it serves)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_name: dict[str, SimOrg] = {}
        self._by_user: dict[str, SimOrg] = {}

    def add(self, org: SimOrg) -> SimOrg:
        with self._lock:
            if org.name in self._by_name:
                raise ValueError(f"the simulator already has an org named {org.name!r}")
            if org.username in self._by_user:
                raise ValueError(f"username {org.username!r} is taken: IICS usernames are unique across orgs")
            self._by_name[org.name] = org
            self._by_user[org.username] = org
        return org

    def backend_of(self, username: str) -> Backend | None:
        with self._lock:
            org = self._by_user.get(username)
        return None if org is None else org.backend

    def get(self, name: str) -> SimOrg:
        with self._lock:
            try:
                return self._by_name[name]
            except KeyError:
                raise KeyError(f"no org {name!r} in the simulator (orgs: {sorted(self._by_name)})") from None

    def all(self) -> list[SimOrg]:
        with self._lock:
            return list(self._by_name.values())
