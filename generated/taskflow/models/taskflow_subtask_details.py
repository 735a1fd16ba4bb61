# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy

if TYPE_CHECKING:
    from ..models.taskflow_subtask_list import TaskflowSubtaskList


T = TypeVar("T", bound="TaskflowSubtaskDetails")
_new = object.__new__


class TaskflowSubtaskDetails(JsonModel):
    """Wrapper of the subtask list.

    Attributes:
        details (TaskflowSubtaskList | Unset): The subtasks of a run.
    """

    __slots__ = ()

    def __init__(
        self,
        details: TaskflowSubtaskList | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.details = details

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowSubtaskDetails", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowSubtaskDetails"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowSubtaskDetails", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowSubtaskDetails", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowSubtaskDetails", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def details(self) -> TaskflowSubtaskList | Unset:
        """The subtasks of a run."""
        c = self._c
        if c is not None and "details" in c:
            return cast("TaskflowSubtaskList | Unset", c["details"])
        v = self._d.get("details", UNSET)
        if v is UNSET:
            return UNSET
        return cast("TaskflowSubtaskList | Unset", self._cached("details", _convert_details(v)))

    @details.setter
    def details(self, value: TaskflowSubtaskList | Unset) -> None:
        self._set("details", value, _convert_details)


def _convert_details(v: Any) -> Any:
    if v.__class__ is dict:
        return TaskflowSubtaskList._from_json(v)
    raise invalid("TaskflowSubtaskDetails", "details", v, "an object")


def _json_details(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowSubtaskList._from_json(v)._json(depth)
    raise invalid("TaskflowSubtaskDetails", "details", v, "an object")


TaskflowSubtaskDetails._FIELDS = (("details", "details"),)
TaskflowSubtaskDetails._SLOTTED = ()
TaskflowSubtaskDetails._CHECKS = {
    "details": _json_details,
}
TaskflowSubtaskDetails._MUTABLE = frozenset(
    {
        "details",
    }
)
TaskflowSubtaskDetails._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_subtask_list import TaskflowSubtaskList  # noqa: E402
