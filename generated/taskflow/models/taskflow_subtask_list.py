# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, JsonModel, Unset, invalid, json_copy

if TYPE_CHECKING:
    from ..models.taskflow_subtask import TaskflowSubtask


T = TypeVar("T", bound="TaskflowSubtaskList")
_new = object.__new__


class TaskflowSubtaskList(JsonModel):
    """The subtasks of a run.

    Attributes:
        tasks (list[TaskflowSubtask] | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        tasks: list[TaskflowSubtask] | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.tasks = tasks

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowSubtaskList", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowSubtaskList"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowSubtaskList", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowSubtaskList", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowSubtaskList", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def tasks(self) -> list[TaskflowSubtask] | Unset:
        c = self._c
        if c is not None and "tasks" in c:
            return cast("list[TaskflowSubtask] | Unset", c["tasks"])
        v = self._d.get("tasks", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[TaskflowSubtask] | Unset", self._cached("tasks", _convert_tasks(v)))

    @tasks.setter
    def tasks(self, value: list[TaskflowSubtask] | Unset) -> None:
        self._set("tasks", value, _convert_tasks)


def _convert_tasks(v: Any) -> Any:
    if v.__class__ is list:
        return TaskflowSubtask._from_json_list(v)
    raise invalid("TaskflowSubtaskList", "tasks", v, "an array (items: an object)")


def _json_tasks_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowSubtask._from_json(v)._json(depth)
    raise invalid("TaskflowSubtaskList", "tasks", v, "an object")


def _json_tasks(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_tasks_item(x, depth + 1) for x in v]
    raise invalid("TaskflowSubtaskList", "tasks", v, "an array (items: an object)")


TaskflowSubtaskList._FIELDS = (("tasks", "tasks"),)
TaskflowSubtaskList._SLOTTED = ()
TaskflowSubtaskList._CHECKS = {
    "tasks": _json_tasks,
}
TaskflowSubtaskList._MUTABLE = frozenset(
    {
        "tasks",
    }
)
TaskflowSubtaskList._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_subtask import TaskflowSubtask  # noqa: E402
