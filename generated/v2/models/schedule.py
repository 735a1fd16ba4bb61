# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import builtins  # `type` is a field name in some models: annotations say builtins.type
import datetime
from collections.abc import Mapping
from types import NoneType
from typing import Any, TypeVar, cast

from ..models.schedule_interval import ScheduleInterval
from ..types import UNSET, JsonModel, Unset, invalid, json_copy, not_a, scalar_ok

T = TypeVar("T", bound="Schedule")
_new = object.__new__


class Schedule(JsonModel):
    """A v2 schedule. Sources disagree on `timeZone` vs `timeZoneId`; both are accepted.

    Attributes:
        id (str):
        name (str):
        type_ (str | Unset): Always "schedule".
        org_id (str | Unset):
        description (None | str | Unset):
        create_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
        update_time (str | Unset): US Eastern local time although it ends in Z; this resource sends no UTC sibling.
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
        start_time (str | Unset): US Eastern local time although it ends in Z; see the startTimeUTC sibling.
        start_time_utc (datetime.datetime | Unset):
        end_time (None | str | Unset): US Eastern local time although it ends in Z; null when the schedule never ends.
        interval (ScheduleInterval | Unset): Repeat interval of a v2 schedule.
        frequency (int | Unset):
        range_start_time (None | str | Unset): Start of the daily run window (only the time of day matters).
        range_end_time (None | str | Unset): End of the daily run window (only the time of day matters).
        sun (bool | Unset):
        mon (bool | Unset):
        tue (bool | Unset):
        wed (bool | Unset):
        thu (bool | Unset):
        fri (bool | Unset):
        sat (bool | Unset):
        week_day (bool | Unset):
        day_of_month (int | None | Unset):
        week_of_month (None | str | Unset):
        day_of_week (None | str | Unset):
        time_zone (None | str | Unset):
        time_zone_id (None | str | Unset):
    """

    __slots__ = (
        "id",
        "name",
    )
    id: str
    name: str

    def __init__(
        self,
        id: str,
        name: str,
        type_: str | Unset = UNSET,
        org_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        update_time: str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        start_time_utc: datetime.datetime | Unset = UNSET,
        end_time: None | str | Unset = UNSET,
        interval: ScheduleInterval | Unset = UNSET,
        frequency: int | Unset = UNSET,
        range_start_time: None | str | Unset = UNSET,
        range_end_time: None | str | Unset = UNSET,
        sun: bool | Unset = UNSET,
        mon: bool | Unset = UNSET,
        tue: bool | Unset = UNSET,
        wed: bool | Unset = UNSET,
        thu: bool | Unset = UNSET,
        fri: bool | Unset = UNSET,
        sat: bool | Unset = UNSET,
        week_day: bool | Unset = UNSET,
        day_of_month: int | None | Unset = UNSET,
        week_of_month: None | str | Unset = UNSET,
        day_of_week: None | str | Unset = UNSET,
        time_zone: None | str | Unset = UNSET,
        time_zone_id: None | str | Unset = UNSET,
    ) -> None:
        self._d = {}
        self._c = None
        if not scalar_ok(id, (str,)):
            raise invalid("Schedule", "id", id, "a string")
        self.id = id
        if not scalar_ok(name, (str,)):
            raise invalid("Schedule", "name", name, "a string")
        self.name = name
        self.type_ = type_
        self.org_id = org_id
        self.description = description
        self.create_time = create_time
        self.update_time = update_time
        self.created_by = created_by
        self.updated_by = updated_by
        self.start_time = start_time
        self.start_time_utc = start_time_utc
        self.end_time = end_time
        self.interval = interval
        self.frequency = frequency
        self.range_start_time = range_start_time
        self.range_end_time = range_end_time
        self.sun = sun
        self.mon = mon
        self.tue = tue
        self.wed = wed
        self.thu = thu
        self.fri = fri
        self.sat = sat
        self.week_day = week_day
        self.day_of_month = day_of_month
        self.week_of_month = week_of_month
        self.day_of_week = day_of_week
        self.time_zone = time_zone
        self.time_zone_id = time_zone_id

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from a JSON object (copied: the model does not share it with the caller)."""
        if not isinstance(src_dict, Mapping):
            raise invalid("Schedule", None, src_dict, "an object")
        return cls._from_json(json_copy(src_dict, 0, "Schedule"))

    @classmethod
    def _from_json(cls: builtins.type[T], d: Any) -> T:
        """Build over a parsed JSON object, which the model then owns (no copy)."""
        if d.__class__ is not dict:
            raise invalid("Schedule", None, d, "an object")
        try:
            id = d["id"]
        except KeyError:
            id = UNSET
        if not (id.__class__ is str) and not scalar_ok(id, (str,)):
            raise invalid("Schedule", "id", id, "a string")
        try:
            name = d["name"]
        except KeyError:
            name = UNSET
        if not (name.__class__ is str) and not scalar_ok(name, (str,)):
            raise invalid("Schedule", "name", name, "a string")

        model = _new(cls)
        model._d = d
        model._c = None
        model.id = id
        model.name = name

        return model

    @classmethod
    def _from_json_list(cls: builtins.type[T], data: Any) -> list[T]:
        """_from_json of every item of a parsed JSON array (the hot path of list calls)."""
        if data.__class__ is not list:
            raise invalid("Schedule", None, data, "an array of objects")
        out = []
        append = out.append
        for d in data:
            if d.__class__ is not dict:
                raise invalid("Schedule", None, d, "an object")
            try:
                id = d["id"]
            except KeyError:
                id = UNSET
            if not (id.__class__ is str) and not scalar_ok(id, (str,)):
                raise invalid("Schedule", "id", id, "a string")
            try:
                name = d["name"]
            except KeyError:
                name = UNSET
            if not (name.__class__ is str) and not scalar_ok(name, (str,)):
                raise invalid("Schedule", "name", name, "a string")

            model = _new(cls)
            model._d = d
            model._c = None
            model.id = id
            model.name = name

            append(model)
        return out

    @property
    def type_(self) -> str | Unset:
        """Always "schedule"."""
        v = self._d.get("@type", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Schedule", "@type", v, "a string")

    @type_.setter
    def type_(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Schedule", "@type", value, "a string")
        self._set("@type", value, None)

    @property
    def org_id(self) -> str | Unset:
        v = self._d.get("orgId", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Schedule", "orgId", v, "a string")

    @org_id.setter
    def org_id(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Schedule", "orgId", value, "a string")
        self._set("orgId", value, None)

    @property
    def description(self) -> None | str | Unset:
        v = self._d.get("description", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "description", v, "a string or null")

    @description.setter
    def description(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "description", value, "a string or null")
        self._set("description", value, None)

    @property
    def create_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("createTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Schedule", "createTime", v, "a string")

    @create_time.setter
    def create_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Schedule", "createTime", value, "a string")
        self._set("createTime", value, None)

    @property
    def update_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; this resource sends no UTC sibling."""
        v = self._d.get("updateTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Schedule", "updateTime", v, "a string")

    @update_time.setter
    def update_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Schedule", "updateTime", value, "a string")
        self._set("updateTime", value, None)

    @property
    def created_by(self) -> None | str | Unset:
        v = self._d.get("createdBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "createdBy", v, "a string or null")

    @created_by.setter
    def created_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "createdBy", value, "a string or null")
        self._set("createdBy", value, None)

    @property
    def updated_by(self) -> None | str | Unset:
        v = self._d.get("updatedBy", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "updatedBy", v, "a string or null")

    @updated_by.setter
    def updated_by(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "updatedBy", value, "a string or null")
        self._set("updatedBy", value, None)

    @property
    def start_time(self) -> str | Unset:
        """US Eastern local time although it ends in Z; see the startTimeUTC sibling."""
        v = self._d.get("startTime", UNSET)
        if v.__class__ is str or v is UNSET:
            return v
        if scalar_ok(v, (str,)):
            return v
        raise invalid("Schedule", "startTime", v, "a string")

    @start_time.setter
    def start_time(self, value: str | Unset) -> None:
        if not (scalar_ok(value, (str,)) or value is UNSET):
            raise invalid("Schedule", "startTime", value, "a string")
        self._set("startTime", value, None)

    @property
    def start_time_utc(self) -> datetime.datetime | Unset:
        c = self._c
        if c is not None and "startTimeUTC" in c:
            return cast("datetime.datetime | Unset", c["startTimeUTC"])
        v = self._d.get("startTimeUTC", UNSET)
        if v is UNSET:
            return UNSET
        return cast("datetime.datetime | Unset", self._cached("startTimeUTC", _convert_start_time_utc(v)))

    @start_time_utc.setter
    def start_time_utc(self, value: datetime.datetime | Unset) -> None:
        self._set("startTimeUTC", value, _convert_start_time_utc)

    @property
    def end_time(self) -> None | str | Unset:
        """US Eastern local time although it ends in Z; null when the schedule never ends."""
        v = self._d.get("endTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "endTime", v, "a string or null")

    @end_time.setter
    def end_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "endTime", value, "a string or null")
        self._set("endTime", value, None)

    @property
    def interval(self) -> ScheduleInterval | Unset:
        """Repeat interval of a v2 schedule."""
        c = self._c
        if c is not None and "interval" in c:
            return cast("ScheduleInterval | Unset", c["interval"])
        v = self._d.get("interval", UNSET)
        if v is UNSET:
            return UNSET
        return cast("ScheduleInterval | Unset", self._cached("interval", _convert_interval(v)))

    @interval.setter
    def interval(self, value: ScheduleInterval | Unset) -> None:
        self._set("interval", value, _convert_interval)

    @property
    def frequency(self) -> int | Unset:
        v = self._d.get("frequency", UNSET)
        if v.__class__ is int or v is UNSET:
            return v
        if scalar_ok(v, (int,)):
            return v
        raise invalid("Schedule", "frequency", v, "an integer")

    @frequency.setter
    def frequency(self, value: int | Unset) -> None:
        if not (scalar_ok(value, (int,)) or value is UNSET):
            raise invalid("Schedule", "frequency", value, "an integer")
        self._set("frequency", value, None)

    @property
    def range_start_time(self) -> None | str | Unset:
        """Start of the daily run window (only the time of day matters)."""
        v = self._d.get("rangeStartTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "rangeStartTime", v, "a string or null")

    @range_start_time.setter
    def range_start_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "rangeStartTime", value, "a string or null")
        self._set("rangeStartTime", value, None)

    @property
    def range_end_time(self) -> None | str | Unset:
        """End of the daily run window (only the time of day matters)."""
        v = self._d.get("rangeEndTime", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "rangeEndTime", v, "a string or null")

    @range_end_time.setter
    def range_end_time(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "rangeEndTime", value, "a string or null")
        self._set("rangeEndTime", value, None)

    @property
    def sun(self) -> bool | Unset:
        v = self._d.get("sun", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "sun", v, "a boolean")

    @sun.setter
    def sun(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "sun", value, "a boolean")
        self._set("sun", value, None)

    @property
    def mon(self) -> bool | Unset:
        v = self._d.get("mon", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "mon", v, "a boolean")

    @mon.setter
    def mon(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "mon", value, "a boolean")
        self._set("mon", value, None)

    @property
    def tue(self) -> bool | Unset:
        v = self._d.get("tue", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "tue", v, "a boolean")

    @tue.setter
    def tue(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "tue", value, "a boolean")
        self._set("tue", value, None)

    @property
    def wed(self) -> bool | Unset:
        v = self._d.get("wed", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "wed", v, "a boolean")

    @wed.setter
    def wed(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "wed", value, "a boolean")
        self._set("wed", value, None)

    @property
    def thu(self) -> bool | Unset:
        v = self._d.get("thu", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "thu", v, "a boolean")

    @thu.setter
    def thu(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "thu", value, "a boolean")
        self._set("thu", value, None)

    @property
    def fri(self) -> bool | Unset:
        v = self._d.get("fri", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "fri", v, "a boolean")

    @fri.setter
    def fri(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "fri", value, "a boolean")
        self._set("fri", value, None)

    @property
    def sat(self) -> bool | Unset:
        v = self._d.get("sat", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "sat", v, "a boolean")

    @sat.setter
    def sat(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "sat", value, "a boolean")
        self._set("sat", value, None)

    @property
    def week_day(self) -> bool | Unset:
        v = self._d.get("weekDay", UNSET)
        if v.__class__ is bool or v is UNSET:
            return v
        if scalar_ok(v, (bool,)):
            return v
        raise invalid("Schedule", "weekDay", v, "a boolean")

    @week_day.setter
    def week_day(self, value: bool | Unset) -> None:
        if not (scalar_ok(value, (bool,)) or value is UNSET):
            raise invalid("Schedule", "weekDay", value, "a boolean")
        self._set("weekDay", value, None)

    @property
    def day_of_month(self) -> int | None | Unset:
        v = self._d.get("dayOfMonth", UNSET)
        if v.__class__ is int or v is None or v is UNSET:
            return v
        if scalar_ok(v, (int, NoneType)):
            return v
        raise invalid("Schedule", "dayOfMonth", v, "an integer or null")

    @day_of_month.setter
    def day_of_month(self, value: int | None | Unset) -> None:
        if not (scalar_ok(value, (int, NoneType)) or value is UNSET):
            raise invalid("Schedule", "dayOfMonth", value, "an integer or null")
        self._set("dayOfMonth", value, None)

    @property
    def week_of_month(self) -> None | str | Unset:
        v = self._d.get("weekOfMonth", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "weekOfMonth", v, "a string or null")

    @week_of_month.setter
    def week_of_month(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "weekOfMonth", value, "a string or null")
        self._set("weekOfMonth", value, None)

    @property
    def day_of_week(self) -> None | str | Unset:
        v = self._d.get("dayOfWeek", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "dayOfWeek", v, "a string or null")

    @day_of_week.setter
    def day_of_week(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "dayOfWeek", value, "a string or null")
        self._set("dayOfWeek", value, None)

    @property
    def time_zone(self) -> None | str | Unset:
        v = self._d.get("timeZone", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "timeZone", v, "a string or null")

    @time_zone.setter
    def time_zone(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "timeZone", value, "a string or null")
        self._set("timeZone", value, None)

    @property
    def time_zone_id(self) -> None | str | Unset:
        v = self._d.get("timeZoneId", UNSET)
        if v.__class__ is str or v is None or v is UNSET:
            return v
        if scalar_ok(v, (str, NoneType)):
            return v
        raise invalid("Schedule", "timeZoneId", v, "a string or null")

    @time_zone_id.setter
    def time_zone_id(self, value: None | str | Unset) -> None:
        if not (scalar_ok(value, (str, NoneType)) or value is UNSET):
            raise invalid("Schedule", "timeZoneId", value, "a string or null")
        self._set("timeZoneId", value, None)


