# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="ServerTime")
_new = object.__new__


class ServerTime(JsonModel):
    """The pod's current time.

    Attributes:
        time (str): The server time (format unconfirmed; kept a string).
    """

    __slots__ = ("time",)
    time: str

    def __init__(
        self,
        time: str,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(time, (str,)):
            raise invalid("ServerTime", "time", time, "a string")
        self.time = time

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ServerTime", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ServerTime"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ServerTime", None, d, "an object")
        try:
            time = d["time"]
        except KeyError:
            time = UNSET
        if not (time.__class__ is str) and not scalar_ok(time, (str,)):
            raise invalid("ServerTime", "time", time, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.time = time

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ServerTime", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ServerTime", None, d, "an object")
            try:
                time = d["time"]
            except KeyError:
                time = UNSET
            if not (time.__class__ is str) and not scalar_ok(time, (str,)):
                raise invalid("ServerTime", "time", time, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.time = time

            append(model)
        return out


ServerTime._FIELDS = (("time", "time"),)
ServerTime._SLOTTED = (("time", "time", (str,)),)
ServerTime._CHECKS = {
    "time": False,
}
ServerTime._MUTABLE = frozenset({})
ServerTime._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
