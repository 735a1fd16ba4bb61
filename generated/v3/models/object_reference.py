# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

T = TypeVar("T", bound="ObjectReference")
_new = object.__new__


class ObjectReference(JsonModel):
    """One object that the asset uses or that uses it.

    Attributes:
        id (str): The federated ID.
        app_context_id (None | str | Unset): The object's ID in its service (the v2 ID for tasks, mappings, ...).
        path (str | Unset):
        document_type (str | Unset): Asset type (MTT, DTEMPLATE, WORKFLOW, TASKFLOW, ...).
        description (None | str | Unset):
        last_updated_time (datetime.datetime | Unset): UTC.
    """

    __slots__ = ("id",)
    id: str

    def __init__(
        self,
        id: str,
        app_context_id: None | str | Unset = UNSET,
        path: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        last_updated_time: datetime.datetime | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ObjectReference", "id", id, "a string")
        self.id = id
        self.app_context_id = app_context_id
        self.path = path
        self.document_type = document_type
        self.description = description
        self.last_updated_time = last_updated_time

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ObjectReference", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ObjectReference"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ObjectReference", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ObjectReference", "id", id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ObjectReference", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ObjectReference", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ObjectReference", "id", id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id

            append(model)
        return out

    @property
    def app_context_id(self) -> None | str | Unset:
        """The object's ID in its service (the v2 ID for tasks, mappings, ...)."""
        v = self._d.get("appContextId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ObjectReference", "appContextId", v, "a string or null")

    @app_context_id.setter
    def app_context_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ObjectReference", "appContextId", value, "a string or null")
        self._set("appContextId", value, None)

    @property
    def path(self) -> str | Unset:
        v = self._d.get("path", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ObjectReference", "path", v, "a string")

    @path.setter
    def path(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ObjectReference", "path", value, "a string")
        self._set("path", value, None)

    @property
    def document_type(self) -> str | Unset:
        """Asset type (MTT, DTEMPLATE, WORKFLOW, TASKFLOW, ...)."""
        v = self._d.get("documentType", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ObjectReference", "documentType", v, "a string")

    @document_type.setter
    def document_type(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ObjectReference", "documentType", value, "a string")
        self._set("documentType", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ObjectReference", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ObjectReference", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def last_updated_time(self) -> datetime.datetime | Unset:
        """UTC."""
        c = self._c
        if c is not None and "lastUpdatedTime" in c:
            return cast("datetime.datetime | Unset", c["lastUpdatedTime"])
        v = self._d.get("lastUpdatedTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("lastUpdatedTime", _convert_last_updated_time(v)))

    @last_updated_time.setter
    def last_updated_time(self, value: datetime.datetime | Unset) -> None:
        self._set("lastUpdatedTime", value, _convert_last_updated_time)

    @property
    def name(self) -> str | Unset:
        """The last segment of ``path``: IICS sends no name of its own. Derived (read-only), never sent back."""
        path = self.path
        return path if isinstance(path, Unset) else path.rpartition("/")[2]


def _convert_last_updated_time(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ObjectReference", "lastUpdatedTime", "a date-time string") from None
    raise invalid("ObjectReference", "lastUpdatedTime", v, "a date-time string")


def _json_last_updated_time(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ObjectReference", "lastUpdatedTime", "a date-time string") from None
        return v
    raise invalid("ObjectReference", "lastUpdatedTime", v, "a date-time string")


ObjectReference._FIELDS = (
    ("id", "id"),
    ("app_context_id", "appContextId"),
    ("path", "path"),
    ("document_type", "documentType"),
    ("description", "description"),
    ("last_updated_time", "lastUpdatedTime"),
)
ObjectReference._SLOTTED = (("id", "id", (str,)),)
ObjectReference._CHECKS = {
    "id": False,
    "appContextId": (str, NoneType),
    "path": (str,),
    "documentType": (str,),
    "description": (str, NoneType),
    "lastUpdatedTime": _json_last_updated_time,
}
ObjectReference._MUTABLE = frozenset({})
ObjectReference._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
