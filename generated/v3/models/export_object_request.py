# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="ExportObjectRequest")
_new = object.__new__


class ExportObjectRequest(JsonModel):
    """One object to export.

    Attributes:
        id (str): The v3 (federated) ID of a project, folder or asset (see `search_objects`).
        include_dependencies (bool | Unset): Also export the objects the assets use. IICS's default is true. Default:
            True.
    """

    __slots__ = ("id",)
    id: str

    def __init__(
        self,
        id: str,
        include_dependencies: bool | Unset = True,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ExportObjectRequest", "id", id, "a string")
        self.id = id
        self.include_dependencies = include_dependencies

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ExportObjectRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ExportObjectRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ExportObjectRequest", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ExportObjectRequest", "id", id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ExportObjectRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ExportObjectRequest", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ExportObjectRequest", "id", id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id

            append(model)
        return out

    @property
    def include_dependencies(self) -> bool | Unset:
        """Also export the objects the assets use. IICS's default is true."""
        v = self._d.get("includeDependencies", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ExportObjectRequest", "includeDependencies", v, "a boolean")

    @include_dependencies.setter
    def include_dependencies(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ExportObjectRequest", "includeDependencies", value, "a boolean")
        self._set("includeDependencies", value, None)


ExportObjectRequest._FIELDS = (
    ("id", "id"),
    ("include_dependencies", "includeDependencies"),
)
ExportObjectRequest._SLOTTED = (("id", "id", (str,)),)
ExportObjectRequest._CHECKS = {
    "id": False,
    "includeDependencies": (bool,),
}
ExportObjectRequest._MUTABLE = frozenset({})
ExportObjectRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
