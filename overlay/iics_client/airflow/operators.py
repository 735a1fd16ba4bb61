"""The operators: IICSRunTaskOperator runs an IICS task (mapping task, synchronization task, linear taskflow ...),
IICSRunTaskflowOperator an advanced taskflow, each waiting for the run's end (in the triggerer by default);
IICSJobRunLink is the operator link to the IICS Monitor. What the two operators share (one logged-in client per
try, start once and re-attach on retry through ResumableJobMixin, deferral, the outcome, on_kill) is
``_RunOperator``; each says how its runs start, are looked at, waited for and stopped."""

from __future__ import annotations

import math
import time
from abc import abstractmethod
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, ClassVar

from .. import IICSConfigurationError, IICSError, IICSJobStartUnknownError, IICSJobTimeoutError
from .._taskflows import ROW_LIMIT_MAX
from ._airflow import (
    AirflowFailException,
    BaseOperator,
    BaseOperatorLink,
    BaseTrigger,
    Context,
    ResumableJobMixin,
    TaskInstanceKey,
    XCom,
)
from ._connection import DEFAULT_CONN_ID
from ._runs import (
    RUN_ID_KEY,
    RUN_URL_KEY,
    RUNNING,
    SUSPENDED,
    TASK_ID_KEY,
    TASKFLOW,
    TIMEOUT,
    JobRun,
    TaskflowRunRef,
    check_warning_policy,
    counts_as_success,
    event,
    finished_event,
    finished_taskflow_event,
    is_running,
    settle,
    succeeded,
)
from .hooks import IICSHook
from .triggers import _NO_DEADLINE_CHUNK, IICSJobRunTrigger, IICSTaskflowRunTrigger

if TYPE_CHECKING:
    from pydantic import JsonValue

    from .. import IICSClient, Session
    from ..v2.models import Job

# on_kill runs in a signal handler with little time left: short requests, one retry
_STOP_SETTINGS = {"timeout": 10.0, "max_retries": 1}
# how far back in the activity log / taskflow status list a retry looks for the run of an earlier try
_LOG_LOOKBACK = 1000
# the taskflow status list is read from this long before the DAG run began (IICS's clock may be behind ours)
_CLOCK_SLACK = timedelta(minutes=5)
TASKFLOW_KEY = "iics_taskflow"  # XCom: the taskflow's API name


class IICSJobRunLink(BaseOperatorLink):
    """ "IICS Monitor": the run's page in the IICS UI (the URL the task pushed to XCom ``iics_run_url``)."""

    name: ClassVar[str] = "IICS Monitor"

    @property
    def xcom_key(self) -> str:
        # the UI reads the link from this XCom; the task pushes it as soon as the run is known (also while deferred)
        return RUN_URL_KEY

    def get_link(self, operator: BaseOperator, *, ti_key: TaskInstanceKey) -> str:
        url = XCom.get_value(key=RUN_URL_KEY, ti_key=ti_key)
        return url if isinstance(url, str) else ""


