# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="V2Error")
_new = object.__new__


class V2Error(JsonModel):
    """The v2 error object.

    Attributes:
        code (str):
        description (str):
        type_ (str | Unset): Always "error".
        status_code (int | Unset):
    """

    __slots__ = (
        "code",
        "description",
    )
    code: str
    description: str

    def __init__(
        self,
        code: str,
        description: str,
        type_: str | Unset = UNSET,
        status_code: int | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(code, (str,)):
            raise invalid("V2Error", "code", code, "a string")
        self.code = code
        if not scalar_ok(description, (str,)):
            raise invalid("V2Error", "description", description, "a string")
        self.description = description
        self.type_ = type_
        self.status_code = status_code

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("V2Error", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "V2Error"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("V2Error", None, d, "an object")
        try:
            code = d["code"]
        except KeyError:
            code = UNSET
        if not (code.__class__ is str) and not scalar_ok(code, (str,)):
            raise invalid("V2Error", "code", code, "a string")
        try:
            description = d["description"]
        except KeyError:
            description = UNSET
        if not (description.__class__ is str) and not scalar_ok(description, (str,)):
            raise invalid("V2Error", "description", description, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.code = code
        model.description = description

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("V2Error", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("V2Error", None, d, "an object")
            try:
                code = d["code"]
            except KeyError:
                code = UNSET
            if not (code.__class__ is str) and not scalar_ok(code, (str,)):
                raise invalid("V2Error", "code", code, "a string")
            try:
                description = d["description"]
            except KeyError:
                description = UNSET
            if not (description.__class__ is str) and not scalar_ok(description, (str,)):
                raise invalid("V2Error", "description", description, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.code = code
            model.description = description

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "error"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("V2Error", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("V2Error", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def status_code(self) -> int | Unset:
        v = self._d.get("statusCode", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("V2Error", "statusCode", v, "an integer")

    @status_code.setter
    def status_code(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("V2Error", "statusCode", value, "an integer")
        self._set("statusCode", value, None)


V2Error._FIELDS = (
    ("code", "code"),
    ("description", "description"),
    ("type_", "@type"),
    ("status_code", "statusCode"),
)
V2Error._SLOTTED = (
    ("code", "code", (str,)),
    ("description", "description", (str,)),
)
V2Error._CHECKS = {
    "code": False,
    "description": False,
    "@type": (str,),
    "statusCode": (int,),
}
V2Error._MUTABLE = frozenset({})
V2Error._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
