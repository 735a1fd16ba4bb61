# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.v3_error_detail_details_type_0_item import V3ErrorDetailDetailsType0Item


T = TypeVar("T", bound="V3ErrorDetail")
_new = object.__new__


class V3ErrorDetail(JsonModel):
    """The body of a v3 error.

    Attributes:
        code (str):
        message (str):
        request_id (None | str | Unset):
        debug_message (None | str | Unset):
        details (list[V3ErrorDetailDetailsType0Item] | None | Unset):
    """

    __slots__ = (
        "code",
        "message",
    )
    code: str
    message: str

    def __init__(
        self,
        code: str,
        message: str,
        request_id: None | str | Unset = UNSET,
        debug_message: None | str | Unset = UNSET,
        details: list[V3ErrorDetailDetailsType0Item] | None | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(code, (str,)):
            raise invalid("V3ErrorDetail", "code", code, "a string")
        self.code = code
        if not scalar_ok(message, (str,)):
            raise invalid("V3ErrorDetail", "message", message, "a string")
        self.message = message
        self.request_id = request_id
        self.debug_message = debug_message
        self.details = details

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("V3ErrorDetail", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "V3ErrorDetail"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("V3ErrorDetail", None, d, "an object")
        try:
            code = d["code"]
        except KeyError:
            code = UNSET
        if not (code.__class__ is str) and not scalar_ok(code, (str,)):
            raise invalid("V3ErrorDetail", "code", code, "a string")
        try:
            message = d["message"]
        except KeyError:
            message = UNSET
        if not (message.__class__ is str) and not scalar_ok(message, (str,)):
            raise invalid("V3ErrorDetail", "message", message, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.code = code
        model.message = message

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("V3ErrorDetail", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("V3ErrorDetail", None, d, "an object")
            try:
                code = d["code"]
            except KeyError:
                code = UNSET
            if not (code.__class__ is str) and not scalar_ok(code, (str,)):
                raise invalid("V3ErrorDetail", "code", code, "a string")
            try:
                message = d["message"]
            except KeyError:
                message = UNSET
            if not (message.__class__ is str) and not scalar_ok(message, (str,)):
                raise invalid("V3ErrorDetail", "message", message, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.code = code
            model.message = message

            append(model)
        return out

    @property
    def request_id(self) -> None | str | Unset:
        v = self._d.get("requestId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("V3ErrorDetail", "requestId", v, "a string or null")

    @request_id.setter
    def request_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("V3ErrorDetail", "requestId", value, "a string or null")
        self._set("requestId", value, None)

    @property
    def debug_message(self) -> None | str | Unset:
        v = self._d.get("debugMessage", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("V3ErrorDetail", "debugMessage", v, "a string or null")

    @debug_message.setter
    def debug_message(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("V3ErrorDetail", "debugMessage", value, "a string or null")
        self._set("debugMessage", value, None)

    @property
    def details(self) -> list[V3ErrorDetailDetailsType0Item] | None | Unset:
        c = self._c
        if c is not None and "details" in c:
            return cast("list[V3ErrorDetailDetailsType0Item] | None | Unset", c["details"])
        v = self._d.get("details", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[V3ErrorDetailDetailsType0Item] | None | Unset", self._cached("details", _convert_details(v)))

    @details.setter
    def details(self, value: list[V3ErrorDetailDetailsType0Item] | None | Unset) -> None:
        self._set("details", value, _convert_details)


def _convert_details_1(v: Any) -> Any:
    if v.__class__ is list:
        return V3ErrorDetailDetailsType0Item._from_json_list(v)
    raise invalid("V3ErrorDetail", "details", v, "an array (items: an object)")


def _convert_details(v: Any) -> Any:
    if v.__class__ is list:
        return _convert_details_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("V3ErrorDetail", "details", v, "an array (items: an object) or null")


def _json_details_1_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return V3ErrorDetailDetailsType0Item._from_json(v)._json(depth)
    raise invalid("V3ErrorDetail", "details", v, "an object")


def _json_details_1(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_details_1_item(x, depth + 1) for x in v]
    raise invalid("V3ErrorDetail", "details", v, "an array (items: an object)")


def _json_details(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return _json_details_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("V3ErrorDetail", "details", v, "an array (items: an object) or null")


V3ErrorDetail._FIELDS = (
    ("code", "code"),
    ("message", "message"),
    ("request_id", "requestId"),
    ("debug_message", "debugMessage"),
    ("details", "details"),
)
V3ErrorDetail._SLOTTED = (
    ("code", "code", (str,)),
    ("message", "message", (str,)),
)
V3ErrorDetail._CHECKS = {
    "code": False,
    "message": False,
    "requestId": (str, NoneType),
    "debugMessage": (str, NoneType),
    "details": _json_details,
}
V3ErrorDetail._MUTABLE = frozenset(
    {
        "details",
    }
)
V3ErrorDetail._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.v3_error_detail_details_type_0_item import V3ErrorDetailDetailsType0Item  # noqa: E402
