# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="SuccessObject")
_new = object.__new__


class SuccessObject(JsonModel):
    """The v2 success object (its exact shape is not documented; kept open).

    Attributes:
        type_ (str | Unset):
        description (None | str | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        type_: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.type_ = type_
        self.description = description

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("SuccessObject", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "SuccessObject"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("SuccessObject", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("SuccessObject", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("SuccessObject", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("SuccessObject", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("SuccessObject", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("SuccessObject", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("SuccessObject", "description", value, "a string or null")
        self._set("description", value, None)


SuccessObject._FIELDS = (
    ("type_", "@type"),
    ("description", "description"),
)
SuccessObject._SLOTTED = ()
SuccessObject._CHECKS = {
    "@type": (str,),
    "description": (str, NoneType),
}
SuccessObject._MUTABLE = frozenset({})
SuccessObject._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
