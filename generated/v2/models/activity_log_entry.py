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
            run_context_type (None | str | Unset): How the run was started, for example UI, SCHEDULER or REST_API.
            schedule_name (None | str | Unset):
            context_external_id (None | str | Unset):
            parent_task_federated_id (None | str | Unset): v3 ID of the parent taskflow, if any.
            entries (list[ActivityLogEntry] | Unset):
            sub_task_entries (list[ActivityLogEntry] | Unset):
            log_entry_item_attrs (ActivityLogEntryLogEntryItemAttrsType0 | None | Unset): String-to-string map, for example
                ERROR_CODE or CONSUMED_COMPUTE_UNITS.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
            ActivityLogEntryLogEntryItemAttrsType0,  # noqa: PLC0415
        )

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
            ActivityLogEntryLogEntryItemAttrsType0,  # noqa: PLC0415
        )

        d = src_dict
        id = d["id"]

        state = ActivityState(d["state"])

        type_ = d.get("type", UNSET)

        object_id = cast("None | str | Unset", d.get("objectId", UNSET))

        object_name = cast("None | str | Unset", d.get("objectName", UNSET))

        run_id = d.get("runId", UNSET)

        agent_id = cast("None | str | Unset", d.get("agentId", UNSET))

        runtime_environment_id = cast("None | str | Unset", d.get("runtimeEnvironmentId", UNSET))

        start_time = d.get("startTime", UNSET)

        end_time = cast("None | str | Unset", d.get("endTime", UNSET))

        _start_time_utc = d.get("startTimeUtc", UNSET)
        start_time_utc: datetime.datetime | Unset
        if isinstance(_start_time_utc, Unset):
            start_time_utc = UNSET
        else:
            start_time_utc = datetime.datetime.fromisoformat(_start_time_utc.replace("Z", "+00:00"))

        def _parse_end_time_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_utc_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return end_time_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time_utc = _parse_end_time_utc(d.get("endTimeUtc", UNSET))

        error_msg = cast("None | str | Unset", d.get("errorMsg", UNSET))

        is_stopped = d.get("isStopped", UNSET)

        stop_on_error = d.get("stopOnError", UNSET)

        has_stop_on_error_record = d.get("hasStopOnErrorRecord", UNSET)

        failed_source_rows = d.get("failedSourceRows", UNSET)

        success_source_rows = d.get("successSourceRows", UNSET)

        failed_target_rows = d.get("failedTargetRows", UNSET)

        success_target_rows = d.get("successTargetRows", UNSET)

        total_success_rows = d.get("totalSuccessRows", UNSET)

        total_failed_rows = d.get("totalFailedRows", UNSET)

        started_by = cast("None | str | Unset", d.get("startedBy", UNSET))

        run_context_type = cast("None | str | Unset", d.get("runContextType", UNSET))

        schedule_name = cast("None | str | Unset", d.get("scheduleName", UNSET))

        context_external_id = cast("None | str | Unset", d.get("contextExternalId", UNSET))

        parent_task_federated_id = cast("None | str | Unset", d.get("parentTaskFederatedId", UNSET))

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

        def _parse_log_entry_item_attrs(data: object) -> ActivityLogEntryLogEntryItemAttrsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                log_entry_item_attrs_type_0 = ActivityLogEntryLogEntryItemAttrsType0.from_dict(data)

                return log_entry_item_attrs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityLogEntryLogEntryItemAttrsType0 | None | Unset, data)

        log_entry_item_attrs = _parse_log_entry_item_attrs(d.get("logEntryItemAttrs", UNSET))

        activity_log_entry = cls(
            id=id,
            state=state,
            type_=type_,
            object_id=object_id,
            object_name=object_name,
            run_id=run_id,
            agent_id=agent_id,
            runtime_environment_id=runtime_environment_id,
            start_time=start_time,
            end_time=end_time,
            start_time_utc=start_time_utc,
            end_time_utc=end_time_utc,
            error_msg=error_msg,
            is_stopped=is_stopped,
            stop_on_error=stop_on_error,
            has_stop_on_error_record=has_stop_on_error_record,
            failed_source_rows=failed_source_rows,
            success_source_rows=success_source_rows,
            failed_target_rows=failed_target_rows,
            success_target_rows=success_target_rows,
            total_success_rows=total_success_rows,
            total_failed_rows=total_failed_rows,
            started_by=started_by,
            run_context_type=run_context_type,
            schedule_name=schedule_name,
            context_external_id=context_external_id,
            parent_task_federated_id=parent_task_federated_id,
            entries=entries,
            sub_task_entries=sub_task_entries,
            log_entry_item_attrs=log_entry_item_attrs,
        )

        unknown = d.keys() - _KNOWN_KEYS

        if unknown:
            # source order, not set order: the bytes of to_dict() must not depend on the hash seed
            activity_log_entry.additional_properties = {key: value for key, value in d.items() if key in unknown}
        return activity_log_entry

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
