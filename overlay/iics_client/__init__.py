"""iics-client: a typed client for the Informatica Intelligent Cloud Services (IICS) REST API, sync and async.

    from iics_client import IICSClient
    with IICSClient(login_url="us", username="me@example.com", password="...") as client:
        for conn in client.list_connections():
            print(conn.name, conn.type_)

The generated endpoint functions and models live in ``iics_client.v2``, ``iics_client.v3`` and
``iics_client.taskflow``.
"""

import os as _os

# The generated packages (iics_client.v2, iics_client.v3): a wheel ships them inside this folder; a source checkout
# keeps them only in <checkout>/generated, which then joins this package's search path (no copy, no symlink).
if not _os.path.isdir(_os.path.join(__path__[0], "v2")):
    __path__.append(_os.path.join(_os.path.dirname(_os.path.dirname(__path__[0])), "generated"))

from ._version import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a tenth of `iics --help`); mypy reads it as True

if TYPE_CHECKING:  # what the names below are, for type checkers; at run time they load on first use
    from types import MappingProxyType

    from ._client import AsyncIICSClient, IICSClient
    from ._events import Event, EventKind
    from ._exceptions import (
        IICSAuthError,
        IICSBadRequestError,
        IICSConfigurationError,
        IICSConnectionError,
        IICSError,
        IICSJobStartUnknownError,
        IICSJobTimeoutError,
        IICSNotFoundError,
        IICSPermissionError,
        IICSRateLimitError,
        IICSServerError,
        IICSTimeoutError,
        IICSValidationError,
    )
    from ._health import CheckStatus, Diagnosis, HealthCheck, HealthReport, LikelyCause
    from ._jobs import JobState, JobStatus, StartJobRequest
    from ._metrics import Latency, MetricsSnapshot, OperationMetrics
    from ._pagination import AsyncPaginator, Paginator
    from ._profiles import Profile, load_profiles, profiles_path
    from ._promotion import (
        ExportResult,
        IICSExportError,
        IICSImportError,
        IICSPartialImportError,
        ImportResult,
        ObjectOutcome,
    )
    from ._session import Session
    from ._taskflows import TaskflowStatus
    from ._urls import IICS_LAYOUT, LAYOUTS, LOGIN_HOSTS, REFERENCE_LAYOUT, ApiVersion, Layout, Route

    SPEC_VERSIONS: MappingProxyType[str, str]

# The public names and the module each comes from. They load on first use (PEP 562), so that a light user of the
# package (``iics --help``, the Airflow provider's metadata) does not import httpx and the client.
_LAZY: dict[str, str] = {
    "AsyncIICSClient": "._client",
    "IICSClient": "._client",
    "Event": "._events",
    "EventKind": "._events",
    "IICSAuthError": "._exceptions",
    "IICSBadRequestError": "._exceptions",
    "IICSConfigurationError": "._exceptions",
    "IICSConnectionError": "._exceptions",
    "IICSError": "._exceptions",
    "IICSJobStartUnknownError": "._exceptions",
    "IICSJobTimeoutError": "._exceptions",
    "IICSNotFoundError": "._exceptions",
    "IICSPermissionError": "._exceptions",
    "IICSRateLimitError": "._exceptions",
    "IICSServerError": "._exceptions",
    "IICSTimeoutError": "._exceptions",
    "IICSValidationError": "._exceptions",
    "CheckStatus": "._health",
    "Diagnosis": "._health",
    "HealthCheck": "._health",
    "HealthReport": "._health",
    "LikelyCause": "._health",
    "JobState": "._jobs",
    "JobStatus": "._jobs",
    "StartJobRequest": "._jobs",
    "Latency": "._metrics",
    "MetricsSnapshot": "._metrics",
    "OperationMetrics": "._metrics",
    "AsyncPaginator": "._pagination",
    "Paginator": "._pagination",
    "Profile": "._profiles",
    "load_profiles": "._profiles",
    "profiles_path": "._profiles",
    "ExportResult": "._promotion",
    "IICSExportError": "._promotion",
    "IICSImportError": "._promotion",
    "IICSPartialImportError": "._promotion",
    "ImportResult": "._promotion",
    "ObjectOutcome": "._promotion",
    "Session": "._session",
    "TaskflowStatus": "._taskflows",
    "IICS_LAYOUT": "._urls",
    "LAYOUTS": "._urls",
    "LOGIN_HOSTS": "._urls",
    "REFERENCE_LAYOUT": "._urls",
    "ApiVersion": "._urls",
    "Layout": "._urls",
    "Route": "._urls",
}


def __getattr__(name: str) -> object:
    if name == "SPEC_VERSIONS":
        # which spec each generated family came from (stamped into generated/ by templates/package_init.py.jinja)
        from types import MappingProxyType

        from .taskflow import SPEC_VERSION as taskflow_spec
        from .v2 import SPEC_VERSION as v2_spec
        from .v3 import SPEC_VERSION as v3_spec

        value: object = MappingProxyType({"v2": v2_spec, "v3": v3_spec, "taskflow": taskflow_spec})
    elif name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # found once: later reads are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "IICS_LAYOUT",
    "LAYOUTS",
    "LOGIN_HOSTS",
    "REFERENCE_LAYOUT",
    "SPEC_VERSIONS",
    "ApiVersion",
    "AsyncIICSClient",
    "ExportResult",
    "AsyncPaginator",
    "CheckStatus",
    "Diagnosis",
    "Event",
    "EventKind",
    "HealthCheck",
    "HealthReport",
    "IICSAuthError",
    "IICSBadRequestError",
    "IICSClient",
    "IICSConfigurationError",
    "IICSConnectionError",
    "IICSError",
    "IICSExportError",
    "IICSImportError",
    "IICSJobStartUnknownError",
    "IICSJobTimeoutError",
    "IICSNotFoundError",
    "IICSPartialImportError",
    "IICSPermissionError",
    "IICSRateLimitError",
    "IICSServerError",
    "IICSTimeoutError",
    "IICSValidationError",
    "ImportResult",
    "JobState",
    "JobStatus",
    "Latency",
    "Layout",
    "LikelyCause",
    "MetricsSnapshot",
    "OperationMetrics",
    "ObjectOutcome",
    "Paginator",
    "Profile",
    "Route",
    "Session",
    "StartJobRequest",
    "TaskflowStatus",
    "__version__",
    "load_profiles",
    "profiles_path",
]
