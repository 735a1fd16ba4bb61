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
        from ..models.job_request_runtime import JobRequestRuntime  # noqa: PLC0415

        d = src_dict
        type_ = JobRequestType(d["@type"])

        task_type = TaskType(d["taskType"])

        task_id = d.get("taskId", UNSET)

        task_federated_id = d.get("taskFederatedId", UNSET)

        task_name = d.get("taskName", UNSET)

        callback_url = d.get("callbackURL", UNSET)

        _runtime = d.get("runtime", UNSET)
        runtime: JobRequestRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = JobRequestRuntime.from_dict(_runtime)

        parameter_file_name = d.get("parameterFileName", UNSET)

        parameter_file_dir = d.get("parameterFileDir", UNSET)

        job_request = cls(
            type_=type_,
            task_type=task_type,
            task_id=task_id,
            task_federated_id=task_federated_id,
            task_name=task_name,
            callback_url=callback_url,
            runtime=runtime,
            parameter_file_name=parameter_file_name,
            parameter_file_dir=parameter_file_dir,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            job_request.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return job_request

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
