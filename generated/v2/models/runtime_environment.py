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

    def to_dict(self) -> dict[str, Any]:
        from ..models.runtime_environment_serverless_config_type_0 import (
            RuntimeEnvironmentServerlessConfigType0,  # noqa: PLC0415
        )

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
        from ..models.agent import Agent  # noqa: PLC0415
        from ..models.runtime_environment_serverless_config_type_0 import (
            RuntimeEnvironmentServerlessConfigType0,  # noqa: PLC0415
        )

        d = src_dict
        id = d["id"]

        name = d["name"]

        type_ = d.get("@type", UNSET)

        org_id = d.get("orgId", UNSET)

        description = cast("None | str | Unset", d.get("description", UNSET))

        create_time = d.get("createTime", UNSET)

        update_time = d.get("updateTime", UNSET)

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

        created_by = cast("None | str | Unset", d.get("createdBy", UNSET))

        updated_by = cast("None | str | Unset", d.get("updatedBy", UNSET))

        _agents = d.get("agents", UNSET)
        agents: list[Agent] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = Agent.from_dict(agents_item_data)

                agents.append(agents_item)

        is_shared = d.get("isShared", UNSET)

        federated_id = cast("None | str | Unset", d.get("federatedId", UNSET))

        def _parse_serverless_config(data: object) -> None | RuntimeEnvironmentServerlessConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                serverless_config_type_0 = RuntimeEnvironmentServerlessConfigType0.from_dict(data)

                return serverless_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuntimeEnvironmentServerlessConfigType0 | Unset, data)

        serverless_config = _parse_serverless_config(d.get("serverlessConfig", UNSET))

        runtime_environment = cls(
            id=id,
            name=name,
            type_=type_,
            org_id=org_id,
            description=description,
            create_time=create_time,
            update_time=update_time,
            create_time_utc=create_time_utc,
            update_time_utc=update_time_utc,
            created_by=created_by,
            updated_by=updated_by,
            agents=agents,
            is_shared=is_shared,
            federated_id=federated_id,
            serverless_config=serverless_config,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            runtime_environment.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return runtime_environment

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
