"""Which spec each generated family came from (stamped into generated/ by templates/package_init.py.jinja)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .taskflow import SPEC_VERSION as _TASKFLOW
from .v2 import SPEC_VERSION as _V2
from .v3 import SPEC_VERSION as _V3

SPEC_VERSIONS: Mapping[str, str] = MappingProxyType({"v2": _V2, "v3": _V3, "taskflow": _TASKFLOW})
