# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.conflict_resolution import ConflictResolution
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.import_object_specification import ImportObjectSpecification


T = TypeVar("T", bound="ImportSpecification")
_new = object.__new__


class ImportSpecification(JsonModel):
    """Which objects to import and how. Without it, IICS imports every object of the package with the default conflict
    resolution.

        Attributes:
            default_conflict_resolution (ConflictResolution | Unset): What to do when the target organization has an object
                of the same type at the same path: OVERWRITE it with the package's, or REUSE it (keep it, do not import). The
                simulator's default is REUSE, as the IICS UI's (IICS's REST default is not documented).
            include_objects (list[str] | Unset): IDs (in the package) of the objects to import; default: all of them. A
                project includes its assets and the dependencies the target organization lacks; an asset brings its project and
                folder along when they are missing. Informatica recommends at most 1000.
            object_specification (list[ImportObjectSpecification] | Unset): Per-object settings; objects without one use the
                defaults.
    """

    __slots__ = ()

    def __init__(
        self,
        default_conflict_resolution: ConflictResolution | Unset = UNSET,
        include_objects: list[str] | Unset = UNSET,
        object_specification: list[ImportObjectSpecification] | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.default_conflict_resolution = default_conflict_resolution
        self.include_objects = include_objects
        self.object_specification = object_specification

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportSpecification", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportSpecification"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportSpecification", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportSpecification", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportSpecification", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def default_conflict_resolution(self) -> ConflictResolution | Unset:
        """What to do when the target organization has an object of the same type at the same path: OVERWRITE it with
        the package's, or REUSE it (keep it, do not import). The simulator's default is REUSE, as the IICS UI's (IICS's
        REST default is not documented)."""
        c = self._c
        if c is not None and "defaultConflictResolution" in c:
            return cast("ConflictResolution | Unset", c["defaultConflictResolution"])
        v = self._d.get("defaultConflictResolution", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "ConflictResolution | Unset",
            self._cached("defaultConflictResolution", _convert_default_conflict_resolution(v)),
        )

    @default_conflict_resolution.setter
    def default_conflict_resolution(self, value: ConflictResolution | Unset) -> None:
        self._set("defaultConflictResolution", value, _convert_default_conflict_resolution)

    @property
    def include_objects(self) -> list[str] | Unset:
        """IDs (in the package) of the objects to import; default: all of them. A project includes its assets and the
        dependencies the target organization lacks; an asset brings its project and folder along when they are missing.
        Informatica recommends at most 1000."""
        v = self._d.get("includeObjects", UNSET)
        if (v.__class__ is list and all(x0.__class__ is str for x0 in v)) or v is UNSET:
            return v
        if isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v):
            return v
        raise invalid("ImportSpecification", "includeObjects", v, "an array (items: a string)")

    @include_objects.setter
    def include_objects(self, value: list[str] | Unset) -> None:
        if not ((isinstance(value, list) and all(scalar_ok(x0, (str,)) for x0 in value)) or value is UNSET):
            raise invalid("ImportSpecification", "includeObjects", value, "an array (items: a string)")
        self._set("includeObjects", value, None)

    @property
    def object_specification(self) -> list[ImportObjectSpecification] | Unset:
        """Per-object settings; objects without one use the defaults."""
        c = self._c
        if c is not None and "objectSpecification" in c:
            return cast("list[ImportObjectSpecification] | Unset", c["objectSpecification"])
        v = self._d.get("objectSpecification", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "list[ImportObjectSpecification] | Unset",
            self._cached("objectSpecification", _convert_object_specification(v)),
        )

    @object_specification.setter
    def object_specification(self, value: list[ImportObjectSpecification] | Unset) -> None:
        self._set("objectSpecification", value, _convert_object_specification)


def _convert_default_conflict_resolution(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return ConflictResolution(v)
    raise invalid("ImportSpecification", "defaultConflictResolution", v, "a string")


def _json_include_objects(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        if all(scalar_ok(x, (str,)) for x in v):
            return list(v)
    raise invalid("ImportSpecification", "includeObjects", v, "an array (items: a string)")


def _convert_object_specification(v: Any) -> Any:
    if v.__class__ is list:
        return ImportObjectSpecification._from_json_list(v)
    raise invalid("ImportSpecification", "objectSpecification", v, "an array (items: an object)")


def _json_object_specification_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ImportObjectSpecification._from_json(v)._json(depth)
    raise invalid("ImportSpecification", "objectSpecification", v, "an object")


def _json_object_specification(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_object_specification_item(x, depth + 1) for x in v]
    raise invalid("ImportSpecification", "objectSpecification", v, "an array (items: an object)")


ImportSpecification._FIELDS = (
    ("default_conflict_resolution", "defaultConflictResolution"),
    ("include_objects", "includeObjects"),
    ("object_specification", "objectSpecification"),
)
ImportSpecification._SLOTTED = ()
ImportSpecification._CHECKS = {
    "defaultConflictResolution": (str,),
    "includeObjects": _json_include_objects,
    "objectSpecification": _json_object_specification,
}
ImportSpecification._MUTABLE = frozenset(
    {
        "objectSpecification",
    }
)
ImportSpecification._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.import_object_specification import ImportObjectSpecification  # noqa: E402
