# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import JsonModel, invalid, json_copy

T = TypeVar("T", bound="ActivityLogEntrySessionVariablesType0")
_new = object.__new__


class ActivityLogEntrySessionVariablesType0(JsonModel):
    """Session variables of the run (string-to-string map)."""

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._d = {}
        self._c = None

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ActivityLogEntrySessionVariablesType0", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ActivityLogEntrySessionVariablesType0"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ActivityLogEntrySessionVariablesType0", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ActivityLogEntrySessionVariablesType0", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ActivityLogEntrySessionVariablesType0", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out


ActivityLogEntrySessionVariablesType0._FIELDS = ()
ActivityLogEntrySessionVariablesType0._SLOTTED = ()
ActivityLogEntrySessionVariablesType0._CHECKS = {}
ActivityLogEntrySessionVariablesType0._MUTABLE = frozenset({})
ActivityLogEntrySessionVariablesType0._EXTRA_CHECK = (str,)

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
