# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="TerminateRequest")
_new = object.__new__


class TerminateRequest(JsonModel):
    """Body of terminate_taskflow_runs.

    Attributes:
        runid (list[str]): Run IDs as strings (lower-case `runid`).
    """

    __slots__ = ()

    def __init__(
        self,
        runid: list[str],
    ) -> None:
        self._d = {}
        self._c = None
        self.runid = runid

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TerminateRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TerminateRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TerminateRequest", None, d, "an object")
        v = d.get("runid", UNSET)
        if not (v.__class__ is list and all(x0.__class__ is str for x0 in v)) and not (
            isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v)
        ):
            raise invalid("TerminateRequest", "runid", v, "an array (items: a string)")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TerminateRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TerminateRequest", None, d, "an object")
            v = d.get("runid", UNSET)
            if not (v.__class__ is list and all(x0.__class__ is str for x0 in v)) and not (
                isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v)
            ):
                raise invalid("TerminateRequest", "runid", v, "an array (items: a string)")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def runid(self) -> list[str]:
        """Run IDs as strings (lower-case `runid`)."""
        v = self._d.get("runid", UNSET)
        if v.__class__ is list and all(x0.__class__ is str for x0 in v):
            return v
        if isinstance(v, list) and all(scalar_ok(x0, (str,)) for x0 in v):
            return v
        raise invalid("TerminateRequest", "runid", v, "an array (items: a string)")

    @runid.setter
    def runid(self, value: list[str]) -> None:
        if not (isinstance(value, list) and all(scalar_ok(x0, (str,)) for x0 in value)):
            raise invalid("TerminateRequest", "runid", value, "an array (items: a string)")
        self._set("runid", value, None)


def _json_runid(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        if all(scalar_ok(x, (str,)) for x in v):
            return list(v)
    raise invalid("TerminateRequest", "runid", v, "an array (items: a string)")


TerminateRequest._FIELDS = (("runid", "runid"),)
TerminateRequest._SLOTTED = ()
TerminateRequest._CHECKS = {
    "runid": _json_runid,
}
TerminateRequest._MUTABLE = frozenset({})
TerminateRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
