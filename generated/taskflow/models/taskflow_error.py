# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, invalid, json_copy

if TYPE_CHECKING:
    from ..models.taskflow_error_detail import TaskflowErrorDetail


T = TypeVar("T", bound="TaskflowError")
_new = object.__new__


class TaskflowError(JsonModel):
    """An error of the taskflow runtime.

    Attributes:
        error (TaskflowErrorDetail): The body of an error (declared in the v3 shape; unconfirmed for this runtime).
    """

    __slots__ = ()

    def __init__(
        self,
        error: TaskflowErrorDetail,
    ) -> None:
        self._d = {}
        self._c = None
        self.error = error

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowError", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowError"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowError", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None
        model._cached("error", _convert_error(d.get("error", UNSET)))

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowError", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowError", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None
            model._cached("error", _convert_error(d.get("error", UNSET)))

            append(model)
        return out

    @property
    def error(self) -> TaskflowErrorDetail:
        """The body of an error (declared in the v3 shape; unconfirmed for this runtime)."""
        c = self._c
        if c is not None and "error" in c:
            return cast("TaskflowErrorDetail", c["error"])
        v = self._d.get("error", UNSET)
        return cast("TaskflowErrorDetail", self._cached("error", _convert_error(v)))

    @error.setter
    def error(self, value: TaskflowErrorDetail) -> None:
        if value is UNSET:
            raise invalid("TaskflowError", "error", value, "an object")
        self._set("error", value, _convert_error)


def _convert_error(v: Any) -> Any:
    if v.__class__ is dict:
        return TaskflowErrorDetail._from_json(v)
    raise invalid("TaskflowError", "error", v, "an object")


def _json_error(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowErrorDetail._from_json(v)._json(depth)
    raise invalid("TaskflowError", "error", v, "an object")


TaskflowError._FIELDS = (("error", "error"),)
TaskflowError._SLOTTED = ()
TaskflowError._CHECKS = {
    "error": _json_error,
}
TaskflowError._MUTABLE = frozenset(
    {
        "error",
    }
)
TaskflowError._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_error_detail import TaskflowErrorDetail  # noqa: E402
