"""The org's data: connections (CRUD with IICS's validation), agents, runtime environments, schedules, tasks,
assets (v3 search) and the audit log. One lock guards it; jobs live in _jobs.py under their own lock."""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from .._secrets import is_secret_key
from ._assets import decorate_assets
from ._data import (
    ADMIN,
    AUDIT_ID_BASE,
    MAPPING_TASK_DETAIL_ONLY,
    Ids,
    Json,
    Seed,
    Task,
    add_connection,
    add_mapping_task,
    bench_connection,
    build_seed,
    seeded_audit_entry,
)
from ._errors import DUPLICATE_NAME, ApiError
from ._search import Predicate, parse_query
from ._times import v2_local, v2_utc

MASK = "********"
SEEDED_AUDIT_ENTRIES = 500
# fields IICS sets itself: ignored in create and update bodies
_READ_ONLY = frozenset({"@type", "id", "orgId", "createTime", "updateTime", "createdBy", "updatedBy", "federatedId",
                        "majorUpdateTime"})  # fmt: skip

# declared field types of the spec's Connection (None = nullable); other fields are kept as sent
_CONNECTION_TYPES: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("description", "agentId", "runtimeEnvironmentId", "host", "database", "schema", "codepage",
                     "dateFormat", "instanceName", "instanceDisplayName", "serviceUrl", "domain", "remoteDirectory",
                     "adjustedJdbcHostName", "username", "password", "securityToken", "authenticationType",
                     "shortDescription", "connectorStatus", "baseType"), (str, type(None))),
    "port": (int, type(None)), "timeout": (int, type(None)), "connParams": (dict, type(None)),
    "internal": (bool,), "vaultEnabled": (bool,),
}  # fmt: skip


T = TypeVar("T")


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


