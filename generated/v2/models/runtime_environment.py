# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.runtime_environment_serverless_config_type_0 import (
        RuntimeEnvironmentServerlessConfigType0,
    )


T = TypeVar("T", bound="RuntimeEnvironment")
_new = object.__new__


class RuntimeEnvironment(JsonModel):
    """A runtime environment (Secure Agent group).

    Attributes:
        id (str):
        name (str):
        type_ (str | Unset): Always "runtimeEnvironment".
        org_id (str | Unset):
        description (None | str | Unset):
        create_time (str | Unset): US Eastern local time although it ends in Z; see the createTimeUTC sibling.
        update_time (str | Unset): US Eastern local time although it ends in Z; see the updateTimeUTC sibling.
        create_time_utc (datetime.datetime | Unset):
        update_time_utc (datetime.datetime | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
        agents (list[Agent] | Unset):
        is_shared (bool | Unset):
        federated_id (None | str | Unset):
        serverless_config (None | RuntimeEnvironmentServerlessConfigType0 | Unset):
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
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        create_time_utc: datetime.datetime | Unset = UNSET,
        update_time_utc: datetime.datetime | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        agents: list[Agent] | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        federated_id: None | str | Unset = UNSET,
        serverless_config: None | RuntimeEnvironmentServerlessConfigType0 | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("RuntimeEnvironment", "id", id, "a string")
        self.id = id
        if not scalar_ok(name, (str,)):
            raise invalid("RuntimeEnvironment", "name", name, "a string")
        self.name = name
        self.type_ = type_
        self.org_id = org_id
        self.description = description
        self.create_time = create_time
        self.update_time = update_time
        self.create_time_utc = create_time_utc
        self.update_time_utc = update_time_utc
        self.created_by = created_by
        self.updated_by = updated_by
        self.agents = agents
        self.is_shared = is_shared
        self.federated_id = federated_id
        self.serverless_config = serverless_config

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("RuntimeEnvironment", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "RuntimeEnvironment"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("RuntimeEnvironment", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("RuntimeEnvironment", "id", id, "a string")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("RuntimeEnvironment", "name", name, "a string")

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
            raise invalid("RuntimeEnvironment", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("RuntimeEnvironment", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("RuntimeEnvironment", "id", id, "a string")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("RuntimeEnvironment", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.name = name

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "runtimeEnvironment"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("RuntimeEnvironment", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("RuntimeEnvironment", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("RuntimeEnvironment", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the createTimeUTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("RuntimeEnvironment", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the updateTimeUTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("RuntimeEnvironment", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def create_time_utc(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "createTimeUTC" in c:
            return cast("datetime.datetime | Unset", c["createTimeUTC"])
        v = self._d.get("createTimeUTC", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("createTimeUTC", _convert_create_time_utc(v)))

    @create_time_utc.setter
    def create_time_utc(self, value: datetime.datetime | Unset) -> None:
        self._set("createTimeUTC", value, _convert_create_time_utc)

    @property
    def update_time_utc(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "updateTimeUTC" in c:
            return cast("datetime.datetime | Unset", c["updateTimeUTC"])
        v = self._d.get("updateTimeUTC", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("updateTimeUTC", _convert_update_time_utc(v)))

    @update_time_utc.setter
    def update_time_utc(self, value: datetime.datetime | Unset) -> None:
        self._set("updateTimeUTC", value, _convert_update_time_utc)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("RuntimeEnvironment", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("RuntimeEnvironment", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def agents(self) -> list[Agent] | Unset:
        c = self._c
        if c is not None and "agents" in c:
            return cast("list[Agent] | Unset", c["agents"])
        v = self._d.get("agents", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[Agent] | Unset", self._cached("agents", _convert_agents(v)))

    @agents.setter
    def agents(self, value: list[Agent] | Unset) -> None:
        self._set("agents", value, _convert_agents)

    @property
    def is_shared(self) -> bool | Unset:
        v = self._d.get("isShared", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("RuntimeEnvironment", "isShared", v, "a boolean")

    @is_shared.setter
    def is_shared(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "isShared", value, "a boolean")
        self._set("isShared", value, None)

    @property
    def federated_id(self) -> None | str | Unset:
        v = self._d.get("federatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("RuntimeEnvironment", "federatedId", v, "a string or null")

    @federated_id.setter
    def federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("RuntimeEnvironment", "federatedId", value, "a string or null")
        self._set("federatedId", value, None)

    @property
    def serverless_config(self) -> None | RuntimeEnvironmentServerlessConfigType0 | Unset:
        c = self._c
        if c is not None and "serverlessConfig" in c:
            return cast("None | RuntimeEnvironmentServerlessConfigType0 | Unset", c["serverlessConfig"])
        v = self._d.get("serverlessConfig", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "None | RuntimeEnvironmentServerlessConfigType0 | Unset",
            self._cached("serverlessConfig", _convert_serverless_config(v)),
        )

    @serverless_config.setter
    def serverless_config(self, value: None | RuntimeEnvironmentServerlessConfigType0 | Unset) -> None:
        self._set("serverlessConfig", value, _convert_serverless_config)


def _convert_create_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("RuntimeEnvironment", "createTimeUTC", "a date-time string") from None
    raise invalid("RuntimeEnvironment", "createTimeUTC", v, "a date-time string")


def _json_create_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("RuntimeEnvironment", "createTimeUTC", "a date-time string") from None
        return v
    raise invalid("RuntimeEnvironment", "createTimeUTC", v, "a date-time string")


def _convert_update_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("RuntimeEnvironment", "updateTimeUTC", "a date-time string") from None
    raise invalid("RuntimeEnvironment", "updateTimeUTC", v, "a date-time string")


def _json_update_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("RuntimeEnvironment", "updateTimeUTC", "a date-time string") from None
        return v
    raise invalid("RuntimeEnvironment", "updateTimeUTC", v, "a date-time string")


def _convert_agents(v: Any) -> Any:
    if v.__class__ is list:
        return Agent._from_json_list(v)
    raise invalid("RuntimeEnvironment", "agents", v, "an array (items: an object)")


def _json_agents_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return Agent._from_json(v)._json(depth)
    raise invalid("RuntimeEnvironment", "agents", v, "an object")


def _json_agents(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_agents_item(x, depth + 1) for x in v]
    raise invalid("RuntimeEnvironment", "agents", v, "an array (items: an object)")


def _convert_serverless_config_1(v: Any) -> Any:
    if v.__class__ is dict:
        return RuntimeEnvironmentServerlessConfigType0._from_json(v)
    raise invalid("RuntimeEnvironment", "serverlessConfig", v, "an object")


def _convert_serverless_config(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_serverless_config_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("RuntimeEnvironment", "serverlessConfig", v, "an object or null")


def _json_serverless_config_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return RuntimeEnvironmentServerlessConfigType0._from_json(v)._json(depth)
    raise invalid("RuntimeEnvironment", "serverlessConfig", v, "an object")


def _json_serverless_config(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_serverless_config_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("RuntimeEnvironment", "serverlessConfig", v, "an object or null")


RuntimeEnvironment._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("type_", "@type"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("create_time_utc", "createTimeUTC"),
    ("update_time_utc", "updateTimeUTC"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("agents", "agents"),
    ("is_shared", "isShared"),
    ("federated_id", "federatedId"),
    ("serverless_config", "serverlessConfig"),
)
RuntimeEnvironment._SLOTTED = (
    ("id", "id", (str,)),
    ("name", "name", (str,)),
)
RuntimeEnvironment._CHECKS = {
    "id": False,
    "name": False,
    "@type": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createTimeUTC": _json_create_time_utc,
    "updateTimeUTC": _json_update_time_utc,
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "agents": _json_agents,
    "isShared": (bool,),
    "federatedId": (str, NoneType),
    "serverlessConfig": _json_serverless_config,
}
RuntimeEnvironment._MUTABLE = frozenset(
    {
        "agents",
        "serverlessConfig",
    }
)
RuntimeEnvironment._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.agent import Agent  # noqa: E402
from ..models.runtime_environment_serverless_config_type_0 import (
    RuntimeEnvironmentServerlessConfigType0,  # noqa: E402
)
