# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..models.conflict_resolution import ConflictResolution
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="ImportObjectSpecification")
_new = object.__new__


class ImportObjectSpecification(JsonModel):
    """How to import one object of the package. `targetObjectId` names an existing object of the target organization to use
    instead of the package's object: a runtime environment (assets then use it; IICS requires the same connector types
    and versions), a connection, or a project or folder (the package's container is imported into it). IICS documents
    the field but the retrieved text does not say which object types it applies to; the mapping above is the
    simulator's. Fields for in-out parameters and sequences ("retain, reset or overwrite persisted values") are
    documented by IICS but their names are not known; unknown fields are kept and sent as given.

        Attributes:
            source_object_id (str): The object's ID in the package (its ID in the source organization).
            conflict_resolution (ConflictResolution | Unset): What to do when the target organization has an object of the
                same type at the same path: OVERWRITE it with the package's, or REUSE it (keep it, do not import). The
                simulator's default is REUSE, as the IICS UI's (IICS's REST default is not documented).
            target_object_id (str | Unset): An existing object of the target organization to use instead (see above).
    """

    __slots__ = ("source_object_id",)
    source_object_id: str

    def __init__(
        self,
        source_object_id: str,
        conflict_resolution: ConflictResolution | Unset = UNSET,
        target_object_id: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(source_object_id, (str,)):
            raise invalid("ImportObjectSpecification", "sourceObjectId", source_object_id, "a string")
        self.source_object_id = source_object_id
        self.conflict_resolution = conflict_resolution
        self.target_object_id = target_object_id

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportObjectSpecification", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportObjectSpecification"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportObjectSpecification", None, d, "an object")
        try:
            source_object_id = d["sourceObjectId"]
        except KeyError:
            source_object_id = UNSET
        if not (source_object_id.__class__ is str) and not scalar_ok(source_object_id, (str,)):
            raise invalid("ImportObjectSpecification", "sourceObjectId", source_object_id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.source_object_id = source_object_id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportObjectSpecification", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportObjectSpecification", None, d, "an object")
            try:
                source_object_id = d["sourceObjectId"]
            except KeyError:
                source_object_id = UNSET
            if not (source_object_id.__class__ is str) and not scalar_ok(source_object_id, (str,)):
                raise invalid("ImportObjectSpecification", "sourceObjectId", source_object_id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.source_object_id = source_object_id

            append(model)
        return out

    @property
    def conflict_resolution(self) -> ConflictResolution | Unset:
        """What to do when the target organization has an object of the same type at the same path: OVERWRITE it with
        the package's, or REUSE it (keep it, do not import). The simulator's default is REUSE, as the IICS UI's (IICS's
        REST default is not documented)."""
        c = self._c
        if c is not None and "conflictResolution" in c:
            return cast("ConflictResolution | Unset", c["conflictResolution"])
        v = self._d.get("conflictResolution", UNSET)
        if v is UNSET:
            return UNSET
        return cast("ConflictResolution | Unset", self._cached("conflictResolution", _convert_conflict_resolution(v)))

    @conflict_resolution.setter
    def conflict_resolution(self, value: ConflictResolution | Unset) -> None:
        self._set("conflictResolution", value, _convert_conflict_resolution)

    @property
    def target_object_id(self) -> str | Unset:
        """An existing object of the target organization to use instead (see above)."""
        v = self._d.get("targetObjectId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ImportObjectSpecification", "targetObjectId", v, "a string")

    @target_object_id.setter
    def target_object_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ImportObjectSpecification", "targetObjectId", value, "a string")
        self._set("targetObjectId", value, None)


def _convert_conflict_resolution(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return ConflictResolution(v)
    raise invalid("ImportObjectSpecification", "conflictResolution", v, "a string")


ImportObjectSpecification._FIELDS = (
    ("source_object_id", "sourceObjectId"),
    ("conflict_resolution", "conflictResolution"),
    ("target_object_id", "targetObjectId"),
)
ImportObjectSpecification._SLOTTED = (("source_object_id", "sourceObjectId", (str,)),)
ImportObjectSpecification._CHECKS = {
    "sourceObjectId": False,
    "conflictResolution": (str,),
    "targetObjectId": (str,),
}
ImportObjectSpecification._MUTABLE = frozenset({})
ImportObjectSpecification._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
