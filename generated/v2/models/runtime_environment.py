# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.runtime_environment_serverless_config_type_0 import (
        RuntimeEnvironmentServerlessConfigType0,
    )


T = TypeVar("T", bound="RuntimeEnvironment")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "@type",
        "orgId",
        "description",
        "createTime",
        "updateTime",
        "createTimeUTC",
        "updateTimeUTC",
        "createdBy",
        "updatedBy",
        "agents",
        "isShared",
        "federatedId",
        "serverlessConfig",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class RuntimeEnvironment:
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

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    create_time_utc: datetime.datetime | Unset = UNSET
    update_time_utc: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    agents: list[Agent] | Unset = UNSET
    is_shared: bool | Unset = UNSET
    federated_id: None | str | Unset = UNSET
    serverless_config: None | RuntimeEnvironmentServerlessConfigType0 | Unset = UNSET
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

        create_time_utc: str | Unset = UNSET
        if not isinstance(self.create_time_utc, Unset):
            create_time_utc = self.create_time_utc.isoformat()

        update_time_utc: str | Unset = UNSET
        if not isinstance(self.update_time_utc, Unset):
            update_time_utc = self.update_time_utc.isoformat()

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

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        is_shared = self.is_shared

        federated_id: None | str | Unset
        if isinstance(self.federated_id, Unset):
            federated_id = UNSET
        else:
            federated_id = self.federated_id

        serverless_config: dict[str, Any] | None | Unset
        if isinstance(self.serverless_config, Unset):
            serverless_config = UNSET
        elif isinstance(self.serverless_config, RuntimeEnvironmentServerlessConfigType0):
            serverless_config = self.serverless_config.to_dict()
        else:
            serverless_config = self.serverless_config

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
        if create_time_utc is not UNSET:
            field_dict["createTimeUTC"] = create_time_utc
        if update_time_utc is not UNSET:
            field_dict["updateTimeUTC"] = update_time_utc
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if agents is not UNSET:
            field_dict["agents"] = agents
        if is_shared is not UNSET:
            field_dict["isShared"] = is_shared
        if federated_id is not UNSET:
            field_dict["federatedId"] = federated_id
        if serverless_config is not UNSET:
            field_dict["serverlessConfig"] = serverless_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _create_time_utc = d.get("createTimeUTC", UNSET)
        create_time_utc: datetime.datetime | Unset
        if isinstance(_create_time_utc, Unset):
            create_time_utc = UNSET
        else:
            create_time_utc = datetime.datetime.fromisoformat(_create_time_utc.replace("Z", "+00:00"))

        _update_time_utc = d.get("updateTimeUTC", UNSET)
        update_time_utc: datetime.datetime | Unset
        if isinstance(_update_time_utc, Unset):
            update_time_utc = UNSET
        else:
            update_time_utc = datetime.datetime.fromisoformat(_update_time_utc.replace("Z", "+00:00"))

        _agents = d.get("agents", UNSET)
        agents: list[Agent] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = Agent.from_dict(agents_item_data)

                agents.append(agents_item)

        _serverless_config = d.get("serverlessConfig", UNSET)
        serverless_config: None | RuntimeEnvironmentServerlessConfigType0 | Unset
        if _serverless_config is None or isinstance(_serverless_config, Unset):
            serverless_config = _serverless_config
        else:
            try:
                if not isinstance(_serverless_config, dict):
                    raise TypeError()
                serverless_config_type_0 = RuntimeEnvironmentServerlessConfigType0.from_dict(_serverless_config)

                serverless_config = serverless_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                serverless_config = cast("None | RuntimeEnvironmentServerlessConfigType0 | Unset", _serverless_config)

        runtime_environment = cls.__new__(cls)
        _set = object.__setattr__
        _set(runtime_environment, "_src", d)
        _set(runtime_environment, "create_time_utc", create_time_utc)
        _set(runtime_environment, "update_time_utc", update_time_utc)
        _set(runtime_environment, "agents", agents)
        _set(runtime_environment, "serverless_config", serverless_config)
        return runtime_environment

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
    "is_shared": "isShared",
    "federated_id": "federatedId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.agent import Agent  # noqa: E402
from ..models.runtime_environment_serverless_config_type_0 import (
    RuntimeEnvironmentServerlessConfigType0,  # noqa: E402
)
