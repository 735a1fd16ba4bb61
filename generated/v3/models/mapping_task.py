# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.mapping_task_parameters_item import MappingTaskParametersItem
    from ..models.mapping_task_session_properties_type_0 import (
        MappingTaskSessionPropertiesType0,
    )


T = TypeVar("T", bound="MappingTask")
_new = object.__new__


class MappingTask(JsonModel):
    """A mapping task (v2 `mtTask` object). Timestamps are v2-style: US Eastern local time although they end in Z, so they
    are plain strings.

        Attributes:
            id (str): The v2 task ID.
            name (str):
            type_ (str | Unset): Always "mtTask".
            org_id (str | Unset):
            description (None | str | Unset):
            short_description (None | str | Unset):
            create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            federated_id (None | str | Unset): The v3 (federated) ID; use it as `taskFederatedId` when starting a job.
            mapping_id (None | str | Unset):
            runtime_environment_id (None | str | Unset):
            agent_id (None | str | Unset):
            schedule_id (None | str | Unset):
            max_logs (int | Unset):
            verbose (bool | Unset):
            last_run_time (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            parameter_file_name (None | str | Unset):
            session_properties (MappingTaskSessionPropertiesType0 | None | Unset): Session property overrides (string-to-
                string map).
            parameters (list[MappingTaskParametersItem] | Unset): Task parameters (sources, targets, in-out parameters).
                Shapes vary; a parameter `id` can be the integer -1.
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
        short_description: None | str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        federated_id: None | str | Unset = UNSET,
        mapping_id: None | str | Unset = UNSET,
        runtime_environment_id: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        max_logs: int | Unset = UNSET,
        verbose: bool | Unset = UNSET,
        last_run_time: None | str | Unset = UNSET,
        parameter_file_name: None | str | Unset = UNSET,
        session_properties: MappingTaskSessionPropertiesType0 | None | Unset = UNSET,
        parameters: list[MappingTaskParametersItem] | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("MappingTask", "id", id, "a string")
        self.id = id
        if not scalar_ok(name, (str,)):
            raise invalid("MappingTask", "name", name, "a string")
        self.name = name
        self.type_ = type_
        self.org_id = org_id
        self.description = description
        self.short_description = short_description
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.federated_id = federated_id
        self.mapping_id = mapping_id
        self.runtime_environment_id = runtime_environment_id
        self.agent_id = agent_id
        self.schedule_id = schedule_id
        self.max_logs = max_logs
        self.verbose = verbose
        self.last_run_time = last_run_time
        self.parameter_file_name = parameter_file_name
        self.session_properties = session_properties
        self.parameters = parameters

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("MappingTask", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "MappingTask"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("MappingTask", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("MappingTask", "id", id, "a string")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("MappingTask", "name", name, "a string")

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
            raise invalid("MappingTask", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("MappingTask", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("MappingTask", "id", id, "a string")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("MappingTask", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.name = name

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "mtTask"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MappingTask", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MappingTask", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MappingTask", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MappingTask", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def short_description(self) -> None | str | Unset:
        v = self._d.get("shortDescription", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "shortDescription", v, "a string or null")

    @short_description.setter
    def short_description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "shortDescription", value, "a string or null")
        self._set("shortDescription", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MappingTask", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MappingTask", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MappingTask", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MappingTask", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def federated_id(self) -> None | str | Unset:
        """The v3 (federated) ID; use it as `taskFederatedId` when starting a job."""
        v = self._d.get("federatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "federatedId", v, "a string or null")

    @federated_id.setter
    def federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "federatedId", value, "a string or null")
        self._set("federatedId", value, None)

    @property
    def mapping_id(self) -> None | str | Unset:
        v = self._d.get("mappingId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "mappingId", v, "a string or null")

    @mapping_id.setter
    def mapping_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "mappingId", value, "a string or null")
        self._set("mappingId", value, None)

    @property
    def runtime_environment_id(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvironmentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "runtimeEnvironmentId", v, "a string or null")

    @runtime_environment_id.setter
    def runtime_environment_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "runtimeEnvironmentId", value, "a string or null")
        self._set("runtimeEnvironmentId", value, None)

    @property
    def agent_id(self) -> None | str | Unset:
        v = self._d.get("agentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "agentId", v, "a string or null")

    @agent_id.setter
    def agent_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "agentId", value, "a string or null")
        self._set("agentId", value, None)

    @property
    def schedule_id(self) -> None | str | Unset:
        v = self._d.get("scheduleId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "scheduleId", v, "a string or null")

    @schedule_id.setter
    def schedule_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "scheduleId", value, "a string or null")
        self._set("scheduleId", value, None)

    @property
    def max_logs(self) -> int | Unset:
        v = self._d.get("maxLogs", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("MappingTask", "maxLogs", v, "an integer")

    @max_logs.setter
    def max_logs(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("MappingTask", "maxLogs", value, "an integer")
        self._set("maxLogs", value, None)

    @property
    def verbose(self) -> bool | Unset:
        v = self._d.get("verbose", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("MappingTask", "verbose", v, "a boolean")

    @verbose.setter
    def verbose(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("MappingTask", "verbose", value, "a boolean")
        self._set("verbose", value, None)

    @property
    def last_run_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("lastRunTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "lastRunTime", v, "a string or null")

    @last_run_time.setter
    def last_run_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "lastRunTime", value, "a string or null")
        self._set("lastRunTime", value, None)

    @property
    def parameter_file_name(self) -> None | str | Unset:
        v = self._d.get("parameterFileName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MappingTask", "parameterFileName", v, "a string or null")

    @parameter_file_name.setter
    def parameter_file_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MappingTask", "parameterFileName", value, "a string or null")
        self._set("parameterFileName", value, None)

    @property
    def session_properties(self) -> MappingTaskSessionPropertiesType0 | None | Unset:
        """Session property overrides (string-to-string map)."""
        c = self._c
        if c is not None and "sessionProperties" in c:
            return cast("MappingTaskSessionPropertiesType0 | None | Unset", c["sessionProperties"])
        v = self._d.get("sessionProperties", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "MappingTaskSessionPropertiesType0 | None | Unset",
            self._cached("sessionProperties", _convert_session_properties(v)),
        )

    @session_properties.setter
    def session_properties(self, value: MappingTaskSessionPropertiesType0 | None | Unset) -> None:
        self._set("sessionProperties", value, _convert_session_properties)

    @property
    def parameters(self) -> list[MappingTaskParametersItem] | Unset:
        """Task parameters (sources, targets, in-out parameters). Shapes vary; a parameter `id` can be the integer -1."""
        c = self._c
        if c is not None and "parameters" in c:
            return cast("list[MappingTaskParametersItem] | Unset", c["parameters"])
        v = self._d.get("parameters", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[MappingTaskParametersItem] | Unset", self._cached("parameters", _convert_parameters(v)))

    @parameters.setter
    def parameters(self, value: list[MappingTaskParametersItem] | Unset) -> None:
        self._set("parameters", value, _convert_parameters)


def _convert_session_properties_1(v: Any) -> Any:
    if v.__class__ is dict:
        return MappingTaskSessionPropertiesType0._from_json(v)
    raise invalid("MappingTask", "sessionProperties", v, "an object")


def _convert_session_properties(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_session_properties_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("MappingTask", "sessionProperties", v, "an object or null")


def _json_session_properties_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MappingTaskSessionPropertiesType0._from_json(v)._json(depth)
    raise invalid("MappingTask", "sessionProperties", v, "an object")


def _json_session_properties(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_session_properties_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("MappingTask", "sessionProperties", v, "an object or null")


def _convert_parameters(v: Any) -> Any:
    if v.__class__ is list:
        return MappingTaskParametersItem._from_json_list(v)
    raise invalid("MappingTask", "parameters", v, "an array (items: an object)")


def _json_parameters_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MappingTaskParametersItem._from_json(v)._json(depth)
    raise invalid("MappingTask", "parameters", v, "an object")


def _json_parameters(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_parameters_item(x, depth + 1) for x in v]
    raise invalid("MappingTask", "parameters", v, "an array (items: an object)")


MappingTask._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("type_", "@type"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("short_description", "shortDescription"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("federated_id", "federatedId"),
    ("mapping_id", "mappingId"),
    ("runtime_environment_id", "runtimeEnvironmentId"),
    ("agent_id", "agentId"),
    ("schedule_id", "scheduleId"),
    ("max_logs", "maxLogs"),
    ("verbose", "verbose"),
    ("last_run_time", "lastRunTime"),
    ("parameter_file_name", "parameterFileName"),
    ("session_properties", "sessionProperties"),
    ("parameters", "parameters"),
)
MappingTask._SLOTTED = (
    ("id", "id", (str,)),
    ("name", "name", (str,)),
)
MappingTask._CHECKS = {
    "id": False,
    "name": False,
    "@type": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "shortDescription": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "federatedId": (str, NoneType),
    "mappingId": (str, NoneType),
    "runtimeEnvironmentId": (str, NoneType),
    "agentId": (str, NoneType),
    "scheduleId": (str, NoneType),
    "maxLogs": (int,),
    "verbose": (bool,),
    "lastRunTime": (str, NoneType),
    "parameterFileName": (str, NoneType),
    "sessionProperties": _json_session_properties,
    "parameters": _json_parameters,
}
MappingTask._MUTABLE = frozenset(
    {
        "sessionProperties",
        "parameters",
    }
)
MappingTask._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.mapping_task_parameters_item import MappingTaskParametersItem  # noqa: E402
from ..models.mapping_task_session_properties_type_0 import (
    MappingTaskSessionPropertiesType0,  # noqa: E402
)
