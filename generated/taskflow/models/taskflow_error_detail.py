# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.taskflow_error_detail_details_type_0_item import (
        TaskflowErrorDetailDetailsType0Item,
    )


T = TypeVar("T", bound="TaskflowErrorDetail")
_new = object.__new__


class TaskflowErrorDetail(JsonModel):
    """The body of an error (declared in the v3 shape; unconfirmed for this runtime).

    Attributes:
        code (str):
        message (str):
        request_id (None | str | Unset):
        details (list[TaskflowErrorDetailDetailsType0Item] | None | Unset):
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
        details: list[TaskflowErrorDetailDetailsType0Item] | None | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(code, (str,)):
            raise invalid("TaskflowErrorDetail", "code", code, "a string")
        self.code = code
        if not scalar_ok(message, (str,)):
            raise invalid("TaskflowErrorDetail", "message", message, "a string")
        self.message = message
        self.request_id = request_id
        self.details = details

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowErrorDetail", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowErrorDetail"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowErrorDetail", None, d, "an object")
        try:
            code = d["code"]
        except KeyError:
            code = UNSET
        if not (code.__class__ is str) and not scalar_ok(code, (str,)):
            raise invalid("TaskflowErrorDetail", "code", code, "a string")
        try:
            message = d["message"]
        except KeyError:
            message = UNSET
        if not (message.__class__ is str) and not scalar_ok(message, (str,)):
            raise invalid("TaskflowErrorDetail", "message", message, "a string")

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
            raise invalid("TaskflowErrorDetail", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowErrorDetail", None, d, "an object")
            try:
                code = d["code"]
            except KeyError:
                code = UNSET
            if not (code.__class__ is str) and not scalar_ok(code, (str,)):
                raise invalid("TaskflowErrorDetail", "code", code, "a string")
            try:
                message = d["message"]
            except KeyError:
                message = UNSET
            if not (message.__class__ is str) and not scalar_ok(message, (str,)):
                raise invalid("TaskflowErrorDetail", "message", message, "a string")

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
        raise invalid("TaskflowErrorDetail", "requestId", v, "a string or null")

    @request_id.setter
    def request_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowErrorDetail", "requestId", value, "a string or null")
        self._set("requestId", value, None)

    @property
    def details(self) -> list[TaskflowErrorDetailDetailsType0Item] | None | Unset:
        c = self._c
        if c is not None and "details" in c:
            return cast("list[TaskflowErrorDetailDetailsType0Item] | None | Unset", c["details"])
        v = self._d.get("details", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "list[TaskflowErrorDetailDetailsType0Item] | None | Unset", self._cached("details", _convert_details(v))
        )

    @details.setter
    def details(self, value: list[TaskflowErrorDetailDetailsType0Item] | None | Unset) -> None:
        self._set("details", value, _convert_details)


def _convert_details_1(v: Any) -> Any:
    if v.__class__ is list:
        return TaskflowErrorDetailDetailsType0Item._from_json_list(v)
    raise invalid("TaskflowErrorDetail", "details", v, "an array (items: an object)")


def _convert_details(v: Any) -> Any:
    if v.__class__ is list:
        return _convert_details_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowErrorDetail", "details", v, "an array (items: an object) or null")


def _json_details_1_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowErrorDetailDetailsType0Item._from_json(v)._json(depth)
    raise invalid("TaskflowErrorDetail", "details", v, "an object")


def _json_details_1(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_details_1_item(x, depth + 1) for x in v]
    raise invalid("TaskflowErrorDetail", "details", v, "an array (items: an object)")


def _json_details(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return _json_details_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowErrorDetail", "details", v, "an array (items: an object) or null")


TaskflowErrorDetail._FIELDS = (
    ("code", "code"),
    ("message", "message"),
    ("request_id", "requestId"),
    ("details", "details"),
)
TaskflowErrorDetail._SLOTTED = (
    ("code", "code", (str,)),
    ("message", "message", (str,)),
)
TaskflowErrorDetail._CHECKS = {
    "code": False,
    "message": False,
    "requestId": (str, NoneType),
    "details": _json_details,
}
TaskflowErrorDetail._MUTABLE = frozenset(
    {
        "details",
    }
)
TaskflowErrorDetail._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_error_detail_details_type_0_item import (
    TaskflowErrorDetailDetailsType0Item,  # noqa: E402
)