class Org:
    def __init__(self, seed: int, username: str, clock: Callable[[], float] = time.time) -> None:
        self.username = username
        self._clock = clock
        self._lock = threading.Lock()
        self.reset(seed)

    def reset(self, seed: int) -> None:
        rng = random.Random(seed)  # noqa: S311 - seeded test data, not secrets
        ids = Ids(rng)  # kept: ids of objects created later continue the seeded sequences
        data = build_seed(rng, ids, self.username)
        decorate_assets(data)
        with self._lock:
            self._ids = ids
            self._data: Seed = data
            self.org_id = data.org_id
            self.user_id = ids.federated()
            self._names = {c["name"].lower(): cid for cid, c in data.connections.items()}
            self._list_cache: bytes | None = None
            self._tasks: dict[str, Task] = {}
            for task in data.tasks:
                self._index_task(task)
            self.history_tasks = list(data.tasks)  # fixed at seed time: seeded history refers to these
            self._audit: list[Json] = []
            self._audit_seeded = SEEDED_AUDIT_ENTRIES
            self._audit_subjects = [(c["id"], c["name"]) for c in data.connections.values()] + [
                (t.id, t.name) for t in data.tasks
            ]

    def _index_task(self, task: Task) -> None:
        for key in (task.id, task.federated_id, task.name.lower()):
            self._tasks.setdefault(key, task)

    def transact(self, work: Callable[[Seed, Ids], T]) -> T:
        """Run `work` on the org's tables under its lock (bulk reads and changes from other modules: export and
        import); the connection-name and task indexes are rebuilt afterwards, so `work` only edits the tables."""
        with self._lock:
            try:
                return work(self._data, self._ids)
            finally:
                self._names = {c["name"].lower(): cid for cid, c in self._data.connections.items()}
                self._tasks = {}
                for task in self._data.tasks:
                    self._index_task(task)
                self._list_cache = None

    # ---- connections ----

    def list_connections(self) -> bytes:
        """The whole list, pre-encoded and cached until the next change (it is the benchmark's hot path)."""
        with self._lock:
            if self._list_cache is None:
                self._list_cache = _dumps([_masked(c) for c in self._data.connections.values()])
            return self._list_cache

    def get_connection(self, connection_id: str) -> Json:
        with self._lock:
            return _masked(self._connection(connection_id))

    def get_connection_by_name(self, name: str) -> Json:
        with self._lock:
            connection_id = self._names.get(name.lower())
            if connection_id is None:
                raise ApiError(404, f"Connection with name {name} not found.")
            return _masked(self._data.connections[connection_id])

    def create_connection(self, body: object, user: str) -> Json:
        fields = _connection_fields(body, require=True)
        with self._lock:
            self._check_name_free(fields["name"], None)
            connection = add_connection(self._data, self._ids, {"connParams": {}, **fields}, ts=self._clock())
            connection.update(self._stamp(user, created=True))
            self._names[connection["name"].lower()] = connection["id"]
            self._changed(connection, "CREATE", user)
            return _masked(connection)

    def update_connection(self, connection_id: str, body: object, *, partial: bool, user: str) -> Json:
        fields = _connection_fields(body, require=not partial)
        with self._lock:
            current = self._connection(connection_id)
            for key, value in list(fields.items()):  # a masked value sent back (read-merge-write) means "unchanged"
                if _is_masked(key) and value == MASK:
                    fields[key] = current.get(key)
            if partial:
                if isinstance(fields.get("connParams"), dict) and isinstance(current.get("connParams"), dict):
                    fields["connParams"] = {**current["connParams"], **fields["connParams"]}
                updated = {**current, **fields}
            else:  # full replace: what the body omits is reset (IICS behaviour that bites read-less updates)
                kept = {key: current[key] for key in ("@type", "id", "orgId", "createTime", "createdBy", "federatedId")}
                updated = {**kept, "connParams": {}, **fields}
            self._check_name_free(updated["name"], connection_id)
            updated.update(self._stamp(user, created=False))
            del self._names[current["name"].lower()]
            self._names[updated["name"].lower()] = connection_id
            self._data.connections[connection_id] = updated
            self._changed(updated, "UPDATE", user)
            return _masked(updated)

    def delete_connection(self, connection_id: str, user: str) -> None:
        with self._lock:
            connection = self._connection(connection_id)
            del self._data.connections[connection_id]
            del self._names[connection["name"].lower()]
            self._changed(connection, "DELETE", user)

    def seed_connections(self, count: int) -> list[str]:
        """Add `count` generated connections (bench_conn_NNNNN); returns their ids."""
        with self._lock:
            start = sum(1 for name in self._names if name.startswith("bench_conn_"))
            added = []
            for number in range(start, start + count):
                connection = add_connection(self._data, self._ids, bench_connection(number), ts=self._clock())
                self._names[connection["name"].lower()] = connection["id"]
                added.append(connection["id"])
            self._list_cache = None
            return added

    def _connection(self, connection_id: str) -> Json:
        connection = self._data.connections.get(connection_id)
        if connection is None:
            raise ApiError(404, f"Connection with id {connection_id} not found.")
        return connection

    def _check_name_free(self, name: str, own_id: str | None) -> None:
        holder = self._names.get(name.lower())
        if holder is not None and holder != own_id:
            raise ApiError(400, f"A connection with the name {name} already exists.", code=DUPLICATE_NAME)

    def _stamp(self, user: str, *, created: bool) -> Json:
        now = v2_local(self._clock())
        stamp = {"updateTime": now, "updatedBy": user}
        return {"createTime": now, "createdBy": user, **stamp} if created else stamp

    def _changed(self, connection: Json, event: str, user: str) -> None:
        self._list_cache = None
        name = connection["name"]
        message = f"Connection {name} {event.lower()}d."
        self._audit_add("CONNECTION", event, user, object_id=connection["id"], name=name, message=message)

    # ---- read-only resources ----

    def list_agents(self) -> list[Json]:
        with self._lock:
            return [_agent_summary(agent) for agent in self._data.agents.values()]

    def get_agent(self, agent_id: str) -> Json:
        with self._lock:
            return dict(self._get(self._data.agents, agent_id, "Secure Agent"))

    def list_runtime_environments(self) -> list[Json]:
        with self._lock:
            return [self._environment(env) for env in self._data.runtime_environments.values()]

    def get_runtime_environment(self, env_id: str) -> Json:
        with self._lock:
            return self._environment(self._get(self._data.runtime_environments, env_id, "Runtime environment"))

    def _environment(self, env: Json) -> Json:
        agents = [_agent_summary(self._data.agents[agent_id]) for agent_id in env["_agentIds"]]
        return {**{key: value for key, value in env.items() if key != "_agentIds"}, "agents": agents}

    def list_schedules(self) -> list[Json]:
        with self._lock:
            return [dict(schedule) for schedule in self._data.schedules.values()]

    def get_schedule(self, schedule_id: str) -> Json:
        with self._lock:
            return dict(self._get(self._data.schedules, schedule_id, "Schedule"))

    def list_mapping_tasks(self) -> list[Json]:
        with self._lock:
            return [
                {k: v for k, v in task.items() if k not in MAPPING_TASK_DETAIL_ONLY}
                for task in self._data.mapping_tasks.values()
            ]

    def get_mapping_task(self, task_id: str) -> Json:
        with self._lock:
            return dict(self._get(self._data.mapping_tasks, task_id, "Mapping task"))

    def list_taskflows(self) -> list[Json]:
        with self._lock:
            return [dict(flow) for flow in self._data.taskflows.values()]

    def get_taskflow(self, flow_id: str) -> Json:
        with self._lock:
            return dict(self._get(self._data.taskflows, flow_id, "Taskflow"))

    @staticmethod
    def _get(table: dict[str, Json], object_id: str, what: str) -> Json:
        found = table.get(object_id)
        if found is None:
            raise ApiError(404, f"{what} with id {object_id} not found.")
        return found

    # ---- tasks (for jobs) ----

    def find_task(self, key: str) -> Task | None:
        """A task by v2 id, federated id or name (names case-insensitively)."""
        with self._lock:
            return self._tasks.get(key) or self._tasks.get(key.lower())

    def seed_mapping_tasks(self, count: int, *, location: str = "Default", tags: tuple[str, ...] = ()) -> list[Task]:
        """Add `count` mapping tasks (mt_bench_NNNNN), each with its mapping and search entries."""
        with self._lock:
            start = sum(1 for task in self._data.tasks if task.name.startswith("mt_bench_"))
            added = []
            for number in range(start, start + count):
                task = add_mapping_task(
                    self._data, self._ids, f"mt_bench_{number:05d}", description="generated", location=location,
                    tags=list(tags), ts=self._clock(), env_id=None, schedule_id=None, username=ADMIN,
                )  # fmt: skip
                self._index_task(task)
                added.append(task)
            return added

    # ---- v3 asset search ----

    def search_objects(self, query: str | None, limit: int, skip: int) -> Json:
        predicate = parse_query(query)
        with self._lock:
            matches = [obj for obj in self._data.objects if predicate(obj)]
        return {"count": len(matches), "objects": [dict(obj) for obj in matches[skip : skip + limit]]}

    def find_objects(self, predicate: Predicate) -> list[Json]:
        """Copies of the assets (v3 object summaries) that `predicate` accepts, in seed order."""
        with self._lock:
            return [dict(obj) for obj in self._data.objects if predicate(obj)]

    def tasks(self) -> list[Task]:
        """Every startable task, seeded and added."""
        with self._lock:
            return list(self._data.tasks)

    # ---- audit log: recorded entries first (newest first), then the computed seeded history ----

    def audit_page(self, batch_id: int, batch_size: int) -> list[Json]:
        with self._lock:
            recorded = len(self._audit)
            start = batch_id * batch_size
            stop = min(start + batch_size, recorded + self._audit_seeded)
            page = [self._audit[recorded - 1 - index] for index in range(start, min(stop, recorded))]
            page += [
                seeded_audit_entry(index - recorded, self.org_id, self.username, self._audit_subjects)
                for index in range(max(start, recorded), stop)
            ]
            return page

    @property
    def audit_size(self) -> int:
        with self._lock:
            return len(self._audit) + self._audit_seeded

    def seed_audit_log(self, count: int) -> None:
        with self._lock:
            self._audit_seeded += count

    def record_login(self, user: str, event: str = "LOGIN") -> None:
        with self._lock:
            message = f"User {user} logged {'in' if event == 'LOGIN' else 'out'}."
            self._audit_add("AUTH", event, user, object_id="", name=user, message=message)

    def _audit_add(self, category: str, event: str, user: str, *, object_id: str, name: str, message: str) -> None:
        now = self._clock()
        self._audit.append({
            "@type": "auditLogEntry", "id": str(AUDIT_ID_BASE + 1 + len(self._audit)), "version": 1,
            "orgId": self.org_id, "username": user, "entryTime": v2_local(now), "entryTimeUTC": v2_utc(now),
            "objectId": object_id, "objectName": name, "category": category, "event": event, "eventParam": "",
            "message": message,
        })  # fmt: skip


