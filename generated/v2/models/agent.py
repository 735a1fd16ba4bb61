# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_agent_configs_item import AgentAgentConfigsItem
    from ..models.agent_agent_engines_item import AgentAgentEnginesItem


T = TypeVar("T", bound="Agent")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "@type",
        "orgId",
        "description",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
        "active",
        "readyToRun",
        "platform",
        "agentHost",
        "agentVersion",
        "proxyHost",
        "proxyPort",
        "proxyUser",
        "proxyPassword",
        "upgradeStatus",
        "lastUpgrade",
        "lastUpgradeCheck",
        "lastStatusChange",
        "spiUrl",
        "configUpdateTime",
        "packages",
        "agentConfigs",
        "agentEngines",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class Agent:
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

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    ready_to_run: bool | Unset = UNSET
    platform: str | Unset = UNSET
    agent_host: None | str | Unset = UNSET
    agent_version: None | str | Unset = UNSET
    proxy_host: None | str | Unset = UNSET
    proxy_port: int | None | Unset = UNSET
    proxy_user: None | str | Unset = UNSET
    proxy_password: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    upgrade_status: None | str | Unset = UNSET
    last_upgrade: None | str | Unset = UNSET
    last_upgrade_check: None | str | Unset = UNSET
    last_status_change: None | str | Unset = UNSET
    spi_url: None | str | Unset = UNSET
    config_update_time: None | str | Unset = UNSET
    packages: list[Any] | Unset = UNSET
    agent_configs: list[AgentAgentConfigsItem] | Unset = UNSET
    agent_engines: list[AgentAgentEnginesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        org_id = self.org_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        create_time = self.create_time

        update_time = self.update_time

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        active = self.active

        ready_to_run = self.ready_to_run

        platform = self.platform

        agent_host: None | str | Unset
        if isinstance(self.agent_host, Unset):
            agent_host = UNSET
        else:
            agent_host = self.agent_host

        agent_version: None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        proxy_host: None | str | Unset
        if isinstance(self.proxy_host, Unset):
            proxy_host = UNSET
        else:
            proxy_host = self.proxy_host

        proxy_port: int | None | Unset
        if isinstance(self.proxy_port, Unset):
            proxy_port = UNSET
        else:
            proxy_port = self.proxy_port

        proxy_user: None | str | Unset
        if isinstance(self.proxy_user, Unset):
            proxy_user = UNSET
        else:
            proxy_user = self.proxy_user

        proxy_password: None | str | Unset
        if isinstance(self.proxy_password, Unset):
            proxy_password = UNSET
        else:
            proxy_password = self.proxy_password

        upgrade_status: None | str | Unset
        if isinstance(self.upgrade_status, Unset):
            upgrade_status = UNSET
        else:
            upgrade_status = self.upgrade_status

        last_upgrade: None | str | Unset
        if isinstance(self.last_upgrade, Unset):
            last_upgrade = UNSET
        else:
            last_upgrade = self.last_upgrade

        last_upgrade_check: None | str | Unset
        if isinstance(self.last_upgrade_check, Unset):
            last_upgrade_check = UNSET
        else:
            last_upgrade_check = self.last_upgrade_check

        last_status_change: None | str | Unset
        if isinstance(self.last_status_change, Unset):
            last_status_change = UNSET
        else:
            last_status_change = self.last_status_change

        spi_url: None | str | Unset
        if isinstance(self.spi_url, Unset):
            spi_url = UNSET
        else:
            spi_url = self.spi_url

        config_update_time: None | str | Unset
        if isinstance(self.config_update_time, Unset):
            config_update_time = UNSET
        else:
            config_update_time = self.config_update_time

        packages: list[Any] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = self.packages

        agent_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_configs, Unset):
            agent_configs = []
            for agent_configs_item_data in self.agent_configs:
                agent_configs_item = agent_configs_item_data.to_dict()
                agent_configs.append(agent_configs_item)

        agent_engines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_engines, Unset):
            agent_engines = []
            for agent_engines_item_data in self.agent_engines:
                agent_engines_item = agent_engines_item_data.to_dict()
                agent_engines.append(agent_engines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if active is not UNSET:
            field_dict["active"] = active
        if ready_to_run is not UNSET:
            field_dict["readyToRun"] = ready_to_run
        if platform is not UNSET:
            field_dict["platform"] = platform
        if agent_host is not UNSET:
            field_dict["agentHost"] = agent_host
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if proxy_host is not UNSET:
            field_dict["proxyHost"] = proxy_host
        if proxy_port is not UNSET:
            field_dict["proxyPort"] = proxy_port
        if proxy_user is not UNSET:
            field_dict["proxyUser"] = proxy_user
        if proxy_password is not UNSET:
            field_dict["proxyPassword"] = proxy_password
        if upgrade_status is not UNSET:
            field_dict["upgradeStatus"] = upgrade_status
        if last_upgrade is not UNSET:
            field_dict["lastUpgrade"] = last_upgrade
        if last_upgrade_check is not UNSET:
            field_dict["lastUpgradeCheck"] = last_upgrade_check
        if last_status_change is not UNSET:
            field_dict["lastStatusChange"] = last_status_change
        if spi_url is not UNSET:
            field_dict["spiUrl"] = spi_url
        if config_update_time is not UNSET:
            field_dict["configUpdateTime"] = config_update_time
        if packages is not UNSET:
            field_dict["packages"] = packages
        if agent_configs is not UNSET:
            field_dict["agentConfigs"] = agent_configs
        if agent_engines is not UNSET:
            field_dict["agentEngines"] = agent_engines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _agent_configs = d.get("agentConfigs", UNSET)
        agent_configs: list[AgentAgentConfigsItem] | Unset = UNSET
        if _agent_configs is not UNSET:
            agent_configs = []
            for agent_configs_item_data in _agent_configs:
                agent_configs_item = AgentAgentConfigsItem.from_dict(agent_configs_item_data)

                agent_configs.append(agent_configs_item)

        _agent_engines = d.get("agentEngines", UNSET)
        agent_engines: list[AgentAgentEnginesItem] | Unset = UNSET
        if _agent_engines is not UNSET:
            agent_engines = []
            for agent_engines_item_data in _agent_engines:
                agent_engines_item = AgentAgentEnginesItem.from_dict(agent_engines_item_data)

                agent_engines.append(agent_engines_item)

        agent = cls.__new__(cls)
        _set = object.__setattr__
        _set(agent, "_src", d)
        _set(agent, "agent_configs", agent_configs)
        _set(agent, "agent_engines", agent_engines)
        return agent

    def __getattr__(self, name: str) -> Any:
        # Only called for a slot that is still empty: a plain field of an object built by from_dict.
        src = object.__getattribute__(self, "_src")
        if src is None:
            raise AttributeError(name)
        key = _PLAIN_FIELDS.get(name)
        if key is not None:
            value = src.get(key, UNSET)
        elif name == "additional_properties":
            # source order, so to_dict() bytes do not depend on the hash seed
            value = {k: v for k, v in src.items() if k not in _KNOWN_KEYS}
        else:
            raise AttributeError(name)
        object.__setattr__(self, name, value)
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# python name -> JSON key of the fields from_dict leaves to be read on first access
_PLAIN_FIELDS: dict[str, str] = {
    "id": "id",
    "name": "name",
    "type_": "@type",
    "org_id": "orgId",
    "description": "description",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "active": "active",
    "ready_to_run": "readyToRun",
    "platform": "platform",
    "agent_host": "agentHost",
    "agent_version": "agentVersion",
    "proxy_host": "proxyHost",
    "proxy_port": "proxyPort",
    "proxy_user": "proxyUser",
    "proxy_password": "proxyPassword",
    "upgrade_status": "upgradeStatus",
    "last_upgrade": "lastUpgrade",
    "last_upgrade_check": "lastUpgradeCheck",
    "last_status_change": "lastStatusChange",
    "spi_url": "spiUrl",
    "config_update_time": "configUpdateTime",
    "packages": "packages",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.agent_agent_configs_item import AgentAgentConfigsItem  # noqa: E402
from ..models.agent_agent_engines_item import AgentAgentEnginesItem  # noqa: E402
