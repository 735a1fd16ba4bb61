# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_state import ActivityState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
        ActivityLogEntryLogEntryItemAttrsType0,
    )
    from ..models.activity_log_entry_session_variables_type_0 import (
        ActivityLogEntrySessionVariablesType0,
    )
    from ..models.transformation_log_entry import TransformationLogEntry


T = TypeVar("T", bound="ActivityLogEntry")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "state",
        "type",
        "objectId",
        "objectName",
        "runId",
        "agentId",
        "runtimeEnvironmentId",
        "startTime",
        "endTime",
        "startTimeUtc",
        "endTimeUtc",
        "errorMsg",
        "isStopped",
        "stopOnError",
        "hasStopOnErrorRecord",
        "failedSourceRows",
        "successSourceRows",
        "failedTargetRows",
        "successTargetRows",
        "totalSuccessRows",
        "totalFailedRows",
        "startedBy",
        "runContextType",
        "scheduleName",
        "contextExternalId",
        "parentTaskFederatedId",
        "entries",
        "subTaskEntries",
        "logEntryItemAttrs",
        "transformationEntries",
        "sessionVariables",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "state",
    }
)


@_attrs_define
class ActivityLogEntry:
    """One activity log entry (a completed run); child entries have the same shape. The `@type` discriminator
    ("activityLogEntry") is deliberately not declared: its generated Python name would clash with `type` (both become
    `type_`), so openapi-python-client would drop the whole model. It is kept, and sent, through the model's additional
    properties (for example `obj["@type"] = "activityLogEntry"`).

        Attributes:
            id (str):
            state (ActivityState): Outcome of a run: 1 success, 2 warning (completed with errors), 3 failed, 4 not started.
            type_ (str | Unset): Task type code (MTT, DSS, WORKFLOW, ...).
            object_id (None | str | Unset):
            object_name (None | str | Unset):
            run_id (int | Unset):
            agent_id (None | str | Unset):
            runtime_environment_id (None | str | Unset):
            start_time (str | Unset): US Eastern local time although it ends in Z; see the startTimeUtc sibling.
            end_time (None | str | Unset): US Eastern local time although it ends in Z; see the endTimeUtc sibling.
            start_time_utc (datetime.datetime | Unset):
            end_time_utc (datetime.datetime | None | Unset):
            error_msg (None | str | Unset):
            is_stopped (bool | Unset):
            stop_on_error (bool | Unset):
            has_stop_on_error_record (bool | Unset):
            failed_source_rows (int | Unset):
            success_source_rows (int | Unset):
            failed_target_rows (int | Unset):
            success_target_rows (int | Unset):
            total_success_rows (int | Unset):
            total_failed_rows (int | Unset):
            started_by (None | str | Unset):
            run_context_type (None | str | Unset): How the run was started: `REST-API` (started through the REST API),
                `SCHEDULER`, `UI` or `OUTBOUND MESSAGE` (spellings from a public client modelled on the docs; Informatica's own
                example shows `ICS_UI` for a run started in the UI, so treat the value as open-ended).
            schedule_name (None | str | Unset):
            context_external_id (None | str | Unset):
            parent_task_federated_id (None | str | Unset): v3 ID of the parent taskflow, if any.
            entries (list[ActivityLogEntry] | Unset):
            sub_task_entries (list[ActivityLogEntry] | Unset):
            log_entry_item_attrs (ActivityLogEntryLogEntryItemAttrsType0 | None | Unset): String-to-string map, for example
                ERROR_CODE or CONSUMED_COMPUTE_UNITS.
            transformation_entries (list[TransformationLogEntry] | Unset): Row counts per source and target transformation
                (child entries of a mapping run).
            session_variables (ActivityLogEntrySessionVariablesType0 | None | Unset): Session variables of the run (string-
                to-string map).
    """

    id: str
    state: ActivityState
    type_: str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_name: None | str | Unset = UNSET
    run_id: int | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    runtime_environment_id: None | str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    start_time_utc: datetime.datetime | Unset = UNSET
    end_time_utc: datetime.datetime | None | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    is_stopped: bool | Unset = UNSET
    stop_on_error: bool | Unset = UNSET
    has_stop_on_error_record: bool | Unset = UNSET
    failed_source_rows: int | Unset = UNSET
    success_source_rows: int | Unset = UNSET
    failed_target_rows: int | Unset = UNSET
    success_target_rows: int | Unset = UNSET
    total_success_rows: int | Unset = UNSET
    total_failed_rows: int | Unset = UNSET
    started_by: None | str | Unset = UNSET
    run_context_type: None | str | Unset = UNSET
    schedule_name: None | str | Unset = UNSET
    context_external_id: None | str | Unset = UNSET
    parent_task_federated_id: None | str | Unset = UNSET
    entries: list[ActivityLogEntry] | Unset = UNSET
    sub_task_entries: list[ActivityLogEntry] | Unset = UNSET
    log_entry_item_attrs: ActivityLogEntryLogEntryItemAttrsType0 | None | Unset = UNSET
    transformation_entries: list[TransformationLogEntry] | Unset = UNSET
    session_variables: ActivityLogEntrySessionVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state.value

        type_ = self.type_

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        object_name: None | str | Unset
        if isinstance(self.object_name, Unset):
            object_name = UNSET
        else:
            object_name = self.object_name

        run_id = self.run_id

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

        start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        start_time_utc: str | Unset = UNSET
        if not isinstance(self.start_time_utc, Unset):
            start_time_utc = self.start_time_utc.isoformat()

        end_time_utc: None | str | Unset
        if isinstance(self.end_time_utc, Unset):
            end_time_utc = UNSET
        elif isinstance(self.end_time_utc, datetime.datetime):
            end_time_utc = self.end_time_utc.isoformat()
        else:
            end_time_utc = self.end_time_utc

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        is_stopped = self.is_stopped

        stop_on_error = self.stop_on_error

        has_stop_on_error_record = self.has_stop_on_error_record

        failed_source_rows = self.failed_source_rows

        success_source_rows = self.success_source_rows

        failed_target_rows = self.failed_target_rows

        success_target_rows = self.success_target_rows

        total_success_rows = self.total_success_rows

        total_failed_rows = self.total_failed_rows

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

        context_external_id: None | str | Unset
        if isinstance(self.context_external_id, Unset):
            context_external_id = UNSET
        else:
            context_external_id = self.context_external_id

        parent_task_federated_id: None | str | Unset
        if isinstance(self.parent_task_federated_id, Unset):
            parent_task_federated_id = UNSET
        else:
            parent_task_federated_id = self.parent_task_federated_id

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        sub_task_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_task_entries, Unset):
            sub_task_entries = []
            for sub_task_entries_item_data in self.sub_task_entries:
                sub_task_entries_item = sub_task_entries_item_data.to_dict()
                sub_task_entries.append(sub_task_entries_item)

        log_entry_item_attrs: dict[str, Any] | None | Unset
        if isinstance(self.log_entry_item_attrs, Unset):
            log_entry_item_attrs = UNSET
        elif isinstance(self.log_entry_item_attrs, ActivityLogEntryLogEntryItemAttrsType0):
            log_entry_item_attrs = self.log_entry_item_attrs.to_dict()
        else:
            log_entry_item_attrs = self.log_entry_item_attrs

        transformation_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transformation_entries, Unset):
            transformation_entries = []
            for transformation_entries_item_data in self.transformation_entries:
                transformation_entries_item = transformation_entries_item_data.to_dict()
                transformation_entries.append(transformation_entries_item)

        session_variables: dict[str, Any] | None | Unset
        if isinstance(self.session_variables, Unset):
            session_variables = UNSET
        elif isinstance(self.session_variables, ActivityLogEntrySessionVariablesType0):
            session_variables = self.session_variables.to_dict()
        else:
            session_variables = self.session_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if runtime_environment_id is not UNSET:
            field_dict["runtimeEnvironmentId"] = runtime_environment_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if start_time_utc is not UNSET:
            field_dict["startTimeUtc"] = start_time_utc
        if end_time_utc is not UNSET:
            field_dict["endTimeUtc"] = end_time_utc
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if is_stopped is not UNSET:
            field_dict["isStopped"] = is_stopped
        if stop_on_error is not UNSET:
            field_dict["stopOnError"] = stop_on_error
        if has_stop_on_error_record is not UNSET:
            field_dict["hasStopOnErrorRecord"] = has_stop_on_error_record
        if failed_source_rows is not UNSET:
            field_dict["failedSourceRows"] = failed_source_rows
        if success_source_rows is not UNSET:
            field_dict["successSourceRows"] = success_source_rows
        if failed_target_rows is not UNSET:
            field_dict["failedTargetRows"] = failed_target_rows
        if success_target_rows is not UNSET:
            field_dict["successTargetRows"] = success_target_rows
        if total_success_rows is not UNSET:
            field_dict["totalSuccessRows"] = total_success_rows
        if total_failed_rows is not UNSET:
            field_dict["totalFailedRows"] = total_failed_rows
        if started_by is not UNSET:
            field_dict["startedBy"] = started_by
        if run_context_type is not UNSET:
            field_dict["runContextType"] = run_context_type
        if schedule_name is not UNSET:
            field_dict["scheduleName"] = schedule_name
        if context_external_id is not UNSET:
            field_dict["contextExternalId"] = context_external_id
        if parent_task_federated_id is not UNSET:
            field_dict["parentTaskFederatedId"] = parent_task_federated_id
        if entries is not UNSET:
            field_dict["entries"] = entries
        if sub_task_entries is not UNSET:
            field_dict["subTaskEntries"] = sub_task_entries
        if log_entry_item_attrs is not UNSET:
            field_dict["logEntryItemAttrs"] = log_entry_item_attrs
        if transformation_entries is not UNSET:
            field_dict["transformationEntries"] = transformation_entries
        if session_variables is not UNSET:
            field_dict["sessionVariables"] = session_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        state = ActivityState(d.get("state", UNSET))

        _start_time_utc = d.get("startTimeUtc", UNSET)
        start_time_utc: datetime.datetime | Unset
        if isinstance(_start_time_utc, Unset):
            start_time_utc = UNSET
        else:
            start_time_utc = datetime.datetime.fromisoformat(_start_time_utc.replace("Z", "+00:00"))

        _end_time_utc = d.get("endTimeUtc", UNSET)
        end_time_utc: datetime.datetime | None | Unset
        if _end_time_utc is None or isinstance(_end_time_utc, Unset):
            end_time_utc = _end_time_utc
        else:
            try:
                if not isinstance(_end_time_utc, str):
                    raise TypeError()
                end_time_utc_type_0 = datetime.datetime.fromisoformat(_end_time_utc.replace("Z", "+00:00"))

                end_time_utc = end_time_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                end_time_utc = cast("datetime.datetime | None | Unset", _end_time_utc)

        _entries = d.get("entries", UNSET)
        entries: list[ActivityLogEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = ActivityLogEntry.from_dict(entries_item_data)

                entries.append(entries_item)

        _sub_task_entries = d.get("subTaskEntries", UNSET)
        sub_task_entries: list[ActivityLogEntry] | Unset = UNSET
        if _sub_task_entries is not UNSET:
            sub_task_entries = []
            for sub_task_entries_item_data in _sub_task_entries:
                sub_task_entries_item = ActivityLogEntry.from_dict(sub_task_entries_item_data)

                sub_task_entries.append(sub_task_entries_item)

        _log_entry_item_attrs = d.get("logEntryItemAttrs", UNSET)
        log_entry_item_attrs: ActivityLogEntryLogEntryItemAttrsType0 | None | Unset
        if _log_entry_item_attrs is None or isinstance(_log_entry_item_attrs, Unset):
            log_entry_item_attrs = _log_entry_item_attrs
        else:
            try:
                if not isinstance(_log_entry_item_attrs, dict):
                    raise TypeError()
                log_entry_item_attrs_type_0 = ActivityLogEntryLogEntryItemAttrsType0.from_dict(_log_entry_item_attrs)

                log_entry_item_attrs = log_entry_item_attrs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                log_entry_item_attrs = cast(
                    "ActivityLogEntryLogEntryItemAttrsType0 | None | Unset", _log_entry_item_attrs
                )

        _transformation_entries = d.get("transformationEntries", UNSET)
        transformation_entries: list[TransformationLogEntry] | Unset = UNSET
        if _transformation_entries is not UNSET:
            transformation_entries = []
            for transformation_entries_item_data in _transformation_entries:
                transformation_entries_item = TransformationLogEntry.from_dict(transformation_entries_item_data)

                transformation_entries.append(transformation_entries_item)

        _session_variables = d.get("sessionVariables", UNSET)
        session_variables: ActivityLogEntrySessionVariablesType0 | None | Unset
        if _session_variables is None or isinstance(_session_variables, Unset):
            session_variables = _session_variables
        else:
            try:
                if not isinstance(_session_variables, dict):
                    raise TypeError()
                session_variables_type_0 = ActivityLogEntrySessionVariablesType0.from_dict(_session_variables)

                session_variables = session_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                session_variables = cast("ActivityLogEntrySessionVariablesType0 | None | Unset", _session_variables)

        activity_log_entry = cls.__new__(cls)
        _set = object.__setattr__
        _set(activity_log_entry, "_src", d)
        _set(activity_log_entry, "state", state)
        _set(activity_log_entry, "start_time_utc", start_time_utc)
        _set(activity_log_entry, "end_time_utc", end_time_utc)
        _set(activity_log_entry, "entries", entries)
        _set(activity_log_entry, "sub_task_entries", sub_task_entries)
        _set(activity_log_entry, "log_entry_item_attrs", log_entry_item_attrs)
        _set(activity_log_entry, "transformation_entries", transformation_entries)
        _set(activity_log_entry, "session_variables", session_variables)
        return activity_log_entry

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
    "id": "id",
    "type_": "type",
    "object_id": "objectId",
    "object_name": "objectName",
    "run_id": "runId",
    "agent_id": "agentId",
    "runtime_environment_id": "runtimeEnvironmentId",
    "start_time": "startTime",
    "end_time": "endTime",
    "error_msg": "errorMsg",
    "is_stopped": "isStopped",
    "stop_on_error": "stopOnError",
    "has_stop_on_error_record": "hasStopOnErrorRecord",
    "failed_source_rows": "failedSourceRows",
    "success_source_rows": "successSourceRows",
    "failed_target_rows": "failedTargetRows",
    "success_target_rows": "successTargetRows",
    "total_success_rows": "totalSuccessRows",
    "total_failed_rows": "totalFailedRows",
    "started_by": "startedBy",
    "run_context_type": "runContextType",
    "schedule_name": "scheduleName",
    "context_external_id": "contextExternalId",
    "parent_task_federated_id": "parentTaskFederatedId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
    ActivityLogEntryLogEntryItemAttrsType0,  # noqa: E402
)
from ..models.activity_log_entry_session_variables_type_0 import (
    ActivityLogEntrySessionVariablesType0,  # noqa: E402
)
from ..models.transformation_log_entry import TransformationLogEntry  # noqa: E402
