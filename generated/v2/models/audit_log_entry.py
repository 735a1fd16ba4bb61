# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

T = TypeVar("T", bound="AuditLogEntry")
_new = object.__new__


class AuditLogEntry(JsonModel):
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

    __slots__ = ("id",)
    id: str

    def __init__(
        self,
        id: str,
        type_: str | Unset = UNSET,
        version: int | Unset = UNSET,
        org_id: str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        entry_time: str | Unset = UNSET,
        entry_time_utc: datetime.datetime | Unset = UNSET,
        object_id: None | str | Unset = UNSET,
        object_name: None | str | Unset = UNSET,
        category: str | Unset = UNSET,
        event: str | Unset = UNSET,
        event_param: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("AuditLogEntry", "id", id, "a string")
        self.id = id
        self.type_ = type_
        self.version = version
        self.org_id = org_id
        self.username = username
        self.entry_time = entry_time
        self.entry_time_utc = entry_time_utc
        self.object_id = object_id
        self.object_name = object_name
        self.category = category
        self.event = event
        self.event_param = event_param
        self.message = message

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("AuditLogEntry", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "AuditLogEntry"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("AuditLogEntry", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("AuditLogEntry", "id", id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("AuditLogEntry", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("AuditLogEntry", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("AuditLogEntry", "id", id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("AuditLogEntry", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("AuditLogEntry", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def version(self) -> int | Unset:
        v = self._d.get("version", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("AuditLogEntry", "version", v, "an integer")

    @version.setter
    def version(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("AuditLogEntry", "version", value, "an integer")
        self._set("version", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("AuditLogEntry", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("AuditLogEntry", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def username(self) -> None | str | Unset:
        v = self._d.get("username", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("AuditLogEntry", "username", v, "a string or null")

    @username.setter
    def username(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("AuditLogEntry", "username", value, "a string or null")
        self._set("username", value, None)

    @property
    def entry_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the entryTimeUTC sibling."""
        v = self._d.get("entryTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("AuditLogEntry", "entryTime", v, "a string")

    @entry_time.setter
    def entry_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("AuditLogEntry", "entryTime", value, "a string")
        self._set("entryTime", value, None)

    @property
    def entry_time_utc(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "entryTimeUTC" in c:
            return cast("datetime.datetime | Unset", c["entryTimeUTC"])
        v = self._d.get("entryTimeUTC", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("entryTimeUTC", _convert_entry_time_utc(v)))

    @entry_time_utc.setter
    def entry_time_utc(self, value: datetime.datetime | Unset) -> None:
        self._set("entryTimeUTC", value, _convert_entry_time_utc)

    @property
    def object_id(self) -> None | str | Unset:
        v = self._d.get("objectId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("AuditLogEntry", "objectId", v, "a string or null")

    @object_id.setter
    def object_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("AuditLogEntry", "objectId", value, "a string or null")
        self._set("objectId", value, None)

    @property
    def object_name(self) -> None | str | Unset:
        v = self._d.get("objectName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("AuditLogEntry", "objectName", v, "a string or null")

    @object_name.setter
    def object_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("AuditLogEntry", "objectName", value, "a string or null")
        self._set("objectName", value, None)

    @property
    def category(self) -> str | Unset:
        """For example AUTH, AGENT, CONNECTION, SCHEDULE, MTT, WORKFLOW, USER."""
        v = self._d.get("category", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("AuditLogEntry", "category", v, "a string")

    @category.setter
    def category(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("AuditLogEntry", "category", value, "a string")
        self._set("category", value, None)

    @property
    def event(self) -> str | Unset:
        v = self._d.get("event", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("AuditLogEntry", "event", v, "a string")

    @event.setter
    def event(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("AuditLogEntry", "event", value, "a string")
        self._set("event", value, None)

    @property
    def event_param(self) -> None | str | Unset:
        v = self._d.get("eventParam", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("AuditLogEntry", "eventParam", v, "a string or null")

    @event_param.setter
    def event_param(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("AuditLogEntry", "eventParam", value, "a string or null")
        self._set("eventParam", value, None)

    @property
    def message(self) -> None | str | Unset:
        v = self._d.get("message", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("AuditLogEntry", "message", v, "a string or null")

    @message.setter
    def message(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("AuditLogEntry", "message", value, "a string or null")
        self._set("message", value, None)


def _convert_entry_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("AuditLogEntry", "entryTimeUTC", "a date-time string") from None
    raise invalid("AuditLogEntry", "entryTimeUTC", v, "a date-time string")


def _json_entry_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("AuditLogEntry", "entryTimeUTC", "a date-time string") from None
        return v
    raise invalid("AuditLogEntry", "entryTimeUTC", v, "a date-time string")


AuditLogEntry._FIELDS = (
    ("id", "id"),
    ("type_", "@type"),
    ("version", "version"),
    ("org_id", "orgId"),
    ("username", "username"),
    ("entry_time", "entryTime"),
    ("entry_time_utc", "entryTimeUTC"),
    ("object_id", "objectId"),
    ("object_name", "objectName"),
    ("category", "category"),
    ("event", "event"),
    ("event_param", "eventParam"),
    ("message", "message"),
)
AuditLogEntry._SLOTTED = (("id", "id", (str,)),)
AuditLogEntry._CHECKS = {
    "id": False,
    "@type": (str,),
    "version": (int,),
    "orgId": (str,),
    "username": (str, NoneType),
    "entryTime": (str,),
    "entryTimeUTC": _json_entry_time_utc,
    "objectId": (str, NoneType),
    "objectName": (str, NoneType),
    "category": (str,),
    "event": (str,),
    "eventParam": (str, NoneType),
    "message": (str, NoneType),
}
AuditLogEntry._MUTABLE = frozenset({})
AuditLogEntry._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
