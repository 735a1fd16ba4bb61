"""One handler per operation: parse and validate the request as IICS does, act on the org, build the reply.

Handlers know nothing about HTTP plumbing, routing or sessions' headers: they get a ``Call`` and return a ``Reply``
or raise ``ApiError`` (rendered in the answering family's error shape by the server).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._secrets import INFA_SESSION_ID
from ._data import Json, Task
from ._errors import BAD_CREDENTIALS, BAD_CREDENTIALS_V3, ApiError
from ._jobs import JobEngine
from ._sessions import SessionStore
from ._state import Org
from ._stats import Stats

if TYPE_CHECKING:
    from ._multipart import Readable
    from ._promotion import PromotionJobs
    from ._taskflows import TaskflowEngine

TASK_TYPES = ("MTT", "DSS", "DRS", "DMASK", "PCS", "WORKFLOW")


@dataclass
class Call:
    """One request, as handlers see it."""

    params: dict[str, str]
    query: dict[str, list[str]]
    headers: Any  # email.message.Message: case-insensitive .get()
    body: bytes
    user: str = ""  # the session's user ("" on the login host)
    session_id: str | None = None
    stream: Readable | None = None  # the unread body of a streamed operation (then `body` is empty)

    def json(self) -> object:
        if not self.body.strip():
            raise ApiError(400, "The request body is missing.")
        try:
            return json.loads(self.body)
        except ValueError:
            raise ApiError(400, "The request body is not valid JSON.") from None

    def text(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None

    def integer(
        self, name: str, *, default: int | None = None, minimum: int = 0, maximum: int | None = None
    ) -> int | None:
        raw = self.text(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ApiError(400, f"Invalid value for parameter {name}: {raw!r} is not an integer.") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
            raise ApiError(400, f"Invalid value for parameter {name}: must be {bounds}.")
        return value

    def boolean(self, name: str) -> bool | None:
        raw = self.text(name)
        if raw is None:
            return None
        if raw.lower() not in ("true", "false"):
            raise ApiError(400, f"Invalid value for parameter {name}: {raw!r} is not true or false.")
        return raw.lower() == "true"


@dataclass
class Reply:
    status: int = 200
    body: object = None  # JSON-able, bytes already encoded, a StreamBody; None: no body
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"  # of a bytes body (files such as session logs are not JSON)


@dataclass(frozen=True)
class StreamBody:
    """A body too large to hold in memory (an export package): `length` bytes, produced by `chunks()` as sent."""

    length: int
    chunks: Callable[[], Iterator[bytes]]


@dataclass
class Backend:
    """What handlers act on."""

    org: Org
    jobs: JobEngine
    sessions: SessionStore
    stats: Stats
    username: str
    password: str
    server_url: Callable[[], str]  # the pod base URL given out at login
    taskflows: TaskflowEngine  # advanced taskflow runs (the /active-bpel runtime)
    # every org of the simulator by username (IICS: the credentials decide the org); None: only this one
    directory: Callable[[str], Backend | None] | None = None
    promotion: PromotionJobs | None = None  # the org's export and import jobs
    clock: Callable[[], float] = time.time  # the server's clock (Simulator.clock_offset skews it)

    def for_user(self, username: str) -> Backend | None:
        """The backend of the org `username` belongs to (None: no such user)."""
        if self.directory is not None:
            return self.directory(username)
        return self if username == self.username else None


Handler = Callable[[Backend, Call], Reply]
HANDLERS: dict[str, Handler] = {}
STREAMED: set[str] = set()  # operations whose handler reads the request body itself (Call.stream)


def handles(operation: str, *, streamed: bool = False) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation] = handler
        if streamed:
            STREAMED.add(operation)
        return handler

    return register


# ---- login host ----


def _credentials(body: object, *, v2: bool) -> tuple[str, str]:
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    if v2 and body.get("@type") != "login":
        raise ApiError(400, "Field @type must be 'login'.")
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
        raise ApiError(400, "Fields username and password are required.")
    if len(username) > 255 or len(password) > 255:
        raise ApiError(400, "username and password must be at most 255 characters.")
    return username, password


def _open_session(backend: Backend, username: str, password: str, code: str, status: int) -> tuple[str, Backend]:
    """A new session in the org the credentials belong to (one login host serves every org), and that org."""
    owner = backend.for_user(username)
    if owner is None or password != owner.password:
        backend.stats.bump("failed_logins")
        raise ApiError(status, "User name or password is not valid.", code=code)
    session_id = owner.sessions.create(username)
    owner.stats.bump("logins")
    owner.org.record_login(username)
    return session_id, owner


@handles("login")
def login(backend: Backend, call: Call) -> Reply:
    username, password = _credentials(call.json(), v2=True)
    session_id, backend = _open_session(backend, username, password, BAD_CREDENTIALS, 403)
    server_url = backend.server_url()
    org = backend.org
    return Reply(body={
        "@type": "user", "id": backend.org.user_id, "orgId": org.org_id, "orgUuid": org.org_id[::-1], "name": username,
        "description": "Simulated IICS user", "createTime": "2023-03-01T09:12:45.000Z",
        "updateTime": "2024-01-15T10:20:30.000Z", "createdBy": "admin@example.com", "updatedBy": username,
        "firstName": "Demo", "lastName": "User", "title": "Data Engineer", "phone": "+1 555 0100", "emails": username,
        "timezone": "America/New_York",
        "roles": [{"name": "Designer", "description": "Role for designing assets and tasks"},
                  {"name": "Operator", "description": "Role for running and monitoring tasks"}],
        "usergroups": ["Data Engineering"], "serverUrl": server_url, "spiUrl": server_url,
        "icSessionId": session_id, "forceChangePassword": False,
    })  # fmt: skip


@handles("login_v3")
def login_v3(backend: Backend, call: Call) -> Reply:
    username, password = _credentials(call.json(), v2=False)
    session_id, backend = _open_session(backend, username, password, BAD_CREDENTIALS_V3, 401)
    org = backend.org
    return Reply(body={
        "products": [{"name": "Integration Cloud", "baseApiUrl": backend.server_url()}],
        "userInfo": {"sessionId": session_id, "id": backend.org.user_id, "name": username, "parentOrgId": org.org_id,
                     "orgId": org.org_id, "orgName": "Simulated Org", "groups": {}, "status": "Active"},
    })  # fmt: skip


@handles("logout_v3")
def logout_v3(backend: Backend, call: Call) -> Reply:
    session_id = call.headers.get(INFA_SESSION_ID)
    if not session_id or not backend.sessions.end(session_id):
        raise ApiError(401, "Invalid session ID or the session has expired.")
    backend.stats.bump("logouts")
    return Reply(body={})


# ---- pod: auth ----


@handles("logout")
def logout(backend: Backend, call: Call) -> Reply:
    if call.session_id is None or not backend.sessions.end(call.session_id):
        raise ApiError(401, "Invalid session ID or the session has expired.")
    backend.stats.bump("logouts")
    backend.org.record_login(call.user, "LOGOUT")
    return Reply()


# ---- connections ----


@handles("list_connections")
def list_connections(backend: Backend, _call: Call) -> Reply:
    return Reply(body=backend.org.list_connections())


@handles("get_connection")
def get_connection(backend: Backend, call: Call) -> Reply:
    return Reply(body=backend.org.get_connection(call.params["connectionId"]))


@handles("get_connection_by_name")
def get_connection_by_name(backend: Backend, call: Call) -> Reply:
    return Reply(body=backend.org.get_connection_by_name(call.params["name"]))


@handles("create_connection")
def create_connection(backend: Backend, call: Call) -> Reply:
    return Reply(body=backend.org.create_connection(call.json(), call.user))


@handles("update_connection")
def update_connection(backend: Backend, call: Call) -> Reply:
    mode = (call.headers.get("Update-Mode") or "FULL").strip().upper()
    if mode not in ("PARTIAL", "FULL"):
        raise ApiError(400, f"Invalid value for header Update-Mode: {mode!r} (PARTIAL or FULL).")
    body = call.json()  # parse before the lookup: a bad body is a 400 even for an unknown id
    return Reply(
        body=backend.org.update_connection(call.params["connectionId"], body, partial=mode == "PARTIAL", user=call.user)
    )


@handles("delete_connection")
def delete_connection(backend: Backend, call: Call) -> Reply:
    backend.org.delete_connection(call.params["connectionId"], call.user)
    return Reply()


# ---- read-only resources ----


def _simple(operation: str, read: Callable[[Org], object]) -> None:
    HANDLERS[operation] = lambda backend, _call: Reply(body=read(backend.org))


def _by_id(operation: str, read: Callable[[Org, str], object]) -> None:
    # the operation's one path parameter (named per resource in the spec: agentId, scheduleId, ...)
    HANDLERS[operation] = lambda backend, call: Reply(body=read(backend.org, next(iter(call.params.values()))))


_simple("list_runtime_environments", Org.list_runtime_environments)
_by_id("get_runtime_environment", Org.get_runtime_environment)
_simple("list_agents", Org.list_agents)
_by_id("get_agent", Org.get_agent)
_simple("list_schedules", Org.list_schedules)
_by_id("get_schedule", Org.get_schedule)
_simple("list_mapping_tasks", Org.list_mapping_tasks)
_by_id("get_mapping_task", Org.get_mapping_task)
_simple("list_taskflows", Org.list_taskflows)
_by_id("get_taskflow", Org.get_taskflow)


# ---- jobs ----


def _job_task(backend: Backend, call: Call) -> tuple[Task, Json]:
    body = call.json()
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    if body.get("@type") != "job":
        raise ApiError(400, "Field @type must be 'job'.")
    task_type = body.get("taskType")
    if not isinstance(task_type, str) or task_type.upper() not in TASK_TYPES:
        raise ApiError(400, f"Invalid value for field taskType: {task_type!r} (one of {', '.join(TASK_TYPES)}).")
    keys: list[tuple[str, str]] = []
    for name in ("taskId", "taskFederatedId", "taskName"):
        value = body.get(name)
        if value is not None and (not isinstance(value, str) or not value):
            raise ApiError(400, f"Invalid value for field {name}.")
        if value is not None:
            keys.append((name, value))
    if not keys:
        raise ApiError(400, "One of taskId, taskFederatedId or taskName is required.")
    name, key = keys[0]
    task = backend.org.find_task(key)
    if task is None:
        raise ApiError(404, f"Task with {name} {key} not found.")
    if task.type != task_type.upper():
        raise ApiError(400, f"Task {task.name} is of type {task.type}, not {task_type}.")
    callback = body.get("callbackURL")
    if callback is not None and not isinstance(callback, str):
        raise ApiError(400, "Invalid value for field callbackURL.")
    return task, body


@handles("start_job")
def start_job(backend: Backend, call: Call) -> Reply:
    task, body = _job_task(backend, call)
    return Reply(body=backend.jobs.start(task, started_by=call.user, callback_url=body.get("callbackURL")))


@handles("stop_job")
def stop_job(backend: Backend, call: Call) -> Reply:
    call.boolean("cleanStop")  # validated; a clean stop ends the same way here
    task, _ = _job_task(backend, call)
    stopped = backend.jobs.stop(task, call.user)
    return Reply(body={"@type": "success", "description": f"Stopped {stopped} run(s) of {task.name}."})


# ---- activity and audit ----


@handles("get_activity_log")
def get_activity_log(backend: Backend, call: Call) -> Reply:
    task_key = call.text("taskId")
    run_id = call.integer("runId", minimum=-(2**63), maximum=2**63 - 1)
    offset = call.integer("offset", default=0) or 0
    limit = call.integer("rowLimit", default=200, minimum=1, maximum=1000) or 200
    if run_id is not None and not task_key:  # the docs: "The task ID is required whenever the run ID is included"
        raise ApiError(400, "taskId is required when runId is specified.")
    task = None
    if task_key:
        task = backend.org.find_task(task_key)
        if task is None:  # an unknown task simply has no log
            return Reply(body=[])
    return Reply(body=backend.jobs.log(task, run_id, offset, limit))


@handles("get_activity_monitor")
def get_activity_monitor(backend: Backend, call: Call) -> Reply:
    call.boolean("details")
    return Reply(body=backend.jobs.monitor())


@handles("get_audit_logs")
def get_audit_logs(backend: Backend, call: Call) -> Reply:
    batch_id = call.integer("batchId", default=0) or 0
    batch_size = call.integer("batchSize", default=200, minimum=1, maximum=1000) or 200
    return Reply(body=backend.org.audit_page(batch_id, batch_size))


# ---- v3 search ----

OBJECTS_DEFAULT_LIMIT = 25


@handles("search_objects")
def search_objects(backend: Backend, call: Call) -> Reply:
    limit = call.integer("limit", default=OBJECTS_DEFAULT_LIMIT, minimum=1, maximum=200) or OBJECTS_DEFAULT_LIMIT
    skip = call.integer("skip", default=0) or 0
    return Reply(body=backend.org.search_objects(call.text("q"), limit, skip))
