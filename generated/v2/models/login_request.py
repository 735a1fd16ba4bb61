# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.login_request_type import LoginRequestType
from ..types import UNSET, JsonModel, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="LoginRequest")
_new = object.__new__


class LoginRequest(JsonModel):
    """Body of the v2 login call.

    Attributes:
        type_ (LoginRequestType):
        username (str):
        password (str):
    """

    __slots__ = (
        "type_",
        "username",
        "password",
    )
    type_: LoginRequestType
    username: str
    password: str

    def __init__(
        self,
        type_: LoginRequestType,
        username: str,
        password: str,
    ) -> None:
        self._d = {}
        self._c = None
        self.type_ = _convert_type_(type_)
        if not scalar_ok(username, (str,)):
            raise invalid("LoginRequest", "username", username, "a string")
        self.username = username
        if not scalar_ok(password, (str,)):
            raise invalid("LoginRequest", "password", password, "a string")
        self.password = password

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("LoginRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "LoginRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("LoginRequest", None, d, "an object")
        try:
            type_ = d["@type"]
        except KeyError:
            type_ = UNSET
        type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
        if type_ is None:
            type_ = _convert_type_(d.get("@type", UNSET))
        try:
            username = d["username"]
        except KeyError:
            username = UNSET
        if not (username.__class__ is str) and not scalar_ok(username, (str,)):
            raise invalid("LoginRequest", "username", username, "a string")
        try:
            password = d["password"]
        except KeyError:
            password = UNSET
        if not (password.__class__ is str) and not scalar_ok(password, (str,)):
            raise invalid("LoginRequest", "password", password, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.type_ = type_
        model.username = username
        model.password = password

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("LoginRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("LoginRequest", None, d, "an object")
            try:
                type_ = d["@type"]
            except KeyError:
                type_ = UNSET
            type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
            if type_ is None:
                type_ = _convert_type_(d.get("@type", UNSET))
            try:
                username = d["username"]
            except KeyError:
                username = UNSET
            if not (username.__class__ is str) and not scalar_ok(username, (str,)):
                raise invalid("LoginRequest", "username", username, "a string")
            try:
                password = d["password"]
            except KeyError:
                password = UNSET
            if not (password.__class__ is str) and not scalar_ok(password, (str,)):
                raise invalid("LoginRequest", "password", password, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.type_ = type_
            model.username = username
            model.password = password

            append(model)
        return out


def _convert_type_(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return LoginRequestType(v)
    raise invalid("LoginRequest", "@type", v, "a string")


LoginRequest._FIELDS = (
    ("type_", "@type"),
    ("username", "username"),
    ("password", "password"),
)
LoginRequest._SLOTTED = (
    ("type_", "@type", (str,)),
    ("username", "username", (str,)),
    ("password", "password", (str,)),
)
LoginRequest._CHECKS = {
    "@type": False,
    "username": False,
    "password": False,
}
LoginRequest._MUTABLE = frozenset({})
LoginRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
_MAP_type_ = LoginRequestType._value2member_map_  # value -> member: the fast path of parsing
