# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.agent_agent_configs_item import AgentAgentConfigsItem
    from ..models.agent_agent_engines_item import AgentAgentEnginesItem


T = TypeVar("T", bound="Agent")
_new = object.__new__


class Agent(JsonModel):
    """A Secure Agent. `active` and `readyToRun` may be missing when false. The list call omits `packages` and
    `agentConfigs`.

        Attributes:
            id (str):
            name (str):
            type_ (str | Unset): Always "agent".
            org_id (str | Unset):
            description (None | str | Unset):
            create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
            created_by (None | str | Unset):
            updated_by (None | str | Unset):
            active (bool | Unset):
            ready_to_run (bool | Unset):
            platform (str | Unset): For example win64 or linux64.
            agent_host (None | str | Unset):
            agent_version (None | str | Unset):
            proxy_host (None | str | Unset):
            proxy_port (int | None | Unset):
            proxy_user (None | str | Unset):
            proxy_password (None | str | Unset):
            upgrade_status (None | str | Unset):
            last_upgrade (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            last_upgrade_check (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            last_status_change (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            spi_url (None | str | Unset):
            config_update_time (None | str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC
                sibling.
            packages (list[Any] | Unset): Installed packages (names, or objects on newer agents).
            agent_configs (list[AgentAgentConfigsItem] | Unset):
            agent_engines (list[AgentAgentEnginesItem] | Unset):
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
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        active: bool | Unset = UNSET,
        ready_to_run: bool | Unset = UNSET,
        platform: str | Unset = UNSET,
        agent_host: None | str | Unset = UNSET,
        agent_version: None | str | Unset = UNSET,
        proxy_host: None | str | Unset = UNSET,
        proxy_port: int | None | Unset = UNSET,
        proxy_user: None | str | Unset = UNSET,
        proxy_password: None | str | Unset = UNSET,
        upgrade_status: None | str | Unset = UNSET,
        last_upgrade: None | str | Unset = UNSET,
        last_upgrade_check: None | str | Unset = UNSET,
        last_status_change: None | str | Unset = UNSET,
        spi_url: None | str | Unset = UNSET,
        config_update_time: None | str | Unset = UNSET,
        packages: list[Any] | Unset = UNSET,
        agent_configs: list[AgentAgentConfigsItem] | Unset = UNSET,
        agent_engines: list[AgentAgentEnginesItem] | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("Agent", "id", id, "a string")
        self.id = id
        if not scalar_ok(name, (str,)):
            raise invalid("Agent", "name", name, "a string")
        self.name = name
        self.type_ = type_
        self.org_id = org_id
        self.description = description
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.active = active
        self.ready_to_run = ready_to_run
        self.platform = platform
        self.agent_host = agent_host
        self.agent_version = agent_version
        self.proxy_host = proxy_host
        self.proxy_port = proxy_port
        self.proxy_user = proxy_user
        self.proxy_password = proxy_password
        self.upgrade_status = upgrade_status
        self.last_upgrade = last_upgrade
        self.last_upgrade_check = last_upgrade_check
        self.last_status_change = last_status_change
        self.spi_url = spi_url
        self.config_update_time = config_update_time
        self.packages = packages
        self.agent_configs = agent_configs
        self.agent_engines = agent_engines

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("Agent", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "Agent"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("Agent", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("Agent", "id", id, "a string")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("Agent", "name", name, "a string")

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
            raise invalid("Agent", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("Agent", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("Agent", "id", id, "a string")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("Agent", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.name = name

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "agent"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Agent", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Agent", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Agent", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Agent", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Agent", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Agent", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Agent", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Agent", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def active(self) -> bool | Unset:
        v = self._d.get("active", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Agent", "active", v, "a boolean")

    @active.setter
    def active(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Agent", "active", value, "a boolean")
        self._set("active", value, None)

    @property
    def ready_to_run(self) -> bool | Unset:
        v = self._d.get("readyToRun", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Agent", "readyToRun", v, "a boolean")

    @ready_to_run.setter
    def ready_to_run(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Agent", "readyToRun", value, "a boolean")
        self._set("readyToRun", value, None)

    @property
    def platform(self) -> str | Unset:
        """For example win64 or linux64."""
        v = self._d.get("platform", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Agent", "platform", v, "a string")

    @platform.setter
    def platform(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Agent", "platform", value, "a string")
        self._set("platform", value, None)

    @property
    def agent_host(self) -> None | str | Unset:
        v = self._d.get("agentHost", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "agentHost", v, "a string or null")

    @agent_host.setter
    def agent_host(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "agentHost", value, "a string or null")
        self._set("agentHost", value, None)

    @property
    def agent_version(self) -> None | str | Unset:
        v = self._d.get("agentVersion", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "agentVersion", v, "a string or null")

    @agent_version.setter
    def agent_version(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "agentVersion", value, "a string or null")
        self._set("agentVersion", value, None)

    @property
    def proxy_host(self) -> None | str | Unset:
        v = self._d.get("proxyHost", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "proxyHost", v, "a string or null")

    @proxy_host.setter
    def proxy_host(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "proxyHost", value, "a string or null")
        self._set("proxyHost", value, None)

    @property
    def proxy_port(self) -> int | None | Unset:
        v = self._d.get("proxyPort", UNSET)
        if v.__class__ is int or v is None or v is UNSET:
            return v
        if scalar_ok(v, (int, NoneType)):
            return v
        raise invalid("Agent", "proxyPort", v, "an integer or null")

    @proxy_port.setter
    def proxy_port(self, value: int | None | Unset) -> None:
        if not (scalar_ok(value, (int, NoneType)) or value is UNSET):
            raise invalid("Agent", "proxyPort", value, "an integer or null")
        self._set("proxyPort", value, None)

    @property
    def proxy_user(self) -> None | str | Unset:
        v = self._d.get("proxyUser", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "proxyUser", v, "a string or null")

    @proxy_user.setter
    def proxy_user(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "proxyUser", value, "a string or null")
        self._set("proxyUser", value, None)

    @property
    def proxy_password(self) -> None | str | Unset:
        v = self._d.get("proxyPassword", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "proxyPassword", v, "a string or null")

    @proxy_password.setter
    def proxy_password(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "proxyPassword", value, "a string or null")
        self._set("proxyPassword", value, None)

    @property
    def upgrade_status(self) -> None | str | Unset:
        v = self._d.get("upgradeStatus", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "upgradeStatus", v, "a string or null")

    @upgrade_status.setter
    def upgrade_status(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "upgradeStatus", value, "a string or null")
        self._set("upgradeStatus", value, None)

    @property
    def last_upgrade(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("lastUpgrade", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "lastUpgrade", v, "a string or null")

    @last_upgrade.setter
    def last_upgrade(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "lastUpgrade", value, "a string or null")
        self._set("lastUpgrade", value, None)

    @property
    def last_upgrade_check(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("lastUpgradeCheck", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "lastUpgradeCheck", v, "a string or null")

    @last_upgrade_check.setter
    def last_upgrade_check(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "lastUpgradeCheck", value, "a string or null")
        self._set("lastUpgradeCheck", value, None)

    @property
    def last_status_change(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("lastStatusChange", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "lastStatusChange", v, "a string or null")

    @last_status_change.setter
    def last_status_change(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "lastStatusChange", value, "a string or null")
        self._set("lastStatusChange", value, None)

    @property
    def spi_url(self) -> None | str | Unset:
        v = self._d.get("spiUrl", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "spiUrl", v, "a string or null")

    @spi_url.setter
    def spi_url(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "spiUrl", value, "a string or null")
        self._set("spiUrl", value, None)

    @property
    def config_update_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("configUpdateTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Agent", "configUpdateTime", v, "a string or null")

    @config_update_time.setter
    def config_update_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Agent", "configUpdateTime", value, "a string or null")
        self._set("configUpdateTime", value, None)

    @property
    def packages(self) -> list[Any] | Unset:
        """Installed packages (names, or objects on newer agents)."""
        v = self._d.get("packages", UNSET)
        if (v.__class__ is list) or v is UNSET:
            return v
        if isinstance(v, list):
            return v
        raise invalid("Agent", "packages", v, "an array (items: any JSON value)")

    @packages.setter
    def packages(self, value: list[Any] | Unset) -> None:
        if not ((isinstance(value, list)) or value is UNSET):
            raise invalid("Agent", "packages", value, "an array (items: any JSON value)")
        self._set("packages", value, None)

    @property
    def agent_configs(self) -> list[AgentAgentConfigsItem] | Unset:
        c = self._c
        if c is not None and "agentConfigs" in c:
            return cast("list[AgentAgentConfigsItem] | Unset", c["agentConfigs"])
        v = self._d.get("agentConfigs", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[AgentAgentConfigsItem] | Unset", self._cached("agentConfigs", _convert_agent_configs(v)))

    @agent_configs.setter
    def agent_configs(self, value: list[AgentAgentConfigsItem] | Unset) -> None:
        self._set("agentConfigs", value, _convert_agent_configs)

    @property
    def agent_engines(self) -> list[AgentAgentEnginesItem] | Unset:
        c = self._c
        if c is not None and "agentEngines" in c:
            return cast("list[AgentAgentEnginesItem] | Unset", c["agentEngines"])
        v = self._d.get("agentEngines", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[AgentAgentEnginesItem] | Unset", self._cached("agentEngines", _convert_agent_engines(v)))

    @agent_engines.setter
    def agent_engines(self, value: list[AgentAgentEnginesItem] | Unset) -> None:
        self._set("agentEngines", value, _convert_agent_engines)


def _json_packages(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return json_copy(v, depth, "Agent", "packages")
    raise invalid("Agent", "packages", v, "an array (items: any JSON value)")


def _convert_agent_configs(v: Any) -> Any:
    if v.__class__ is list:
        return AgentAgentConfigsItem._from_json_list(v)
    raise invalid("Agent", "agentConfigs", v, "an array (items: an object)")


def _json_agent_configs_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return AgentAgentConfigsItem._from_json(v)._json(depth)
    raise invalid("Agent", "agentConfigs", v, "an object")


def _json_agent_configs(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_agent_configs_item(x, depth + 1) for x in v]
    raise invalid("Agent", "agentConfigs", v, "an array (items: an object)")


def _convert_agent_engines(v: Any) -> Any:
    if v.__class__ is list:
        return AgentAgentEnginesItem._from_json_list(v)
    raise invalid("Agent", "agentEngines", v, "an array (items: an object)")


def _json_agent_engines_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return AgentAgentEnginesItem._from_json(v)._json(depth)
    raise invalid("Agent", "agentEngines", v, "an object")


def _json_agent_engines(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_agent_engines_item(x, depth + 1) for x in v]
    raise invalid("Agent", "agentEngines", v, "an array (items: an object)")


Agent._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("type_", "@type"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("active", "active"),
    ("ready_to_run", "readyToRun"),
    ("platform", "platform"),
    ("agent_host", "agentHost"),
    ("agent_version", "agentVersion"),
    ("proxy_host", "proxyHost"),
    ("proxy_port", "proxyPort"),
    ("proxy_user", "proxyUser"),
    ("proxy_password", "proxyPassword"),
    ("upgrade_status", "upgradeStatus"),
    ("last_upgrade", "lastUpgrade"),
    ("last_upgrade_check", "lastUpgradeCheck"),
    ("last_status_change", "lastStatusChange"),
    ("spi_url", "spiUrl"),
    ("config_update_time", "configUpdateTime"),
    ("packages", "packages"),
    ("agent_configs", "agentConfigs"),
    ("agent_engines", "agentEngines"),
)
Agent._SLOTTED = (
    ("id", "id", (str,)),
    ("name", "name", (str,)),
)
Agent._CHECKS = {
    "id": False,
    "name": False,
    "@type": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "active": (bool,),
    "readyToRun": (bool,),
    "platform": (str,),
    "agentHost": (str, NoneType),
    "agentVersion": (str, NoneType),
    "proxyHost": (str, NoneType),
    "proxyPort": (int, NoneType),
    "proxyUser": (str, NoneType),
    "proxyPassword": (str, NoneType),
    "upgradeStatus": (str, NoneType),
    "lastUpgrade": (str, NoneType),
    "lastUpgradeCheck": (str, NoneType),
    "lastStatusChange": (str, NoneType),
    "spiUrl": (str, NoneType),
    "configUpdateTime": (str, NoneType),
    "packages": _json_packages,
    "agentConfigs": _json_agent_configs,
    "agentEngines": _json_agent_engines,
}
Agent._MUTABLE = frozenset(
    {
        "agentConfigs",
        "agentEngines",
    }
)
Agent._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.agent_agent_configs_item import AgentAgentConfigsItem  # noqa: E402
from ..models.agent_agent_engines_item import AgentAgentEnginesItem  # noqa: E402