def _convert_start_time_utc(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))  # Python 3.10 does not accept "Z"
        except ValueError:
            raise not_a("Schedule", "startTimeUTC", "a date-time string") from None
    raise invalid("Schedule", "startTimeUTC", v, "a date-time string")


def _json_start_time_utc(v: Any, depth: int) -> Any:
    if isinstance(v, str):
        try:
            datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise not_a("Schedule", "startTimeUTC", "a date-time string") from None
        return v
    raise invalid("Schedule", "startTimeUTC", v, "a date-time string")


def _convert_interval(v: Any) -> Any:
    if v.__class__ is str or scalar_ok(v, (str,)):
        return ScheduleInterval(v)
    raise invalid("Schedule", "interval", v, "a string")


Schedule._FIELDS = (
    ("id", "id"),
    ("name", "name"),
    ("type_", "@type"),
    ("org_id", "orgId"),
    ("description", "description"),
    ("create_time", "createTime"),
    ("update_time", "updateTime"),
    ("created_by", "createdBy"),
    ("updated_by", "updatedBy"),
    ("start_time", "startTime"),
    ("start_time_utc", "startTimeUTC"),
    ("end_time", "endTime"),
    ("interval", "interval"),
    ("frequency", "frequency"),
    ("range_start_time", "rangeStartTime"),
    ("range_end_time", "rangeEndTime"),
    ("sun", "sun"),
    ("mon", "mon"),
    ("tue", "tue"),
    ("wed", "wed"),
    ("thu", "thu"),
    ("fri", "fri"),
    ("sat", "sat"),
    ("week_day", "weekDay"),
    ("day_of_month", "dayOfMonth"),
    ("week_of_month", "weekOfMonth"),
    ("day_of_week", "dayOfWeek"),
    ("time_zone", "timeZone"),
    ("time_zone_id", "timeZoneId"),
)
Schedule._SLOTTED = (
    ("id", "id", (str,)),
    ("name", "name", (str,)),
)
Schedule._CHECKS = {
    "id": False,
    "name": False,
    "@type": (str,),
    "orgId": (str,),
    "description": (str, NoneType),
    "createTime": (str,),
    "updateTime": (str,),
    "createdBy": (str, NoneType),
    "updatedBy": (str, NoneType),
    "startTime": (str,),
    "startTimeUTC": _json_start_time_utc,
    "endTime": (str, NoneType),
    "interval": (str,),
    "frequency": (int,),
    "rangeStartTime": (str, NoneType),
    "rangeEndTime": (str, NoneType),
    "sun": (bool,),
    "mon": (bool,),
    "tue": (bool,),
    "wed": (bool,),
    "thu": (bool,),
    "fri": (bool,),
    "sat": (bool,),
    "weekDay": (bool,),
    "dayOfMonth": (int, NoneType),
    "weekOfMonth": (str, NoneType),
    "dayOfWeek": (str, NoneType),
    "timeZone": (str, NoneType),
    "timeZoneId": (str, NoneType),
}
Schedule._MUTABLE = frozenset({})
Schedule._EXTRA_CHECK = ()

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
