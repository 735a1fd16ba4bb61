# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.object_reference import ObjectReference


T = TypeVar("T", bound="ObjectReferences")
_new = object.__new__


class ObjectReferences(JsonModel):
    """One page of get_object_references.

    Attributes:
        id (str): The federated ID of the asset asked about.
        count (int): Total number of references (not the size of this page).
        references (list[ObjectReference]):
    """

    __slots__ = (
        "id",
        "count",
    )
    id: str
    count: int

    def __init__(
        self,
        id: str,
        count: int,
        references: list[ObjectReference],
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ObjectReferences", "id", id, "a string")
        self.id = id
        if not scalar_ok(count, (int,)):
            raise invalid("ObjectReferences", "count", count, "an integer")
        self.count = count
        self.references = references

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ObjectReferences", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ObjectReferences"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ObjectReferences", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ObjectReferences", "id", id, "a string")
        try:
            count = d["count"]
        except KeyError:
            count = UNSET
        if not (count.__class__ is int) and not scalar_ok(count, (int,)):
            raise invalid("ObjectReferences", "count", count, "an integer")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model.count = count
        model._cached("references", _convert_references(d.get("references", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ObjectReferences", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ObjectReferences", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ObjectReferences", "id", id, "a string")
            try:
                count = d["count"]
            except KeyError:
                count = UNSET
            if not (count.__class__ is int) and not scalar_ok(count, (int,)):
                raise invalid("ObjectReferences", "count", count, "an integer")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.count = count
            model._cached("references", _convert_references(d.get("references", UNSET)))

            append(model)
        return out

    @property
    def references(self) -> list[ObjectReference]:
        c = self._c
        if c is not None and "references" in c:
            return cast("list[ObjectReference]", c["references"])
        v = self._d.get("references", UNSET)
        return cast("list[ObjectReference]", self._cached("references", _convert_references(v)))

    @references.setter
    def references(self, value: list[ObjectReference]) -> None:
        if value is UNSET:
            raise invalid("ObjectReferences", "references", value, "an array (items: an object)")
        self._set("references", value, _convert_references)


def _convert_references(v: Any) -> Any:
    if v.__class__ is list:
        return ObjectReference._from_json_list(v)
    raise invalid("ObjectReferences", "references", v, "an array (items: an object)")


def _json_references_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ObjectReference._from_json(v)._json(depth)
    raise invalid("ObjectReferences", "references", v, "an object")


def _json_references(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_references_item(x, depth + 1) for x in v]
    raise invalid("ObjectReferences", "references", v, "an array (items: an object)")


ObjectReferences._FIELDS = (
    ("id", "id"),
    ("count", "count"),
    ("references", "references"),
)
ObjectReferences._SLOTTED = (
    ("id", "id", (str,)),
    ("count", "count", (int,)),
)
ObjectReferences._CHECKS = {
    "id": False,
    "count": False,
    "references": _json_references,
}
ObjectReferences._MUTABLE = frozenset(
    {
        "references",
    }
)
ObjectReferences._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.object_reference import ObjectReference  # noqa: E402
