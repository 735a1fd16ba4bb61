"""IICSRunTaskOperator: run an IICS task (mapping task, synchronization task, linear taskflow ...) and wait for
its end, in the triggerer by default; IICSJobRunLink: the operator link to the IICS Monitor."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar

from .. import IICSConfigurationError, IICSError, IICSJobStartUnknownError, IICSJobTimeoutError, JobState
from ._airflow import (
    AirflowFailException,
    BaseOperator,
    BaseOperatorLink,
    Context,
    ResumableJobMixin,
    TaskInstanceKey,
    XCom,
)
from ._connection import DEFAULT_CONN_ID
from ._runs import (
    RUN_ID_KEY,
    RUN_URL_KEY,
    TASK_ID_KEY,
    TIMEOUT,
    JobRun,
    check_warning_policy,
    counts_as_success,
    event,
    finished_event,
    is_running,
    settle,
)
from .hooks import IICSHook
from .triggers import IICSJobRunTrigger

if TYPE_CHECKING:
    from pydantic import JsonValue

    from .. import IICSClient, JobStatus, Session
    from ..v2.models import Job

_RUNNING = JobState.RUNNING.value
# on_kill runs in a signal handler with little time left: short requests, one retry
_STOP_SETTINGS = {"timeout": 10.0, "max_retries": 1}
# how far back in the activity log a retry looks for the run of an earlier try (entries since the DAG run began)
_LOG_LOOKBACK = 1000


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


class IICSRunTaskOperator(ResumableJobMixin, BaseOperator):
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
    operator_extra_links = (IICSJobRunLink(),)
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
        super().__init__(**kwargs)
        if sum(1 for value in (iics_task_id, iics_task_federated_id, iics_task_name) if value) != 1:
            raise IICSConfigurationError("give exactly one of iics_task_id, iics_task_federated_id or iics_task_name")
        if not iics_task_type:
            raise IICSConfigurationError("iics_task_type is required (MTT, DSS, WORKFLOW, ...)")
        if poll_interval <= 0 or (timeout is not None and timeout <= 0):
            raise IICSConfigurationError("poll_interval and timeout must be positive")
        self.iics_task_id = iics_task_id
        self.iics_task_federated_id = iics_task_federated_id
        self.iics_task_name = iics_task_name
        self.iics_task_type = iics_task_type
        self.iics_conn_id = iics_conn_id
        self.poll_interval = float(poll_interval)
        self.timeout = timeout
        self.deferrable = deferrable
        self.cancel_on_kill = cancel_on_kill
        self.on_warning = check_warning_policy(on_warning)
        self.parameter_file_name = parameter_file_name
        self.parameter_file_dir = parameter_file_dir
        self._hook: IICSHook | None = None
        self._client: IICSClient | None = None
        self._session: Session | None = None
        self._finished: dict[str, JobStatus] = {}
        self._current_run: JobRun | None = None  # the run this try follows, from its start on (for on_kill)

    # ---- execution: one logged-in client per try ----

    def execute(self, context: Context) -> Any:
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

    def _start_arguments(self) -> dict[str, Any]:
        """How ``start_job`` names the task. The extension point for naming a task by its path once the client can
        look one up: resolve the path to a federated id here."""
        return {
            "task_id": self.iics_task_id, "task_federated_id": self.iics_task_federated_id,
            "task_name": self.iics_task_name, "task_type": self.iics_task_type,
            "parameter_file_name": self.parameter_file_name,
            "parameter_file_dir": self.parameter_file_dir,
        }  # fmt: skip

    # ---- ResumableJobMixin ----

    def submit_job(self, context: Context) -> JsonValue:
        client = self._logged_in()
        run = self._earlier_run(client, context)
        if run is None:
            try:
                job = client.start_job(**self._start_arguments())
            except IICSJobStartUnknownError as error:  # the client could not tell whether IICS started it
                candidates = [c.get("runId") for c in error.candidates]
                raise AirflowFailException(  # no Airflow retry either: it could be the second run
                    f"{error.message}; not retried. Checked: {'; '.join(error.checked)}. Candidate runs: {candidates}"
                ) from error
            run = self._job_run(job)
            how = "found after its start's answer was lost" if job.reconciled is True else "started"
            self.log.info("IICS run %s of task %s (%s) %s", run["run_id"], run["task_id"], run["task_type"], how)
        self._current_run = run
        return {"task_id": run["task_id"], "task_type": run["task_type"], "run_id": run["run_id"]}

    def get_job_status(self, external_id: Any, context: Context) -> str:
        run = _stored_run(external_id)
        try:  # timeout=0: one look (monitor, then log), no waiting
            status = self._logged_in().poll_job_status(run["task_id"], run["run_id"], timeout=0)
        except IICSJobTimeoutError:
            return _RUNNING  # running, or gone from the monitor but not yet in the log: never start a second run
        self._finished[str(run["run_id"])] = status
        return status.state.value

    def is_job_active(self, status: str) -> bool:
        return status == _RUNNING

    def is_job_succeeded(self, status: str) -> bool:
        return counts_as_success(status, self.on_warning)

    def poll_until_complete(self, external_id: Any, context: Context) -> Any:
        run = self._current_run = _stored_run(external_id)
        self._publish(context, run)
        ended = self._finished.get(str(run["run_id"]))
        if ended is not None:  # an earlier try's run that ended meanwhile: nothing to wait for
            return settle(finished_event(ended, run["task_type"]), on_warning=self.on_warning)
        if self.deferrable:
            end_time = None if self.timeout is None else time.time() + self.timeout
            trigger = IICSJobRunTrigger(
                iics_task_id=run["task_id"], run_id=run["run_id"], task_type=run["task_type"],
                iics_conn_id=self.iics_conn_id, poll_interval=self.poll_interval, end_time=end_time,
                cancel_on_kill=self.cancel_on_kill,
            )  # fmt: skip
            self.defer(trigger=trigger, method_name="execute_complete")
        try:
            status = self._logged_in().poll_job_status(
                run["task_id"], run["run_id"], interval=self.poll_interval, max_interval=self.poll_interval,
                timeout=math.inf if self.timeout is None else self.timeout,
            )  # fmt: skip
        except IICSJobTimeoutError as error:
            payload = event(TIMEOUT, task_id=run["task_id"], task_type=run["task_type"], run_id=run["run_id"],
                            message=f"last seen {error.last_state or 'not running'}")  # fmt: skip
        else:
            self._finished[str(run["run_id"])] = status
            payload = finished_event(status, run["task_type"])
        return settle(payload, on_warning=self.on_warning)

    def get_job_result(self, external_id: Any, context: Context) -> Any:
        run = _stored_run(external_id)
        status = self._finished.get(str(run["run_id"]))
        if status is None:  # only reached after a finished run: the status was just read
            status = self._logged_in().poll_job_status(run["task_id"], run["run_id"], timeout=0)
        self._publish(context, run)
        return settle(finished_event(status, run["task_type"]), on_warning=self.on_warning)

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
                if not is_running(client.get_activity_monitor(), run["task_id"], run["run_id"]):
                    self.log.info("IICS run %s is no longer running: nothing to stop", run["run_id"])
                    return
                client.stop_job(run["task_id"], run["task_type"])
            self.log.info("Stopped IICS run %s of task %s (IICS stops by task id)", run["run_id"], run["task_id"])
        except IICSError as error:
            self.log.warning("Could not stop IICS run %s of task %s: %s", run["run_id"], run["task_id"], error)

    # ---- helpers ----

    def _logged_in(self) -> IICSClient:
        if self._client is None:
            raise RuntimeError("IICSRunTaskOperator: the IICS client is used outside execute()")
        return self._client

    def _job_run(self, job: Job) -> JobRun:
        task_id = job.task_id if isinstance(job.task_id, str) and job.task_id else self.iics_task_id
        if not task_id:  # IICS documents taskId in the answer; without it the run cannot be followed
            raise AirflowFailException(
                f"IICS started run {job.run_id} but its answer has no taskId: give iics_task_id to follow the run"
            )
        return JobRun(task_id=task_id, task_type=self.iics_task_type, run_id=job.run_id)

    def _earlier_run(self, client: IICSClient, context: Context) -> JobRun | None:
        """On a retry that has no stored run (no task-state store, or the worker died between the start and the
        store): the run an earlier try of this task instance started, when it should be followed instead of starting
        another. A run of this task by the connection's user, started since the DAG run began: still running in the
        activity monitor, or finished (activity log) with an outcome that counts as success. A failed one is not
        followed: the retry starts a new run, as Airflow's retry means."""
        store = context.get("task_state_store")
        if context["ti"].try_number <= 1 or (store is not None and self.durable and store.get(self.external_id_key)):
            return None  # a first try, or the mixin read the stored run and chose to start anew
        user = self._session.user_name if self._session is not None else None
        running = [
            e for e in client.get_activity_monitor() if self._is_ours(e.task_id, e.task_name, e.started_by, user)
        ]
        if running:
            newest = max(running, key=lambda entry: int(entry.run_id))
            self.log.warning("Re-attaching to IICS run %s of task %s, still running from an earlier try",
                             newest.run_id, newest.task_id)  # fmt: skip
            return JobRun(task_id=newest.task_id, task_type=self.iics_task_type, run_id=newest.run_id)
        since = getattr(context.get("dag_run"), "start_date", None)
        if not isinstance(since, datetime):
            return None
        since = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
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
            self._finished[str(run["run_id"])] = status
            self.log.warning("IICS run %s of task %s, started by an earlier try, already ended %s: not starting "
                             "another", run["run_id"], run["task_id"], status.state.value)  # fmt: skip
            return run
        return None

    def _is_ours(self, task_id: Any, task_name: Any, started_by: Any, user: str | None) -> bool:
        """Whether a monitor or log entry is a run of this operator's task by the connection's user."""
        if self.iics_task_id:
            same_task = bool(task_id == self.iics_task_id)
        elif self.iics_task_name:
            same_task = bool(task_name == self.iics_task_name)
        else:
            return False  # a federated id: neither the monitor nor the log shows it
        if user is None or not isinstance(started_by, str) or not started_by:
            return same_task  # who started it is not known: not excluded (as in the client's reconciliation)
        return same_task and started_by.lower() == user.lower()

    def _publish(self, context: Context, run: JobRun) -> None:
        ti = context["ti"]
        ti.xcom_push(key=RUN_ID_KEY, value=run["run_id"])
        ti.xcom_push(key=TASK_ID_KEY, value=run["task_id"])
        if self._hook is not None and self._session is not None:
            url = self._hook.run_url(
                self._session, task_id=run["task_id"], task_type=run["task_type"], run_id=run["run_id"]
            )
            ti.xcom_push(key=RUN_URL_KEY, value=url)


def _stored_run(value: Any) -> JobRun:
    """A run as the task-state store gives it back (plain JSON)."""
    if not isinstance(value, dict) or not {"task_id", "task_type", "run_id"} <= value.keys():
        raise AirflowFailException(f"the task-state store holds no IICS run under this operator's key: {value!r}")
    return JobRun(task_id=str(value["task_id"]), task_type=str(value["task_type"]), run_id=value["run_id"])
