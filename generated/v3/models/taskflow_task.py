# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskflowTask")

_KNOWN_KEYS = frozenset(
    {
        "taskId",
        "type",
        "name",
        "stopOnError",
        "stopOnWarning",
    }
)


@_attrs_define
class TaskflowTask:
    """One step of a linear taskflow. IICS also sends `@type: "workflowTask"`; it is not declared because its generated
    Python name would clash with `type` (both become `type_`) and openapi-python-client would drop the model. It is kept
    through the model's additional properties.

        Attributes:
            task_id (str | Unset):
            type_ (str | Unset): Task type code (MTT, DSS, DRS, DMASK, PCS, ...).
            name (str | Unset):
            stop_on_error (bool | Unset):
            stop_on_warning (bool | Unset):
    """

    task_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    stop_on_error: bool | Unset = UNSET
    stop_on_warning: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        type_ = self.type_

        name = self.name

        stop_on_error = self.stop_on_error

        stop_on_warning = self.stop_on_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if stop_on_error is not UNSET:
            field_dict["stopOnError"] = stop_on_error
        if stop_on_warning is not UNSET:
            field_dict["stopOnWarning"] = stop_on_warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d.get("taskId", UNSET)

        type_ = d.get("type", UNSET)

        name = d.get("name", UNSET)

        stop_on_error = d.get("stopOnError", UNSET)

        stop_on_warning = d.get("stopOnWarning", UNSET)

        taskflow_task = cls(
            task_id=task_id,
            type_=type_,
            name=name,
            stop_on_error=stop_on_error,
            stop_on_warning=stop_on_warning,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            taskflow_task.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return taskflow_task

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
