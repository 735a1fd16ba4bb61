"""Helpers for the generated models of every API family (iics_client.v2, v3, taskflow): one answer to "did IICS
send this field?". Each family's generated package has its own ``UNSET``; code here never compares with one."""

from __future__ import annotations

import functools
from typing import TypeVar

T = TypeVar("T")


@functools.cache
def _unset_types() -> tuple[type, ...]:
    # imported on first use: the generated types modules import attrs, which `import iics_client` does not need
    from .taskflow.types import Unset as TaskflowUnset
    from .v2.types import Unset as V2Unset
    from .v3.types import Unset as V3Unset

    return (V2Unset, V3Unset, TaskflowUnset)


def is_unset(value: object) -> bool:
    """True for the UNSET of any family (a field IICS did not send)."""
    return isinstance(value, _unset_types())


def present(value: T) -> T | None:
    """The value, or None when IICS sent null or nothing."""
    return None if value is None or is_unset(value) else value
