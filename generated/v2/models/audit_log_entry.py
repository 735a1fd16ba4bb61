# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogEntry")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "@type",
        "version",
        "orgId",
        "username",
        "entryTime",
        "entryTimeUTC",
        "objectId",
        "objectName",
        "category",
        "event",
        "eventParam",
        "message",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
    }
)


@_attrs_define
class AuditLogEntry:
    """One audit log entry.

    Attributes:
        id (str):
        type_ (str | Unset):
        version (int | Unset):
        org_id (str | Unset):
        username (None | str | Unset):
        entry_time (str | Unset): US Eastern local time although it ends in Z; see the entryTimeUTC sibling.
        entry_time_utc (datetime.datetime | Unset):
        object_id (None | str | Unset):
        object_name (None | str | Unset):
        category (str | Unset): For example AUTH, AGENT, CONNECTION, SCHEDULE, MTT, WORKFLOW, USER.
        event (str | Unset):
        event_param (None | str | Unset):
        message (None | str | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    version: int | Unset = UNSET
    org_id: str | Unset = UNSET
    username: None | str | Unset = UNSET
    entry_time: str | Unset = UNSET
    entry_time_utc: datetime.datetime | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_name: None | str | Unset = UNSET
    category: str | Unset = UNSET
    event: str | Unset = UNSET
    event_param: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        version = self.version

        org_id = self.org_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        entry_time = self.entry_time

        entry_time_utc: str | Unset = UNSET
        if not isinstance(self.entry_time_utc, Unset):
            entry_time_utc = self.entry_time_utc.isoformat()

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_name: None | str | Unset
        if isinstance(self.object_name, Unset):
            object_name = UNSET
        else:
            object_name = self.object_name

        category = self.category

        event = self.event

        event_param: None | str | Unset
        if isinstance(self.event_param, Unset):
            event_param = UNSET
        else:
            event_param = self.event_param

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if username is not UNSET:
            field_dict["username"] = username
        if entry_time is not UNSET:
            field_dict["entryTime"] = entry_time
        if entry_time_utc is not UNSET:
            field_dict["entryTimeUTC"] = entry_time_utc
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if category is not UNSET:
            field_dict["category"] = category
        if event is not UNSET:
            field_dict["event"] = event
        if event_param is not UNSET:
            field_dict["eventParam"] = event_param
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _entry_time_utc = d.get("entryTimeUTC", UNSET)
        entry_time_utc: datetime.datetime | Unset
        if isinstance(_entry_time_utc, Unset):
            entry_time_utc = UNSET
        else:
            entry_time_utc = datetime.datetime.fromisoformat(_entry_time_utc.replace("Z", "+00:00"))

        audit_log_entry = cls.__new__(cls)
        _set = object.__setattr__
        _set(audit_log_entry, "_src", d)
        _set(audit_log_entry, "entry_time_utc", entry_time_utc)
        return audit_log_entry

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
    "type_": "@type",
    "version": "version",
    "org_id": "orgId",
    "username": "username",
    "entry_time": "entryTime",
    "object_id": "objectId",
    "object_name": "objectName",
    "category": "category",
    "event": "event",
    "event_param": "eventParam",
    "message": "message",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
