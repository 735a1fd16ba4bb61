# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="TerminateResult")
_new = object.__new__


class TerminateResult(JsonModel):
    """The answer of terminate_taskflow_runs (undocumented; kept open).

    Attributes:
        message (str | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        message: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.message = message

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TerminateResult", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TerminateResult"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TerminateResult", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TerminateResult", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TerminateResult", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def message(self) -> str | Unset:
        v = self._d.get("message", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TerminateResult", "message", v, "a string")

    @message.setter
    def message(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TerminateResult", "message", value, "a string")
        self._set("message", value, None)


TerminateResult._FIELDS = (("message", "message"),)
TerminateResult._SLOTTED = ()
TerminateResult._CHECKS = {
    "message": (str,),
}
TerminateResult._MUTABLE = frozenset({})
TerminateResult._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
