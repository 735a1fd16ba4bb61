"""Seeded asset details the v3 ``q`` filter can select on: source-control state and custom attributes.

Applied to the seed after it is built (no RNG draws, so ids stay what they were): the Sales project is under source
control (one mapping task checked out), and published taskflows and processes carry ``customAttributes.publishedBy``.
"""

from __future__ import annotations

import hashlib

from ._data import ADMIN, Seed

SOURCE_CONTROLLED_PROJECT = "Sales"
CHECKED_OUT = "mt_load_orders"  # the one seeded asset that is checked out
CHECKED_OUT_BY = "jdoe@example.com"
_VERSIONED = frozenset({"DTEMPLATE", "MTT", "WORKFLOW", "TASKFLOW", "PROCESS", "DSS"})
_PUBLISHED = frozenset({"TASKFLOW", "PROCESS"})


def decorate_assets(seed: Seed) -> None:
    for obj in seed.objects:
        name = obj["path"].rpartition("/")[2]
        if obj["type"] in _VERSIONED and obj["path"].startswith(SOURCE_CONTROLLED_PROJECT + "/"):
            checked_out = name == CHECKED_OUT
            obj["sourceControl"] = {
                "checkedOutBy": CHECKED_OUT_BY if checked_out else None,
                "checkedOutTime": obj["updateTime"] if checked_out else None,
                "hash": hashlib.sha1(obj["id"].encode()).hexdigest(),  # noqa: S324 - a made-up commit hash
                "lastCheckinBy": ADMIN,
                "lastCheckinTime": obj["updateTime"],
                "lastPullTime": obj["updateTime"],
                "sourceControlled": True,
            }
        if obj["type"] in _PUBLISHED:
            obj["customAttributes"] = {"publishedBy": ADMIN}
