# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_request_type import JobRequestType
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_request_runtime import JobRequestRuntime


T = TypeVar("T", bound="JobRequest")

_KNOWN_KEYS = frozenset(
    {
        "@type",
        "taskType",
        "taskId",
        "taskFederatedId",
        "taskName",
        "callbackURL",
        "runtime",
        "parameterFileName",
        "parameterFileDir",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "@type",
        "taskType",
    }
)


@_attrs_define
class JobRequest:
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

    type_: JobRequestType
    task_type: TaskType
    task_id: str | Unset = UNSET
    task_federated_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    runtime: JobRequestRuntime | Unset = UNSET
    parameter_file_name: str | Unset = UNSET
    parameter_file_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        task_type = self.task_type.value

        task_id = self.task_id

        task_federated_id = self.task_federated_id

        task_name = self.task_name

        callback_url = self.callback_url

        runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.to_dict()

        parameter_file_name = self.parameter_file_name

        parameter_file_dir = self.parameter_file_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
                "taskType": task_type,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_federated_id is not UNSET:
            field_dict["taskFederatedId"] = task_federated_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if parameter_file_name is not UNSET:
            field_dict["parameterFileName"] = parameter_file_name
        if parameter_file_dir is not UNSET:
            field_dict["parameterFileDir"] = parameter_file_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        type_ = JobRequestType(d.get("@type", UNSET))

        task_type = TaskType(d.get("taskType", UNSET))

        _runtime = d.get("runtime", UNSET)
        runtime: JobRequestRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = JobRequestRuntime.from_dict(_runtime)

        job_request = cls.__new__(cls)
        _set = object.__setattr__
        _set(job_request, "_src", d)
        _set(job_request, "type_", type_)
        _set(job_request, "task_type", task_type)
        _set(job_request, "runtime", runtime)
        return job_request

    def __getattr__(self, name: str) -> Any:
        # Only called for a slot that is still empty: a plain field of an object built by from_dict.
        src = object.__getattribute__(self, "_src")
        if src is None:
            raise AttributeError(name)
        key = _PLAIN_FIELDS.get(name)
        if key is not None:
            value = src.get(key, UNSET)
        elif name == "additional_properties":
            # source order, so to_dict() bytes do not depend on the hash seed
            value = {k: v for k, v in src.items() if k not in _KNOWN_KEYS}
        else:
            raise AttributeError(name)
        object.__setattr__(self, name, value)
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# python name -> JSON key of the fields from_dict leaves to be read on first access
_PLAIN_FIELDS: dict[str, str] = {
    "task_id": "taskId",
    "task_federated_id": "taskFederatedId",
    "task_name": "taskName",
    "callback_url": "callbackURL",
    "parameter_file_name": "parameterFileName",
    "parameter_file_dir": "parameterFileDir",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.job_request_runtime import JobRequestRuntime  # noqa: E402
