"""Promotable objects: what an export takes out of an org and what an import puts into one.

An org's objects are its assets (projects, folders, mappings, tasks, taskflows; the v3 search shows them), its
connections and its runtime environments (IICS's export type for those is ``AgentGroup``). Dependencies follow what
the seed data records: a mapping task uses its mapping (``m_<name>`` next to it), its runtime environment and the
connections its parameters name; a linear taskflow uses its tasks; other tasks use their runtime environment.

Import rules (IICS's where documented, else the simulator's, see the README):

* an object *conflicts* with an object of the same type at the same path in the target org (connections and runtime
  environments: the same name); an object of another type at that path makes the object fail;
* OVERWRITE replaces the target object's content and keeps its ids; REUSE keeps it (state SKIPPED);
* runtime environments are never overwritten: one with the same name is used as it is;
* ``targetObjectId`` substitutes an existing runtime environment, connection, project or folder for the package's;
* a dependency must be imported (or already exist, or be substituted) first, else the object fails;
* missing projects and folders on an object's path are created.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ._data import CONNECTION as CONNECTION_PREFIX
from ._data import MAPPING, MAPPING_TASK, OTHER_TASK, RUNTIME_ENVIRONMENT, TASKFLOW, Ids, Json, Seed, Task, stamps
from ._errors import ApiError
from ._times import v2_utc, v3_utc

CONNECTION, RUNTIME = "Connection", "AgentGroup"
CONTAINERS = ("PROJECT", "FOLDER")
SYSTEM = (CONNECTION, RUNTIME)  # org-level objects: their path is their name
OVERWRITE, REUSE = "OVERWRITE", "REUSE"
SUCCESSFUL, SKIPPED, FAILED = "SUCCESSFUL", "SKIPPED", "FAILED"
_RANK = {RUNTIME: 0, CONNECTION: 1, "PROJECT": 2, "FOLDER": 3, "DTEMPLATE": 4, "MAPPLET": 4, "WORKFLOW": 6,
         "TASKFLOW": 6, "PROCESS": 6}  # fmt: skip
_SECRETS = ("password", "securityToken")
_CONNECTION_IDS = ("connectionId", "sourceConnectionId", "targetConnectionId", "lookupConnectionId")


def rank(obj: Json) -> tuple[int, int, str]:
    """Import order: what others depend on first (runtime environments, connections, containers, mappings, tasks,
    taskflows), parents before children."""
    return _RANK.get(obj["type"], 5), obj["path"].count("/"), obj["path"].lower()


def ref(obj: Json) -> Json:
    """The five fields an export or import job shows of an object."""
    return {key: obj.get(key) for key in ("id", "name", "path", "type", "description")}


# ---- export: an org's objects with their dependencies ----


@dataclass
class Item:
    """One exportable object: its summary, the record the package carries, and the ids of what it uses."""

    id: str
    name: str
    path: str
    type: str
    description: str | None
    record: Json
    uses: list[str] = field(default_factory=list)
    v2: str | None = None  # the v2 id records refer to it by (runtime environments, connections, tasks)

    def summary(self) -> Json:
        return {"id": self.id, "name": self.name, "path": self.path, "type": self.type, "description": self.description}

    def reference(self) -> Json:
        """How a package records a dependency on this object (with the v2 id that records use)."""
        return {**self.summary(), "v2": self.v2}


def catalogue(data: Seed) -> dict[str, Item]:
    """Every exportable object of an org, by v3 (federated) id. Call it under the org's lock (Org.transact)."""
    items: dict[str, Item] = {}
    env_ids = {env_id: env["federatedId"] for env_id, env in data.runtime_environments.items()}
    for env in data.runtime_environments.values():
        fields = {k: v for k, v in env.items() if not k.startswith("_")}
        items[env["federatedId"]] = Item(env["federatedId"], env["name"], env["name"], RUNTIME, env.get("description"),
                                         {"runtimeEnvironment": copy.deepcopy(fields)}, v2=env["id"])  # fmt: skip
    connection_ids = {conn_id: conn["federatedId"] for conn_id, conn in data.connections.items()}
    for conn in data.connections.values():
        masked = {k: ("********" if k in _SECRETS and v else v) for k, v in conn.items()}
        on_env = [env_ids[conn["runtimeEnvironmentId"]]] if conn.get("runtimeEnvironmentId") in env_ids else []
        items[conn["federatedId"]] = Item(conn["federatedId"], conn["name"], conn["name"], CONNECTION,
                                          conn.get("description"), {"connection": copy.deepcopy(masked)}, on_env,
                                          conn["id"])  # fmt: skip
    by_path = {obj["path"].lower(): obj for obj in data.objects}
    mapping_tasks = {mt["federatedId"]: mt for mt in data.mapping_tasks.values()}
    taskflows = {tf["federatedId"]: tf for tf in data.taskflows.values()}
    tasks = {task.federated_id: task for task in data.tasks}
    task_ids = {task.id: task.federated_id for task in data.tasks}
    for obj in data.objects:
        name = obj["path"].rpartition("/")[2]
        record: Json = {"object": copy.deepcopy(obj)}
        uses: list[str] = []
        task = tasks.get(obj["id"])
        if task is not None:
            record["task"] = {"id": task.id, "name": task.name, "type": task.type,
                              "runtimeEnvironmentId": task.runtime_environment_id}  # fmt: skip
            if task.runtime_environment_id in env_ids:
                uses.append(env_ids[task.runtime_environment_id])
        if obj["id"] in mapping_tasks:
            detail = mapping_tasks[obj["id"]]
            record["mappingTask"] = copy.deepcopy(detail)
            folder = obj["path"].rpartition("/")[0]
            mapping = by_path.get(f"{folder}/m_{name.removeprefix('mt_')}".lower().lstrip("/"))
            if mapping is not None and mapping["type"] == "DTEMPLATE":
                uses.append(mapping["id"])
            for parameter in detail.get("parameters") or []:
                uses += [connection_ids[parameter[k]] for k in _CONNECTION_IDS if parameter.get(k) in connection_ids]
        if obj["id"] in taskflows:
            detail = taskflows[obj["id"]]
            record["taskflow"] = copy.deepcopy(detail)
            uses += [task_ids[step["taskId"]] for step in detail.get("tasks") or [] if step.get("taskId") in task_ids]
        items[obj["id"]] = Item(obj["id"], name, obj["path"], obj["type"], obj.get("description"), record,
                                list(dict.fromkeys(uses)), task.id if task else None)  # fmt: skip
    return items


