# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.export_object_request import ExportObjectRequest


T = TypeVar("T", bound="ExportRequest")
_new = object.__new__


class ExportRequest(JsonModel):
    """What to export.

    Attributes:
        objects (list[ExportObjectRequest]): The objects to export (Informatica recommends at most 1000).
        name (str | Unset): Job name; IICS's default is `job-<currentTimeInMilliseconds>`.
    """

    __slots__ = ()

    def __init__(
        self,
        objects: list[ExportObjectRequest],
        name: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.objects = objects
        self.name = name

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ExportRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ExportRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ExportRequest", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None
        model._cached("objects", _convert_objects(d.get("objects", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ExportRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ExportRequest", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None
            model._cached("objects", _convert_objects(d.get("objects", UNSET)))

            append(model)
        return out

    @property
    def objects(self) -> list[ExportObjectRequest]:
        """The objects to export (Informatica recommends at most 1000)."""
        c = self._c
        if c is not None and "objects" in c:
            return cast("list[ExportObjectRequest]", c["objects"])
        v = self._d.get("objects", UNSET)
        return cast("list[ExportObjectRequest]", self._cached("objects", _convert_objects(v)))

    @objects.setter
    def objects(self, value: list[ExportObjectRequest]) -> None:
        if value is UNSET:
            raise invalid("ExportRequest", "objects", value, "an array (items: an object)")
        self._set("objects", value, _convert_objects)

    @property
    def name(self) -> str | Unset:
        """Job name; IICS's default is `job-<currentTimeInMilliseconds>`."""
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ExportRequest", "name", v, "a string")

    @name.setter
    def name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ExportRequest", "name", value, "a string")
        self._set("name", value, None)


def _convert_objects(v: Any) -> Any:
    if v.__class__ is list:
        return ExportObjectRequest._from_json_list(v)
    raise invalid("ExportRequest", "objects", v, "an array (items: an object)")


def _json_objects_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ExportObjectRequest._from_json(v)._json(depth)
    raise invalid("ExportRequest", "objects", v, "an object")


def _json_objects(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_objects_item(x, depth + 1) for x in v]
    raise invalid("ExportRequest", "objects", v, "an array (items: an object)")


ExportRequest._FIELDS = (
    ("objects", "objects"),
    ("name", "name"),
)
ExportRequest._SLOTTED = ()
ExportRequest._CHECKS = {
    "objects": _json_objects,
    "name": (str,),
}
ExportRequest._MUTABLE = frozenset(
    {
        "objects",
    }
)
ExportRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.export_object_request import ExportObjectRequest  # noqa: E402
