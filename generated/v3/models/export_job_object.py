# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ExportJobObject")
_new = object.__new__


class ExportJobObject(JsonModel):
    """One object of an export package.

    Attributes:
        id (str): The object's v3 (federated) ID in the source organization.
        name (str | Unset):
        path (str | Unset): Project/folder path plus name (connections and runtime environments have only a name).
        type_ (str | Unset): Object type, open-ended: PROJECT, FOLDER, DTEMPLATE, MTT, WORKFLOW, TASKFLOW, Connection,
            AgentGroup, ...
        description (None | str | Unset):
        status (MigrationStatus | Unset): A state and its message.
    """

    __slots__ = ("id",)
    id: str

    def __init__(
        self,
        id: str,
        name: str | Unset = UNSET,
        path: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        status: MigrationStatus | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ExportJobObject", "id", id, "a string")
        self.id = id
        self.name = name
        self.path = path
        self.type_ = type_
        self.description = description
        self.status = status

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ExportJobObject", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ExportJobObject"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ExportJobObject", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ExportJobObject", "id", id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ExportJobObject", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ExportJobObject", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ExportJobObject", "id", id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id

            append(model)
        return out

    @property
    def name(self) -> str | Unset:
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ExportJobObject", "name", v, "a string")

    @name.setter
    def name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ExportJobObject", "name", value, "a string")
        self._set("name", value, None)

    @property
    def path(self) -> str | Unset:
        """Project/folder path plus name (connections and runtime environments have only a name)."""
        v = self._d.get("path", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ExportJobObject", "path", v, "a string")

    @path.setter
    def path(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ExportJobObject", "path", value, "a string")
        self._set("path", value, None)

    @property
    def type_(self) -> str | Unset:
        """Object type, open-ended: PROJECT, FOLDER, DTEMPLATE, MTT, WORKFLOW, TASKFLOW, Connection, AgentGroup, ..."""
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ExportJobObject", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ExportJobObject", "type", value, "a string")
        self._set("type", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ExportJobObject", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ExportJobObject", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def status(self) -> MigrationStatus | Unset:
        """A state and its message."""
        c = self._c
        if c is not None and "status" in c:
            return cast("MigrationStatus | Unset", c["status"])
        v = self._d.get("status", UNSET)
        if v is UNSET:
            return UNSET
        return cast("MigrationStatus | Unset", self._cached("status", _convert_status(v)))

    @status.setter
    def status(self, value: MigrationStatus | Unset) -> None:
        self._set("status", value, _convert_status)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_


def _convert_status(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)
    raise invalid("ExportJobObject", "status", v, "an object")


def _json_status(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)._json(depth)
    raise invalid("ExportJobObject", "status", v, "an object")


ExportJobObject._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("path", "path"),
    ("type_", "type"),
    ("description", "description"),
    ("status", "status"),
)
ExportJobObject._SLOTTED = (("id", "id", (str,)),)
ExportJobObject._CHECKS = {
    "id": False,
    "name": (str,),
    "path": (str,),
    "type": (str,),
    "description": (str, NoneType),
    "status": _json_status,
}
ExportJobObject._MUTABLE = frozenset(
    {
        "status",
    }
)
ExportJobObject._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.migration_status import MigrationStatus  # noqa: E402
