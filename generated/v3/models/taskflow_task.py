# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="TaskflowTask")
_new = object.__new__


class TaskflowTask(JsonModel):
    """One step of a linear taskflow. IICS also sends `@type: "workflowTask"`; it is not declared because its generated
    Python name would clash with `type` (both become `type_`) and openapi-python-client would drop the model. It is kept
    through the model's additional properties.

        Attributes:
            task_id (str | Unset):
            type_ (str | Unset): Task type code (MTT, DSS, DRS, DMASK, PCS, ...).
            name (str | Unset):
            stop_on_error (bool | Unset):
            stop_on_warning (bool | Unset):
    """

    __slots__ = ()

    def __init__(
        self,
        task_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        name: str | Unset = UNSET,
        stop_on_error: bool | Unset = UNSET,
        stop_on_warning: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.task_id = task_id
        self.type_ = type_
        self.name = name
        self.stop_on_error = stop_on_error
        self.stop_on_warning = stop_on_warning

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowTask", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowTask"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowTask", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowTask", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowTask", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def task_id(self) -> str | Unset:
        v = self._d.get("taskId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowTask", "taskId", v, "a string")

    @task_id.setter
    def task_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowTask", "taskId", value, "a string")
        self._set("taskId", value, None)

    @property
    def type_(self) -> str | Unset:
        """Task type code (MTT, DSS, DRS, DMASK, PCS, ...)."""
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowTask", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowTask", "type", value, "a string")
        self._set("type", value, None)

    @property
    def name(self) -> str | Unset:
        v = self._d.get("name", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowTask", "name", v, "a string")

    @name.setter
    def name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowTask", "name", value, "a string")
        self._set("name", value, None)

    @property
    def stop_on_error(self) -> bool | Unset:
        v = self._d.get("stopOnError", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("TaskflowTask", "stopOnError", v, "a boolean")

    @stop_on_error.setter
    def stop_on_error(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("TaskflowTask", "stopOnError", value, "a boolean")
        self._set("stopOnError", value, None)

    @property
    def stop_on_warning(self) -> bool | Unset:
        v = self._d.get("stopOnWarning", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("TaskflowTask", "stopOnWarning", v, "a boolean")

    @stop_on_warning.setter
    def stop_on_warning(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("TaskflowTask", "stopOnWarning", value, "a boolean")
        self._set("stopOnWarning", value, None)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_


TaskflowTask._FIELDS = (
    ("task_id", "taskId"),
    ("type_", "type"),
    ("name", "name"),
    ("stop_on_error", "stopOnError"),
    ("stop_on_warning", "stopOnWarning"),
)
TaskflowTask._SLOTTED = ()
TaskflowTask._CHECKS = {
    "taskId": (str,),
    "type": (str,),
    "name": (str,),
    "stopOnError": (bool,),
    "stopOnWarning": (bool,),
}
TaskflowTask._MUTABLE = frozenset({})
TaskflowTask._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
