"""IICS timestamps: v2 "local" fields (``startTime``, ``createTime``, ...) are US Eastern wall-clock time written
with a misleading ``Z``; their UTC siblings and v3 times are real UTC. The activity monitor has no UTC sibling, so
comparing its start times needs the Eastern rule, here without a time-zone database (Windows has none by default):
since 2007, daylight time runs from the second Sunday of March, 2:00, to the first Sunday of November, 2:00.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ._exceptions import IICSConfigurationError

EST = timedelta(hours=-5)
EDT = timedelta(hours=-4)


def _nth_sunday(year: int, month: int, n: int) -> int:
    first = datetime(year, month, 1).weekday()  # Monday 0 ... Sunday 6
    return 1 + (6 - first) % 7 + 7 * (n - 1)


def eastern_offset(moment: datetime) -> timedelta:
    """US Eastern's UTC offset at an aware instant (EDT or EST)."""
    utc = moment.astimezone(timezone.utc).replace(tzinfo=None)
    start = datetime(utc.year, 3, _nth_sunday(utc.year, 3, 2), 2) - EST  # 2:00 EST, in UTC
    end = datetime(utc.year, 11, _nth_sunday(utc.year, 11, 1), 2) - EDT  # 2:00 EDT, in UTC
    return EDT if start <= utc < end else EST


def eastern_to_utc(local: datetime) -> datetime:
    """The UTC instant of a naive US Eastern wall-clock time (in the autumn's repeated hour, the earlier one)."""
    for offset in (EDT, EST):
        candidate = (local - offset).replace(tzinfo=timezone.utc)
        if eastern_offset(candidate) == offset:
            return candidate
    return (local - EST).replace(tzinfo=timezone.utc)  # the spring's skipped hour does not exist: read it as EST


def utc_to_eastern(moment: datetime) -> datetime:
    """A naive US Eastern wall-clock time for an aware instant (what IICS writes in v2 local fields)."""
    return (moment.astimezone(timezone.utc) + eastern_offset(moment)).replace(tzinfo=None)


def parse_v2_local(value: object) -> datetime | None:
    """The UTC instant of a v2 local-time field (``2024-01-15T10:20:30.000Z``), or None if it is not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        local = datetime.fromisoformat(value.removesuffix("Z").removesuffix("z"))
    except ValueError:
        return None
    return eastern_to_utc(local.replace(tzinfo=None))


def as_utc(value: object, what: str) -> datetime:
    """A caller's moment as an aware UTC datetime: a datetime (naive ones are UTC) or an ISO 8601 string."""
    moment = value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            moment = None
    if not isinstance(moment, datetime):
        raise IICSConfigurationError(f"{what} must be a datetime or an ISO 8601 string, not {value!r}")
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def utc_text(moment: datetime) -> str:
    """How IICS's v3 and taskflow filters write a UTC time: ``2024-01-15T15:20:30Z`` (whole seconds)."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
