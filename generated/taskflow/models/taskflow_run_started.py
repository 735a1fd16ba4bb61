# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="TaskflowRunStarted")
_new = object.__new__


class TaskflowRunStarted(JsonModel):
    """The answer of run_taskflow.

    Attributes:
        run_id (str): The run ID (a long number sent as a string; capital R).
        reconciled (bool | Unset): Never sent by IICS. The client sets it to true on a run it found in the status list
            after the run request's answer was lost (the run had started; nothing was sent again).
    """

    __slots__ = ("run_id",)
    run_id: str

    def __init__(
        self,
        run_id: str,
        reconciled: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(run_id, (str,)):
            raise invalid("TaskflowRunStarted", "RunId", run_id, "a string")
        self.run_id = run_id
        self.reconciled = reconciled

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowRunStarted", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowRunStarted"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowRunStarted", None, d, "an object")
        try:
            run_id = d["RunId"]
        except KeyError:
            run_id = UNSET
        if not (run_id.__class__ is str) and not scalar_ok(run_id, (str,)):
            raise invalid("TaskflowRunStarted", "RunId", run_id, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.run_id = run_id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowRunStarted", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowRunStarted", None, d, "an object")
            try:
                run_id = d["RunId"]
            except KeyError:
                run_id = UNSET
            if not (run_id.__class__ is str) and not scalar_ok(run_id, (str,)):
                raise invalid("TaskflowRunStarted", "RunId", run_id, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.run_id = run_id

            append(model)
        return out

    @property
    def reconciled(self) -> bool | Unset:
        """Never sent by IICS. The client sets it to true on a run it found in the status list after the run request's
        answer was lost (the run had started; nothing was sent again)."""
        v = self._d.get("reconciled", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("TaskflowRunStarted", "reconciled", v, "a boolean")

    @reconciled.setter
    def reconciled(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("TaskflowRunStarted", "reconciled", value, "a boolean")
        self._set("reconciled", value, None)


TaskflowRunStarted._FIELDS = (
    ("run_id", "RunId"),
    ("reconciled", "reconciled"),
)
TaskflowRunStarted._SLOTTED = (("run_id", "RunId", (str,)),)
TaskflowRunStarted._CHECKS = {
    "RunId": False,
    "reconciled": (bool,),
}
TaskflowRunStarted._MUTABLE = frozenset({})
TaskflowRunStarted._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
