# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, invalid, json_copy

if TYPE_CHECKING:
    from ..models.v3_error_detail import V3ErrorDetail


T = TypeVar("T", bound="V3Error")
_new = object.__new__


class V3Error(JsonModel):
    """The v3 error object.

    Attributes:
        error (V3ErrorDetail): The body of a v3 error.
    """

    __slots__ = ()

    def __init__(
        self,
        error: V3ErrorDetail,
    ) -> None:
        self._d = {}
        self._c = None
        self.error = error

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("V3Error", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "V3Error"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("V3Error", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None
        model._cached("error", _convert_error(d.get("error", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("V3Error", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("V3Error", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None
            model._cached("error", _convert_error(d.get("error", UNSET)))

            append(model)
        return out

    @property
    def error(self) -> V3ErrorDetail:
        """The body of a v3 error."""
        c = self._c
        if c is not None and "error" in c:
            return cast("V3ErrorDetail", c["error"])
        v = self._d.get("error", UNSET)
        return cast("V3ErrorDetail", self._cached("error", _convert_error(v)))

    @error.setter
    def error(self, value: V3ErrorDetail) -> None:
        if value is UNSET:
            raise invalid("V3Error", "error", value, "an object")
        self._set("error", value, _convert_error)


def _convert_error(v: Any) -> Any:
    if v.__class__ is dict:
        return V3ErrorDetail._from_json(v)
    raise invalid("V3Error", "error", v, "an object")


def _json_error(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return V3ErrorDetail._from_json(v)._json(depth)
    raise invalid("V3Error", "error", v, "an object")


V3Error._FIELDS = (("error", "error"),)
V3Error._SLOTTED = ()
V3Error._CHECKS = {
    "error": _json_error,
}
V3Error._MUTABLE = frozenset(
    {
        "error",
    }
)
V3Error._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.v3_error_detail import V3ErrorDetail  # noqa: E402
