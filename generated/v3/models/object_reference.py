# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectReference")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "appContextId",
        "path",
        "documentType",
        "description",
        "lastUpdatedTime",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
    }
)


@_attrs_define
class ObjectReference:
    """One object that the asset uses or that uses it.

    Attributes:
        id (str): The federated ID.
        app_context_id (None | str | Unset): The object's ID in its service (the v2 ID for tasks, mappings, ...).
        path (str | Unset):
        document_type (str | Unset): Asset type (MTT, DTEMPLATE, WORKFLOW, TASKFLOW, ...).
        description (None | str | Unset):
        last_updated_time (datetime.datetime | Unset): UTC.
    """

    id: str
    app_context_id: None | str | Unset = UNSET
    path: str | Unset = UNSET
    document_type: str | Unset = UNSET
    description: None | str | Unset = UNSET
    last_updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_context_id: None | str | Unset
        if isinstance(self.app_context_id, Unset):
            app_context_id = UNSET
        else:
            app_context_id = self.app_context_id

        path = self.path

        document_type = self.document_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if app_context_id is not UNSET:
            field_dict["appContextId"] = app_context_id
        if path is not UNSET:
            field_dict["path"] = path
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if description is not UNSET:
            field_dict["description"] = description
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _last_updated_time = d.get("lastUpdatedTime", UNSET)
        last_updated_time: datetime.datetime | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = datetime.datetime.fromisoformat(_last_updated_time.replace("Z", "+00:00"))

        object_reference = cls.__new__(cls)
        _set = object.__setattr__
        _set(object_reference, "_src", d)
        _set(object_reference, "last_updated_time", last_updated_time)
        return object_reference

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
    "app_context_id": "appContextId",
    "path": "path",
    "document_type": "documentType",
    "description": "description",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
