"""Every client method, written once as a plan (see _plan.py); IICSClient and AsyncIICSClient both inherit them.

Methods stay thin: build the request with the generated endpoint module, let the driver send it, return the
generated model. Endpoint modules are imported inside each method, so ``import iics_client`` loads none of them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import SessionAuth
from ._exceptions import IICSAuthError, IICSConfigurationError, IICSJobTimeoutError
from ._login import Session
from ._plan import Call, Emit, Pager, Plan, Sleep, fetch, operation, paged, run
from ._routing import FAMILY_KEY

if TYPE_CHECKING:
    from .v2.models import (
        ActivityLogEntry,
        ActivityMonitorEntry,
        Agent,
        AuditLogEntry,
        Connection,
        Job,
        RuntimeEnvironment,
        Schedule,
        SuccessObject,
        TaskType,
    )
    from .v3.models import MappingTask, ObjectSummary, Taskflow


class ApiVersion(str, Enum):
    """The API family of a raw call: it decides the base path and the session header."""

    V2 = "v2"
    V3 = "v3"


class JobState(str, Enum):
    """Where a job run ended (or that it still runs)."""

    RUNNING = "RUNNING"
    SUCCESS = "SUCCESS"
    WARNING = "WARNING"
    FAILED = "FAILED"
    STOPPED = "STOPPED"


@dataclass(frozen=True)
class JobStatus:
    """The outcome of poll_job_status: the final state and the activity-log entry that reports it."""

    task_id: str
    run_id: int | str
    state: JobState
    entry: ActivityLogEntry


# activity-log ``state``: 1 success, 2 completed with errors, 3 failed, 4 not started
_ACTIVITY_STATES = {1: JobState.SUCCESS, 2: JobState.WARNING, 3: JobState.FAILED, 4: JobState.FAILED}


def job_state(entry: ActivityLogEntry) -> JobState:
    if entry.is_stopped is True:
        return JobState.STOPPED
    return _ACTIVITY_STATES.get(int(entry.state), JobState.FAILED)


def _json_or_none(response: httpx.Response) -> Any:
    return response.json() if response.content.strip() else None


def _when(moment: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC, so they compare with the UTC timestamps IICS sends."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def _task_reference(
    task_id: str | None, task_type: TaskType | str | None, federated_id: str | None, task_name: str | None
) -> dict[str, Any]:
    """The task part of a job request: exactly one of id, federated id or name, and a task type."""
    from .v2.models import TaskType

    given = [value for value in (task_id, federated_id, task_name) if value]
    if len(given) != 1:
        raise IICSConfigurationError("give exactly one of task_id, task_federated_id or task_name")
    if not task_type:
        raise IICSConfigurationError("task_type is required (e.g. 'MTT', 'DSS', 'WORKFLOW')")
    reference: dict[str, Any] = {"@type": "job", "taskType": TaskType(task_type).value}
    for key, value in (("taskId", task_id), ("taskFederatedId", federated_id), ("taskName", task_name)):
        if value:
            reference[key] = value
    return reference


class Methods:
    """The IICS operations. ``self`` is an IICSClient or AsyncIICSClient (each supplies the driver)."""

    _auth: SessionAuth

    # ---- session ----

    @operation
    def login(self) -> Plan[Session]:
        """Log in now (calls log in by themselves when needed); returns the session's org, user and pod."""
        self._auth.reset_latch()
        return (yield from run(Call(self._auth.login_kwargs(), self._auth.accept_login, check=False)))

    @operation
    def logout(self) -> Plan[None]:
        """End the session on the server (best effort when used as a context manager)."""
        from .v2.api.auth import logout

        if self._auth.session is None:
            return
        try:
            yield from run(Call(logout.request_kwargs(), logout.parse_success))
        except IICSAuthError:
            pass  # the session had already expired: logged out all the same
        finally:
            self._auth.forget()

    # ---- connections (v2) ----

    @operation
    def list_connections(self) -> Plan[list[Connection]]:
        """All connections of the org."""
        from .v2.api.connections import list_connections as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_connection(self, connection_id: str) -> Plan[Connection]:
        """One connection by id; IICSNotFoundError when there is none."""
        from .v2.api.connections import get_connection as ep

        return (yield from run(Call(ep.request_kwargs(connection_id), ep.parse_success)))

    @operation
    def get_connection_by_name(self, name: str) -> Plan[Connection]:
        """One connection by its name (any characters; the name is URL-encoded)."""
        from .v2.api.connections import get_connection_by_name as ep

        return (yield from run(Call(ep.request_kwargs(name), ep.parse_success)))

    @operation
    def create_connection(self, connection: Connection | Mapping[str, Any]) -> Plan[Connection]:
        """Create a connection from a Connection or a dict of IICS fields (``name``, ``type``, ``connParams``, …)."""
        from .v2.api.connections import create_connection as ep

        body = _connection_body(connection)
        return (yield from run(Call(ep.request_kwargs(body=body), ep.parse_success)))

    @operation
    def update_connection(
        self, connection_id: str, connection: Connection | Mapping[str, Any], *, partial: bool = True
    ) -> Plan[Connection]:
        """Update a connection. ``partial=True`` (default) sends ``Update-Mode: PARTIAL``: only the fields you send
        change. ``partial=False`` is IICS's full replace: fields you omit are reset to their defaults."""
        from .v2.api.connections import update_connection as ep
        from .v2.models import UpdateMode

        mode = UpdateMode.PARTIAL if partial else UpdateMode.FULL
        kwargs = ep.request_kwargs(connection_id, body=_connection_body(connection), update_mode=mode)
        return (yield from run(Call(kwargs, ep.parse_success)))

    @operation
    def delete_connection(self, connection_id: str) -> Plan[None]:
        """Delete a connection."""
        from .v2.api.connections import delete_connection as ep

        yield from run(Call(ep.request_kwargs(connection_id), _json_or_none))

    # ---- runtime environments, agents, schedules (v2) ----

    @operation
    def list_runtime_environments(self) -> Plan[list[RuntimeEnvironment]]:
        """All runtime environments (Secure Agent groups), with their agents."""
        from .v2.api.runtime_environments import list_runtime_environments as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_runtime_environment(self, runtime_environment_id: str) -> Plan[RuntimeEnvironment]:
        """One runtime environment by id."""
        from .v2.api.runtime_environments import get_runtime_environment as ep

        return (yield from run(Call(ep.request_kwargs(runtime_environment_id), ep.parse_success)))

    @operation
    def list_agents(self) -> Plan[list[Agent]]:
        """All Secure Agents (``active``/``ready_to_run`` may be UNSET for inactive agents, as IICS omits them)."""
        from .v2.api.agents import list_agents as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_agent(self, agent_id: str) -> Plan[Agent]:
        """One Secure Agent by id."""
        from .v2.api.agents import get_agent as ep

        return (yield from run(Call(ep.request_kwargs(agent_id), ep.parse_success)))

    @operation
    def list_schedules(self) -> Plan[list[Schedule]]:
        """All schedules."""
        from .v2.api.schedules import list_schedules as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_schedule(self, schedule_id: str) -> Plan[Schedule]:
        """One schedule by id."""
        from .v2.api.schedules import get_schedule as ep

        return (yield from run(Call(ep.request_kwargs(schedule_id), ep.parse_success)))

    # ---- jobs (v2) ----

    @operation
    def start_job(
        self,
        task_id: str | None = None,
        task_type: TaskType | str | None = None,
        *,
        task_federated_id: str | None = None,
        task_name: str | None = None,
        callback_url: str | None = None,
        parameter_file_name: str | None = None,
        parameter_file_dir: str | None = None,
    ) -> Plan[Job]:
        """Start a task; the result's ``run_id`` identifies the run. Never retried once IICS may have received it
        (see README: a second send could start a second run). Tasks outside the Default folder need
        ``task_federated_id`` (the v3 object id) instead of ``task_id``."""
        from .v2.api.jobs import start_job as ep
        from .v2.models import JobRequest

        fields = _task_reference(task_id, task_type, task_federated_id, task_name)
        for key, value in (
            ("callbackURL", callback_url),
            ("parameterFileName", parameter_file_name),
            ("parameterFileDir", parameter_file_dir),
        ):
            if value:
                fields[key] = value
        kwargs = ep.request_kwargs(body=JobRequest.from_dict(fields))
        return (yield from run(Call(kwargs, ep.parse_success)))

    @operation
    def stop_job(
        self,
        task_id: str | None = None,
        task_type: TaskType | str | None = None,
        *,
        task_federated_id: str | None = None,
        task_name: str | None = None,
        clean_stop: bool = False,
    ) -> Plan[SuccessObject]:
        """Stop the running job of a task (``clean_stop=True`` lets running sessions finish)."""
        from .v2.api.jobs import stop_job as ep
        from .v2.models import JobRequest

        body = JobRequest.from_dict(_task_reference(task_id, task_type, task_federated_id, task_name))
        kwargs = ep.request_kwargs(body=body, clean_stop=clean_stop if clean_stop else None)  # type: ignore[arg-type]
        return (yield from run(Call(kwargs, ep.parse_success)))

    # ---- activity (v2) ----

    @paged
    def get_activity_log(
        self,
        task_id: str | None = None,
        run_id: int | str | None = None,
        *,
        page_size: int = 200,
        limit: int | None = None,
    ) -> Pager[ActivityLogEntry]:
        """Activity-log entries of finished jobs, newest first, fetched page by page as you iterate
        (``rowLimit``/``offset``; ``page_size`` at most 1000). ``limit`` stops after that many entries."""
        from .v2.api.activity import get_activity_log as ep

        if not 1 <= page_size <= 1000:
            raise IICSConfigurationError("page_size must be between 1 and 1000 (IICS's rowLimit)")
        run = int(run_id) if run_id is not None else None
        offset, emitted = 0, 0
        while limit is None or emitted < limit:
            kwargs = ep.request_kwargs(task_id=task_id, run_id=run, offset=offset, row_limit=page_size)  # type: ignore[arg-type]
            page = yield from fetch(Call(kwargs, ep.parse_success))
            for entry in page[: None if limit is None else limit - emitted]:
                yield Emit(entry)
                emitted += 1
            if len(page) < page_size:
                return
            offset += len(page)

    @operation
    def get_activity_monitor(self, details: bool = False) -> Plan[list[ActivityMonitorEntry]]:
        """Jobs running now."""
        from .v2.api.activity import get_activity_monitor as ep

        return (yield from run(Call(ep.request_kwargs(details=details), ep.parse_success)))

    @operation
    def poll_job_status(
        self,
        task_id: str,
        run_id: int | str,
        *,
        interval: float = 5.0,
        timeout: float = 3600.0,
        max_interval: float = 60.0,
    ) -> Plan[JobStatus]:
        """Wait until a run finishes: SUCCESS, WARNING, FAILED or STOPPED. While it runs the activity monitor is
        asked (one call per poll); once it is gone from there, the activity log gives the outcome. The wait grows
        from ``interval`` by 1.5x up to ``max_interval``; past ``timeout`` seconds, IICSJobTimeoutError (the job
        itself keeps running)."""
        from .v2.api.activity import get_activity_log as log_ep
        from .v2.api.activity import get_activity_monitor as monitor_ep

        deadline = time.monotonic() + timeout
        delay, last_state = interval, None
        while True:
            running = yield from run(Call(monitor_ep.request_kwargs(), monitor_ep.parse_success))
            if any(str(e.run_id) == str(run_id) and e.task_id == task_id for e in running):
                last_state = JobState.RUNNING.value
            else:
                kwargs = log_ep.request_kwargs(task_id=task_id, run_id=int(run_id), row_limit=1)
                entries = yield from run(Call(kwargs, log_ep.parse_success))
                if entries:
                    return JobStatus(task_id, run_id, job_state(entries[0]), entries[0])
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise IICSJobTimeoutError(
                    f"run {run_id} of task {task_id} did not finish within {timeout:g} s (last seen: {last_state})",
                    task_id=task_id,
                    run_id=run_id,
                    last_state=last_state,
                )
            yield Sleep(min(delay, remaining))
            delay = min(delay * 1.5, max_interval)

    # ---- audit log (v2) ----

    @paged
    def get_audit_logs(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        batch_size: int = 200,
        limit: int | None = None,
    ) -> Pager[AuditLogEntry]:
        """Audit-log entries between ``start`` and ``end`` (by ``entryTimeUTC``; naive datetimes are UTC), newest
        first. IICS v2 has no date filter, so batches (``batchId``/``batchSize``) are read newest first and the
        reading stops at the first entry older than ``start``."""
        from .v2.api.audit import get_audit_logs as ep

        start, end = _when(start), _when(end)
        batch, emitted = 0, 0
        while True:
            page = yield from fetch(Call(ep.request_kwargs(batch_id=batch, batch_size=batch_size), ep.parse_success))
            for entry in page:
                moment = entry.entry_time_utc if isinstance(entry.entry_time_utc, datetime) else None
                if moment is not None and end is not None and moment > end:
                    continue
                if moment is not None and start is not None and moment < start:
                    return
                if limit is not None and emitted >= limit:
                    return
                yield Emit(entry)
                emitted += 1
            if len(page) < batch_size:
                return
            batch += 1

    # ---- mapping tasks, taskflows, objects (v3 in the reference layout) ----

    @operation
    def list_mapping_tasks(self) -> Plan[list[MappingTask]]:
        """All mapping tasks."""
        from .v3.api.mapping_tasks import list_mapping_tasks as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_mapping_task(self, mapping_task_id: str) -> Plan[MappingTask]:
        """One mapping task by id."""
        from .v3.api.mapping_tasks import get_mapping_task as ep

        return (yield from run(Call(ep.request_kwargs(mapping_task_id), ep.parse_success)))

    @operation
    def list_taskflows(self) -> Plan[list[Taskflow]]:
        """All linear taskflows."""
        from .v3.api.taskflows import list_taskflows as ep

        return (yield from run(Call(ep.request_kwargs(), ep.parse_success)))

    @operation
    def get_taskflow(self, taskflow_id: str) -> Plan[Taskflow]:
        """One linear taskflow by id."""
        from .v3.api.taskflows import get_taskflow as ep

        return (yield from run(Call(ep.request_kwargs(taskflow_id), ep.parse_success)))

    @paged
    def search_objects(
        self,
        query: str | None = None,
        object_type: str | None = None,
        tag: str | None = None,
        location: str | None = None,
        *,
        filter: str | None = None,
        page_size: int = 200,
        limit: int | None = None,
    ) -> Pager[ObjectSummary]:
        """Find assets. ``object_type``, ``tag`` and ``location`` filter on the server (``q=type=='MTT' and …``);
        ``filter`` adds a raw q expression; ``query`` matches text in the object's path (name and folders,
        case-insensitive) on the client, since IICS's q has no name filter. Pages of ``page_size`` (≤ 200) are
        fetched as you iterate."""
        from .v3.api.objects import search_objects as ep

        if not 1 <= page_size <= 200:
            raise IICSConfigurationError("page_size must be between 1 and 200 (IICS's limit)")
        terms = [
            f"{field}=={_quote(value)}"
            for field, value in (("type", object_type), ("tag", tag), ("location", location))
            if value
        ]
        if filter:
            terms.append(filter)
        q = " and ".join(terms) or None
        needle = query.lower() if query else None
        skip, emitted = 0, 0
        while True:
            kwargs = ep.request_kwargs(q=q, limit=page_size, skip=skip)  # type: ignore[arg-type]
            page = yield from fetch(Call(kwargs, ep.parse_success))
            for item in page.objects:
                if needle is not None and needle not in item.path.lower():
                    continue
                if limit is not None and emitted >= limit:
                    return
                yield Emit(item)
                emitted += 1
            if len(page.objects) < page_size:
                return
            skip += len(page.objects)

    # ---- escape hatches ----

    @operation
    def raw_get(
        self,
        path: str,
        *,
        api_version: ApiVersion | str = ApiVersion.V3,
        params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Plan[Any]:
        """GET a path the methods do not cover (relative to the family's base path); returns the parsed JSON.
        Session header, routing, re-login and retries work as for every method."""
        return (yield from run(_raw_call("GET", path, api_version, params=params, headers=extra_headers)))

    @operation
    def raw_post(
        self,
        path: str,
        json: Any = None,
        *,
        api_version: ApiVersion | str = ApiVersion.V3,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Plan[Any]:
        """POST JSON to a path the methods do not cover; returns the parsed JSON (None for an empty body).
        Like every POST it is retried only when IICS cannot have acted on it."""
        return (yield from run(_raw_call("POST", path, api_version, json=json, headers=extra_headers)))


def _quote(value: str) -> str:
    return "'" + value.replace("'", "\\'") + "'"


def _connection_body(connection: Connection | Mapping[str, Any]) -> Connection:
    from .v2.models import Connection

    if isinstance(connection, Connection):
        body = connection
    else:
        try:
            body = Connection.from_dict(dict(connection))
        except (KeyError, TypeError, ValueError) as exc:
            raise IICSConfigurationError(f"not a connection: {type(exc).__name__}: {exc}") from exc
    if "@type" not in body:
        body["@type"] = "connection"  # IICS wants it; the spec cannot declare it beside `type` (see spec/v2.yaml)
    return body


def _raw_call(
    method: str,
    path: str,
    api_version: ApiVersion | str,
    *,
    params: Mapping[str, Any] | None = None,
    json: Any = None,
    headers: Mapping[str, str] | None = None,
) -> Call[Any]:
    family = ApiVersion(api_version).value
    if not path.startswith("/"):
        path = "/" + path
    kwargs: dict[str, Any] = {"method": method, "url": path, "extensions": {FAMILY_KEY: family}}
    if params:
        kwargs["params"] = dict(params)
    if headers:
        kwargs["headers"] = dict(headers)
    if json is not None:
        kwargs["json"] = json
    return Call(kwargs, _json_or_none)


__all__ = ["ApiVersion", "JobState", "JobStatus", "Methods"]
