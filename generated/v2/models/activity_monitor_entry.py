# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.execution_state import ExecutionState
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

T = TypeVar("T", bound="ActivityMonitorEntry")
_new = object.__new__


class ActivityMonitorEntry(JsonModel):
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

    __slots__ = (
        "task_id",
        "run_id",
        "execution_state",
    )
    task_id: str
    run_id: int
    execution_state: ExecutionState

    def __init__(
        self,
        task_id: str,
        run_id: int,
        execution_state: ExecutionState,
        id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        task_name: None | str | Unset = UNSET,
        object_name: None | str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        start_time_utc: datetime.datetime | Unset = UNSET,
        end_time: None | str | Unset = UNSET,
        error_msg: None | str | Unset = UNSET,
        failed_source_rows: int | Unset = UNSET,
        success_source_rows: int | Unset = UNSET,
        failed_target_rows: int | Unset = UNSET,
        success_target_rows: int | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        runtime_environment_id: None | str | Unset = UNSET,
        started_by: None | str | Unset = UNSET,
        run_context_type: None | str | Unset = UNSET,
        schedule_name: None | str | Unset = UNSET,
        callback_url: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(task_id, (str,)):
            raise invalid("ActivityMonitorEntry", "taskId", task_id, "a string")
        self.task_id = task_id
        if not scalar_ok(run_id, (int,)):
            raise invalid("ActivityMonitorEntry", "runId", run_id, "an integer")
        self.run_id = run_id
        self.execution_state = _convert_execution_state(execution_state)
        self.id = id
        self.type_ = type_
        self.task_name = task_name
        self.object_name = object_name
        self.start_time = start_time
        self.start_time_utc = start_time_utc
        self.end_time = end_time
        self.error_msg = error_msg
        self.failed_source_rows = failed_source_rows
        self.success_source_rows = success_source_rows
        self.failed_target_rows = failed_target_rows
        self.success_target_rows = success_target_rows
        self.agent_id = agent_id
        self.runtime_environment_id = runtime_environment_id
        self.started_by = started_by
        self.run_context_type = run_context_type
        self.schedule_name = schedule_name
        self.callback_url = callback_url

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("ActivityMonitorEntry", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "ActivityMonitorEntry"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("ActivityMonitorEntry", None, d, "an object")
        try:
            task_id = d["taskId"]
        except KeyError:
            task_id = UNSET
        if not (task_id.__class__ is str) and not scalar_ok(task_id, (str,)):
            raise invalid("ActivityMonitorEntry", "taskId", task_id, "a string")
        try:
            run_id = d["runId"]
        except KeyError:
            run_id = UNSET
        if not (run_id.__class__ is int) and not scalar_ok(run_id, (int,)):
            raise invalid("ActivityMonitorEntry", "runId", run_id, "an integer")
        try:
            execution_state = d["executionState"]
        except KeyError:
            execution_state = UNSET
        execution_state = _MAP_execution_state.get(execution_state) if execution_state.__class__ is str else None
        if execution_state is None:
            execution_state = _convert_execution_state(d.get("executionState", UNSET))

        model = _new(cls)
        model._d = d
        model._c = None
        model.task_id = task_id
        model.run_id = run_id
        model.execution_state = execution_state

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("ActivityMonitorEntry", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("ActivityMonitorEntry", None, d, "an object")
            try:
                task_id = d["taskId"]
            except KeyError:
                task_id = UNSET
            if not (task_id.__class__ is str) and not scalar_ok(task_id, (str,)):
                raise invalid("ActivityMonitorEntry", "taskId", task_id, "a string")
            try:
                run_id = d["runId"]
            except KeyError:
                run_id = UNSET
            if not (run_id.__class__ is int) and not scalar_ok(run_id, (int,)):
                raise invalid("ActivityMonitorEntry", "runId", run_id, "an integer")
            try:
                execution_state = d["executionState"]
            except KeyError:
                execution_state = UNSET
            execution_state = _MAP_execution_state.get(execution_state) if execution_state.__class__ is str else None
            if execution_state is None:
                execution_state = _convert_execution_state(d.get("executionState", UNSET))

            model = _new(cls)
            model._d = d
            model._c = None
            model.task_id = task_id
            model.run_id = run_id
            model.execution_state = execution_state

            append(model)
        return out

    @property
    def id(self) -> str | Unset:
        v = self._d.get("id", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ActivityMonitorEntry", "id", v, "a string")

    @id.setter
    def id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "id", value, "a string")
        self._set("id", value, None)

    @property
    def type_(self) -> str | Unset:
        """Task type code (MTT, DSS, WORKFLOW, MAPPING, MTT_DP, ...)."""
        v = self._d.get("type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ActivityMonitorEntry", "type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "type", value, "a string")
        self._set("type", value, None)

    @property
    def task_name(self) -> None | str | Unset:
        v = self._d.get("taskName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "taskName", v, "a string or null")

    @task_name.setter
    def task_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "taskName", value, "a string or null")
        self._set("taskName", value, None)

    @property
    def object_name(self) -> None | str | Unset:
        v = self._d.get("objectName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "objectName", v, "a string or null")

    @object_name.setter
    def object_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "objectName", value, "a string or null")
        self._set("objectName", value, None)

    @property
    def start_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the startTimeUtc sibling."""
        v = self._d.get("startTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("ActivityMonitorEntry", "startTime", v, "a string")

    @start_time.setter
    def start_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "startTime", value, "a string")
        self._set("startTime", value, None)

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
    def end_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; usually null while running."""
        v = self._d.get("endTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "endTime", v, "a string or null")

    @end_time.setter
    def end_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "endTime", value, "a string or null")
        self._set("endTime", value, None)

    @property
    def error_msg(self) -> None | str | Unset:
        v = self._d.get("errorMsg", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "errorMsg", v, "a string or null")

    @error_msg.setter
    def error_msg(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "errorMsg", value, "a string or null")
        self._set("errorMsg", value, None)

    @property
    def failed_source_rows(self) -> int | Unset:
        v = self._d.get("failedSourceRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityMonitorEntry", "failedSourceRows", v, "an integer")

    @failed_source_rows.setter
    def failed_source_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "failedSourceRows", value, "an integer")
        self._set("failedSourceRows", value, None)

    @property
    def success_source_rows(self) -> int | Unset:
        v = self._d.get("successSourceRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityMonitorEntry", "successSourceRows", v, "an integer")

    @success_source_rows.setter
    def success_source_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "successSourceRows", value, "an integer")
        self._set("successSourceRows", value, None)

    @property
    def failed_target_rows(self) -> int | Unset:
        v = self._d.get("failedTargetRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityMonitorEntry", "failedTargetRows", v, "an integer")

    @failed_target_rows.setter
    def failed_target_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "failedTargetRows", value, "an integer")
        self._set("failedTargetRows", value, None)

    @property
    def success_target_rows(self) -> int | Unset:
        v = self._d.get("successTargetRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("ActivityMonitorEntry", "successTargetRows", v, "an integer")

    @success_target_rows.setter
    def success_target_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "successTargetRows", value, "an integer")
        self._set("successTargetRows", value, None)

    @property
    def agent_id(self) -> None | str | Unset:
        v = self._d.get("agentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "agentId", v, "a string or null")

    @agent_id.setter
    def agent_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "agentId", value, "a string or null")
        self._set("agentId", value, None)

    @property
    def runtime_environment_id(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvironmentId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "runtimeEnvironmentId", v, "a string or null")

    @runtime_environment_id.setter
    def runtime_environment_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "runtimeEnvironmentId", value, "a string or null")
        self._set("runtimeEnvironmentId", value, None)

    @property
    def started_by(self) -> None | str | Unset:
        v = self._d.get("startedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "startedBy", v, "a string or null")

    @started_by.setter
    def started_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "startedBy", value, "a string or null")
        self._set("startedBy", value, None)

    @property
    def run_context_type(self) -> None | str | Unset:
        v = self._d.get("runContextType", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "runContextType", v, "a string or null")

    @run_context_type.setter
    def run_context_type(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "runContextType", value, "a string or null")
        self._set("runContextType", value, None)

    @property
    def schedule_name(self) -> None | str | Unset:
        v = self._d.get("scheduleName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "scheduleName", v, "a string or null")

    @schedule_name.setter
    def schedule_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "scheduleName", value, "a string or null")
        self._set("scheduleName", value, None)

    @property
    def callback_url(self) -> None | str | Unset:
        v = self._d.get("callbackURL", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("ActivityMonitorEntry", "callbackURL", v, "a string or null")

    @callback_url.setter
    def callback_url(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("ActivityMonitorEntry", "callbackURL", value, "a string or null")
        self._set("callbackURL", value, None)

    # `type`: the name the IICS reference uses for JSON "type"; `type_` stays. At run time it is type_'s own
    # property; type checkers see this property.
    if TYPE_CHECKING:

        @property
        def type(self) -> str | Unset: ...

        @type.setter
        def type(self, value: str | Unset) -> None: ...
    else:
        type = type_


def _convert_execution_state(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return ExecutionState(v)
    raise invalid("ActivityMonitorEntry", "executionState", v, "a string")


def _convert_start_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("ActivityMonitorEntry", "startTimeUtc", "a date-time string") from None
    raise invalid("ActivityMonitorEntry", "startTimeUtc", v, "a date-time string")


def _json_start_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("ActivityMonitorEntry", "startTimeUtc", "a date-time string") from None
        return v
    raise invalid("ActivityMonitorEntry", "startTimeUtc", v, "a date-time string")


ActivityMonitorEntry._FIELDS = (
    ("task_id", "taskId"),
    ("run_id", "runId"),
    ("execution_state", "executionState"),
    ("id", "id"),
    ("type_", "type"),
    ("task_name", "taskName"),
    ("object_name", "objectName"),
    ("start_time", "startTime"),
    ("start_time_utc", "startTimeUtc"),
    ("end_time", "endTime"),
    ("error_msg", "errorMsg"),
    ("failed_source_rows", "failedSourceRows"),
    ("success_source_rows", "successSourceRows"),
    ("failed_target_rows", "failedTargetRows"),
    ("success_target_rows", "successTargetRows"),
    ("agent_id", "agentId"),
    ("runtime_environment_id", "runtimeEnvironmentId"),
    ("started_by", "startedBy"),
    ("run_context_type", "runContextType"),
    ("schedule_name", "scheduleName"),
    ("callback_url", "callbackURL"),
)
ActivityMonitorEntry._SLOTTED = (
    ("task_id", "taskId", (str,)),
    ("run_id", "runId", (int,)),
    ("execution_state", "executionState", (str,)),
)
ActivityMonitorEntry._CHECKS = {
    "taskId": False,
    "runId": False,
    "executionState": False,
    "id": (str,),
    "type": (str,),
    "taskName": (str, NoneType),
    "objectName": (str, NoneType),
    "startTime": (str,),
    "startTimeUtc": _json_start_time_utc,
    "endTime": (str, NoneType),
    "errorMsg": (str, NoneType),
    "failedSourceRows": (int,),
    "successSourceRows": (int,),
    "failedTargetRows": (int,),
    "successTargetRows": (int,),
    "agentId": (str, NoneType),
    "runtimeEnvironmentId": (str, NoneType),
    "startedBy": (str, NoneType),
    "runContextType": (str, NoneType),
    "scheduleName": (str, NoneType),
    "callbackURL": (str, NoneType),
}
ActivityMonitorEntry._MUTABLE = frozenset({})
ActivityMonitorEntry._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
_MAP_execution_state = ExecutionState._value2member_map_  # value -> member: the fast path of parsing