class _RunOperator(ResumableJobMixin, BaseOperator):
    """Start one IICS run and wait until it ends; the task ends as the run did (see ``_runs.settle``).

    A run is a JSON dict (what the task-state store keeps). Subclasses say how a run starts (``_start``), how an
    earlier try's run is found without the store (``_earlier_run``), how one look at a run goes (``_look``: its
    finished event, or None while it runs), how to wait for it on the worker (``_wait_for_end``) and in the
    triggerer (``_trigger``), how to stop it (``_stop``) and what it pushes to XCom (``_xcoms``, ``_link``).
    """

    operator_extra_links = (IICSJobRunLink(),)
    # statuses (``_runs``: running, suspended ...) a retry re-attaches to instead of starting another run
    _ACTIVE: ClassVar[frozenset[str]] = frozenset({RUNNING})

    def __init__(
        self,
        *,
        iics_conn_id: str,
        poll_interval: float,
        timeout: float | None,
        deferrable: bool,
        cancel_on_kill: bool,
        on_warning: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if poll_interval <= 0 or (timeout is not None and timeout <= 0):
            raise IICSConfigurationError("poll_interval and timeout must be positive")
        self.iics_conn_id = iics_conn_id
        self.poll_interval = float(poll_interval)
        self.timeout = timeout
        self.deferrable = deferrable
        self.cancel_on_kill = cancel_on_kill
        self.on_warning = check_warning_policy(on_warning)
        self._hook: IICSHook | None = None
        self._client: IICSClient | None = None
        self._session: Session | None = None
        self._finished: dict[str, dict[str, Any]] = {}  # run id -> the event of a run seen finished
        self._current_run: dict[str, Any] | None = None  # the run this try follows, from its start on (for on_kill)

    # ---- execution: one logged-in client per try ----

    def execute(self, context: Context) -> Any:
        # what a look saw belongs to this try: the operator object may serve several (dag.test runs them in process)
        self._finished, self._current_run = {}, None
        self._hook = IICSHook(self.iics_conn_id)
        with self._hook.logged_in() as (client, session):
            self._client, self._session = client, session
            try:
                return self.execute_resumable(context)  # the mixin: submit, or re-attach to the stored run
            finally:
                self._client = self._current_run = None

    def execute_complete(self, context: Context, event: dict[str, Any]) -> Any:
        """Resumed from the trigger: end the task as the run ended."""
        return settle(event, on_warning=self.on_warning)

    # ---- ResumableJobMixin ----

    def submit_job(self, context: Context) -> JsonValue:
        client = self._logged_in()
        run = self._earlier_run(client, context) if self._may_have_earlier_run(context) else None
        if run is None:
            try:
                run = self._start(client, context)
            except IICSJobStartUnknownError as error:  # the client could not tell whether IICS started it
                candidates = [c.get("runId") or c.get("RunId") for c in error.candidates]
                raise AirflowFailException(  # no Airflow retry either: it could be the second run
                    f"{error.message}; not retried. Checked: {'; '.join(error.checked)}. Candidate runs: {candidates}"
                ) from error
        self._current_run = run
        return dict(run)

    def get_job_status(self, external_id: Any, context: Context) -> str:
        run = self._stored(external_id)
        ended = self._look(self._logged_in(), run)
        if ended is None:
            return RUNNING  # running, or not yet visible where IICS reports ends: never start a second run
        self._finished[str(run["run_id"])] = ended
        return str(ended["status"])

    def is_job_active(self, status: str) -> bool:
        return status in self._ACTIVE

    def is_job_succeeded(self, status: str) -> bool:
        return succeeded(status, self.on_warning)

    def poll_until_complete(self, external_id: Any, context: Context) -> Any:
        run = self._current_run = self._stored(external_id)
        self._publish(context, run)
        ended = self._finished.get(str(run["run_id"]))
        if ended is not None:  # an earlier try's run that ended (or was suspended) meanwhile: nothing to wait for
            return settle(ended, on_warning=self.on_warning)
        if self.deferrable:
            end_time = None if self.timeout is None else time.time() + self.timeout
            self.defer(trigger=self._trigger(run, end_time), method_name="execute_complete")
        return settle(self._wait_on_worker(run), on_warning=self.on_warning)

    def get_job_result(self, external_id: Any, context: Context) -> Any:
        run = self._stored(external_id)
        ended = self._finished.get(str(run["run_id"])) or self._look(self._logged_in(), run)
        if ended is None:  # not reached: the mixin asks only after a look that found the run finished
            raise AirflowFailException(f"IICS run {run['run_id']} has not ended")
        self._publish(context, run)
        return settle(ended, on_warning=self.on_warning)

    def _wait_on_worker(self, run: Mapping[str, Any]) -> dict[str, Any]:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            remaining = math.inf if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                ended = self._wait_for_end(self._logged_in(), run, min(remaining, _NO_DEADLINE_CHUNK))
            except IICSJobTimeoutError as error:
                if deadline is None:
                    continue  # no limit: the client's wait is finite, ask again
                return self._timeout_event(run, f"last seen {error.last_state or 'not running'}")
            self._finished[str(run["run_id"])] = ended
            return ended

    # ---- kill ----

    def on_kill(self) -> None:
        """Killed (or timed out by ``execution_timeout``) on the worker after the run started: stop it if asked to
        (a kill during the start request itself cannot: the run is not known yet). Uses a client of its own: this
        runs in a signal handler, possibly in the middle of the waiting client's call."""
        run = self._current_run
        if run is None or not self.cancel_on_kill:
            return
        try:
            with IICSHook(self.iics_conn_id, **_STOP_SETTINGS).get_conn() as client:
                self._stop(client, run)
        except IICSError as error:
            self.log.warning("Could not stop IICS run %s: %s", run["run_id"], error)

    # ---- helpers ----

    def _logged_in(self) -> IICSClient:
        if self._client is None:
            raise RuntimeError(f"{type(self).__name__}: the IICS client is used outside execute()")
        return self._client

    def _may_have_earlier_run(self, context: Context) -> bool:
        """A retry that has no stored run (no task-state store, ``durable=False``, or the worker died between the
        start and the store) may have to follow the run an earlier try started."""
        store = context.get("task_state_store")
        if context["ti"].try_number <= 1:
            return False
        return not (store is not None and self.durable and store.get(self.external_id_key))

    def _user(self) -> str | None:
        return self._session.user_name if self._session is not None else None

    def _publish(self, context: Context, run: Mapping[str, Any]) -> None:
        ti = context["ti"]
        for key, value in self._xcoms(run).items():
            ti.xcom_push(key=key, value=value)
        if self._hook is not None and self._session is not None:
            task_id, task_type = self._link(run)
            url = self._hook.run_url(self._session, task_id=task_id, task_type=task_type, run_id=run["run_id"])
            ti.xcom_push(key=RUN_URL_KEY, value=url)

    # ---- what a kind of run says ----

    @abstractmethod
    def _start(self, client: IICSClient, context: Context) -> dict[str, Any]:
        """Start the run (exactly once: the client reconciles a lost answer); the run to keep."""

    @abstractmethod
    def _earlier_run(self, client: IICSClient, context: Context) -> dict[str, Any] | None:
        """On a retry without a stored run: the run an earlier try started, when it should be followed."""

    @abstractmethod
    def _stored(self, value: Any) -> dict[str, Any]:
        """A run as the task-state store gives it back (plain JSON), checked."""

    @abstractmethod
    def _look(self, client: IICSClient, run: Mapping[str, Any]) -> dict[str, Any] | None:
        """One look at the run, no waiting: its finished event, or None while it runs."""

    @abstractmethod
    def _wait_for_end(self, client: IICSClient, run: Mapping[str, Any], timeout: float) -> dict[str, Any]:
        """Wait on the worker until the run ends (its event) or ``timeout`` s pass (IICSJobTimeoutError)."""

    @abstractmethod
    def _timeout_event(self, run: Mapping[str, Any], message: str) -> dict[str, Any]:
        """The event of a wait on the worker that timed out."""

    @abstractmethod
    def _trigger(self, run: Mapping[str, Any], end_time: float | None) -> BaseTrigger:
        """The trigger that waits for the run in the triggerer."""

    @abstractmethod
    def _stop(self, client: IICSClient, run: Mapping[str, Any]) -> None:
        """Stop the run (on_kill with cancel_on_kill)."""

    @abstractmethod
    def _xcoms(self, run: Mapping[str, Any]) -> dict[str, Any]:
        """What is pushed to XCom as soon as the run is known (the run URL aside)."""

    @abstractmethod
    def _link(self, run: Mapping[str, Any]) -> tuple[str, str]:
        """The ``{task_id}`` and ``{task_type}`` of the monitor link's template."""


class IICSRunTaskOperator(_RunOperator):
    """Start an IICS task and wait until its run ends; the task ends as the run did.

    Name the task by exactly one of ``iics_task_id`` (its v2 id), ``iics_task_federated_id`` (the v3 object id:
    tasks outside the Default folder need it) or ``iics_task_name``; ``iics_task_type`` is IICS's code (``MTT``
    mapping task, ``DSS`` synchronization, ``WORKFLOW`` linear taskflow, ``DRS``, ``DMASK``, ``PCS`` ...).

    - ``deferrable=True`` (default): after the start, the wait runs in Airflow's triggerer (IICSJobRunTrigger) and
      frees the worker slot; ``False`` waits on the worker. ``poll_interval`` (s) is the activity-monitor polling
      interval; ``timeout`` (s, None: no limit) bounds the wait, and a timed-out wait fails the try (the run goes
      on; a retry re-attaches to it).
    - Outcome: SUCCESS is success; WARNING per ``on_warning``: ``"success"`` (default), ``"fail"`` or ``"skip"``;
      FAILED fails the try (Airflow may retry: a new run); STOPPED fails the task without retry. The return value
      (XCom ``return_value``) is the run's final activity-log entry (IICS's JSON); ``iics_run_id``,
      ``iics_task_id`` and ``iics_run_url`` are pushed as soon as the run is started.
    - Never started twice: the run is kept in Airflow's task-state store (ResumableJobMixin, Airflow >= 3.3), so a
      retry whose run is still going re-attaches to it, and one whose run succeeded returns its result. Where the
      store is absent (Airflow < 3.3, ``durable=False``, or the worker died between the start and the store), a
      retry looks for a run of this task by the connection's user since the DAG run began: one still running
      (activity monitor) is re-attached, one that succeeded (activity log) is the result; only after a failed one
      does the retry start a new run. This needs ``iics_task_id`` or ``iics_task_name`` (IICS's monitor and log
      show no federated ids).
    - ``cancel_on_kill=True`` (default): killing the task or marking it failed/success stops the run. IICS stops
      a task's runs by task identity (``POST /job/stop`` has no run id), so the run is stopped only while the
      activity monitor still lists it; another run of the same task started meanwhile would be stopped too.
      ``False`` leaves the run going. A triggerer restart never stops a run.
    """

    template_fields: Sequence[str] = (
        "iics_task_id", "iics_task_federated_id", "iics_task_name", "iics_task_type", "iics_conn_id",
        "parameter_file_name", "parameter_file_dir",
    )  # fmt: skip
    # the task-state store key of the run; renaming it strands the runs of retries in flight
    external_id_key = "iics_job_run"

    def __init__(
        self,
        *,
        iics_task_id: str | None = None,
        iics_task_federated_id: str | None = None,
        iics_task_name: str | None = None,
        iics_task_type: str = "MTT",
        iics_conn_id: str = DEFAULT_CONN_ID,
        poll_interval: float = 30.0,
        timeout: float | None = 7 * 24 * 3600.0,
        deferrable: bool = True,
        cancel_on_kill: bool = True,
        on_warning: str = "success",
        parameter_file_name: str | None = None,
        parameter_file_dir: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            iics_conn_id=iics_conn_id, poll_interval=poll_interval, timeout=timeout, deferrable=deferrable,
            cancel_on_kill=cancel_on_kill, on_warning=on_warning, **kwargs,
        )  # fmt: skip
        if sum(1 for value in (iics_task_id, iics_task_federated_id, iics_task_name) if value) != 1:
            raise IICSConfigurationError("give exactly one of iics_task_id, iics_task_federated_id or iics_task_name")
        if not iics_task_type:
            raise IICSConfigurationError("iics_task_type is required (MTT, DSS, WORKFLOW, ...)")
        self.iics_task_id = iics_task_id
        self.iics_task_federated_id = iics_task_federated_id
        self.iics_task_name = iics_task_name
        self.iics_task_type = iics_task_type
        self.parameter_file_name = parameter_file_name
        self.parameter_file_dir = parameter_file_dir

    def _start_arguments(self) -> dict[str, Any]:
        """How ``start_job`` names the task. The extension point for naming a task by its path once the client can
        look one up: resolve the path to a federated id here."""
        return {
            "task_id": self.iics_task_id, "task_federated_id": self.iics_task_federated_id,
            "task_name": self.iics_task_name, "task_type": self.iics_task_type,
            "parameter_file_name": self.parameter_file_name,
            "parameter_file_dir": self.parameter_file_dir,
        }  # fmt: skip

    def _start(self, client: IICSClient, context: Context) -> dict[str, Any]:
        job = client.start_job(**self._start_arguments())
        run = self._job_run(job)
        how = "found after its start's answer was lost" if job.reconciled is True else "started"
        self.log.info("IICS run %s of task %s (%s) %s", run["run_id"], run["task_id"], run["task_type"], how)
        return dict(run)

    def _stored(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict) or not {"task_id", "task_type", "run_id"} <= value.keys():
            raise AirflowFailException(f"the task-state store holds no IICS run under this operator's key: {value!r}")
        return dict(JobRun(task_id=str(value["task_id"]), task_type=str(value["task_type"]), run_id=value["run_id"]))

    def _look(self, client: IICSClient, run: Mapping[str, Any]) -> dict[str, Any] | None:
        try:  # timeout=0: one look (monitor, then log), no waiting
            status = client.poll_job_status(run["task_id"], run["run_id"], timeout=0)
        except IICSJobTimeoutError:
            return None  # running, or gone from the monitor but not yet in the log
        return finished_event(status, run["task_type"])

    def _wait_for_end(self, client: IICSClient, run: Mapping[str, Any], timeout: float) -> dict[str, Any]:
        status = client.poll_job_status(
            run["task_id"], run["run_id"], interval=self.poll_interval, max_interval=self.poll_interval,
            timeout=timeout,
        )  # fmt: skip
        return finished_event(status, run["task_type"])

    def _timeout_event(self, run: Mapping[str, Any], message: str) -> dict[str, Any]:
        return event(TIMEOUT, task_id=run["task_id"], task_type=run["task_type"], run_id=run["run_id"], message=message)

    def _trigger(self, run: Mapping[str, Any], end_time: float | None) -> BaseTrigger:
        return IICSJobRunTrigger(
            iics_task_id=run["task_id"], run_id=run["run_id"], task_type=run["task_type"],
            iics_conn_id=self.iics_conn_id, poll_interval=self.poll_interval, end_time=end_time,
            cancel_on_kill=self.cancel_on_kill,
        )  # fmt: skip

    def _stop(self, client: IICSClient, run: Mapping[str, Any]) -> None:
        """IICS stops a task's runs by task identity: only while the monitor still lists this run."""
        if not is_running(client.get_activity_monitor(), run["task_id"], run["run_id"]):
            self.log.info("IICS run %s is no longer running: nothing to stop", run["run_id"])
            return
        client.stop_job(run["task_id"], run["task_type"])
        self.log.info("Stopped IICS run %s of task %s (IICS stops by task id)", run["run_id"], run["task_id"])

    def _xcoms(self, run: Mapping[str, Any]) -> dict[str, Any]:
        return {RUN_ID_KEY: run["run_id"], TASK_ID_KEY: run["task_id"]}

    def _link(self, run: Mapping[str, Any]) -> tuple[str, str]:
        return str(run["task_id"]), str(run["task_type"])

    def _job_run(self, job: Job) -> JobRun:
        task_id = job.task_id if isinstance(job.task_id, str) and job.task_id else self.iics_task_id
        if not task_id:  # IICS documents taskId in the answer; without it the run cannot be followed
            raise AirflowFailException(
                f"IICS started run {job.run_id} but its answer has no taskId: give iics_task_id to follow the run"
            )
        return JobRun(task_id=task_id, task_type=self.iics_task_type, run_id=job.run_id)

    def _earlier_run(self, client: IICSClient, context: Context) -> dict[str, Any] | None:
        """A run of this task by the connection's user, started since the DAG run began: still running in the
        activity monitor, or finished (activity log) with an outcome that counts as success. A failed one is not
        followed: the retry starts a new run, as Airflow's retry means."""
        user = self._user()
        running = [
            e for e in client.get_activity_monitor() if self._is_ours(e.task_id, e.task_name, e.started_by, user)
        ]
        if running:
            newest = max(running, key=lambda entry: int(entry.run_id))
            self.log.warning("Re-attaching to IICS run %s of task %s, still running from an earlier try",
                             newest.run_id, newest.task_id)  # fmt: skip
            return dict(JobRun(task_id=newest.task_id, task_type=self.iics_task_type, run_id=newest.run_id))
        since = _dag_run_start(context)
        if since is None:
            return None
        for entry in client.get_activity_log(task_id=self.iics_task_id, page_size=200, limit=_LOG_LOOKBACK):
            started = entry.start_time_utc if isinstance(entry.start_time_utc, datetime) else None
            if started is not None and started < since:
                return None  # newest first: older entries belong to earlier DAG runs
            if not self._is_ours(entry.object_id, entry.object_name, entry.started_by, user) or not entry.run_id:
                continue
            run = JobRun(task_id=str(entry.object_id), task_type=self.iics_task_type, run_id=int(entry.run_id))
            status = client.poll_job_status(run["task_id"], run["run_id"], timeout=0)
            if not counts_as_success(status.state.value, self.on_warning):
                return None
            self._finished[str(run["run_id"])] = finished_event(status, run["task_type"])
            self.log.warning("IICS run %s of task %s, started by an earlier try, already ended %s: not starting "
                             "another", run["run_id"], run["task_id"], status.state.value)  # fmt: skip
            return dict(run)
        return None

    def _is_ours(self, task_id: Any, task_name: Any, started_by: Any, user: str | None) -> bool:
        """Whether a monitor or log entry is a run of this operator's task by the connection's user."""
        if self.iics_task_id:
            same_task = bool(task_id == self.iics_task_id)
        elif self.iics_task_name:
            same_task = bool(task_name == self.iics_task_name)
        else:
            return False  # a federated id: neither the monitor nor the log shows it
        return same_task and _by(started_by, user)


class IICSRunTaskflowOperator(_RunOperator):
    """Run an advanced taskflow (Application Integration, ``/active-bpel``) by its API name and wait until the run
    ends; the task ends as the run did.

    ``taskflow_api_name`` is the API name in the published taskflow's properties; ``inputs`` its input fields (a
    JSON object, templated). ``instance_name`` names the run in IICS Monitor (``<taskflow>-<instance>-<run id>``);
    by default ``<dag id>.<task id>[.<map index>].<dag run id>``, so every task instance's runs are told apart (the
    client's reconciliation of a lost start and a retry's lookup in IICS both rely on it).

    - ``deferrable``, ``poll_interval``, ``timeout``: as for IICSRunTaskOperator (IICSTaskflowRunTrigger waits).
    - Outcome: SUCCESS is success; SUCCESS with a subtask that ended WARNING per ``on_warning`` (``"success"``,
      ``"fail"``, ``"skip"``); FAILED (also a terminated run) fails the try (Airflow may retry: a new run);
      SUSPENDED fails the try and leaves the run suspended, for someone to resume or terminate in Monitor: a retry
      follows the same run (waits for it if it was resumed) and never starts another. The return value is IICS's
      status of the run (``status``, ``runId``, ``errorMessage``, ``subtaskDetails`` ...); ``iics_run_id``,
      ``iics_taskflow`` and ``iics_run_url`` are pushed as soon as the run is started.
    - Never started twice: the run is kept in the task-state store (as IICSRunTaskOperator does); without it a retry
      looks in IICS's taskflow status list for a run with this task instance's instance name, started by the
      connection's user since the DAG run began: running or suspended is followed, one that succeeded is the
      result, after a failed one the retry starts a new run.
    - ``cancel_on_kill=True`` (default): killing the task or marking it failed/success terminates the run, by its run
      id (taskflows can be stopped one run at a time). A triggerer restart never stops a run.
    """

    template_fields: Sequence[str] = ("taskflow_api_name", "inputs", "instance_name", "iics_conn_id")
    template_fields_renderers: ClassVar[dict[str, str]] = {"inputs": "json"}
    external_id_key = "iics_taskflow_run"  # the task-state store key; renaming it strands runs of retries in flight
    _ACTIVE = frozenset({RUNNING, SUSPENDED})  # a suspended run can be resumed: a retry never starts another

    def __init__(
        self,
        *,
        taskflow_api_name: str,
        inputs: Mapping[str, Any] | None = None,
        instance_name: str | None = None,
        iics_conn_id: str = DEFAULT_CONN_ID,
        poll_interval: float = 30.0,
        timeout: float | None = 7 * 24 * 3600.0,
        deferrable: bool = True,
        cancel_on_kill: bool = True,
        on_warning: str = "success",
        **kwargs: Any,
    ) -> None:
        super().__init__(
            iics_conn_id=iics_conn_id, poll_interval=poll_interval, timeout=timeout, deferrable=deferrable,
            cancel_on_kill=cancel_on_kill, on_warning=on_warning, **kwargs,
        )  # fmt: skip
        if not isinstance(taskflow_api_name, str) or not taskflow_api_name.strip():
            raise IICSConfigurationError("taskflow_api_name is required (the API name of the published taskflow)")
        if inputs is not None and not isinstance(inputs, Mapping):
            raise IICSConfigurationError(f"inputs must be a mapping of the taskflow's input fields, not {inputs!r}")
        self.taskflow_api_name = taskflow_api_name
        self.inputs = dict(inputs) if inputs is not None else None
        self.instance_name = instance_name

    def _instance(self, context: Context) -> str:
        if self.instance_name:
            return self.instance_name
        ti = context["ti"]
        mapped = f".{ti.map_index}" if getattr(ti, "map_index", -1) >= 0 else ""
        return f"{ti.dag_id}.{ti.task_id}{mapped}.{ti.run_id}"

    def _start(self, client: IICSClient, context: Context) -> dict[str, Any]:
        instance = self._instance(context)
        started = client.run_taskflow(self.taskflow_api_name, self.inputs, instance_name=instance)
        run = TaskflowRunRef(api_name=self.taskflow_api_name, run_id=str(started.run_id), instance_name=instance)
        how = "found after its run request's answer was lost" if started.reconciled is True else "started"
        self.log.info("IICS taskflow run %s of %s (instance %s) %s", run["run_id"], run["api_name"], instance, how)
        return dict(run)

    def _stored(self, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict) or not {"api_name", "run_id"} <= value.keys():
            raise AirflowFailException(
                f"the task-state store holds no taskflow run under this operator's key: {value!r}"
            )
        return dict(TaskflowRunRef(api_name=str(value["api_name"]), run_id=str(value["run_id"]),
                                   instance_name=value.get("instance_name")))  # fmt: skip

    def _look(self, client: IICSClient, run: Mapping[str, Any]) -> dict[str, Any] | None:
        try:  # timeout=0: one status read, no waiting
            status = client.poll_taskflow_status(run["run_id"], timeout=0)
        except IICSJobTimeoutError:
            return None
        return finished_taskflow_event(status, run["api_name"])

    def _wait_for_end(self, client: IICSClient, run: Mapping[str, Any], timeout: float) -> dict[str, Any]:
        status = client.poll_taskflow_status(
            run["run_id"], interval=self.poll_interval, max_interval=self.poll_interval, timeout=timeout
        )
        return finished_taskflow_event(status, run["api_name"])

    def _timeout_event(self, run: Mapping[str, Any], message: str) -> dict[str, Any]:
        return event(TIMEOUT, task_id=run["api_name"], task_type=TASKFLOW, run_id=run["run_id"], message=message)

    def _trigger(self, run: Mapping[str, Any], end_time: float | None) -> BaseTrigger:
        return IICSTaskflowRunTrigger(
            api_name=run["api_name"], run_id=run["run_id"], iics_conn_id=self.iics_conn_id,
            poll_interval=self.poll_interval, end_time=end_time, cancel_on_kill=self.cancel_on_kill,
        )  # fmt: skip

    def _stop(self, client: IICSClient, run: Mapping[str, Any]) -> None:
        client.terminate_taskflow_runs([run["run_id"]])  # by run id; a run that already ended is left as it is
        self.log.info("Terminated IICS taskflow run %s of %s (if still running or suspended)", run["run_id"],
                      run["api_name"])  # fmt: skip

    def _xcoms(self, run: Mapping[str, Any]) -> dict[str, Any]:
        return {RUN_ID_KEY: run["run_id"], TASKFLOW_KEY: run["api_name"]}

    def _link(self, run: Mapping[str, Any]) -> tuple[str, str]:
        return str(run["api_name"]), TASKFLOW

    def _earlier_run(self, client: IICSClient, context: Context) -> dict[str, Any] | None:
        """The newest run with this task instance's instance name by the connection's user since the DAG run began
        (the taskflow status list): running or suspended, or ended with an outcome that counts as success."""
        since = _dag_run_start(context)
        if since is None:
            return None
        instance, user = self._instance(context), self._user()
        until = datetime.now(timezone.utc) + _CLOCK_SLACK
        for row in client.list_taskflow_runs(
            start=since - _CLOCK_SLACK, end=until, page_size=ROW_LIMIT_MAX, limit=_LOG_LOOKBACK
        ):
            name = row.asset_name if isinstance(row.asset_name, str) else ""
            if not name.endswith(f"-{instance}-{row.run_id}") or not _by(row.started_by, user):
                continue
            run_id = str(row.run_id)
            run = dict(TaskflowRunRef(api_name=self.taskflow_api_name, run_id=run_id, instance_name=instance))
            ended = self._look(client, run)
            if ended is not None:
                if ended["status"] not in self._ACTIVE and not succeeded(ended["status"], self.on_warning):
                    return None  # it failed: the retry starts a new run
                self._finished[run_id] = ended
            self.log.warning("Following IICS taskflow run %s of %s, started by an earlier try (%s)", run_id,
                             self.taskflow_api_name, ended["status"] if ended else "running")  # fmt: skip
            return run
        return None


def _dag_run_start(context: Context) -> datetime | None:
    since = getattr(context.get("dag_run"), "start_date", None)
    if not isinstance(since, datetime):
        return None
    return since if since.tzinfo else since.replace(tzinfo=timezone.utc)


def _by(started_by: Any, user: str | None) -> bool:
    """A run by the connection's user; who started it not being known does not exclude it (as in the client's
    reconciliation)."""
    if user is None or not isinstance(started_by, str) or not started_by:
        return True
    return started_by.lower() == user.lower()
