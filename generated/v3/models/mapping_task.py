# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mapping_task_parameters_item import MappingTaskParametersItem
    from ..models.mapping_task_session_properties_type_0 import (
        MappingTaskSessionPropertiesType0,
    )


T = TypeVar("T", bound="MappingTask")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "@type",
        "orgId",
        "description",
        "shortDescription",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
        "federatedId",
        "mappingId",
        "runtimeEnvironmentId",
        "agentId",
        "scheduleId",
        "maxLogs",
        "verbose",
        "lastRunTime",
        "parameterFileName",
        "sessionProperties",
        "parameters",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class MappingTask:
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

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    federated_id: None | str | Unset = UNSET
    mapping_id: None | str | Unset = UNSET
    runtime_environment_id: None | str | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    schedule_id: None | str | Unset = UNSET
    max_logs: int | Unset = UNSET
    verbose: bool | Unset = UNSET
    last_run_time: None | str | Unset = UNSET
    parameter_file_name: None | str | Unset = UNSET
    session_properties: MappingTaskSessionPropertiesType0 | None | Unset = UNSET
    parameters: list[MappingTaskParametersItem] | Unset = UNSET
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

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

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

        federated_id: None | str | Unset
        if isinstance(self.federated_id, Unset):
            federated_id = UNSET
        else:
            federated_id = self.federated_id

        mapping_id: None | str | Unset
        if isinstance(self.mapping_id, Unset):
            mapping_id = UNSET
        else:
            mapping_id = self.mapping_id

        runtime_environment_id: None | str | Unset
        if isinstance(self.runtime_environment_id, Unset):
            runtime_environment_id = UNSET
        else:
            runtime_environment_id = self.runtime_environment_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        max_logs = self.max_logs

        verbose = self.verbose

        last_run_time: None | str | Unset
        if isinstance(self.last_run_time, Unset):
            last_run_time = UNSET
        else:
            last_run_time = self.last_run_time

        parameter_file_name: None | str | Unset
        if isinstance(self.parameter_file_name, Unset):
            parameter_file_name = UNSET
        else:
            parameter_file_name = self.parameter_file_name

        session_properties: dict[str, Any] | None | Unset
        if isinstance(self.session_properties, Unset):
            session_properties = UNSET
        elif isinstance(self.session_properties, MappingTaskSessionPropertiesType0):
            session_properties = self.session_properties.to_dict()
        else:
            session_properties = self.session_properties

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

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
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if federated_id is not UNSET:
            field_dict["federatedId"] = federated_id
        if mapping_id is not UNSET:
            field_dict["mappingId"] = mapping_id
        if runtime_environment_id is not UNSET:
            field_dict["runtimeEnvironmentId"] = runtime_environment_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if max_logs is not UNSET:
            field_dict["maxLogs"] = max_logs
        if verbose is not UNSET:
            field_dict["verbose"] = verbose
        if last_run_time is not UNSET:
            field_dict["lastRunTime"] = last_run_time
        if parameter_file_name is not UNSET:
            field_dict["parameterFileName"] = parameter_file_name
        if session_properties is not UNSET:
            field_dict["sessionProperties"] = session_properties
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _session_properties = d.get("sessionProperties", UNSET)
        session_properties: MappingTaskSessionPropertiesType0 | None | Unset
        if _session_properties is None or isinstance(_session_properties, Unset):
            session_properties = _session_properties
        else:
            try:
                if not isinstance(_session_properties, dict):
                    raise TypeError()
                session_properties_type_0 = MappingTaskSessionPropertiesType0.from_dict(_session_properties)

                session_properties = session_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                session_properties = cast("MappingTaskSessionPropertiesType0 | None | Unset", _session_properties)

        _parameters = d.get("parameters", UNSET)
        parameters: list[MappingTaskParametersItem] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = MappingTaskParametersItem.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        mapping_task = cls.__new__(cls)
        _set = object.__setattr__
        _set(mapping_task, "_src", d)
        _set(mapping_task, "session_properties", session_properties)
        _set(mapping_task, "parameters", parameters)
        return mapping_task

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
    "short_description": "shortDescription",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "federated_id": "federatedId",
    "mapping_id": "mappingId",
    "runtime_environment_id": "runtimeEnvironmentId",
    "agent_id": "agentId",
    "schedule_id": "scheduleId",
    "max_logs": "maxLogs",
    "verbose": "verbose",
    "last_run_time": "lastRunTime",
    "parameter_file_name": "parameterFileName",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.mapping_task_parameters_item import MappingTaskParametersItem  # noqa: E402
from ..models.mapping_task_session_properties_type_0 import (
    MappingTaskSessionPropertiesType0,  # noqa: E402
)
