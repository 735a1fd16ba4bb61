"""URL layouts: for each API family, the base path and the session header (data, in exactly one place).

A request's URL is ``origin(serverUrl) + route.prefix + operation path``. The generated endpoint modules declare
their family (the spec file they came from); a layout may move single operations to another family, as real IICS
does with mapping tasks and linear taskflows (v2 resources there, v3 in the reference contract).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ._exceptions import IICSConfigurationError


@dataclass(frozen=True)
class Route:
    """Where one API family lives on the pod, and which header carries the session there."""

    prefix: str
    session_header: str


@dataclass(frozen=True)
class Layout:
    """A URL layout. Build your own for a gateway or a future IICS change: ``Layout("mine", {...})``."""

    name: str
    routes: Mapping[str, Route]
    # operation id (e.g. "list_mapping_tasks") -> family, where it differs from the spec file's family
    operation_families: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = {"v2", "v3"} - set(self.routes)
        if missing:
            raise IICSConfigurationError(f"layout {self.name!r} has no route for {sorted(missing)}")
        unknown = set(self.operation_families.values()) - set(self.routes)
        if unknown:
            raise IICSConfigurationError(f"layout {self.name!r} moves operations to unknown families {sorted(unknown)}")

    def route(self, family: str, operation: str | None = None) -> Route:
        if operation is not None:
            family = self.operation_families.get(operation, family)
        try:
            return self.routes[family]
        except KeyError:
            raise IICSConfigurationError(f"layout {self.name!r} has no route for API family {family!r}") from None


V2_HEADER = "icSessionId"
V3_HEADER = "INFA-SESSION-ID"
# The Application Integration runtime (run and monitor advanced taskflows) lives on the pod origin without /saas,
# in both layouts; it takes the v3 session header.
TASKFLOW_ROUTE = Route("/active-bpel", V3_HEADER)

REFERENCE_LAYOUT = Layout(
    "reference",
    MappingProxyType({"v2": Route("/saas", V2_HEADER), "v3": Route("/api/v2", V3_HEADER), "taskflow": TASKFLOW_ROUTE}),
)
IICS_LAYOUT = Layout(
    "iics",
    MappingProxyType(
        {
            "v2": Route("/saas/api/v2", V2_HEADER),
            "v3": Route("/saas/public/core/v3", V3_HEADER),
            "taskflow": TASKFLOW_ROUTE,
        }
    ),
    MappingProxyType(
        {
            "list_mapping_tasks": "v2",
            "get_mapping_task": "v2",
            "get_mapping_task_by_name": "v2",
            "list_taskflows": "v2",
            "get_taskflow": "v2",
            "get_taskflow_by_name": "v2",
        }
    ),
)
LAYOUTS: Mapping[str, Layout] = MappingProxyType({"reference": REFERENCE_LAYOUT, "iics": IICS_LAYOUT})


def resolve_layout(layout: str | Layout) -> Layout:
    if isinstance(layout, Layout):
        return layout
    try:
        return LAYOUTS[layout.strip().lower()]
    except KeyError:
        raise IICSConfigurationError(f"unknown layout {layout!r}; use one of {sorted(LAYOUTS)} or a Layout") from None
