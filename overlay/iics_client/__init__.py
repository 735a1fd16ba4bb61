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

from types import MappingProxyType as _MappingProxyType

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
from ._version import __version__
from .taskflow import SPEC_VERSION as _TASKFLOW_SPEC
from .v2 import SPEC_VERSION as _V2_SPEC
from .v3 import SPEC_VERSION as _V3_SPEC

# Which spec each generated family came from (stamped into generated/ by templates/package_init.py.jinja).
SPEC_VERSIONS = _MappingProxyType({"v2": _V2_SPEC, "v3": _V3_SPEC, "taskflow": _TASKFLOW_SPEC})

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
