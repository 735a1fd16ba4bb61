# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")

_KNOWN_KEYS = frozenset(
    {
        "runId",
        "@type",
        "taskId",
        "taskFederatedId",
        "taskName",
        "taskType",
        "callbackURL",
        "reconciled",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "runId",
    }
)


@_attrs_define
class Job:
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

    run_id: int | str
    type_: str | Unset = UNSET
    task_id: str | Unset = UNSET
    task_federated_id: None | str | Unset = UNSET
    task_name: str | Unset = UNSET
    task_type: TaskType | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    reconciled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        run_id: int | str
        run_id = self.run_id

        type_ = self.type_

        task_id = self.task_id

        task_federated_id: None | str | Unset
        if isinstance(self.task_federated_id, Unset):
            task_federated_id = UNSET
        else:
            task_federated_id = self.task_federated_id

        task_name = self.task_name

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.value

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        reconciled = self.reconciled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_federated_id is not UNSET:
            field_dict["taskFederatedId"] = task_federated_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url
        if reconciled is not UNSET:
            field_dict["reconciled"] = reconciled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _task_type = d.get("taskType", UNSET)
        task_type: TaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = TaskType(_task_type)

        job = cls.__new__(cls)
        _set = object.__setattr__
        _set(job, "_src", d)
        _set(job, "task_type", task_type)
        return job

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
    "run_id": "runId",
    "type_": "@type",
    "task_id": "taskId",
    "task_federated_id": "taskFederatedId",
    "task_name": "taskName",
    "callback_url": "callbackURL",
    "reconciled": "reconciled",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
