# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.migration_object_ref import MigrationObjectRef
    from ..models.migration_status import MigrationStatus


T = TypeVar("T", bound="ImportJobObject")
_new = object.__new__


class ImportJobObject(JsonModel):
    """The outcome of one object of an import job.

    Attributes:
        source_object (MigrationObjectRef | Unset): An object of an import job, in the package (source) or in this
            organization (target).
        target_object (MigrationObjectRef | None | Unset): The object in this organization; absent (or null) when the
            object failed.
        status (MigrationStatus | Unset): A state and its message.
    """

    __slots__ = ()

    def __init__(
        self,
        source_object: MigrationObjectRef | Unset = UNSET,
        target_object: MigrationObjectRef | None | Unset = UNSET,
        status: MigrationStatus | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.source_object = source_object
        self.target_object = target_object
        self.status = status

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ImportJobObject", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ImportJobObject"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ImportJobObject", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ImportJobObject", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ImportJobObject", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def source_object(self) -> MigrationObjectRef | Unset:
        """An object of an import job, in the package (source) or in this organization (target)."""
        c = self._c
        if c is not None and "sourceObject" in c:
            return cast("MigrationObjectRef | Unset", c["sourceObject"])
        v = self._d.get("sourceObject", UNSET)
        if v is UNSET:
            return UNSET
        return cast("MigrationObjectRef | Unset", self._cached("sourceObject", _convert_source_object(v)))

    @source_object.setter
    def source_object(self, value: MigrationObjectRef | Unset) -> None:
        self._set("sourceObject", value, _convert_source_object)

    @property
    def target_object(self) -> MigrationObjectRef | None | Unset:
        """The object in this organization; absent (or null) when the object failed."""
        c = self._c
        if c is not None and "targetObject" in c:
            return cast("MigrationObjectRef | None | Unset", c["targetObject"])
        v = self._d.get("targetObject", UNSET)
        if v is UNSET:
            return UNSET
        return cast("MigrationObjectRef | None | Unset", self._cached("targetObject", _convert_target_object(v)))

    @target_object.setter
    def target_object(self, value: MigrationObjectRef | None | Unset) -> None:
        self._set("targetObject", value, _convert_target_object)

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


def _convert_source_object(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationObjectRef._from_json(v)
    raise invalid("ImportJobObject", "sourceObject", v, "an object")


def _json_source_object(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationObjectRef._from_json(v)._json(depth)
    raise invalid("ImportJobObject", "sourceObject", v, "an object")


def _convert_target_object_2(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationObjectRef._from_json(v)
    raise invalid("ImportJobObject", "targetObject", v, "an object")


def _convert_target_object(v: Any) -> Any:
    if scalar_ok(v, (NoneType,)):
        return v
    if v.__class__ is dict:
        return _convert_target_object_2(v)
    raise invalid("ImportJobObject", "targetObject", v, "null or an object")


def _json_target_object_2(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationObjectRef._from_json(v)._json(depth)
    raise invalid("ImportJobObject", "targetObject", v, "an object")


def _json_target_object(v: Any, depth: int) -> Any:
    if scalar_ok(v, (NoneType,)):
        return v
    if v.__class__ is dict:
        return _json_target_object_2(v, depth)
    raise invalid("ImportJobObject", "targetObject", v, "null or an object")


def _convert_status(v: Any) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)
    raise invalid("ImportJobObject", "status", v, "an object")


def _json_status(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return MigrationStatus._from_json(v)._json(depth)
    raise invalid("ImportJobObject", "status", v, "an object")


ImportJobObject._FIELDS = (
    ("source_object", "sourceObject"),
    ("target_object", "targetObject"),
    ("status", "status"),
)
ImportJobObject._SLOTTED = ()
ImportJobObject._CHECKS = {
    "sourceObject": _json_source_object,
    "targetObject": _json_target_object,
    "status": _json_status,
}
ImportJobObject._MUTABLE = frozenset(
    {
        "sourceObject",
        "targetObject",
        "status",
    }
)
ImportJobObject._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.migration_object_ref import MigrationObjectRef  # noqa: E402
from ..models.migration_status import MigrationStatus  # noqa: E402
