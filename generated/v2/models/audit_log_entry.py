# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = src_dict
        id = d["id"]

        type_ = d.get("@type", UNSET)

        version = d.get("version", UNSET)

        org_id = d.get("orgId", UNSET)

        username = cast("None | str | Unset", d.get("username", UNSET))

        entry_time = d.get("entryTime", UNSET)

        _entry_time_utc = d.get("entryTimeUTC", UNSET)
        entry_time_utc: datetime.datetime | Unset
        if isinstance(_entry_time_utc, Unset):
            entry_time_utc = UNSET
        else:
            entry_time_utc = datetime.datetime.fromisoformat(_entry_time_utc.replace("Z", "+00:00"))

        object_id = cast("None | str | Unset", d.get("objectId", UNSET))

        object_name = cast("None | str | Unset", d.get("objectName", UNSET))

        category = d.get("category", UNSET)

        event = d.get("event", UNSET)

        event_param = cast("None | str | Unset", d.get("eventParam", UNSET))

        message = cast("None | str | Unset", d.get("message", UNSET))

        audit_log_entry = cls(
            id=id,
            type_=type_,
            version=version,
            org_id=org_id,
            username=username,
            entry_time=entry_time,
            entry_time_utc=entry_time_utc,
            object_id=object_id,
            object_name=object_name,
            category=category,
            event=event,
            event_param=event_param,
            message=message,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            audit_log_entry.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return audit_log_entry

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
