# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.validated_token_request_type import ValidatedTokenRequestType
from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="ValidatedTokenRequest")
_new = object.__new__


class ValidatedTokenRequest(JsonModel):
    """Body of validate_session.

    Attributes:
        type_ (ValidatedTokenRequestType):
        user_name (str): The user the session belongs to.
        ic_token (str): The session ID to check.
    """

    __slots__ = (
        "type_",
        "user_name",
        "ic_token",
    )
    type_: ValidatedTokenRequestType
    user_name: str
    ic_token: str

    def __init__(
        self,
        type_: ValidatedTokenRequestType,
        user_name: str,
        ic_token: str,
    ) -> None:
        self._d = {}
        self._c = None
        self.type_ = _convert_type_(type_)
        if not scalar_ok(user_name, (str,)):
            raise invalid("ValidatedTokenRequest", "userName", user_name, "a string")
        self.user_name = user_name
        if not scalar_ok(ic_token, (str,)):
            raise invalid("ValidatedTokenRequest", "icToken", ic_token, "a string")
        self.ic_token = ic_token

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ValidatedTokenRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ValidatedTokenRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ValidatedTokenRequest", None, d, "an object")
        try:
            type_ = d["@type"]
        except KeyError:
            type_ = UNSET
        type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
        if type_ is None:
            type_ = _convert_type_(d.get("@type", UNSET))
        try:
            user_name = d["userName"]
        except KeyError:
            user_name = UNSET
        if not (user_name.__class__ is str) and not scalar_ok(user_name, (str,)):
            raise invalid("ValidatedTokenRequest", "userName", user_name, "a string")
        try:
            ic_token = d["icToken"]
        except KeyError:
            ic_token = UNSET
        if not (ic_token.__class__ is str) and not scalar_ok(ic_token, (str,)):
            raise invalid("ValidatedTokenRequest", "icToken", ic_token, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.type_ = type_
        model.user_name = user_name
        model.ic_token = ic_token

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ValidatedTokenRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ValidatedTokenRequest", None, d, "an object")
            try:
                type_ = d["@type"]
            except KeyError:
                type_ = UNSET
            type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
            if type_ is None:
                type_ = _convert_type_(d.get("@type", UNSET))
            try:
                user_name = d["userName"]
            except KeyError:
                user_name = UNSET
            if not (user_name.__class__ is str) and not scalar_ok(user_name, (str,)):
                raise invalid("ValidatedTokenRequest", "userName", user_name, "a string")
            try:
                ic_token = d["icToken"]
            except KeyError:
                ic_token = UNSET
            if not (ic_token.__class__ is str) and not scalar_ok(ic_token, (str,)):
                raise invalid("ValidatedTokenRequest", "icToken", ic_token, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.type_ = type_
            model.user_name = user_name
            model.ic_token = ic_token

            append(model)
        return out


def _convert_type_(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return ValidatedTokenRequestType(v)
    raise invalid("ValidatedTokenRequest", "@type", v, "a string")


ValidatedTokenRequest._FIELDS = (
    ("type_", "@type"),
    ("user_name", "userName"),
    ("ic_token", "icToken"),
)
ValidatedTokenRequest._SLOTTED = (
    ("type_", "@type", (str,)),
    ("user_name", "userName", (str,)),
    ("ic_token", "icToken", (str,)),
)
ValidatedTokenRequest._CHECKS = {
    "@type": False,
    "userName": False,
    "icToken": False,
}
ValidatedTokenRequest._MUTABLE = frozenset({})
ValidatedTokenRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
_MAP_type_ = ValidatedTokenRequestType._value2member_map_  # value -> member: the fast path of parsing
