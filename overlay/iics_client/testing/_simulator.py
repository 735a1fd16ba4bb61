"""The Simulator: two local origins (login host and pod) that behave like IICS, plus the knobs tests need."""

from __future__ import annotations

import random
import ssl
import threading
import time
import zlib
from types import TracebackType
from typing import Any

from .._urls import Layout, resolve_layout
from . import _catalog, _logs, _platform  # noqa: F401 - their handlers register themselves
from ._data import Task
from ._faults import Fault, FaultInjector
from ._orgs import Directory, SimOrg
from ._promotion import PromotionSettings
from ._routes import LOGIN_OPERATIONS, POD_OPERATIONS, Router
from ._server import Dispatcher, ServerThread
from ._sessions import SessionStore
from ._stats import Stats
from ._tls import Tls, make_tls

DEFAULT_USERNAME = "demo@example.com"
DEFAULT_PASSWORD = "demo-password"  # noqa: S105 - a made-up credential of the local simulator


class Simulator:
    """A local IICS: ``with Simulator() as sim: IICSClient(login_url=sim.login_url, ...)``.

    Args:
        layout: "reference", "iics" or a Layout: where each API family lives on the pod (see iics_client._layout).
        https: serve both origins over TLS with a certificate from a throwaway CA (``ca_cert_pem``).
        session_idle_timeout: seconds a session survives without use (IICS: 1800).
        seed: seeds the org's data (ids, names) and the fault RNG: same seed, same simulator.
        job_duration: how long a started job runs unless ``set_task_outcome`` says otherwise (seconds).
        server_url_path: path appended to the pod origin in the login response's ``serverUrl``. By default
            "/saas" when every route of the layout lives under /saas (real IICS), otherwise nothing.
        clock_offset: seconds the simulator's clock is ahead of this machine's (negative: behind), as its HTTP
            ``Date`` headers and ``serverTime`` show it: a server with a skewed clock, for ``client.check()``.

    The constructor's credentials reach the org "default"; ``add_org`` adds more behind the same login host (the
    credentials decide the org). ``promotion`` holds the knobs of export and import jobs.
    """

    def __init__(
        self,
        layout: str | Layout = "reference",
        https: bool = False,
        session_idle_timeout: float = 1800.0,
        seed: int = 0,
        *,
        job_duration: float = 0.2,
        username: str = DEFAULT_USERNAME,
        password: str = DEFAULT_PASSWORD,
        host: str = "127.0.0.1",
        server_url_path: str | None = None,
        clock_offset: float = 0.0,
    ) -> None:
        self.layout = resolve_layout(layout)
        self.https = https
        self.seed = seed
        self.username = username
        self.password = password
        self.host = host
        self.server_url_path = _default_server_path(self.layout) if server_url_path is None else server_url_path
        self.stats = Stats()
        self._sessions = SessionStore(session_idle_timeout, self.stats)
        self._faults = FaultInjector(random.Random(seed), self.stats)  # noqa: S311 - reproducible faults
        self.promotion = PromotionSettings()  # export and import knobs, for every org
        self._orgs = Directory()
        self._clock_offset = clock_offset
        default = self.add_org("default", username=username, password=password, seed=seed, job_duration=job_duration)
        self._org, self._jobs, self._backend = default.org, default.jobs, default.backend
        self._taskflows = default.taskflows
        self._tls: Tls | None = None
        self._login: ServerThread | None = None
        self._pod: ServerThread | None = None

    # ---- lifecycle ----

    def start(self) -> Simulator:
        if self._pod is not None:
            return self
        self.promotion.open()
        if self.https and self._tls is None:
            self._tls = make_tls()
        tls = self._tls.server_context if self._tls is not None else None
        login = Dispatcher(Router(LOGIN_OPERATIONS, None), self._backend, self._faults, self.stats)
        pod = Dispatcher(Router(POD_OPERATIONS, self.layout), self._backend, self._faults, self.stats)
        self._login = ServerThread(self.host, login, self.stats, tls, clock=self.now)
        try:
            self._pod = ServerThread(self.host, pod, self.stats, tls, clock=self.now)
        except BaseException:
            self._login.stop()
            self._login = None
            raise
        return self

    def stop(self) -> None:
        servers = [server for server in (self._login, self._pod) if server is not None]
        # stop both origins at once: each waits up to one poll interval for its serve loop
        helpers = [threading.Thread(target=server.stop) for server in servers[1:]]
        for helper in helpers:
            helper.start()
        if servers:
            servers[0].stop()
        for helper in helpers:
            helper.join()
        self._login = self._pod = None
        self.promotion.close()  # export/import workers stop; packages on disk are deleted

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = f"login={self.login_url}, pod={self.pod_url}" if self._pod is not None else "stopped"
        return f"Simulator(layout={self.layout.name!r}, {where})"

    # ---- where it is ----

    @property
    def scheme(self) -> str:
        return "https" if self.https else "http"

    @property
    def login_url(self) -> str:
        """The login host's origin: v2 login (and v3 login/logout) only."""
        return self._origin(self._login)

    @property
    def pod_url(self) -> str:
        """The pod's origin; the login response's serverUrl is this plus ``server_url_path``."""
        return self._origin(self._pod)

    def _origin(self, server: ServerThread | None) -> str:
        if server is None:
            raise RuntimeError("the simulator is not running: call start() or use it as a context manager")
        return f"{self.scheme}://{self.host}:{server.port}"

    @property
    def ca_cert_pem(self) -> bytes:
        """PEM of the CA that issued the simulator's certificate (https=True only)."""
        if self._tls is None:
            raise RuntimeError("no TLS: create the simulator with https=True (and start it)")
        return self._tls.ca_cert_pem

    def ssl_context_for_clients(self) -> ssl.SSLContext:
        """A client SSLContext that trusts the simulator's CA: pass it as ``verify=`` to the client."""
        if self._tls is None:
            raise RuntimeError("no TLS: create the simulator with https=True (and start it)")
        return self._tls.client_context()

    @property
    def clock_offset(self) -> float:
        """Seconds the simulator's clock (its Date headers, serverTime) is ahead of this machine's."""
        return self._clock_offset

    @clock_offset.setter
    def clock_offset(self, seconds: float) -> None:
        self._clock_offset = seconds

    def now(self) -> float:
        """The simulator's clock (time.time() + clock_offset)."""
        return time.time() + self._clock_offset

    # ---- sessions ----

    @property
    def session_idle_timeout(self) -> float:
        return self._sessions.idle_timeout

    @session_idle_timeout.setter
    def session_idle_timeout(self, seconds: float) -> None:
        self._sessions.idle_timeout = seconds

    def expire_sessions(self) -> int:
        """Invalidate every live session now (their next call gets 401); returns how many there were."""
        return self._sessions.expire_all()

    @property
    def live_sessions(self) -> int:
        return self._sessions.live

    # ---- faults ----

    def add_fault(self, fault: Fault) -> Fault:
        """Arm a fault (see Fault); returns it, for ``remove_fault`` and ``fault_fired``."""
        return self._faults.add(fault)

    def remove_fault(self, fault: Fault) -> None:
        self._faults.remove(fault)

    def clear_faults(self) -> None:
        self._faults.clear()

    def fault_fired(self, fault: Fault) -> int:
        """How often `fault` has fired."""
        return self._faults.fired(fault)

    # ---- jobs ----

    @property
    def job_duration(self) -> float:
        """Default run time of a started job (seconds)."""
        return self._jobs.default_duration

    @job_duration.setter
    def job_duration(self, seconds: float) -> None:
        self._jobs.default_duration = seconds

    @property
    def monitor_lag(self) -> float:
        """Seconds before a started run shows in the activity monitor (0: at once). A run shorter than the lag goes
        straight to the activity log, as a short job can on IICS before anyone looks."""
        return self._jobs.monitor_lag

    @monitor_lag.setter
    def monitor_lag(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("monitor_lag must be >= 0")
        self._jobs.monitor_lag = seconds

    def set_task_outcome(self, task_id: str, outcome: str = "success", duration: float | None = None) -> None:
        """How runs of a task end: "success" (state 1), "warning" (2), "failed" (3) or "stopped" (3, isStopped),
        after `duration` seconds (None: the simulator's job_duration). `task_id`: v2 id, federated id or name."""
        self._jobs.set_outcome(self.task(task_id), outcome, duration)

    @property
    def running_jobs(self) -> int:
        return self._jobs.running

    # ---- advanced taskflows (/active-bpel) ----

    @property
    def taskflows(self) -> list[str]:
        """API names of the published taskflows (seeded: ``tf_customer_pipeline``, ``tf_month_end``)."""
        return self._taskflows.api_names

    def set_taskflow_outcome(
        self, api_name: str, outcome: str = "success", duration: float | None = None, *, step: int | None = None
    ) -> None:
        """How runs of a published taskflow end: "success" (every subtask succeeds), "warning" (the run ends SUCCESS,
        the subtask at index `step`, default the last, WARNING with rejected rows), "failed" or "suspended" (the
        subtask at index `step` fails; the run then ends FAILED, or stays SUSPENDED until it is terminated). A run
        takes `duration` seconds (None: job_duration), its subtasks one after the other."""
        self._taskflows.set_outcome(api_name, outcome, duration, step)

    def taskflow_inputs(self, run_id: int | str) -> dict[str, Any]:
        """The input fields a taskflow run was started with (its JSON body); KeyError for an unknown run."""
        return self._taskflows.inputs(run_id)

    # ---- orgs ----

    def add_org(
        self,
        name: str,
        *,
        username: str,
        password: str,
        seed: int | None = None,
        content: str = "demo",
        job_duration: float | None = None,
    ) -> SimOrg:
        """Add an org behind the same login host: logging in with `username` reaches it (as in IICS, where the
        credentials decide the org). `content`: "demo" (seeded like the default org, with other ids) or "empty"
        (agents and runtime environments only). Works before or after start()."""
        if seed is None:
            seed = self.seed + zlib.crc32(name.encode())  # another org, other ids (federated ids are global)
        org = SimOrg(
            name, username=username, password=password, seed=seed, content=content,
            job_duration=self._jobs.default_duration if job_duration is None else job_duration,
            sessions=self._sessions, stats=self.stats, server_url=lambda: self.pod_url + self.server_url_path,
            settings=self.promotion, directory=self._orgs.backend_of, clock=self.now,
        )  # fmt: skip
        return self._orgs.add(org)

    def org(self, name: str = "default") -> SimOrg:
        """An org by name ("default": the one the constructor's credentials reach)."""
        return self._orgs.get(name)

    @property
    def orgs(self) -> list[SimOrg]:
        return self._orgs.all()

    # ---- data ----

    def task(self, key: str) -> Task:
        """A startable task by v2 id, federated id or name; KeyError if there is none."""
        task = self._org.find_task(key)
        if task is None:
            raise KeyError(f"no task {key!r} in the simulator")
        return task

    @property
    def tasks(self) -> list[Task]:
        """The tasks of the seed (mapping tasks, linear taskflows, DSS/DRS/DMASK/PCS tasks)."""
        return list(self._org.history_tasks)

    @property
    def org_id(self) -> str:
        return self._org.org_id

    def seed_connections(self, count: int) -> list[str]:
        """Add `count` generated connections (``bench_conn_00000`` ...); returns their ids."""
        return self._org.seed_connections(count)

    def seed_mapping_tasks(self, count: int, *, location: str = "Default", tags: tuple[str, ...] = ()) -> list[Task]:
        """Add `count` startable mapping tasks (``mt_bench_00000`` ...), each also findable by the v3 search."""
        return self._org.seed_mapping_tasks(count, location=location, tags=tags)

    def seed_activity_log(self, count: int) -> None:
        """Add `count` older activity log entries (computed on demand: a million cost no memory)."""
        self._jobs.seed_history(count)

    def seed_audit_log(self, count: int) -> None:
        """Add `count` older audit log entries (computed on demand)."""
        self._org.seed_audit_log(count)

    @property
    def activity_log_size(self) -> int:
        return self._jobs.log_size

    @property
    def audit_log_size(self) -> int:
        return self._org.audit_size

    def reset(self) -> None:
        """Back to the seed data: counters zeroed; faults, task and taskflow outcomes, runs cleared. Live sessions
        stay."""
        for org in self._orgs.all():  # every org back to its seed; runs, taskflow runs, exports and imports dropped
            org.reset()
        self.promotion.clear()
        self._faults.clear()
        self._faults.reseed(random.Random(self.seed))  # noqa: S311 - reproducible faults
        self.stats.reset()


def _default_server_path(layout: Layout) -> str:
    """ "/saas" when the v2 and v3 prefixes start with /saas (as in real IICS), else "" (the reference layout).
    The taskflow runtime (/active-bpel) is outside /saas in both layouts, so it does not count."""
    heads = {layout.routes[family].prefix.strip("/").split("/", 1)[0] for family in ("v2", "v3")}
    return f"/{heads.pop()}" if len(heads) == 1 and "" not in heads else ""