def select(items: dict[str, Item], requests: Iterable[tuple[str, bool]]) -> dict[str, bool]:
    """The objects an export of `requests` ((id, includeDependencies) pairs) takes: a project or folder brings
    everything under it; dependencies come along (transitively) where asked. Maps id -> asked for (False: only a
    dependency)."""
    chosen: dict[str, bool] = {}
    for object_id, with_dependencies in requests:
        item = items[object_id]
        group = [item]
        if item.type in CONTAINERS:
            prefix = item.path.lower() + "/"
            group += [other for other in items.values() if other.type not in SYSTEM
                      and other.path.lower().startswith(prefix)]  # fmt: skip
        for member in group:
            chosen[member.id] = True
        if with_dependencies:
            pending = [use for member in group for use in member.uses]
            while pending:
                use = pending.pop()
                if use in items and use not in chosen:
                    chosen[use] = False
                    pending += items[use].uses
    return chosen


# ---- import ----


@dataclass
class Outcome:
    """What happened to one object of an import."""

    source: Json
    target: Json | None
    state: str
    message: str

    def render(self) -> Json:
        out: Json = {"sourceObject": ref(self.source)}
        if self.target is not None:
            out["targetObject"] = ref(self.target)
        out["status"] = {"state": self.state, "message": self.message}
        return out


@dataclass
class Plan:
    """A validated import specification."""

    default: str = REUSE
    include: list[str] | None = None
    conflicts: dict[str, str] = field(default_factory=dict)  # source id -> OVERWRITE/REUSE
    targets: dict[str, str] = field(default_factory=dict)  # source id -> target object id