def _masked(connection: Json) -> Json:
    return {key: MASK if value and _is_masked(key) else value for key, value in connection.items()}


def _is_masked(key: str) -> bool:
    """Secrets, and a connection's username: IICS masks that too (our own output shows user names)."""
    return is_secret_key(key) or key == "username"


def _agent_summary(agent: Json) -> Json:
    # the list calls leave out packages and agentConfigs (IICS docs)
    return {key: value for key, value in agent.items() if key not in ("packages", "agentConfigs")}


def _connection_fields(body: object, *, require: bool) -> Json:
    """Validate a connection body as IICS does (400 in the v2 error shape); returns the writable fields."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    kind = body.get("@type")
    if kind is not None and kind != "connection":
        raise ApiError(400, f"Invalid value for field @type: {kind!r} (expected 'connection').")
    fields = {key: value for key, value in body.items() if key not in _READ_ONLY}
    for key in ("name", "type"):
        value = fields.get(key)
        if value is None and not require and key not in fields:
            continue
        if not isinstance(value, str) or not value.strip():
            raise ApiError(400, f"Field {key} is required." if value is None else f"Invalid value for field {key}.")
    if "name" in fields and len(fields["name"]) > 100:
        raise ApiError(400, "Connection name must be at most 100 characters.")
    for key, types in _CONNECTION_TYPES.items():
        if key in fields and (
            not isinstance(fields[key], types) or (bool not in types and isinstance(fields[key], bool))
        ):
            raise ApiError(400, f"Invalid value for field {key}.")
    return fields
