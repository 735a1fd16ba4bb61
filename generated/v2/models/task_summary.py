# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSummary")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "orgId",
        "description",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class TaskSummary:
    """One task of the task list (fields from a public client; kept open).

    Attributes:
        id (str): The v2 task ID.
        name (str):
        org_id (str | Unset):
        description (None | str | Unset):
        create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
        update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
    """

    id: str
    name: str
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        task_summary = cls.__new__(cls)
        _set = object.__setattr__
        _set(task_summary, "_src", d)
        return task_summary

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
    "org_id": "orgId",
    "description": "description",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