def plan(body: object, objects: list[Json], data: Seed) -> tuple[str, Plan]:
    """Validate a start_import body against the package and the target org (400s as IICS would give them);
    returns the job name and the plan. Call it under the target org's lock."""
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.")
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "Field name is required.")
    spec = body.get("importSpecification")
    result = Plan()
    if spec is None:
        return name, result
    if not isinstance(spec, dict):
        raise ApiError(400, "Field importSpecification must be an object.")
    result.default = _resolution(spec.get("defaultConflictResolution", REUSE), "defaultConflictResolution")
    in_package = {obj["id"]: obj for obj in objects}
    include = spec.get("includeObjects")
    if include is not None:
        if not isinstance(include, list) or not all(isinstance(i, str) for i in include):
            raise ApiError(400, "Field includeObjects must be a list of object IDs.")
        unknown = [i for i in include if i not in in_package]
        if unknown:
            raise ApiError(400, f"includeObjects: objects not in the package: {', '.join(unknown)}.")
        result.include = list(dict.fromkeys(include))
    specs = spec.get("objectSpecification") or []
    if not isinstance(specs, list):
        raise ApiError(400, "Field objectSpecification must be a list.")
    for entry in specs:
        if not isinstance(entry, dict) or not isinstance(entry.get("sourceObjectId"), str):
            raise ApiError(400, "objectSpecification: sourceObjectId is required.")
        source_id = entry["sourceObjectId"]
        source = in_package.get(source_id)
        if source is None:
            raise ApiError(400, f"objectSpecification: object {source_id} is not in the package.")
        if source_id in result.conflicts or source_id in result.targets:
            raise ApiError(400, f"objectSpecification: object {source_id} is specified twice.")
        if "conflictResolution" in entry:
            result.conflicts[source_id] = _resolution(entry["conflictResolution"], "conflictResolution")
        target_id = entry.get("targetObjectId")
        if target_id is not None:
            if not isinstance(target_id, str) or _existing(data, source["type"], target_id) is None:
                raise ApiError(400, f"objectSpecification: targetObjectId {target_id!r} is not a {source['type']} "
                               "of this organization (the simulator substitutes runtime environments, connections, "
                               "projects and folders).")  # fmt: skip
            result.targets[source_id] = target_id
    return name, result


def _resolution(value: object, field_name: str) -> str:
    if value not in (OVERWRITE, REUSE):
        raise ApiError(400, f"Invalid value for field {field_name}: {value!r} (OVERWRITE or REUSE).")
    return str(value)


def _existing(data: Seed, kind: str, target_id: str) -> Json | None:
    """An object of the target org that can stand in for a package object of type `kind`, by v2 or v3 id."""
    if kind == RUNTIME:
        for env in data.runtime_environments.values():
            if target_id in (env["id"], env.get("federatedId")):
                return {"id": env["federatedId"], "v2": env["id"], "name": env["name"], "path": env["name"],
                        "type": RUNTIME, "description": env.get("description")}  # fmt: skip
    elif kind == CONNECTION:
        for conn in data.connections.values():
            if target_id in (conn["id"], conn.get("federatedId")):
                return {"id": conn["federatedId"], "v2": conn["id"], "name": conn["name"], "path": conn["name"],
                        "type": CONNECTION, "description": conn.get("description")}  # fmt: skip
    elif kind in CONTAINERS:
        for obj in data.objects:
            if obj["id"] == target_id and obj["type"] in CONTAINERS:
                return _asset_ref(obj)
    return None


def _asset_ref(obj: Json, v2: str | None = None) -> Json:
    return {"id": obj["id"], "v2": v2, "name": obj["path"].rpartition("/")[2], "path": obj["path"],
            "type": obj["type"], "description": obj.get("description")}  # fmt: skip


