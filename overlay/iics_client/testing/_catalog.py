"""Finding things: by-name reads (agents, runtime environments, schedules, mapping tasks, linear taskflows), the
task list by type, v3 lookup by path or id, and object references (what an asset uses and what uses it).

Names match case-insensitively, as connection names do. Lookup answers 404 naming the first object it cannot find
(IICS's answer for a missing object is unconfirmed).
"""

from __future__ import annotations

from collections.abc import Callable

from ._data import ADMIN, Json
from ._errors import ApiError
from ._handlers import Backend, Call, Reply, handles
from ._state import Org

TASK_LIST_TYPES = ("MTT", "DSS", "DRS", "DMASK", "PCS")
REFERENCES_MAX = 50  # documented default and maximum page of object references
_LOOKUP_FIELDS = ("id", "path", "type", "description", "updatedBy", "updateTime")
_TASK_FIELDS = ("id", "orgId", "name", "description", "createTime", "updateTime", "createdBy", "updatedBy")


# ---- by name ----


def _by_name(operation: str, what: str, listing: Callable[[Org], list[Json]], read: Callable[[Org, str], Json]) -> None:
    def handler(backend: Backend, call: Call) -> Reply:
        name = call.params["name"]
        found = next((item for item in listing(backend.org) if item["name"].lower() == name.lower()), None)
        if found is None:
            raise ApiError(404, f"{what} with name {name} not found.")
        return Reply(body=read(backend.org, found["id"]))

    handles(operation)(handler)


_by_name("get_agent_by_name", "Secure Agent", Org.list_agents, Org.get_agent)
_by_name("get_runtime_environment_by_name", "Runtime environment", Org.list_runtime_environments,
         Org.get_runtime_environment)  # fmt: skip
_by_name("get_schedule_by_name", "Schedule", Org.list_schedules, Org.get_schedule)
_by_name("get_mapping_task_by_name", "Mapping task", Org.list_mapping_tasks, Org.get_mapping_task)
_by_name("get_taskflow_by_name", "Taskflow", Org.list_taskflows, Org.get_taskflow)


# ---- task list ----


@handles("list_tasks")
def list_tasks(backend: Backend, call: Call) -> Reply:
    kind = (call.text("type") or "").upper()
    if kind not in TASK_LIST_TYPES:
        choices = ", ".join(TASK_LIST_TYPES)
        raise ApiError(400, f"Invalid value for parameter type: {call.text('type')!r} (one of {choices}).")
    org = backend.org
    if kind == "MTT":
        return Reply(body=[{key: task.get(key) for key in _TASK_FIELDS} for task in org.list_mapping_tasks()])
    assets = {obj["id"]: obj for obj in org.find_objects(lambda obj: obj["type"] == kind)}
    return Reply(body=[
        {"id": task.id, "orgId": org.org_id, "name": task.name,
         "description": assets.get(task.federated_id, {}).get("description", ""), "createdBy": ADMIN,
         "updatedBy": ADMIN}
        for task in org.tasks() if task.type == kind
    ])  # fmt: skip


# ---- lookup by path and type, or by id ----


@handles("lookup_objects")
def lookup_objects(backend: Backend, call: Call) -> Reply:
    body = call.json()
    wanted = body.get("objects") if isinstance(body, dict) else None
    if not isinstance(wanted, list) or not wanted:
        raise ApiError(400, 'The request body must be {"objects": [{"id": ...} or {"path": ..., "type": ...}, ...]}.')
    objects = backend.org.find_objects(lambda _: True)
    by_id = {obj["id"]: obj for obj in objects}
    by_path = {(obj["path"].lower(), obj["type"].upper()): obj for obj in objects}
    found = []
    for item in wanted:
        if not isinstance(item, dict):
            raise ApiError(400, "Each object to look up must be a JSON object.")
        object_id, path, kind = item.get("id"), item.get("path"), item.get("type")
        if isinstance(object_id, str) and object_id:
            obj = by_id.get(object_id)
            what = f"id {object_id}"
        elif isinstance(path, str) and path and isinstance(kind, str) and kind:
            obj = by_path.get((path.strip("/").lower(), kind.upper()))
            what = f"path {path} and type {kind}"
        else:
            raise ApiError(400, "Each object to look up needs an id, or a path and a type.")
        if obj is None:
            raise ApiError(404, f"Object with {what} not found.")
        found.append({key: obj.get(key) for key in _LOOKUP_FIELDS})
    return Reply(body={"objects": found})


# ---- object references (dependencies) ----


def _dependencies(backend: Backend) -> tuple[dict[str, Json], dict[str, list[str]], dict[str, str | None]]:
    """(assets by federated id, federated id -> the ids it uses, federated id -> its v2 id "appContextId")."""
    org = backend.org
    objects = {obj["id"]: obj for obj in org.find_objects(lambda _: True)}
    by_path = {(obj["path"], obj["type"]): obj["id"] for obj in objects.values()}
    uses: dict[str, list[str]] = {}
    app_ids: dict[str, str | None] = {}
    for task in org.tasks():
        app_ids[task.federated_id] = task.id
    for mapping_task in org.list_mapping_tasks():  # a mapping task uses its mapping
        asset = objects.get(mapping_task["federatedId"])
        if asset is None:
            continue
        folder, _, name = asset["path"].rpartition("/")
        mapping_path = f"{folder}/m_{name.removeprefix('mt_')}" if folder else f"m_{name.removeprefix('mt_')}"
        mapping = by_path.get((mapping_path, "DTEMPLATE"))
        if mapping is not None:
            uses.setdefault(asset["id"], []).append(mapping)
            app_ids[mapping] = mapping_task.get("mappingId")
    for flow in org.list_taskflows():  # a linear taskflow uses its tasks
        steps = [org.find_task(step["taskId"]) for step in flow.get("tasks") or []]
        uses[flow["federatedId"]] = [task.federated_id for task in steps if task is not None]
    for published in backend.taskflows.published():  # an advanced taskflow uses the tasks it runs
        asset_id = by_path.get((f"{published.location}/{published.name}", "TASKFLOW"))
        if asset_id is not None:
            uses[asset_id] = [step.task.federated_id for step in published.steps]
    return objects, uses, app_ids


@handles("get_object_references")
def get_object_references(backend: Backend, call: Call) -> Reply:
    direction = (call.text("refType") or "").lower()
    if direction not in ("uses", "usedby"):
        raise ApiError(400, f"Invalid value for parameter refType: {call.text('refType')!r} (uses or usedBy).")
    limit = call.integer("limit", default=REFERENCES_MAX, minimum=1, maximum=REFERENCES_MAX) or REFERENCES_MAX
    skip = call.integer("skip", default=0) or 0
    objects, uses, app_ids = _dependencies(backend)
    object_id = call.params["objectId"]
    if object_id not in objects:
        raise ApiError(404, f"Object with id {object_id} not found.")
    if direction == "uses":
        related = uses.get(object_id, [])
    else:
        related = [user for user, used in uses.items() if object_id in used]
    references = [
        {"id": ref, "appContextId": app_ids.get(ref), "path": objects[ref]["path"],
         "documentType": objects[ref]["type"], "description": objects[ref].get("description"),
         "lastUpdatedTime": objects[ref]["updateTime"]}
        for ref in related if ref in objects
    ]  # fmt: skip
    return Reply(body={"id": object_id, "count": len(references), "references": references[skip : skip + limit]})
