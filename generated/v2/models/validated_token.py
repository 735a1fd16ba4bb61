# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="ValidatedToken")
_new = object.__new__


class ValidatedToken(JsonModel):
    """Answer of validate_session.

    Attributes:
        time_until_expire (int): Whole minutes until the session idles out (0 when less than one minute remains).
        is_valid_token (bool):
        type_ (str | Unset): Always "validatedToken".
    """

    __slots__ = (
        "time_until_expire",
        "is_valid_token",
    )
    time_until_expire: int
    is_valid_token: bool

    def __init__(
        self,
        time_until_expire: int,
        is_valid_token: bool,
        type_: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(time_until_expire, (int,)):
            raise invalid("ValidatedToken", "timeUntilExpire", time_until_expire, "an integer")
        self.time_until_expire = time_until_expire
        if not scalar_ok(is_valid_token, (bool,)):
            raise invalid("ValidatedToken", "isValidToken", is_valid_token, "a boolean")
        self.is_valid_token = is_valid_token
        self.type_ = type_

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ValidatedToken", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ValidatedToken"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ValidatedToken", None, d, "an object")
        try:
            time_until_expire = d["timeUntilExpire"]
        except KeyError:
            time_until_expire = UNSET
        if not (time_until_expire.__class__ is int) and not scalar_ok(time_until_expire, (int,)):
            raise invalid("ValidatedToken", "timeUntilExpire", time_until_expire, "an integer")
        try:
            is_valid_token = d["isValidToken"]
        except KeyError:
            is_valid_token = UNSET
        if not (is_valid_token.__class__ is bool) and not scalar_ok(is_valid_token, (bool,)):
            raise invalid("ValidatedToken", "isValidToken", is_valid_token, "a boolean")

        model = _new(cls)
        model._d = d
        model._c = None
        model.time_until_expire = time_until_expire
        model.is_valid_token = is_valid_token

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ValidatedToken", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ValidatedToken", None, d, "an object")
            try:
                time_until_expire = d["timeUntilExpire"]
            except KeyError:
                time_until_expire = UNSET
            if not (time_until_expire.__class__ is int) and not scalar_ok(time_until_expire, (int,)):
                raise invalid("ValidatedToken", "timeUntilExpire", time_until_expire, "an integer")
            try:
                is_valid_token = d["isValidToken"]
            except KeyError:
                is_valid_token = UNSET
            if not (is_valid_token.__class__ is bool) and not scalar_ok(is_valid_token, (bool,)):
                raise invalid("ValidatedToken", "isValidToken", is_valid_token, "a boolean")

            model = _new(cls)
            model._d = d
            model._c = None
            model.time_until_expire = time_until_expire
            model.is_valid_token = is_valid_token

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "validatedToken"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ValidatedToken", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ValidatedToken", "@type", value, "a string")
        self._set("@type", value, None)


ValidatedToken._FIELDS = (
    ("time_until_expire", "timeUntilExpire"),
    ("is_valid_token", "isValidToken"),
    ("type_", "@type"),
)
ValidatedToken._SLOTTED = (
    ("time_until_expire", "timeUntilExpire", (int,)),
    ("is_valid_token", "isValidToken", (bool,)),
)
ValidatedToken._CHECKS = {
    "timeUntilExpire": False,
    "isValidToken": False,
    "@type": (str,),
}
ValidatedToken._MUTABLE = frozenset({})
ValidatedToken._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
