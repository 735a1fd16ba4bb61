# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.taskflow_run_status import TaskflowRunStatus
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

if TYPE_CHECKING:
    from ..models.taskflow_subtask_details import TaskflowSubtaskDetails


T = TypeVar("T", bound="TaskflowRun")
_new = object.__new__


class TaskflowRun(JsonModel):
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

    __slots__ = (
        "status",
        "run_id",
    )
    status: TaskflowRunStatus
    run_id: int | str

    def __init__(
        self,
        status: TaskflowRunStatus,
        run_id: int | str,
        asset_name: str | Unset = UNSET,
        asset_type: str | Unset = UNSET,
        duration: int | str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        error_message: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        runtime_env: None | str | Unset = UNSET,
        runtime_env_name: None | str | Unset = UNSET,
        started_by: None | str | Unset = UNSET,
        subtasks: int | Unset = UNSET,
        rows_processed: int | Unset = UNSET,
        errored_rows: int | Unset = UNSET,
        subtask_details: TaskflowSubtaskDetails | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.status = _convert_status(status)
        if not scalar_ok(run_id, (int, str)):
            raise invalid("TaskflowRun", "runId", run_id, "an integer or a string")
        self.run_id = run_id
        self.asset_name = asset_name
        self.asset_type = asset_type
        self.duration = duration
        self.start_time = start_time
        self.end_time = end_time
        self.update_time = update_time
        self.error_message = error_message
        self.location = location
        self.runtime_env = runtime_env
        self.runtime_env_name = runtime_env_name
        self.started_by = started_by
        self.subtasks = subtasks
        self.rows_processed = rows_processed
        self.errored_rows = errored_rows
        self.subtask_details = subtask_details

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowRun", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowRun"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowRun", None, d, "an object")
        try:
            status = d["status"]
        except KeyError:
            status = UNSET
        status = _MAP_status.get(status) if status.__class__ is str else None
        if status is None:
            status = _convert_status(d.get("status", UNSET))
        try:
            run_id = d["runId"]
        except KeyError:
            run_id = UNSET
        if not (run_id.__class__ is int or run_id.__class__ is str) and not scalar_ok(run_id, (int, str)):
            raise invalid("TaskflowRun", "runId", run_id, "an integer or a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.status = status
        model.run_id = run_id

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowRun", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowRun", None, d, "an object")
            try:
                status = d["status"]
            except KeyError:
                status = UNSET
            status = _MAP_status.get(status) if status.__class__ is str else None
            if status is None:
                status = _convert_status(d.get("status", UNSET))
            try:
                run_id = d["runId"]
            except KeyError:
                run_id = UNSET
            if not (run_id.__class__ is int or run_id.__class__ is str) and not scalar_ok(run_id, (int, str)):
                raise invalid("TaskflowRun", "runId", run_id, "an integer or a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.status = status
            model.run_id = run_id

            append(model)
        return out

    @property
    def asset_name(self) -> str | Unset:
        """The taskflow's name; with a custom instance name, `<taskflow name>-<custom name>-<run ID>`."""
        v = self._d.get("assetName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowRun", "assetName", v, "a string")

    @asset_name.setter
    def asset_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowRun", "assetName", value, "a string")
        self._set("assetName", value, None)

    @property
    def asset_type(self) -> str | Unset:
        """Always TASKFLOW."""
        v = self._d.get("assetType", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowRun", "assetType", v, "a string")

    @asset_type.setter
    def asset_type(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowRun", "assetType", value, "a string")
        self._set("assetType", value, None)

    @property
    def duration(self) -> int | str | Unset:
        """Seconds the run ran before it completed, was suspended, failed or was stopped (the docs type it String)."""
        v = self._d.get("duration", UNSET)
        if v.__class__ is int or v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (int, str)):
            return v
        raise invalid("TaskflowRun", "duration", v, "an integer or a string")

    @duration.setter
    def duration(self, value: int | str | Unset) -> None:
        if not (scalar_ok(value, (int, str)) or value is UNSET):
            raise invalid("TaskflowRun", "duration", value, "an integer or a string")
        self._set("duration", value, None)

    @property
    def start_time(self) -> datetime.datetime | Unset:
        """UTC."""
        c = self._c
        if c is not None and "startTime" in c:
            return cast("datetime.datetime | Unset", c["startTime"])
        v = self._d.get("startTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("startTime", _convert_start_time(v)))

    @start_time.setter
    def start_time(self, value: datetime.datetime | Unset) -> None:
        self._set("startTime", value, _convert_start_time)

    @property
    def end_time(self) -> datetime.datetime | None | Unset:
        """UTC; null while running or suspended."""
        c = self._c
        if c is not None and "endTime" in c:
            return cast("datetime.datetime | None | Unset", c["endTime"])
        v = self._d.get("endTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("endTime", _convert_end_time(v)))

    @end_time.setter
    def end_time(self, value: datetime.datetime | None | Unset) -> None:
        self._set("endTime", value, _convert_end_time)

    @property
    def update_time(self) -> datetime.datetime | None | Unset:
        c = self._c
        if c is not None and "updateTime" in c:
            return cast("datetime.datetime | None | Unset", c["updateTime"])
        v = self._d.get("updateTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("updateTime", _convert_update_time(v)))

    @update_time.setter
    def update_time(self, value: datetime.datetime | None | Unset) -> None:
        self._set("updateTime", value, _convert_update_time)

    @property
    def error_message(self) -> None | str | Unset:
        v = self._d.get("errorMessage", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowRun", "errorMessage", v, "a string or null")

    @error_message.setter
    def error_message(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowRun", "errorMessage", value, "a string or null")
        self._set("errorMessage", value, None)

    @property
    def location(self) -> None | str | Unset:
        """Project and folder path of the taskflow."""
        v = self._d.get("location", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowRun", "location", v, "a string or null")

    @location.setter
    def location(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowRun", "location", value, "a string or null")
        self._set("location", value, None)

    @property
    def runtime_env(self) -> None | str | Unset:
        """Runtime environment ID."""
        v = self._d.get("runtimeEnv", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowRun", "runtimeEnv", v, "a string or null")

    @runtime_env.setter
    def runtime_env(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowRun", "runtimeEnv", value, "a string or null")
        self._set("runtimeEnv", value, None)

    @property
    def runtime_env_name(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowRun", "runtimeEnvName", v, "a string or null")

    @runtime_env_name.setter
    def runtime_env_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowRun", "runtimeEnvName", value, "a string or null")
        self._set("runtimeEnvName", value, None)

    @property
    def started_by(self) -> None | str | Unset:
        v = self._d.get("startedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowRun", "startedBy", v, "a string or null")

    @started_by.setter
    def started_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowRun", "startedBy", value, "a string or null")
        self._set("startedBy", value, None)

    @property
    def subtasks(self) -> int | Unset:
        """Number of subtasks."""
        v = self._d.get("subtasks", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowRun", "subtasks", v, "an integer")

    @subtasks.setter
    def subtasks(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowRun", "subtasks", value, "an integer")
        self._set("subtasks", value, None)

    @property
    def rows_processed(self) -> int | Unset:
        v = self._d.get("rowsProcessed", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowRun", "rowsProcessed", v, "an integer")

    @rows_processed.setter
    def rows_processed(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowRun", "rowsProcessed", value, "an integer")
        self._set("rowsProcessed", value, None)

    @property
    def errored_rows(self) -> int | Unset:
        v = self._d.get("erroredRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowRun", "erroredRows", v, "an integer")

    @errored_rows.setter
    def errored_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowRun", "erroredRows", value, "an integer")
        self._set("erroredRows", value, None)

    @property
    def subtask_details(self) -> TaskflowSubtaskDetails | Unset:
        """Wrapper of the subtask list."""
        c = self._c
        if c is not None and "subtaskDetails" in c:
            return cast("TaskflowSubtaskDetails | Unset", c["subtaskDetails"])
        v = self._d.get("subtaskDetails", UNSET)
        if v is UNSET:
            return UNSET
        return cast("TaskflowSubtaskDetails | Unset", self._cached("subtaskDetails", _convert_subtask_details(v)))

    @subtask_details.setter
    def subtask_details(self, value: TaskflowSubtaskDetails | Unset) -> None:
        self._set("subtaskDetails", value, _convert_subtask_details)


def _convert_status(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return TaskflowRunStatus(v)
    raise invalid("TaskflowRun", "status", v, "a string")


def _convert_start_time(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowRun", "startTime", "a date-time string") from None
    raise invalid("TaskflowRun", "startTime", v, "a date-time string")


def _json_start_time(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowRun", "startTime", "a date-time string") from None
        return v
    raise invalid("TaskflowRun", "startTime", v, "a date-time string")


def _convert_end_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowRun", "endTime", "a date-time string") from None
    raise invalid("TaskflowRun", "endTime", v, "a date-time string")


def _convert_end_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_end_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowRun", "endTime", v, "a date-time string or null")


def _json_end_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowRun", "endTime", "a date-time string") from None
        return v
    raise invalid("TaskflowRun", "endTime", v, "a date-time string")


def _json_end_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_end_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowRun", "endTime", v, "a date-time string or null")


def _convert_update_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowRun", "updateTime", "a date-time string") from None
    raise invalid("TaskflowRun", "updateTime", v, "a date-time string")


def _convert_update_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_update_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowRun", "updateTime", v, "a date-time string or null")


def _json_update_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowRun", "updateTime", "a date-time string") from None
        return v
    raise invalid("TaskflowRun", "updateTime", v, "a date-time string")


def _json_update_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_update_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowRun", "updateTime", v, "a date-time string or null")


def _convert_subtask_details(v: Any) -> Any:
    if v.__class__ is dict:
        return TaskflowSubtaskDetails._from_json(v)
    raise invalid("TaskflowRun", "subtaskDetails", v, "an object")


def _json_subtask_details(v: Any, depth: int) -> Any:
    if v.__class__ is dict:
        return TaskflowSubtaskDetails._from_json(v)._json(depth)
    raise invalid("TaskflowRun", "subtaskDetails", v, "an object")


TaskflowRun._FIELDS = (
    ("status", "status"),
    ("run_id", "runId"),
    ("asset_name", "assetName"),
    ("asset_type", "assetType"),
    ("duration", "duration"),
    ("start_time", "startTime"),
    ("end_time", "endTime"),
    ("update_time", "updateTime"),
    ("error_message", "errorMessage"),
    ("location", "location"),
    ("runtime_env", "runtimeEnv"),
    ("runtime_env_name", "runtimeEnvName"),
    ("started_by", "startedBy"),
    ("subtasks", "subtasks"),
    ("rows_processed", "rowsProcessed"),
    ("errored_rows", "erroredRows"),
    ("subtask_details", "subtaskDetails"),
)
TaskflowRun._SLOTTED = (
    ("status", "status", (str,)),
    ("run_id", "runId", (int, str)),
)
TaskflowRun._CHECKS = {
    "status": False,
    "runId": False,
    "assetName": (str,),
    "assetType": (str,),
    "duration": (int, str),
    "startTime": _json_start_time,
    "endTime": _json_end_time,
    "updateTime": _json_update_time,
    "errorMessage": (str, NoneType),
    "location": (str, NoneType),
    "runtimeEnv": (str, NoneType),
    "runtimeEnvName": (str, NoneType),
    "startedBy": (str, NoneType),
    "subtasks": (int,),
    "rowsProcessed": (int,),
    "erroredRows": (int,),
    "subtaskDetails": _json_subtask_details,
}
TaskflowRun._MUTABLE = frozenset(
    {
        "subtaskDetails",
    }
)
TaskflowRun._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
from ..models.taskflow_subtask_details import TaskflowSubtaskDetails  # noqa: E402

_MAP_status = TaskflowRunStatus._value2member_map_  # value -> member: the fast path of parsing
