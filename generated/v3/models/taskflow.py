# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.taskflow_task import TaskflowTask


T = TypeVar("T", bound="Taskflow")
_new = object.__new__


class Taskflow(JsonModel):
    """A linear taskflow (v2 `workflow` object). Timestamps are v2-style: US Eastern local time although they end in Z, so
    they are plain strings.

        Attributes:
            id (str): The v2 ID.
            name (str):
            type_ (str | Unset): Always "workflow".
            org_id (str | Unset):
            description (None | str | Unset):
            federated_id (None | str | Unset): The v3 (federated) ID; use it as `taskFederatedId` when starting a job.
            create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            agent_id (None | str | Unset):
            runtime_environment_id (None | str | Unset):
            schedule_id (None | str | Unset):
            max_logs (int | Unset):
            tasks (list[TaskflowTask] | Unset):
    """

    __slots__ = (
        "id",
        "name",
    )
    id: str
    name: str

    def __init__(
        self,
        id: str,
        name: str,
        type_: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        federated_id: None | str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        runtime_environment_id: None | str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        max_logs: int | Unset = UNSET,
        tasks: list[TaskflowTask] | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("Taskflow", "id", id, "a string")
        self.id = id
        if not scalar_ok(name, (str,)):
            raise invalid("Taskflow", "name", name, "a string")
        self.name = name
        self.type_ = type_
        self.org_id = org_id
        self.description = description
        self.federated_id = federated_id
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.agent_id = agent_id
        self.runtime_environment_id = runtime_environment_id
        self.schedule_id = schedule_id
        self.max_logs = max_logs
        self.tasks = tasks

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("Taskflow", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "Taskflow"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("Taskflow", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("Taskflow", "id", id, "a string")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("Taskflow", "name", name, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model.name = name

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("Taskflow", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("Taskflow", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("Taskflow", "id", id, "a string")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("Taskflow", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.name = name

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "workflow"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Taskflow", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Taskflow", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Taskflow", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Taskflow", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def federated_id(self) -> None | str | Unset:
        """The v3 (federated) ID; use it as `taskFederatedId` when starting a job."""
        v = self._d.get("federatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "federatedId", v, "a string or null")

    @federated_id.setter
    def federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "federatedId", value, "a string or null")
        self._set("federatedId", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Taskflow", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Taskflow", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Taskflow", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Taskflow", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def agent_id(self) -> None | str | Unset:
        v = self._d.get("agentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "agentId", v, "a string or null")

    @agent_id.setter
    def agent_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "agentId", value, "a string or null")
        self._set("agentId", value, None)

    @property
    def runtime_environment_id(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvironmentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "runtimeEnvironmentId", v, "a string or null")

    @runtime_environment_id.setter
    def runtime_environment_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "runtimeEnvironmentId", value, "a string or null")
        self._set("runtimeEnvironmentId", value, None)

    @property
    def schedule_id(self) -> None | str | Unset:
        v = self._d.get("scheduleId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Taskflow", "scheduleId", v, "a string or null")

    @schedule_id.setter
    def schedule_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Taskflow", "scheduleId", value, "a string or null")
        self._set("scheduleId", value, None)

    @property
    def max_logs(self) -> int | Unset:
        v = self._d.get("maxLogs", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("Taskflow", "maxLogs", v, "an integer")

    @max_logs.setter
    def max_logs(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("Taskflow", "maxLogs", value, "an integer")
        self._set("maxLogs", value, None)

    @property
    def tasks(self) -> list[TaskflowTask] | Unset:
        c = self._c
        if c is not None and "tasks" in c:
            return cast("list[TaskflowTask] | Unset", c["tasks"])
        v = self._d.get("tasks", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[TaskflowTask] | Unset", self._cached("tasks", _convert_tasks(v)))

    @tasks.setter
    def tasks(self, value: list[TaskflowTask] | Unset) -> None:
        self._set("tasks", value, _convert_tasks)


def _convert_tasks(v: Any) -> Any:
    if v.__class__ is list:
        return TaskflowTask._from_json_list(v)
    raise invalid("Taskflow", "tasks", v, "an array (items: an object)")


def _json_tasks_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowTask._from_json(v)._json(depth)
    raise invalid("Taskflow", "tasks", v, "an object")


def _json_tasks(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_tasks_item(x, depth + 1) for x in v]
    raise invalid("Taskflow", "tasks", v, "an array (items: an object)")


Taskflow._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("type_", "@type"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("federated_id", "federatedId"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("agent_id", "agentId"),
    ("runtime_environment_id", "runtimeEnvironmentId"),
    ("schedule_id", "scheduleId"),
    ("max_logs", "maxLogs"),
    ("tasks", "tasks"),
)
Taskflow._SLOTTED = (
    ("id", "id", (str,)),
    ("name", "name", (str,)),
)
Taskflow._CHECKS = {
    "id": False,
    "name": False,
    "@type": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "federatedId": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "agentId": (str, NoneType),
    "runtimeEnvironmentId": (str, NoneType),
    "scheduleId": (str, NoneType),
    "maxLogs": (int,),
    "tasks": _json_tasks,
}
Taskflow._MUTABLE = frozenset(
    {
        "tasks",
    }
)
Taskflow._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_task import TaskflowTask  # noqa: E402
