# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.activity_state import ActivityState
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

if TYPE_CHECKING:
    from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
        ActivityLogEntryLogEntryItemAttrsType0,
    )
    from ..models.activity_log_entry_session_variables_type_0 import (
        ActivityLogEntrySessionVariablesType0,
    )
    from ..models.transformation_log_entry import TransformationLogEntry


T = TypeVar("T", bound="ActivityLogEntry")
_new = object.__new__


class ActivityLogEntry(JsonModel):
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

    __slots__ = (
        "id",
        "state",
    )
    id: str
    state: ActivityState

    def __init__(
        self,
        id: str,
        state: ActivityState,
        type_: str | Unset = UNSET,
        object_id: None | str | Unset = UNSET,
        object_name: None | str | Unset = UNSET,
        run_id: int | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        runtime_environment_id: None | str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: None | str | Unset = UNSET,
        start_time_utc: datetime.datetime | Unset = UNSET,
        end_time_utc: datetime.datetime | None | Unset = UNSET,
        error_msg: None | str | Unset = UNSET,
        is_stopped: bool | Unset = UNSET,
        stop_on_error: bool | Unset = UNSET,
        has_stop_on_error_record: bool | Unset = UNSET,
        failed_source_rows: int | Unset = UNSET,
        success_source_rows: int | Unset = UNSET,
        failed_target_rows: int | Unset = UNSET,
        success_target_rows: int | Unset = UNSET,
        total_success_rows: int | Unset = UNSET,
        total_failed_rows: int | Unset = UNSET,
        started_by: None | str | Unset = UNSET,
        run_context_type: None | str | Unset = UNSET,
        schedule_name: None | str | Unset = UNSET,
        context_external_id: None | str | Unset = UNSET,
        parent_task_federated_id: None | str | Unset = UNSET,
        entries: list[ActivityLogEntry] | Unset = UNSET,
        sub_task_entries: list[ActivityLogEntry] | Unset = UNSET,
        log_entry_item_attrs: ActivityLogEntryLogEntryItemAttrsType0 | None | Unset = UNSET,
        transformation_entries: list[TransformationLogEntry] | Unset = UNSET,
        session_variables: ActivityLogEntrySessionVariablesType0 | None | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("ActivityLogEntry", "id", id, "a string")
        self.id = id
        self.state = _convert_state(state)
        self.type_ = type_
        self.object_id = object_id
        self.object_name = object_name
        self.run_id = run_id
        self.agent_id = agent_id
        self.runtime_environment_id = runtime_environment_id
        self.start_time = start_time
        self.end_time = end_time
        self.start_time_utc = start_time_utc
        self.end_time_utc = end_time_utc
        self.error_msg = error_msg
        self.is_stopped = is_stopped
        self.stop_on_error = stop_on_error
        self.has_stop_on_error_record = has_stop_on_error_record
        self.failed_source_rows = failed_source_rows
        self.success_source_rows = success_source_rows
        self.failed_target_rows = failed_target_rows
        self.success_target_rows = success_target_rows
        self.total_success_rows = total_success_rows
        self.total_failed_rows = total_failed_rows
        self.started_by = started_by
        self.run_context_type = run_context_type
        self.schedule_name = schedule_name
        self.context_external_id = context_external_id
        self.parent_task_federated_id = parent_task_federated_id
        self.entries = entries
        self.sub_task_entries = sub_task_entries
        self.log_entry_item_attrs = log_entry_item_attrs
        self.transformation_entries = transformation_entries
        self.session_variables = session_variables

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ActivityLogEntry", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ActivityLogEntry"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ActivityLogEntry", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("ActivityLogEntry", "id", id, "a string")
        try:
            state = d["state"]
        except KeyError:
            state = UNSET
        state = _MAP_state.get(state) if state.__class__ is int else None
        if state is None:
            state = _convert_state(d.get("state", UNSET))

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model.state = state

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ActivityLogEntry", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ActivityLogEntry", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("ActivityLogEntry", "id", id, "a string")
            try:
                state = d["state"]
            except KeyError:
                state = UNSET
            state = _MAP_state.get(state) if state.__class__ is int else None
            if state is None:
                state = _convert_state(d.get("state", UNSET))

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.state = state

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Task type code (MTT, DSS, WORKFLOW, ...)."""
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ActivityLogEntry", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "type", value, "a string")
        self._set("type", value, None)

    @property
    def object_id(self) -> None | str | Unset:
        v = self._d.get("objectId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "objectId", v, "a string or null")

    @object_id.setter
    def object_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "objectId", value, "a string or null")
        self._set("objectId", value, None)

    @property
    def object_name(self) -> None | str | Unset:
        v = self._d.get("objectName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "objectName", v, "a string or null")

    @object_name.setter
    def object_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "objectName", value, "a string or null")
        self._set("objectName", value, None)

    @property
    def run_id(self) -> int | Unset:
        v = self._d.get("runId", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "runId", v, "an integer")

    @run_id.setter
    def run_id(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "runId", value, "an integer")
        self._set("runId", value, None)

    @property
    def agent_id(self) -> None | str | Unset:
        v = self._d.get("agentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "agentId", v, "a string or null")

    @agent_id.setter
    def agent_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "agentId", value, "a string or null")
        self._set("agentId", value, None)

    @property
    def runtime_environment_id(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvironmentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "runtimeEnvironmentId", v, "a string or null")

    @runtime_environment_id.setter
    def runtime_environment_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "runtimeEnvironmentId", value, "a string or null")
        self._set("runtimeEnvironmentId", value, None)

    @property
    def start_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the startTimeUtc sibling."""
        v = self._d.get("startTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ActivityLogEntry", "startTime", v, "a string")

    @start_time.setter
    def start_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "startTime", value, "a string")
        self._set("startTime", value, None)

    @property
    def end_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; see the endTimeUtc sibling."""
        v = self._d.get("endTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "endTime", v, "a string or null")

    @end_time.setter
    def end_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "endTime", value, "a string or null")
        self._set("endTime", value, None)

    @property
    def start_time_utc(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "startTimeUtc" in c:
            return cast("datetime.datetime | Unset", c["startTimeUtc"])
        v = self._d.get("startTimeUtc", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("startTimeUtc", _convert_start_time_utc(v)))

    @start_time_utc.setter
    def start_time_utc(self, value: datetime.datetime | Unset) -> None:
        self._set("startTimeUtc", value, _convert_start_time_utc)

    @property
    def end_time_utc(self) -> datetime.datetime | None | Unset:
        c = self._c
        if c is not None and "endTimeUtc" in c:
            return cast("datetime.datetime | None | Unset", c["endTimeUtc"])
        v = self._d.get("endTimeUtc", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("endTimeUtc", _convert_end_time_utc(v)))

    @end_time_utc.setter
    def end_time_utc(self, value: datetime.datetime | None | Unset) -> None:
        self._set("endTimeUtc", value, _convert_end_time_utc)

    @property
    def error_msg(self) -> None | str | Unset:
        v = self._d.get("errorMsg", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "errorMsg", v, "a string or null")

    @error_msg.setter
    def error_msg(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "errorMsg", value, "a string or null")
        self._set("errorMsg", value, None)

    @property
    def is_stopped(self) -> bool | Unset:
        v = self._d.get("isStopped", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ActivityLogEntry", "isStopped", v, "a boolean")

    @is_stopped.setter
    def is_stopped(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "isStopped", value, "a boolean")
        self._set("isStopped", value, None)

    @property
    def stop_on_error(self) -> bool | Unset:
        v = self._d.get("stopOnError", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ActivityLogEntry", "stopOnError", v, "a boolean")

    @stop_on_error.setter
    def stop_on_error(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "stopOnError", value, "a boolean")
        self._set("stopOnError", value, None)

    @property
    def has_stop_on_error_record(self) -> bool | Unset:
        v = self._d.get("hasStopOnErrorRecord", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("ActivityLogEntry", "hasStopOnErrorRecord", v, "a boolean")

    @has_stop_on_error_record.setter
    def has_stop_on_error_record(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "hasStopOnErrorRecord", value, "a boolean")
        self._set("hasStopOnErrorRecord", value, None)

    @property
    def failed_source_rows(self) -> int | Unset:
        v = self._d.get("failedSourceRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "failedSourceRows", v, "an integer")

    @failed_source_rows.setter
    def failed_source_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "failedSourceRows", value, "an integer")
        self._set("failedSourceRows", value, None)

    @property
    def success_source_rows(self) -> int | Unset:
        v = self._d.get("successSourceRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "successSourceRows", v, "an integer")

    @success_source_rows.setter
    def success_source_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "successSourceRows", value, "an integer")
        self._set("successSourceRows", value, None)

    @property
    def failed_target_rows(self) -> int | Unset:
        v = self._d.get("failedTargetRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "failedTargetRows", v, "an integer")

    @failed_target_rows.setter
    def failed_target_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "failedTargetRows", value, "an integer")
        self._set("failedTargetRows", value, None)

    @property
    def success_target_rows(self) -> int | Unset:
        v = self._d.get("successTargetRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "successTargetRows", v, "an integer")

    @success_target_rows.setter
    def success_target_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "successTargetRows", value, "an integer")
        self._set("successTargetRows", value, None)

    @property
    def total_success_rows(self) -> int | Unset:
        v = self._d.get("totalSuccessRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "totalSuccessRows", v, "an integer")

    @total_success_rows.setter
    def total_success_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "totalSuccessRows", value, "an integer")
        self._set("totalSuccessRows", value, None)

    @property
    def total_failed_rows(self) -> int | Unset:
        v = self._d.get("totalFailedRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityLogEntry", "totalFailedRows", v, "an integer")

    @total_failed_rows.setter
    def total_failed_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityLogEntry", "totalFailedRows", value, "an integer")
        self._set("totalFailedRows", value, None)

    @property
    def started_by(self) -> None | str | Unset:
        v = self._d.get("startedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "startedBy", v, "a string or null")

    @started_by.setter
    def started_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "startedBy", value, "a string or null")
        self._set("startedBy", value, None)

    @property
    def run_context_type(self) -> None | str | Unset:
        """How the run was started: `REST-API` (started through the REST API), `SCHEDULER`, `UI` or `OUTBOUND MESSAGE`
        (spellings from a public client modelled on the docs; Informatica's own example shows `ICS_UI` for a run started
        in the UI, so treat the value as open-ended)."""
        v = self._d.get("runContextType", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "runContextType", v, "a string or null")

    @run_context_type.setter
    def run_context_type(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "runContextType", value, "a string or null")
        self._set("runContextType", value, None)

    @property
    def schedule_name(self) -> None | str | Unset:
        v = self._d.get("scheduleName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "scheduleName", v, "a string or null")

    @schedule_name.setter
    def schedule_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "scheduleName", value, "a string or null")
        self._set("scheduleName", value, None)

    @property
    def context_external_id(self) -> None | str | Unset:
        v = self._d.get("contextExternalId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "contextExternalId", v, "a string or null")

    @context_external_id.setter
    def context_external_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "contextExternalId", value, "a string or null")
        self._set("contextExternalId", value, None)

    @property
    def parent_task_federated_id(self) -> None | str | Unset:
        """v3 ID of the parent taskflow, if any."""
        v = self._d.get("parentTaskFederatedId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityLogEntry", "parentTaskFederatedId", v, "a string or null")

    @parent_task_federated_id.setter
    def parent_task_federated_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityLogEntry", "parentTaskFederatedId", value, "a string or null")
        self._set("parentTaskFederatedId", value, None)

    @property
    def entries(self) -> list[ActivityLogEntry] | Unset:
        c = self._c
        if c is not None and "entries" in c:
            return cast("list[ActivityLogEntry] | Unset", c["entries"])
        v = self._d.get("entries", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[ActivityLogEntry] | Unset", self._cached("entries", _convert_entries(v)))

    @entries.setter
    def entries(self, value: list[ActivityLogEntry] | Unset) -> None:
        self._set("entries", value, _convert_entries)

    @property
    def sub_task_entries(self) -> list[ActivityLogEntry] | Unset:
        c = self._c
        if c is not None and "subTaskEntries" in c:
            return cast("list[ActivityLogEntry] | Unset", c["subTaskEntries"])
        v = self._d.get("subTaskEntries", UNSET)
        if v is UNSET:
            return UNSET
        return cast("list[ActivityLogEntry] | Unset", self._cached("subTaskEntries", _convert_sub_task_entries(v)))

    @sub_task_entries.setter
    def sub_task_entries(self, value: list[ActivityLogEntry] | Unset) -> None:
        self._set("subTaskEntries", value, _convert_sub_task_entries)

    @property
    def log_entry_item_attrs(self) -> ActivityLogEntryLogEntryItemAttrsType0 | None | Unset:
        """String-to-string map, for example ERROR_CODE or CONSUMED_COMPUTE_UNITS."""
        c = self._c
        if c is not None and "logEntryItemAttrs" in c:
            return cast("ActivityLogEntryLogEntryItemAttrsType0 | None | Unset", c["logEntryItemAttrs"])
        v = self._d.get("logEntryItemAttrs", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "ActivityLogEntryLogEntryItemAttrsType0 | None | Unset",
            self._cached("logEntryItemAttrs", _convert_log_entry_item_attrs(v)),
        )

    @log_entry_item_attrs.setter
    def log_entry_item_attrs(self, value: ActivityLogEntryLogEntryItemAttrsType0 | None | Unset) -> None:
        self._set("logEntryItemAttrs", value, _convert_log_entry_item_attrs)

    @property
    def transformation_entries(self) -> list[TransformationLogEntry] | Unset:
        """Row counts per source and target transformation (child entries of a mapping run)."""
        c = self._c
        if c is not None and "transformationEntries" in c:
            return cast("list[TransformationLogEntry] | Unset", c["transformationEntries"])
        v = self._d.get("transformationEntries", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "list[TransformationLogEntry] | Unset",
            self._cached("transformationEntries", _convert_transformation_entries(v)),
        )

    @transformation_entries.setter
    def transformation_entries(self, value: list[TransformationLogEntry] | Unset) -> None:
        self._set("transformationEntries", value, _convert_transformation_entries)

    @property
    def session_variables(self) -> ActivityLogEntrySessionVariablesType0 | None | Unset:
        """Session variables of the run (string-to-string map)."""
        c = self._c
        if c is not None and "sessionVariables" in c:
            return cast("ActivityLogEntrySessionVariablesType0 | None | Unset", c["sessionVariables"])
        v = self._d.get("sessionVariables", UNSET)
        if v is UNSET:
            return UNSET
        return cast(
            "ActivityLogEntrySessionVariablesType0 | None | Unset",
            self._cached("sessionVariables", _convert_session_variables(v)),
        )

    @session_variables.setter
    def session_variables(self, value: ActivityLogEntrySessionVariablesType0 | None | Unset) -> None:
        self._set("sessionVariables", value, _convert_session_variables)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_


def _convert_state(v: Any) -> Any:
    if v.__class__ is int or scalar_ok(v, (int,)):
        return ActivityState(v)
    raise invalid("ActivityLogEntry", "state", v, "an integer")


def _convert_start_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ActivityLogEntry", "startTimeUtc", "a date-time string") from None
    raise invalid("ActivityLogEntry", "startTimeUtc", v, "a date-time string")


def _json_start_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ActivityLogEntry", "startTimeUtc", "a date-time string") from None
        return v
    raise invalid("ActivityLogEntry", "startTimeUtc", v, "a date-time string")


def _convert_end_time_utc_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ActivityLogEntry", "endTimeUtc", "a date-time string") from None
    raise invalid("ActivityLogEntry", "endTimeUtc", v, "a date-time string")


def _convert_end_time_utc(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_end_time_utc_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "endTimeUtc", v, "a date-time string or null")


def _json_end_time_utc_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ActivityLogEntry", "endTimeUtc", "a date-time string") from None
        return v
    raise invalid("ActivityLogEntry", "endTimeUtc", v, "a date-time string")


def _json_end_time_utc(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_end_time_utc_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "endTimeUtc", v, "a date-time string or null")


def _convert_entries(v: Any) -> Any:
    if v.__class__ is list:
        return ActivityLogEntry._from_json_list(v)
    raise invalid("ActivityLogEntry", "entries", v, "an array (items: an object)")


def _json_entries_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntry._from_json(v)._json(depth)
    raise invalid("ActivityLogEntry", "entries", v, "an object")


def _json_entries(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_entries_item(x, depth + 1) for x in v]
    raise invalid("ActivityLogEntry", "entries", v, "an array (items: an object)")


def _convert_sub_task_entries(v: Any) -> Any:
    if v.__class__ is list:
        return ActivityLogEntry._from_json_list(v)
    raise invalid("ActivityLogEntry", "subTaskEntries", v, "an array (items: an object)")


def _json_sub_task_entries_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntry._from_json(v)._json(depth)
    raise invalid("ActivityLogEntry", "subTaskEntries", v, "an object")


def _json_sub_task_entries(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_sub_task_entries_item(x, depth + 1) for x in v]
    raise invalid("ActivityLogEntry", "subTaskEntries", v, "an array (items: an object)")


def _convert_log_entry_item_attrs_1(v: Any) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntryLogEntryItemAttrsType0._from_json(v)
    raise invalid("ActivityLogEntry", "logEntryItemAttrs", v, "an object")


def _convert_log_entry_item_attrs(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_log_entry_item_attrs_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "logEntryItemAttrs", v, "an object or null")


def _json_log_entry_item_attrs_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntryLogEntryItemAttrsType0._from_json(v)._json(depth)
    raise invalid("ActivityLogEntry", "logEntryItemAttrs", v, "an object")


def _json_log_entry_item_attrs(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_log_entry_item_attrs_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "logEntryItemAttrs", v, "an object or null")


def _convert_transformation_entries(v: Any) -> Any:
    if v.__class__ is list:
        return TransformationLogEntry._from_json_list(v)
    raise invalid("ActivityLogEntry", "transformationEntries", v, "an array (items: an object)")


def _json_transformation_entries_item(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TransformationLogEntry._from_json(v)._json(depth)
    raise invalid("ActivityLogEntry", "transformationEntries", v, "an object")


def _json_transformation_entries(v: Any, depth: int) -> Any:
    if v.__class__ is list:
        return [_json_transformation_entries_item(x, depth + 1) for x in v]
    raise invalid("ActivityLogEntry", "transformationEntries", v, "an array (items: an object)")


def _convert_session_variables_1(v: Any) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntrySessionVariablesType0._from_json(v)
    raise invalid("ActivityLogEntry", "sessionVariables", v, "an object")


def _convert_session_variables(v: Any) -> Any:
    if v.__class__ is dict:
        return _convert_session_variables_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "sessionVariables", v, "an object or null")


def _json_session_variables_1(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return ActivityLogEntrySessionVariablesType0._from_json(v)._json(depth)
    raise invalid("ActivityLogEntry", "sessionVariables", v, "an object")


def _json_session_variables(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return _json_session_variables_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("ActivityLogEntry", "sessionVariables", v, "an object or null")


ActivityLogEntry._FIELDS = (
    ("id", "id"),
    ("state", "state"),
    ("type_", "type"),
    ("object_id", "objectId"),
    ("object_name", "objectName"),
    ("run_id", "runId"),
    ("agent_id", "agentId"),
    ("runtime_environment_id", "runtimeEnvironmentId"),
    ("start_time", "startTime"),
    ("end_time", "endTime"),
    ("start_time_utc", "startTimeUtc"),
    ("end_time_utc", "endTimeUtc"),
    ("error_msg", "errorMsg"),
    ("is_stopped", "isStopped"),
    ("stop_on_error", "stopOnError"),
    ("has_stop_on_error_record", "hasStopOnErrorRecord"),
    ("failed_source_rows", "failedSourceRows"),
    ("success_source_rows", "successSourceRows"),
    ("failed_target_rows", "failedTargetRows"),
    ("success_target_rows", "successTargetRows"),
    ("total_success_rows", "totalSuccessRows"),
    ("total_failed_rows", "totalFailedRows"),
    ("started_by", "startedBy"),
    ("run_context_type", "runContextType"),
    ("schedule_name", "scheduleName"),
    ("context_external_id", "contextExternalId"),
    ("parent_task_federated_id", "parentTaskFederatedId"),
    ("entries", "entries"),
    ("sub_task_entries", "subTaskEntries"),
    ("log_entry_item_attrs", "logEntryItemAttrs"),
    ("transformation_entries", "transformationEntries"),
    ("session_variables", "sessionVariables"),
)
ActivityLogEntry._SLOTTED = (
    ("id", "id", (str,)),
    ("state", "state", (int,)),
)
ActivityLogEntry._CHECKS = {
    "id": False,
    "state": False,
    "type": (str,),
    "objectId": (str, NoneType),
    "objectName": (str, NoneType),
    "runId": (int,),
    "agentId": (str, NoneType),
    "runtimeEnvironmentId": (str, NoneType),
    "startTime": (str,),
    "endTime": (str, NoneType),
    "startTimeUtc": _json_start_time_utc,
    "endTimeUtc": _json_end_time_utc,
    "errorMsg": (str, NoneType),
    "isStopped": (bool,),
    "stopOnError": (bool,),
    "hasStopOnErrorRecord": (bool,),
    "failedSourceRows": (int,),
    "successSourceRows": (int,),
    "failedTargetRows": (int,),
    "successTargetRows": (int,),
    "totalSuccessRows": (int,),
    "totalFailedRows": (int,),
    "startedBy": (str, NoneType),
    "runContextType": (str, NoneType),
    "scheduleName": (str, NoneType),
    "contextExternalId": (str, NoneType),
    "parentTaskFederatedId": (str, NoneType),
    "entries": _json_entries,
    "subTaskEntries": _json_sub_task_entries,
    "logEntryItemAttrs": _json_log_entry_item_attrs,
    "transformationEntries": _json_transformation_entries,
    "sessionVariables": _json_session_variables,
}
ActivityLogEntry._MUTABLE = frozenset(
    {
        "entries",
        "subTaskEntries",
        "logEntryItemAttrs",
        "transformationEntries",
        "sessionVariables",
    }
)
ActivityLogEntry._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.activity_log_entry_log_entry_item_attrs_type_0 import (
    ActivityLogEntryLogEntryItemAttrsType0,  # noqa: E402
)
from ..models.activity_log_entry_session_variables_type_0 import (
    ActivityLogEntrySessionVariablesType0,  # noqa: E402
)
from ..models.transformation_log_entry import TransformationLogEntry  # noqa: E402

_MAP_state = ActivityState._value2member_map_  # value -> member: the fast path of parsing
