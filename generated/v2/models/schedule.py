# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_interval import ScheduleInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "@type",
        "orgId",
        "description",
        "createTime",
        "updateTime",
        "createdBy",
        "updatedBy",
        "startTime",
        "startTimeUTC",
        "endTime",
        "interval",
        "frequency",
        "rangeStartTime",
        "rangeEndTime",
        "sun",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "weekDay",
        "dayOfMonth",
        "weekOfMonth",
        "dayOfWeek",
        "timeZone",
        "timeZoneId",
    }
)
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class Schedule:
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

    id: str
    name: str
    type_: str | Unset = UNSET
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    start_time: str | Unset = UNSET
    start_time_utc: datetime.datetime | Unset = UNSET
    end_time: None | str | Unset = UNSET
    interval: ScheduleInterval | Unset = UNSET
    frequency: int | Unset = UNSET
    range_start_time: None | str | Unset = UNSET
    range_end_time: None | str | Unset = UNSET
    sun: bool | Unset = UNSET
    mon: bool | Unset = UNSET
    tue: bool | Unset = UNSET
    wed: bool | Unset = UNSET
    thu: bool | Unset = UNSET
    fri: bool | Unset = UNSET
    sat: bool | Unset = UNSET
    week_day: bool | Unset = UNSET
    day_of_month: int | None | Unset = UNSET
    week_of_month: None | str | Unset = UNSET
    day_of_week: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    time_zone_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # the JSON this object was built from (by from_dict); plain fields are read from it on first access
    _src: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        org_id = self.org_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        create_time = self.create_time

        update_time = self.update_time

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        start_time = self.start_time

        start_time_utc: str | Unset = UNSET
        if not isinstance(self.start_time_utc, Unset):
            start_time_utc = self.start_time_utc.isoformat()

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        frequency = self.frequency

        range_start_time: None | str | Unset
        if isinstance(self.range_start_time, Unset):
            range_start_time = UNSET
        else:
            range_start_time = self.range_start_time

        range_end_time: None | str | Unset
        if isinstance(self.range_end_time, Unset):
            range_end_time = UNSET
        else:
            range_end_time = self.range_end_time

        sun = self.sun

        mon = self.mon

        tue = self.tue

        wed = self.wed

        thu = self.thu

        fri = self.fri

        sat = self.sat

        week_day = self.week_day

        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        week_of_month: None | str | Unset
        if isinstance(self.week_of_month, Unset):
            week_of_month = UNSET
        else:
            week_of_month = self.week_of_month

        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        time_zone_id: None | str | Unset
        if isinstance(self.time_zone_id, Unset):
            time_zone_id = UNSET
        else:
            time_zone_id = self.time_zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if start_time_utc is not UNSET:
            field_dict["startTimeUTC"] = start_time_utc
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if interval is not UNSET:
            field_dict["interval"] = interval
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if range_start_time is not UNSET:
            field_dict["rangeStartTime"] = range_start_time
        if range_end_time is not UNSET:
            field_dict["rangeEndTime"] = range_end_time
        if sun is not UNSET:
            field_dict["sun"] = sun
        if mon is not UNSET:
            field_dict["mon"] = mon
        if tue is not UNSET:
            field_dict["tue"] = tue
        if wed is not UNSET:
            field_dict["wed"] = wed
        if thu is not UNSET:
            field_dict["thu"] = thu
        if fri is not UNSET:
            field_dict["fri"] = fri
        if sat is not UNSET:
            field_dict["sat"] = sat
        if week_day is not UNSET:
            field_dict["weekDay"] = week_day
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if week_of_month is not UNSET:
            field_dict["weekOfMonth"] = week_of_month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if time_zone_id is not UNSET:
            field_dict["timeZoneId"] = time_zone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from IICS's JSON. Fields needing conversion are converted now; plain ones on first access."""
        d = src_dict
        if not d.keys() >= _REQUIRED_KEYS:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED_KEYS - d.keys())}")
        _start_time_utc = d.get("startTimeUTC", UNSET)
        start_time_utc: datetime.datetime | Unset
        if isinstance(_start_time_utc, Unset):
            start_time_utc = UNSET
        else:
            start_time_utc = datetime.datetime.fromisoformat(_start_time_utc.replace("Z", "+00:00"))

        _interval = d.get("interval", UNSET)
        interval: ScheduleInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = ScheduleInterval(_interval)

        schedule = cls.__new__(cls)
        _set = object.__setattr__
        _set(schedule, "_src", d)
        _set(schedule, "start_time_utc", start_time_utc)
        _set(schedule, "interval", interval)
        return schedule

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
    "name": "name",
    "type_": "@type",
    "org_id": "orgId",
    "description": "description",
    "create_time": "createTime",
    "update_time": "updateTime",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "start_time": "startTime",
    "end_time": "endTime",
    "frequency": "frequency",
    "range_start_time": "rangeStartTime",
    "range_end_time": "rangeEndTime",
    "sun": "sun",
    "mon": "mon",
    "tue": "tue",
    "wed": "wed",
    "thu": "thu",
    "fri": "fri",
    "sat": "sat",
    "week_day": "weekDay",
    "day_of_month": "dayOfMonth",
    "week_of_month": "weekOfMonth",
    "day_of_week": "dayOfWeek",
    "time_zone": "timeZone",
    "time_zone_id": "timeZoneId",
}

# Models this one refers to, imported at the bottom (not per call inside the methods, as upstream does): by the time
# a model that refers back to this one imports it, this module's class exists, so cycles resolve.
