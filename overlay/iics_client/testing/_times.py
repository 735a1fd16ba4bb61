"""Timestamps the way IICS writes them.

v2 "local" fields are US Eastern wall-clock time but end in ``Z`` (an IICS quirk the client has to live with);
their UTC siblings and all v3 times are real UTC. v2 values carry milliseconds, v3 values do not.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .._times import utc_to_eastern

# Seeded history (audit log, activity log) counts back from here, so seed data is the same on every run.
HISTORY_ANCHOR = datetime(2024, 6, 3, 16, 0, 0, tzinfo=timezone.utc).timestamp()


def _v2(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def v2_local(ts: float) -> str:
    """Eastern wall-clock time with a misleading ``Z``: ``2024-01-15T10:20:30.000Z``."""
    return _v2(utc_to_eastern(datetime.fromtimestamp(ts, timezone.utc)))


def v2_utc(ts: float) -> str:
    """Real UTC, v2 style (with milliseconds)."""
    return _v2(datetime.fromtimestamp(ts, timezone.utc))


def v3_utc(ts: float) -> str:
    """Real UTC, v3 style (no milliseconds): ``2024-01-14T21:45:11Z``."""
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
