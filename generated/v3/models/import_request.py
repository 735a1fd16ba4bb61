# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.import_specification import ImportSpecification


T = TypeVar("T", bound="ImportRequest")
_new = object.__new__


class ImportRequest(JsonModel):
    """The body of `start_import`.

    Attributes:
        name (str): Job name (required by IICS).
        import_specification (ImportSpecification | Unset): Which objects to import and how. Without it, IICS imports
            every object of the package with the default conflict resolution.
    """

    __slots__ = ("name",)
    name: str

    def __init__(
        self,
        name: str,
        import_specification: ImportSpecification | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(name, (str,)):
            raise invalid("ImportRequest", "name", name, "a string")
        self.name = name
        self.import_specification = import_specification

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportRequest", None, d, "an object")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("ImportRequest", "name", name, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.name = name

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportRequest", None, d, "an object")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("ImportRequest", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.name = name

            append(model)
        return out

    @property
    def import_specification(self) -> ImportSpecification | Unset:
        """Which objects to import and how. Without it, IICS imports every object of the package with the default
        conflict resolution."""
        c = self._c
        if c is not None and "importSpecification" in c:
            return cast("ImportSpecification | Unset", c["importSpecification"])
        v = self._d.get("importSpecification", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "ImportSpecification | Unset", self._cached("importSpecification", _convert_import_specification(v))
        )

    @import_specification.setter
    def import_specification(self, value: ImportSpecification | Unset) -> None:
        self._set("importSpecification", value, _convert_import_specification)


def _convert_import_specification(v: Any) -> Any:
    if v.__class__ is dict:
        return ImportSpecification._from_json(v)
    raise invalid("ImportRequest", "importSpecification", v, "an object")


def _json_import_specification(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ImportSpecification._from_json(v)._json(depth)
    raise invalid("ImportRequest", "importSpecification", v, "an object")


ImportRequest._FIELDS = (
    ("name", "name"),
    ("import_specification", "importSpecification"),
)
ImportRequest._SLOTTED = (("name", "name", (str,)),)
ImportRequest._CHECKS = {
    "name": False,
    "importSpecification": _json_import_specification,
}
ImportRequest._MUTABLE = frozenset(
    {
        "importSpecification",
    }
)
ImportRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.import_specification import ImportSpecification  # noqa: E402
