# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar, cast

from ..models.taskflow_run_status import TaskflowRunStatus
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

T = TypeVar("T", bound="TaskflowSubtask")
_new = object.__new__


class TaskflowSubtask(JsonModel):
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

    __slots__ = ()

    def __init__(
        self,
        asset_name: str | Unset = UNSET,
        asset_type: str | Unset = UNSET,
        duration: int | str | Unset = UNSET,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        update_time: datetime.datetime | None | Unset = UNSET,
        status: TaskflowRunStatus | Unset = UNSET,
        error_message: None | str | Unset = UNSET,
        location: None | str | Unset = UNSET,
        run_id: int | str | Unset = UNSET,
        runtime_env: None | str | Unset = UNSET,
        runtime_env_name: None | str | Unset = UNSET,
        started_by: None | str | Unset = UNSET,
        subtasks: int | Unset = UNSET,
        rows_processed: int | Unset = UNSET,
        errored_rows: int | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        self.asset_name = asset_name
        self.asset_type = asset_type
        self.duration = duration
        self.start_time = start_time
        self.end_time = end_time
        self.update_time = update_time
        self.status = status
        self.error_message = error_message
        self.location = location
        self.run_id = run_id
        self.runtime_env = runtime_env
        self.runtime_env_name = runtime_env_name
        self.started_by = started_by
        self.subtasks = subtasks
        self.rows_processed = rows_processed
        self.errored_rows = errored_rows

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("TaskflowSubtask", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "TaskflowSubtask"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("TaskflowSubtask", None, d, "an object")

        model = _new(cls)
        model._d = d
        model._c = None

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("TaskflowSubtask", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("TaskflowSubtask", None, d, "an object")

            model = _new(cls)
            model._d = d
            model._c = None

            append(model)
        return out

    @property
    def asset_name(self) -> str | Unset:
        v = self._d.get("assetName", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowSubtask", "assetName", v, "a string")

    @asset_name.setter
    def asset_name(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowSubtask", "assetName", value, "a string")
        self._set("assetName", value, None)

    @property
    def asset_type(self) -> str | Unset:
        """MTT, TASKFLOW, ... (open-ended)."""
        v = self._d.get("assetType", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("TaskflowSubtask", "assetType", v, "a string")

    @asset_type.setter
    def asset_type(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("TaskflowSubtask", "assetType", value, "a string")
        self._set("assetType", value, None)

    @property
    def duration(self) -> int | str | Unset:
        """Seconds it ran (the docs type it String)."""
        v = self._d.get("duration", UNSET)
        if v.__class__ is int or v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (int, str)):
            return v
        raise invalid("TaskflowSubtask", "duration", v, "an integer or a string")

    @duration.setter
    def duration(self, value: int | str | Unset) -> None:
        if not (scalar_ok(value, (int, str)) or value is UNSET):
            raise invalid("TaskflowSubtask", "duration", value, "an integer or a string")
        self._set("duration", value, None)

    @property
    def start_time(self) -> datetime.datetime | None | Unset:
        c = self._c
        if c is not None and "startTime" in c:
            return cast("datetime.datetime | None | Unset", c["startTime"])
        v = self._d.get("startTime", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | None | Unset", self._cached("startTime", _convert_start_time(v)))

    @start_time.setter
    def start_time(self, value: datetime.datetime | None | Unset) -> None:
        self._set("startTime", value, _convert_start_time)

    @property
    def end_time(self) -> datetime.datetime | None | Unset:
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
    def status(self) -> TaskflowRunStatus | Unset:
        """A run's status: SUCCESS, FAILED, SUSPENDED or RUNNING (spelling unconfirmed; open-ended)."""
        c = self._c
        if c is not None and "status" in c:
            return cast("TaskflowRunStatus | Unset", c["status"])
        v = self._d.get("status", UNSET)
        if v is UNSET:
            return UNSET
        return cast("TaskflowRunStatus | Unset", self._cached("status", _convert_status(v)))

    @status.setter
    def status(self, value: TaskflowRunStatus | Unset) -> None:
        self._set("status", value, _convert_status)

    @property
    def error_message(self) -> None | str | Unset:
        v = self._d.get("errorMessage", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowSubtask", "errorMessage", v, "a string or null")

    @error_message.setter
    def error_message(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowSubtask", "errorMessage", value, "a string or null")
        self._set("errorMessage", value, None)

    @property
    def location(self) -> None | str | Unset:
        """Project and folder path."""
        v = self._d.get("location", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowSubtask", "location", v, "a string or null")

    @location.setter
    def location(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowSubtask", "location", value, "a string or null")
        self._set("location", value, None)

    @property
    def run_id(self) -> int | str | Unset:
        """The subtask's run ID (for a mapping task, its v2 run ID)."""
        v = self._d.get("runId", UNSET)
        if v.__class__ is int or v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (int, str)):
            return v
        raise invalid("TaskflowSubtask", "runId", v, "an integer or a string")

    @run_id.setter
    def run_id(self, value: int | str | Unset) -> None:
        if not (scalar_ok(value, (int, str)) or value is UNSET):
            raise invalid("TaskflowSubtask", "runId", value, "an integer or a string")
        self._set("runId", value, None)

    @property
    def runtime_env(self) -> None | str | Unset:
        """Runtime environment ID."""
        v = self._d.get("runtimeEnv", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowSubtask", "runtimeEnv", v, "a string or null")

    @runtime_env.setter
    def runtime_env(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowSubtask", "runtimeEnv", value, "a string or null")
        self._set("runtimeEnv", value, None)

    @property
    def runtime_env_name(self) -> None | str | Unset:
        v = self._d.get("runtimeEnvName", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowSubtask", "runtimeEnvName", v, "a string or null")

    @runtime_env_name.setter
    def runtime_env_name(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowSubtask", "runtimeEnvName", value, "a string or null")
        self._set("runtimeEnvName", value, None)

    @property
    def started_by(self) -> None | str | Unset:
        v = self._d.get("startedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("TaskflowSubtask", "startedBy", v, "a string or null")

    @started_by.setter
    def started_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("TaskflowSubtask", "startedBy", value, "a string or null")
        self._set("startedBy", value, None)

    @property
    def subtasks(self) -> int | Unset:
        v = self._d.get("subtasks", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowSubtask", "subtasks", v, "an integer")

    @subtasks.setter
    def subtasks(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowSubtask", "subtasks", value, "an integer")
        self._set("subtasks", value, None)

    @property
    def rows_processed(self) -> int | Unset:
        v = self._d.get("rowsProcessed", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowSubtask", "rowsProcessed", v, "an integer")

    @rows_processed.setter
    def rows_processed(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowSubtask", "rowsProcessed", value, "an integer")
        self._set("rowsProcessed", value, None)

    @property
    def errored_rows(self) -> int | Unset:
        v = self._d.get("erroredRows", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("TaskflowSubtask", "erroredRows", v, "an integer")

    @errored_rows.setter
    def errored_rows(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("TaskflowSubtask", "erroredRows", value, "an integer")
        self._set("erroredRows", value, None)


def _convert_start_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowSubtask", "startTime", "a date-time string") from None
    raise invalid("TaskflowSubtask", "startTime", v, "a date-time string")


def _convert_start_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_start_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "startTime", v, "a date-time string or null")


def _json_start_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowSubtask", "startTime", "a date-time string") from None
        return v
    raise invalid("TaskflowSubtask", "startTime", v, "a date-time string")


def _json_start_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_start_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "startTime", v, "a date-time string or null")


def _convert_end_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowSubtask", "endTime", "a date-time string") from None
    raise invalid("TaskflowSubtask", "endTime", v, "a date-time string")


def _convert_end_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_end_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "endTime", v, "a date-time string or null")


def _json_end_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowSubtask", "endTime", "a date-time string") from None
        return v
    raise invalid("TaskflowSubtask", "endTime", v, "a date-time string")


def _json_end_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_end_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "endTime", v, "a date-time string or null")


def _convert_update_time_1(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("TaskflowSubtask", "updateTime", "a date-time string") from None
    raise invalid("TaskflowSubtask", "updateTime", v, "a date-time string")


def _convert_update_time(v: Any) -> Any:
    if scalar_ok(v, (str,)):
        return _convert_update_time_1(v)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "updateTime", v, "a date-time string or null")


def _json_update_time_1(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("TaskflowSubtask", "updateTime", "a date-time string") from None
        return v
    raise invalid("TaskflowSubtask", "updateTime", v, "a date-time string")


def _json_update_time(v: Any, depth: int) -> Any:
    if scalar_ok(v, (str,)):
        return _json_update_time_1(v, depth)
    if scalar_ok(v, (NoneType,)):
        return v
    raise invalid("TaskflowSubtask", "updateTime", v, "a date-time string or null")


def _convert_status(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return TaskflowRunStatus(v)
    raise invalid("TaskflowSubtask", "status", v, "a string")


TaskflowSubtask._FIELDS = (
    ("asset_name", "assetName"),
    ("asset_type", "assetType"),
    ("duration", "duration"),
    ("start_time", "startTime"),
    ("end_time", "endTime"),
    ("update_time", "updateTime"),
    ("status", "status"),
    ("error_message", "errorMessage"),
    ("location", "location"),
    ("run_id", "runId"),
    ("runtime_env", "runtimeEnv"),
    ("runtime_env_name", "runtimeEnvName"),
    ("started_by", "startedBy"),
    ("subtasks", "subtasks"),
    ("rows_processed", "rowsProcessed"),
    ("errored_rows", "erroredRows"),
)
TaskflowSubtask._SLOTTED = ()
TaskflowSubtask._CHECKS = {
    "assetName": (str,),
    "assetType": (str,),
    "duration": (int, str),
    "startTime": _json_start_time,
    "endTime": _json_end_time,
    "updateTime": _json_update_time,
    "status": (str,),
    "errorMessage": (str, NoneType),
    "location": (str, NoneType),
    "runId": (int, str),
    "runtimeEnv": (str, NoneType),
    "runtimeEnvName": (str, NoneType),
    "startedBy": (str, NoneType),
    "subtasks": (int,),
    "rowsProcessed": (int,),
    "erroredRows": (int,),
}
TaskflowSubtask._MUTABLE = frozenset({})
TaskflowSubtask._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
