# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar, cast

from ..models.task_type import TaskType
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

T = TypeVar("T", bound="Job")
_new = object.__new__


class Job(JsonModel):
    """The job object returned by start_job.

    Attributes:
        run_id (int | str): Run ID. Documented as a long, but some orgs send it as a string.
        type_ (str | Unset): Always "job".
        task_id (str | Unset):
        task_federated_id (None | str | Unset):
        task_name (str | Unset):
        task_type (TaskType | Unset): v2 task type: MTT mapping task, DSS synchronization, DRS replication, DMASK
            masking, PCS PowerCenter, WORKFLOW linear taskflow.
        callback_url (None | str | Unset):
        reconciled (bool | Unset): Never sent by IICS. The client sets it to true on a run it found in the activity
            monitor or log after the start request's answer was lost (the run had started; nothing was sent again).
    """

    __slots__ = ("run_id",)
    run_id: int | str

    def __init__(
        self,
        run_id: int | str,
        type_: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        task_federated_id: None | str | Unset = UNSET,
        task_name: str | Unset = UNSET,
        task_type: TaskType | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
        reconciled: bool | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(run_id, (int, str)):
            raise invalid("Job", "runId", run_id, "an integer or a string")
        self.run_id = run_id
        self.type_ = type_
        self.task_id = task_id
        self.task_federated_id = task_federated_id
        self.task_name = task_name
        self.task_type = task_type
        self.callback_url = callback_url
        self.reconciled = reconciled

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("Job", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "Job"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("Job", None, d, "an object")
        try:
            run_id = d["runId"]
        except KeyError:
            run_id = UNSET
        if not (run_id.__class__ is int or run_id.__class__ is str) and not scalar_ok(run_id, (int, str)):
            raise invalid("Job", "runId", run_id, "an integer or a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.run_id = run_id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("Job", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("Job", None, d, "an object")
            try:
                run_id = d["runId"]
            except KeyError:
                run_id = UNSET
            if not (run_id.__class__ is int or run_id.__class__ is str) and not scalar_ok(run_id, (int, str)):
                raise invalid("Job", "runId", run_id, "an integer or a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.run_id = run_id

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "job"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Job", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Job", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def task_id(self) -> str | Unset:
        v = self._d.get("taskId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Job", "taskId", v, "a string")

    @task_id.setter
    def task_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Job", "taskId", value, "a string")
        self._set("taskId", value, None)

    @property
    def task_federated_id(self) -> None | str | Unset:
        v = self._d.get("taskFederatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Job", "taskFederatedId", v, "a string or null")

    @task_federated_id.setter
    def task_federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Job", "taskFederatedId", value, "a string or null")
        self._set("taskFederatedId", value, None)

    @property
    def task_name(self) -> str | Unset:
        v = self._d.get("taskName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Job", "taskName", v, "a string")

    @task_name.setter
    def task_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Job", "taskName", value, "a string")
        self._set("taskName", value, None)

    @property
    def task_type(self) -> TaskType | Unset:
        """v2 task type: MTT mapping task, DSS synchronization, DRS replication, DMASK masking, PCS PowerCenter,
        WORKFLOW linear taskflow."""
        c = self._c
        if c is not None and "taskType" in c:
            return cast("TaskType | Unset", c["taskType"])
        v = self._d.get("taskType", UNSET)
        if v is UNSET:
            return UNSET
        return cast("TaskType | Unset", self._cached("taskType", _convert_task_type(v)))

    @task_type.setter
    def task_type(self, value: TaskType | Unset) -> None:
        self._set("taskType", value, _convert_task_type)

    @property
    def callback_url(self) -> None | str | Unset:
        v = self._d.get("callbackURL", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Job", "callbackURL", v, "a string or null")

    @callback_url.setter
    def callback_url(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Job", "callbackURL", value, "a string or null")
        self._set("callbackURL", value, None)

    @property
    def reconciled(self) -> bool | Unset:
        """Never sent by IICS. The client sets it to true on a run it found in the activity monitor or log after the
        start request's answer was lost (the run had started; nothing was sent again)."""
        v = self._d.get("reconciled", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Job", "reconciled", v, "a boolean")

    @reconciled.setter
    def reconciled(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Job", "reconciled", value, "a boolean")
        self._set("reconciled", value, None)


def _convert_task_type(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return TaskType(v)
    raise invalid("Job", "taskType", v, "a string")


Job._FIELDS = (
    ("run_id", "runId"),
    ("type_", "@type"),
    ("task_id", "taskId"),
    ("task_federated_id", "taskFederatedId"),
    ("task_name", "taskName"),
    ("task_type", "taskType"),
    ("callback_url", "callbackURL"),
    ("reconciled", "reconciled"),
)
Job._SLOTTED = (("run_id", "runId", (int, str)),)
Job._CHECKS = {
    "runId": False,
    "@type": (str,),
    "taskId": (str,),
    "taskFederatedId": (str, NoneType),
    "taskName": (str,),
    "taskType": (str,),
    "callbackURL": (str, NoneType),
    "reconciled": (bool,),
}
Job._MUTABLE = frozenset({})
Job._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
