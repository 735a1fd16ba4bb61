# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.taskflow_run_status import TaskflowRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taskflow_subtask_details import TaskflowSubtaskDetails


T = TypeVar("T", bound="TaskflowRun")

_KNOWN_KEYS = frozenset(
    {
        "status",
        "runId",
        "assetName",
        "assetType",
        "duration",
        "startTime",
        "endTime",
        "updateTime",
        "errorMessage",
        "location",
        "runtimeEnv",
        "runtimeEnvName",
        "startedBy",
        "subtasks",
        "rowsProcessed",
        "erroredRows",
        "subtaskDetails",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "status",
        "runId",
    }
)


@_attrs_define
class TaskflowRun:
    """The status of one taskflow run.

    Attributes:
        status (TaskflowRunStatus): A run's status: SUCCESS, FAILED, SUSPENDED or RUNNING (spelling unconfirmed; open-
            ended).
        run_id (int | str): The run ID (documented as a Long; some answers carry it as a string).
        asset_name (str | Unset): The taskflow's name; with a custom instance name, `<taskflow name>-<custom name>-<run
            ID>`.
        asset_type (str | Unset): Always TASKFLOW.
        duration (int | str | Unset): Seconds the run ran before it completed, was suspended, failed or was stopped (the
            docs type it String).
        start_time (datetime.datetime | Unset): UTC.
        end_time (datetime.datetime | None | Unset): UTC; null while running or suspended.
        update_time (datetime.datetime | None | Unset):
        error_message (None | str | Unset):
        location (None | str | Unset): Project and folder path of the taskflow.
        runtime_env (None | str | Unset): Runtime environment ID.
        runtime_env_name (None | str | Unset):
        started_by (None | str | Unset):
        subtasks (int | Unset): Number of subtasks.
        rows_processed (int | Unset):
        errored_rows (int | Unset):
        subtask_details (TaskflowSubtaskDetails | Unset): Wrapper of the subtask list.
    """

    status: TaskflowRunStatus
    run_id: int | str
    asset_name: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    duration: int | str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    runtime_env: None | str | Unset = UNSET
    runtime_env_name: None | str | Unset = UNSET
    started_by: None | str | Unset = UNSET
    subtasks: int | Unset = UNSET
    rows_processed: int | Unset = UNSET
    errored_rows: int | Unset = UNSET
    subtask_details: TaskflowSubtaskDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        run_id: int | str
        run_id = self.run_id

        asset_name = self.asset_name

        asset_type = self.asset_type

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

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

        subtask_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtask_details, Unset):
            subtask_details = self.subtask_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "runId": run_id,
            }
        )
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
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if location is not UNSET:
            field_dict["location"] = location
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
        if subtask_details is not UNSET:
            field_dict["subtaskDetails"] = subtask_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        status = TaskflowRunStatus(d.get("status", UNSET))

        _start_time = d.get("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time.replace("Z", "+00:00"))

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

        _subtask_details = d.get("subtaskDetails", UNSET)
        subtask_details: TaskflowSubtaskDetails | Unset
        if isinstance(_subtask_details, Unset):
            subtask_details = UNSET
        else:
            subtask_details = TaskflowSubtaskDetails.from_dict(_subtask_details)

        taskflow_run = cls.__new__(cls)
        _set = object.__setattr__
        _set(taskflow_run, "_src", d)
        _set(taskflow_run, "status", status)
        _set(taskflow_run, "start_time", start_time)
        _set(taskflow_run, "end_time", end_time)
        _set(taskflow_run, "update_time", update_time)
        _set(taskflow_run, "subtask_details", subtask_details)
        return taskflow_run

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
    "asset_name": "assetName",
    "asset_type": "assetType",
    "duration": "duration",
    "error_message": "errorMessage",
    "location": "location",
    "runtime_env": "runtimeEnv",
    "runtime_env_name": "runtimeEnvName",
    "started_by": "startedBy",
    "subtasks": "subtasks",
    "rows_processed": "rowsProcessed",
    "errored_rows": "erroredRows",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_subtask_details import TaskflowSubtaskDetails  # noqa: E402