class Importer:
    """Imports a package's objects into one org's tables (run it under that org's lock: Org.transact)."""

    def __init__(
        self,
        data: Seed,
        ids: Ids,
        *,
        user: str,
        now: float,
        with_tags: bool,
        fails: Callable[[Json], str | None],
    ) -> None:
        self.data, self.ids, self.user, self.now = data, ids, user, now
        self.with_tags = with_tags
        self.fails = fails  # the simulator's fault knob: a message for objects that must fail
        self.resolved: dict[str, Json] = {}  # source id -> target ref (with "v2")
        self.failed: dict[str, str] = {}  # source id -> why
        self.moves: list[tuple[str, str]] = []  # (source container path + "/", target container path + "/")
        self.assets = {obj["path"].lower(): obj for obj in data.objects}
        self.tasks = {task.federated_id: task for task in data.tasks}

    def run(self, objects: list[Json], plan: Plan) -> list[Outcome]:
        in_package = {obj["id"]: obj for obj in objects}
        selected = self._selection(objects, plan, in_package)
        for source_id, target_id in plan.targets.items():  # substitutions first: they move paths and references
            source = in_package[source_id]
            target = _existing(self.data, source["type"], target_id)
            assert target is not None  # validated by plan()
            self.resolved[source_id] = target
            if source["type"] in CONTAINERS:
                self.moves.append((source["path"].lower() + "/", target["path"] + "/"))
        self.moves.sort(key=lambda move: len(move[0]), reverse=True)
        outcomes = []
        for obj in sorted((in_package[i] for i in selected), key=rank):
            if obj["id"] in plan.targets:
                target = self.resolved[obj["id"]]
                outcome = Outcome(obj, target, SKIPPED, f"Replaced by the existing {target['type']} {target['path']} "
                                  "(targetObjectId).")  # fmt: skip
            else:
                resolution = REUSE if selected[obj["id"]] else plan.conflicts.get(obj["id"], plan.default)
                outcome = self._one(obj, resolution)
            if outcome.state == FAILED:
                self.failed[obj["id"]] = outcome.message
            outcomes.append(outcome)
        return outcomes

    @staticmethod
    def _selection(objects: list[Json], plan: Plan, in_package: dict[str, Json]) -> dict[str, bool]:
        """id -> only a dependency (imported when missing in the target, else used as it is)."""
        if plan.include is None:
            return {obj["id"]: False for obj in objects}
        selected: dict[str, bool] = {}
        for object_id in plan.include:
            root = in_package[object_id]
            selected[object_id] = False
            if root["type"] in CONTAINERS:
                prefix = root["path"].lower() + "/"
                for obj in objects:
                    if obj["type"] not in SYSTEM and obj["path"].lower().startswith(prefix):
                        selected.setdefault(obj["id"], False)
        pending = [use["id"] for object_id in list(selected) for use in in_package[object_id].get("dependencies", [])]
        while pending:
            use = pending.pop()
            if use in in_package and use not in selected:
                selected[use] = True
                pending += [dep["id"] for dep in in_package[use].get("dependencies", [])]
        return selected

    def target_path(self, path: str) -> str:
        lowered = path.lower() + "/"
        for source, target in self.moves:
            if lowered.startswith(source):
                return target + path[len(source) :]
        return path

    # ---- one object ----

    def _one(self, obj: Json, resolution: str) -> Outcome:
        why = self.fails(obj)
        if why is not None:
            return Outcome(obj, None, FAILED, why)
        for dependency in obj.get("dependencies", []):
            problem = self._resolve(dependency)
            if problem is not None:
                return Outcome(obj, None, FAILED, problem)
        kind = obj["type"]
        if kind == RUNTIME:
            return self._runtime_environment(obj)
        if kind == CONNECTION:
            return self._connection(obj, resolution)
        return self._asset(obj, resolution)

    def _resolve(self, dependency: Json) -> str | None:
        """None when the dependency has a target (imported, substituted or already there), else why not."""
        source_id, kind = dependency["id"], dependency["type"]
        if source_id in self.resolved:
            return None
        if source_id in self.failed:
            return f"The dependent object {dependency['path']} ({kind}) failed to import."
        found: Json | None = None
        if kind == RUNTIME:
            env = self._env_by_name(dependency["name"])
            found = None if env is None else _existing(self.data, RUNTIME, env["id"])
        elif kind == CONNECTION:
            conn = self._connection_by_name(dependency["name"])
            found = None if conn is None else _existing(self.data, CONNECTION, conn["id"])
        else:
            asset = self.assets.get(self.target_path(dependency["path"]).lower())
            if asset is not None and asset["type"] == kind:
                task = self.tasks.get(asset["id"])
                found = _asset_ref(asset, task.id if task else None)
        if found is None:
            return (f"The dependent object {dependency['path']} ({kind}) is neither in the package nor in this "
                    "organization.")  # fmt: skip
        self.resolved[source_id] = found
        return None

    def _runtime_environment(self, obj: Json) -> Outcome:
        env = self._env_by_name(obj["name"])
        if env is not None:
            target = _existing(self.data, RUNTIME, env["id"])
            self.resolved[obj["id"]] = target or {}
            return Outcome(obj, target, SKIPPED, "A runtime environment with this name exists and is used "
                           "(runtime environments are not overwritten).")  # fmt: skip
        source = obj["record"]["runtimeEnvironment"]
        env_id, federated = self.ids.v2(RUNTIME_ENVIRONMENT), self.ids.federated()
        self.data.runtime_environments[env_id] = {
            **source, "id": env_id, "orgId": self.data.org_id, "federatedId": federated, "isShared": False,
            **stamps(self.now, "createTime", "updateTime"), "createTimeUTC": v2_utc(self.now),
            "updateTimeUTC": v2_utc(self.now), "createdBy": self.user, "updatedBy": self.user, "_agentIds": [],
        }  # fmt: skip
        target = _existing(self.data, RUNTIME, env_id)
        self.resolved[obj["id"]] = target or {}
        return Outcome(obj, target, SUCCESSFUL, "Created, without Secure Agents: add agents to it in this org.")

    def _connection(self, obj: Json, resolution: str) -> Outcome:
        source = obj["record"]["connection"]
        fields = {k: v for k, v in source.items() if k not in ("id", "orgId", "federatedId", "createTime", "createdBy")}
        fields["runtimeEnvironmentId"] = self._translate(obj, source.get("runtimeEnvironmentId"))
        fields["agentId"] = None
        fields.update(stamps(self.now, "updateTime"), updatedBy=self.user)
        existing = self._connection_by_name(obj["name"])
        if existing is not None:
            target = _existing(self.data, CONNECTION, existing["id"])
            self.resolved[obj["id"]] = target or {}
            if resolution == REUSE:
                return Outcome(obj, target, SKIPPED, "A connection with this name exists; it was reused, not imported.")
            secrets = {key: existing.get(key) for key in _SECRETS}  # the package has none: keep this org's
            existing.update({**fields, **secrets})
            return Outcome(obj, target, SUCCESSFUL, "Overwrote the existing connection (its password was kept).")
        conn_id, federated = self.ids.v2(CONNECTION_PREFIX), self.ids.federated()
        self.data.connections[conn_id] = {
            **fields, "@type": "connection", "id": conn_id, "orgId": self.data.org_id, "federatedId": federated,
            **stamps(self.now, "createTime"), "createdBy": self.user, **dict.fromkeys(_SECRETS),
        }  # fmt: skip
        target = _existing(self.data, CONNECTION, conn_id)
        self.resolved[obj["id"]] = target or {}
        return Outcome(obj, target, SUCCESSFUL, "Created. The package has no passwords: set them in this org.")

    def _asset(self, obj: Json, resolution: str) -> Outcome:
        path = self.target_path(obj["path"])
        existing = self.assets.get(path.lower())
        if existing is not None and existing["type"] != obj["type"]:
            return Outcome(obj, None, FAILED, f"A {existing['type']} named {path.rpartition('/')[2]} exists at "
                           f"{path}.")  # fmt: skip
        if existing is not None:
            task = self.tasks.get(existing["id"])
            target = _asset_ref(existing, task.id if task else None)
            if resolution == REUSE:
                self.resolved[obj["id"]] = target
                return Outcome(obj, target, SKIPPED, "An object with this path exists; it was reused, not imported.")
            self._write(obj, existing, path)
            self.resolved[obj["id"]] = self._ref_of(existing)
            return Outcome(obj, self.resolved[obj["id"]], SUCCESSFUL, "Overwrote the existing object.")
        self._containers(path.rpartition("/")[0])
        created = self._write(obj, None, path)
        self.resolved[obj["id"]] = self._ref_of(created)
        return Outcome(obj, self.resolved[obj["id"]], SUCCESSFUL, "Created.")

    def _ref_of(self, asset: Json) -> Json:
        task = self.tasks.get(asset["id"])
        return _asset_ref(asset, task.id if task else None)

    def _containers(self, path: str) -> None:
        """Create the missing projects and folders of `path`."""
        parts = [part for part in path.split("/") if part]
        for depth in range(1, len(parts) + 1):
            prefix = "/".join(parts[:depth])
            if prefix.lower() not in self.assets:
                kind = "PROJECT" if depth == 1 else "FOLDER"
                self._add_asset({"id": self.ids.federated(), "path": prefix, "type": kind, "description": "",
                                 "tags": []})  # fmt: skip

    def _add_asset(self, fields: Json) -> Json:
        source_control = {"checkedOutBy": None, "sourceControlled": False}
        asset = {**fields, "updatedBy": self.user, "updateTime": v3_utc(self.now), "sourceControl": source_control,
                 "customAttributes": {}}  # fmt: skip
        self.data.objects.append(asset)
        self.assets[asset["path"].lower()] = asset
        return asset

    def _write(self, obj: Json, existing: Json | None, path: str) -> Json:
        """Create the asset (existing None) or overwrite it in place (keeping its ids); its task and detail too."""
        record = obj["record"]
        source = record["object"]
        tags = list(source.get("tags") or []) if self.with_tags else None
        if existing is None:
            if obj["type"] not in CONTAINERS:
                self._containers(path.rpartition("/")[0])
            asset = self._add_asset({"id": self.ids.federated(), "path": path, "type": obj["type"],
                                     "description": source.get("description"), "tags": tags or []})  # fmt: skip
        else:
            asset = existing
            asset.update(description=source.get("description"), updatedBy=self.user, updateTime=v3_utc(self.now))
            if tags is not None:
                asset["tags"] = tags
        if "task" in record:
            self._task(obj, asset)
        return asset

    def _task(self, obj: Json, asset: Json) -> None:
        """The startable side of a task asset: its Task, and its mapping-task or taskflow record."""
        record, source_task = obj["record"], obj["record"]["task"]
        env_id = self._translate(obj, source_task.get("runtimeEnvironmentId"))
        old = self.tasks.get(asset["id"])
        prefix = {"MTT": MAPPING_TASK, "WORKFLOW": TASKFLOW}.get(obj["type"], OTHER_TASK)
        task = Task(old.id if old else self.ids.v2(prefix), asset["id"], asset["path"].rpartition("/")[2],
                    obj["type"], env_id, None)  # fmt: skip
        if old is not None:
            self.data.tasks[self.data.tasks.index(old)] = task
        else:
            self.data.tasks.append(task)
        self.tasks[asset["id"]] = task
        common = {"id": task.id, "orgId": self.data.org_id, "name": task.name, "federatedId": asset["id"],
                  "description": asset.get("description"), "runtimeEnvironmentId": env_id, "agentId": None,
                  "scheduleId": None, **stamps(self.now, "updateTime"), "updatedBy": self.user}  # fmt: skip
        if old is None:
            common.update(stamps(self.now, "createTime"), createdBy=self.user)
        if "mappingTask" in record:
            detail = {**copy.deepcopy(record["mappingTask"]), **common}
            # the simulator's mapping assets have no v2 id: keep the target's mappingId, or allocate one
            detail["mappingId"] = self.data.mapping_tasks.get(task.id, {}).get("mappingId") or self.ids.v2(MAPPING)
            for parameter in detail.get("parameters") or []:
                for key in _CONNECTION_IDS:
                    if parameter.get(key) is not None:
                        parameter[key] = self._translate(obj, parameter[key])
            self.data.mapping_tasks[task.id] = _merged(self.data.mapping_tasks.get(task.id), detail)
        if "taskflow" in record:
            detail = {**copy.deepcopy(record["taskflow"]), **common}
            for step in detail.get("tasks") or []:
                step["taskId"] = self._translate(obj, step.get("taskId"))
            self.data.taskflows[task.id] = _merged(self.data.taskflows.get(task.id), detail)

    # ---- references: a v2 id in a source record -> the v2 id of the dependency's target ----

    def _translate(self, obj: Json, source_v2: Any) -> str | None:
        """Runtime environment, connection and task ids: v2 ids have a prefix per kind, so one lookup serves all."""
        for dependency in obj.get("dependencies", []):
            if source_v2 is not None and dependency.get("v2") == source_v2:
                target = self.resolved.get(dependency["id"])
                return target.get("v2") if target else None
        return None

    def _env_by_name(self, name: str) -> Json | None:
        return next((e for e in self.data.runtime_environments.values() if e["name"].lower() == name.lower()), None)

    def _connection_by_name(self, name: str) -> Json | None:
        return next((c for c in self.data.connections.values() if c["name"].lower() == name.lower()), None)


def _merged(existing: Json | None, detail: Json) -> Json:
    """An overwritten record: the package's content, this org's creation stamps."""
    if existing is None:
        return detail
    return {**existing, **detail, **{key: existing[key] for key in ("createTime", "createdBy") if key in existing}}
