# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_state import ExecutionState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityMonitorEntry")

_KNOWN_KEYS = frozenset(
    {
        "taskId",
        "runId",
        "executionState",
        "id",
        "type",
        "taskName",
        "objectName",
        "startTime",
        "startTimeUtc",
        "endTime",
        "errorMsg",
        "failedSourceRows",
        "successSourceRows",
        "failedTargetRows",
        "successTargetRows",
        "agentId",
        "runtimeEnvironmentId",
        "startedBy",
        "runContextType",
        "scheduleName",
        "callbackURL",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "taskId",
        "runId",
        "executionState",
    }
)


@_attrs_define
class ActivityMonitorEntry:
    """One running job in the activity monitor. The `@type` discriminator ("activityMonitorEntry") is deliberately not
    declared: its generated Python name would clash with `type` (both become `type_`), so openapi-python-client would
    drop the whole model. It is kept, and sent, through the model's additional properties (for example `obj["@type"] =
    "activityMonitorEntry"`).

        Attributes:
            task_id (str):
            run_id (int):
            execution_state (ExecutionState): Execution state of a running job.
            id (str | Unset):
            type_ (str | Unset): Task type code (MTT, DSS, WORKFLOW, MAPPING, MTT_DP, ...).
            task_name (None | str | Unset):
            object_name (None | str | Unset):
            start_time (str | Unset): US Eastern local time although it ends in Z; see the startTimeUtc sibling.
            start_time_utc (datetime.datetime | Unset):
            end_time (None | str | Unset): US Eastern local time although it ends in Z; usually null while running.
            error_msg (None | str | Unset):
            failed_source_rows (int | Unset):
            success_source_rows (int | Unset):
            failed_target_rows (int | Unset):
            success_target_rows (int | Unset):
            agent_id (None | str | Unset):
            runtime_environment_id (None | str | Unset):
            started_by (None | str | Unset):
            run_context_type (None | str | Unset):
            schedule_name (None | str | Unset):
            callback_url (None | str | Unset):
    """

    task_id: str
    run_id: int
    execution_state: ExecutionState
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    task_name: None | str | Unset = UNSET
    object_name: None | str | Unset = UNSET
    start_time: str | Unset = UNSET
    start_time_utc: datetime.datetime | Unset = UNSET
    end_time: None | str | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    failed_source_rows: int | Unset = UNSET
    success_source_rows: int | Unset = UNSET
    failed_target_rows: int | Unset = UNSET
    success_target_rows: int | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    runtime_environment_id: None | str | Unset = UNSET
    started_by: None | str | Unset = UNSET
    run_context_type: None | str | Unset = UNSET
    schedule_name: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        run_id = self.run_id

        execution_state = self.execution_state.value

        id = self.id

        type_ = self.type_

        task_name: None | str | Unset
        if isinstance(self.task_name, Unset):
            task_name = UNSET
        else:
            task_name = self.task_name

        object_name: None | str | Unset
        if isinstance(self.object_name, Unset):
            object_name = UNSET
        else:
            object_name = self.object_name

        start_time = self.start_time

        start_time_utc: str | Unset = UNSET
        if not isinstance(self.start_time_utc, Unset):
            start_time_utc = self.start_time_utc.isoformat()

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        failed_source_rows = self.failed_source_rows

        success_source_rows = self.success_source_rows

        failed_target_rows = self.failed_target_rows

        success_target_rows = self.success_target_rows

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        runtime_environment_id: None | str | Unset
        if isinstance(self.runtime_environment_id, Unset):
            runtime_environment_id = UNSET
        else:
            runtime_environment_id = self.runtime_environment_id

        started_by: None | str | Unset
        if isinstance(self.started_by, Unset):
            started_by = UNSET
        else:
            started_by = self.started_by

        run_context_type: None | str | Unset
        if isinstance(self.run_context_type, Unset):
            run_context_type = UNSET
        else:
            run_context_type = self.run_context_type

        schedule_name: None | str | Unset
        if isinstance(self.schedule_name, Unset):
            schedule_name = UNSET
        else:
            schedule_name = self.schedule_name

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "runId": run_id,
                "executionState": execution_state,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if start_time_utc is not UNSET:
            field_dict["startTimeUtc"] = start_time_utc
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if failed_source_rows is not UNSET:
            field_dict["failedSourceRows"] = failed_source_rows
        if success_source_rows is not UNSET:
            field_dict["successSourceRows"] = success_source_rows
        if failed_target_rows is not UNSET:
            field_dict["failedTargetRows"] = failed_target_rows
        if success_target_rows is not UNSET:
            field_dict["successTargetRows"] = success_target_rows
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if runtime_environment_id is not UNSET:
            field_dict["runtimeEnvironmentId"] = runtime_environment_id
        if started_by is not UNSET:
            field_dict["startedBy"] = started_by
        if run_context_type is not UNSET:
            field_dict["runContextType"] = run_context_type
        if schedule_name is not UNSET:
            field_dict["scheduleName"] = schedule_name
        if callback_url is not UNSET:
            field_dict["callbackURL"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        execution_state = ExecutionState(d.get("executionState", UNSET))

        _start_time_utc = d.get("startTimeUtc", UNSET)
        start_time_utc: datetime.datetime | Unset
        if isinstance(_start_time_utc, Unset):
            start_time_utc = UNSET
        else:
            start_time_utc = datetime.datetime.fromisoformat(_start_time_utc.replace("Z", "+00:00"))

        activity_monitor_entry = cls.__new__(cls)
        _set = object.__setattr__
        _set(activity_monitor_entry, "_src", d)
        _set(activity_monitor_entry, "execution_state", execution_state)
        _set(activity_monitor_entry, "start_time_utc", start_time_utc)
        return activity_monitor_entry

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
    "run_id": "runId",
    "id": "id",
    "type_": "type",
    "task_name": "taskName",
    "object_name": "objectName",
    "start_time": "startTime",
    "end_time": "endTime",
    "error_msg": "errorMsg",
    "failed_source_rows": "failedSourceRows",
    "success_source_rows": "successSourceRows",
    "failed_target_rows": "failedTargetRows",
    "success_target_rows": "successTargetRows",
    "agent_id": "agentId",
    "runtime_environment_id": "runtimeEnvironmentId",
    "started_by": "startedBy",
    "run_context_type": "runContextType",
    "schedule_name": "scheduleName",
    "callback_url": "callbackURL",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
