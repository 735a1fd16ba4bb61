# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="MigrationObjectRef")
_new = object.__new__


class MigrationObjectRef(JsonModel):
    """An object of an import job, in the package (source) or in this organization (target).

    Attributes:
        id (str | Unset):
        name (str | Unset):
        path (str | Unset):
        type_ (str | Unset):
        description (None | str | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        path: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.id = id
        self.name = name
        self.path = path
        self.type_ = type_
        self.description = description

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("MigrationObjectRef", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "MigrationObjectRef"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("MigrationObjectRef", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("MigrationObjectRef", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("MigrationObjectRef", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def id(self) -> str | Unset:
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MigrationObjectRef", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MigrationObjectRef", "id", value, "a string")
        self._set("id", value, None)

    @property
    def name(self) -> str | Unset:
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MigrationObjectRef", "name", v, "a string")

    @name.setter
    def name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MigrationObjectRef", "name", value, "a string")
        self._set("name", value, None)

    @property
    def path(self) -> str | Unset:
        v = self._d.get("path", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MigrationObjectRef", "path", v, "a string")

    @path.setter
    def path(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MigrationObjectRef", "path", value, "a string")
        self._set("path", value, None)

    @property
    def type_(self) -> str | Unset:
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("MigrationObjectRef", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("MigrationObjectRef", "type", value, "a string")
        self._set("type", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MigrationObjectRef", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MigrationObjectRef", "description", value, "a string or null")
        self._set("description", value, None)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_


MigrationObjectRef._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("path", "path"),
    ("type_", "type"),
    ("description", "description"),
)
MigrationObjectRef._SLOTTED = ()
MigrationObjectRef._CHECKS = {
    "id": (str,),
    "name": (str,),
    "path": (str,),
    "type": (str,),
    "description": (str, NoneType),
}
MigrationObjectRef._MUTABLE = frozenset({})
MigrationObjectRef._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
