# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.object_summary import ObjectSummary


T = TypeVar("T", bound="ObjectSearchResult")
_new = object.__new__


class ObjectSearchResult(JsonModel):
    """One page of `search_objects`.

    Attributes:
        count (int): Total number of matches (not the size of this page).
        objects (list[ObjectSummary]):
    """

    __slots__ = ("count",)
    count: int

    def __init__(
        self,
        count: int,
        objects: list[ObjectSummary],
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(count, (int,)):
            raise invalid("ObjectSearchResult", "count", count, "an integer")
        self.count = count
        self.objects = objects

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ObjectSearchResult", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ObjectSearchResult"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ObjectSearchResult", None, d, "an object")
        try:
            count = d["count"]
        except KeyError:
            count = UNSET
        if not (count.__class__ is int) and not scalar_ok(count, (int,)):
            raise invalid("ObjectSearchResult", "count", count, "an integer")

        model = _new(cls)
        model._d = d
        model._c = None
        model.count = count
        model._cached("objects", _convert_objects(d.get("objects", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ObjectSearchResult", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ObjectSearchResult", None, d, "an object")
            try:
                count = d["count"]
            except KeyError:
                count = UNSET
            if not (count.__class__ is int) and not scalar_ok(count, (int,)):
                raise invalid("ObjectSearchResult", "count", count, "an integer")

            model = _new(cls)
            model._d = d
            model._c = None
            model.count = count
            model._cached("objects", _convert_objects(d.get("objects", UNSET)))

            append(model)
        return out

    @property
    def objects(self) -> list[ObjectSummary]:
        c = self._c
        if c is not None and "objects" in c:
            return cast("list[ObjectSummary]", c["objects"])
        v = self._d.get("objects", UNSET)
        return cast("list[ObjectSummary]", self._cached("objects", _convert_objects(v)))

    @objects.setter
    def objects(self, value: list[ObjectSummary]) -> None:
        if value is UNSET:
            raise invalid("ObjectSearchResult", "objects", value, "an array (items: an object)")
        self._set("objects", value, _convert_objects)


def _convert_objects(v: Any) -> Any:
    if v.__class__ is list:
        return ObjectSummary._from_json_list(v)
    raise invalid("ObjectSearchResult", "objects", v, "an array (items: an object)")


def _json_objects_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ObjectSummary._from_json(v)._json(depth)
    raise invalid("ObjectSearchResult", "objects", v, "an object")


def _json_objects(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_objects_item(x, depth + 1) for x in v]
    raise invalid("ObjectSearchResult", "objects", v, "an array (items: an object)")


ObjectSearchResult._FIELDS = (
    ("count", "count"),
    ("objects", "objects"),
)
ObjectSearchResult._SLOTTED = (("count", "count", (int,)),)
ObjectSearchResult._CHECKS = {
    "count": False,
    "objects": _json_objects,
}
ObjectSearchResult._MUTABLE = frozenset(
    {
        "objects",
    }
)
ObjectSearchResult._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.object_summary import ObjectSummary  # noqa: E402
