# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.job_request_type import JobRequestType
from ..models.task_type import TaskType
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, scalar_ok

if TYPE_CHECKING:
    from ..models.job_request_runtime import JobRequestRuntime


T = TypeVar("T", bound="JobRequest")
_new = object.__new__


class JobRequest(JsonModel):
    """Body of the job start and stop calls. Give one of `taskId` (Default folder only), `taskFederatedId` (v3 object ID)
    or `taskName`.

        Attributes:
            type_ (JobRequestType):
            task_type (TaskType): v2 task type: MTT mapping task, DSS synchronization, DRS replication, DMASK masking, PCS
                PowerCenter, WORKFLOW linear taskflow.
            task_id (str | Unset): 8-character or longer v2 task ID; works only for tasks in the Default folder.
            task_federated_id (str | Unset): The v3 (federated) object ID; required for tasks outside the Default folder.
            task_name (str | Unset):
            callback_url (str | Unset): URL that IICS POSTs the job status to when the run ends.
            runtime (JobRequestRuntime | Unset): Optional runtime override object.
            parameter_file_name (str | Unset):
            parameter_file_dir (str | Unset):
    """

    __slots__ = (
        "type_",
        "task_type",
    )
    type_: JobRequestType
    task_type: TaskType

    def __init__(
        self,
        type_: JobRequestType,
        task_type: TaskType,
        task_id: str | Unset = UNSET,
        task_federated_id: str | Unset = UNSET,
        task_name: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        runtime: JobRequestRuntime | Unset = UNSET,
        parameter_file_name: str | Unset = UNSET,
        parameter_file_dir: str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.type_ = _convert_type_(type_)
        self.task_type = _convert_task_type(task_type)
        self.task_id = task_id
        self.task_federated_id = task_federated_id
        self.task_name = task_name
        self.callback_url = callback_url
        self.runtime = runtime
        self.parameter_file_name = parameter_file_name
        self.parameter_file_dir = parameter_file_dir

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("JobRequest", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "JobRequest"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("JobRequest", None, d, "an object")
        try:
            type_ = d["@type"]
        except KeyError:
            type_ = UNSET
        type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
        if type_ is None:
            type_ = _convert_type_(d.get("@type", UNSET))
        try:
            task_type = d["taskType"]
        except KeyError:
            task_type = UNSET
        task_type = _MAP_task_type.get(task_type) if task_type.__class__ is str else None
        if task_type is None:
            task_type = _convert_task_type(d.get("taskType", UNSET))

        model = _new(cls)
        model._d = d
        model._c = None
        model.type_ = type_
        model.task_type = task_type

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("JobRequest", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("JobRequest", None, d, "an object")
            try:
                type_ = d["@type"]
            except KeyError:
                type_ = UNSET
            type_ = _MAP_type_.get(type_) if type_.__class__ is str else None
            if type_ is None:
                type_ = _convert_type_(d.get("@type", UNSET))
            try:
                task_type = d["taskType"]
            except KeyError:
                task_type = UNSET
            task_type = _MAP_task_type.get(task_type) if task_type.__class__ is str else None
            if task_type is None:
                task_type = _convert_task_type(d.get("taskType", UNSET))

            model = _new(cls)
            model._d = d
            model._c = None
            model.type_ = type_
            model.task_type = task_type

            append(model)
        return out

    @property
    def task_id(self) -> str | Unset:
        """8-character or longer v2 task ID; works only for tasks in the Default folder."""
        v = self._d.get("taskId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "taskId", v, "a string")

    @task_id.setter
    def task_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "taskId", value, "a string")
        self._set("taskId", value, None)

    @property
    def task_federated_id(self) -> str | Unset:
        """The v3 (federated) object ID; required for tasks outside the Default folder."""
        v = self._d.get("taskFederatedId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "taskFederatedId", v, "a string")

    @task_federated_id.setter
    def task_federated_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "taskFederatedId", value, "a string")
        self._set("taskFederatedId", value, None)

    @property
    def task_name(self) -> str | Unset:
        v = self._d.get("taskName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "taskName", v, "a string")

    @task_name.setter
    def task_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "taskName", value, "a string")
        self._set("taskName", value, None)

    @property
    def callback_url(self) -> str | Unset:
        """URL that IICS POSTs the job status to when the run ends."""
        v = self._d.get("callbackURL", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "callbackURL", v, "a string")

    @callback_url.setter
    def callback_url(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "callbackURL", value, "a string")
        self._set("callbackURL", value, None)

    @property
    def runtime(self) -> JobRequestRuntime | Unset:
        """Optional runtime override object."""
        c = self._c
        if c is not None and "runtime" in c:
            return cast("JobRequestRuntime | Unset", c["runtime"])
        v = self._d.get("runtime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("JobRequestRuntime | Unset", self._cached("runtime", _convert_runtime(v)))

    @runtime.setter
    def runtime(self, value: JobRequestRuntime | Unset) -> None:
        self._set("runtime", value, _convert_runtime)

    @property
    def parameter_file_name(self) -> str | Unset:
        v = self._d.get("parameterFileName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "parameterFileName", v, "a string")

    @parameter_file_name.setter
    def parameter_file_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "parameterFileName", value, "a string")
        self._set("parameterFileName", value, None)

    @property
    def parameter_file_dir(self) -> str | Unset:
        v = self._d.get("parameterFileDir", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("JobRequest", "parameterFileDir", v, "a string")

    @parameter_file_dir.setter
    def parameter_file_dir(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("JobRequest", "parameterFileDir", value, "a string")
        self._set("parameterFileDir", value, None)


def _convert_type_(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return JobRequestType(v)
    raise invalid("JobRequest", "@type", v, "a string")


def _convert_task_type(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return TaskType(v)
    raise invalid("JobRequest", "taskType", v, "a string")


def _convert_runtime(v: Any) -> Any:
    if v.__class__ is dict:
        return JobRequestRuntime._from_json(v)
    raise invalid("JobRequest", "runtime", v, "an object")


def _json_runtime(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return JobRequestRuntime._from_json(v)._json(depth)
    raise invalid("JobRequest", "runtime", v, "an object")


JobRequest._FIELDS = (
    ("type_", "@type"),
    ("task_type", "taskType"),
    ("task_id", "taskId"),
    ("task_federated_id", "taskFederatedId"),
    ("task_name", "taskName"),
    ("callback_url", "callbackURL"),
    ("runtime", "runtime"),
    ("parameter_file_name", "parameterFileName"),
    ("parameter_file_dir", "parameterFileDir"),
)
JobRequest._SLOTTED = (
    ("type_", "@type", (str,)),
    ("task_type", "taskType", (str,)),
)
JobRequest._CHECKS = {
    "@type": False,
    "taskType": False,
    "taskId": (str,),
    "taskFederatedId": (str,),
    "taskName": (str,),
    "callbackURL": (str,),
    "runtime": _json_runtime,
    "parameterFileName": (str,),
    "parameterFileDir": (str,),
}
JobRequest._MUTABLE = frozenset(
    {
        "runtime",
    }
)
JobRequest._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.job_request_runtime import JobRequestRuntime  # noqa: E402

_MAP_type_ = JobRequestType._value2member_map_  # value -> member: the fast path of parsing
_MAP_task_type = TaskType._value2member_map_  # value -> member: the fast path of parsing
