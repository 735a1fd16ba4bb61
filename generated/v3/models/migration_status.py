# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar

from ..models.migration_state import MigrationState
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="MigrationStatus")
_new = object.__new__


class MigrationStatus(JsonModel):
    """A state and its message.

    Attributes:
        state (MigrationState): State of an export or import job, or of one object in it. Seen in IICS: QUEUED,
            IN_PROGRESS, SUCCESSFUL, FAILED (the docs' prose says "In Progress, Success, or Failed"; clients see the upper-
            case values). NOT_STARTED (an uploaded package whose import has not been started) and SKIPPED (an object kept by
            REUSE) are what the simulator answers; IICS's values for these two cases are not documented. Unknown values
            parse as UNKNOWN and keep their value.
        message (None | str | Unset):
    """

    __slots__ = ("state",)
    state: MigrationState

    def __init__(
        self,
        state: MigrationState,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.state = _convert_state(state)
        self.message = message

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("MigrationStatus", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "MigrationStatus"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("MigrationStatus", None, d, "an object")
        try:
            state = d["state"]
        except KeyError:
            state = UNSET
        state = _MAP_state.get(state) if state.__class__ is str else None
        if state is None:
            state = _convert_state(d.get("state", UNSET))

        model = _new(cls)
        model._d = d
        model._c = None
        model.state = state

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("MigrationStatus", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("MigrationStatus", None, d, "an object")
            try:
                state = d["state"]
            except KeyError:
                state = UNSET
            state = _MAP_state.get(state) if state.__class__ is str else None
            if state is None:
                state = _convert_state(d.get("state", UNSET))

            model = _new(cls)
            model._d = d
            model._c = None
            model.state = state

            append(model)
        return out

    @property
    def message(self) -> None | str | Unset:
        v = self._d.get("message", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("MigrationStatus", "message", v, "a string or null")

    @message.setter
    def message(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("MigrationStatus", "message", value, "a string or null")
        self._set("message", value, None)


def _convert_state(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return MigrationState(v)
    raise invalid("MigrationStatus", "state", v, "a string")


MigrationStatus._FIELDS = (
    ("state", "state"),
    ("message", "message"),
)
MigrationStatus._SLOTTED = (("state", "state", (str,)),)
MigrationStatus._CHECKS = {
    "state": False,
    "message": (str, NoneType),
}
MigrationStatus._MUTABLE = frozenset({})
MigrationStatus._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
_MAP_state = MigrationState._value2member_map_  # value -> member: the fast path of parsing
