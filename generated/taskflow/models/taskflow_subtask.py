# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taskflow_run_status import TaskflowRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskflowSubtask")

_KNOWN_KEYS = frozenset(
    {
        "assetName",
        "assetType",
        "duration",
        "startTime",
        "endTime",
        "updateTime",
        "status",
        "errorMessage",
        "location",
        "runId",
        "runtimeEnv",
        "runtimeEnvName",
        "startedBy",
        "subtasks",
        "rowsProcessed",
        "erroredRows",
    }
)
_REQUIRED_KEYS = frozenset({})


@_attrs_define
class TaskflowSubtask:
    """One subtask (a task the taskflow ran) of a taskflow run.

    Attributes:
        asset_name (str | Unset):
        asset_type (str | Unset): MTT, TASKFLOW, ... (open-ended).
        duration (int | str | Unset): Seconds it ran (the docs type it String).
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):
        update_time (datetime.datetime | None | Unset):
        status (TaskflowRunStatus | Unset): A run's status: SUCCESS, FAILED, SUSPENDED or RUNNING (spelling unconfirmed;
            open-ended).
        error_message (None | str | Unset):
        location (None | str | Unset): Project and folder path.
        run_id (int | str | Unset): The subtask's run ID (for a mapping task, its v2 run ID).
        runtime_env (None | str | Unset): Runtime environment ID.
        runtime_env_name (None | str | Unset):
        started_by (None | str | Unset):
        subtasks (int | Unset):
        rows_processed (int | Unset):
        errored_rows (int | Unset):
    """

    asset_name: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    duration: int | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | None | Unset = UNSET
    status: TaskflowRunStatus | Unset = UNSET
    error_message: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    run_id: int | str | Unset = UNSET
    runtime_env: None | str | Unset = UNSET
    runtime_env_name: None | str | Unset = UNSET
    started_by: None | str | Unset = UNSET
    subtasks: int | Unset = UNSET
    rows_processed: int | Unset = UNSET
    errored_rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        asset_name = self.asset_name

        asset_type = self.asset_type

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        update_time: None | str | Unset
        if isinstance(self.update_time, Unset):
            update_time = UNSET
        elif isinstance(self.update_time, datetime.datetime):
            update_time = self.update_time.isoformat()
        else:
            update_time = self.update_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        run_id: int | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        runtime_env: None | str | Unset
        if isinstance(self.runtime_env, Unset):
            runtime_env = UNSET
        else:
            runtime_env = self.runtime_env

        runtime_env_name: None | str | Unset
        if isinstance(self.runtime_env_name, Unset):
            runtime_env_name = UNSET
        else:
            runtime_env_name = self.runtime_env_name

        started_by: None | str | Unset
        if isinstance(self.started_by, Unset):
            started_by = UNSET
        else:
            started_by = self.started_by

        subtasks = self.subtasks

        rows_processed = self.rows_processed

        errored_rows = self.errored_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if location is not UNSET:
            field_dict["location"] = location
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if runtime_env is not UNSET:
            field_dict["runtimeEnv"] = runtime_env
        if runtime_env_name is not UNSET:
            field_dict["runtimeEnvName"] = runtime_env_name
        if started_by is not UNSET:
            field_dict["startedBy"] = started_by
        if subtasks is not UNSET:
            field_dict["subtasks"] = subtasks
        if rows_processed is not UNSET:
            field_dict["rowsProcessed"] = rows_processed
        if errored_rows is not UNSET:
            field_dict["erroredRows"] = errored_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        d.keys()  # a body that is not an object fails here (AttributeError), not on first field access
        _start_time = d.get("startTime", UNSET)
        start_time: datetime.datetime | None | Unset
        if _start_time is None or isinstance(_start_time, Unset):
            start_time = _start_time
        else:
            try:
                if not isinstance(_start_time, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(_start_time.replace("Z", "+00:00"))

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = cast("datetime.datetime | None | Unset", _start_time)

        _end_time = d.get("endTime", UNSET)
        end_time: datetime.datetime | None | Unset
        if _end_time is None or isinstance(_end_time, Unset):
            end_time = _end_time
        else:
            try:
                if not isinstance(_end_time, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(_end_time.replace("Z", "+00:00"))

                end_time = end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time = cast("datetime.datetime | None | Unset", _end_time)

        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | None | Unset
        if _update_time is None or isinstance(_update_time, Unset):
            update_time = _update_time
        else:
            try:
                if not isinstance(_update_time, str):
                    raise TypeError()
                update_time_type_0 = datetime.datetime.fromisoformat(_update_time.replace("Z", "+00:00"))

                update_time = update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                update_time = cast("datetime.datetime | None | Unset", _update_time)

        _status = d.get("status", UNSET)
        status: TaskflowRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskflowRunStatus(_status)

        taskflow_subtask = cls.__new__(cls)
        _set = object.__setattr__
        _set(taskflow_subtask, "_src", d)
        _set(taskflow_subtask, "start_time", start_time)
        _set(taskflow_subtask, "end_time", end_time)
        _set(taskflow_subtask, "update_time", update_time)
        _set(taskflow_subtask, "status", status)
        return taskflow_subtask

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
    "asset_name": "assetName",
    "asset_type": "assetType",
    "duration": "duration",
    "error_message": "errorMessage",
    "location": "location",
    "run_id": "runId",
    "runtime_env": "runtimeEnv",
    "runtime_env_name": "runtimeEnvName",
    "started_by": "startedBy",
    "subtasks": "subtasks",
    "rows_processed": "rowsProcessed",
    "errored_rows": "erroredRows",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
