"""iics-client: a typed client for the Informatica Intelligent Cloud Services (IICS) REST API, sync and async.

    from iics_client import IICSClient
    with IICSClient(login_url="us", username="me@example.com", password="...") as client:
        for conn in client.list_connections():
            print(conn.name, conn.type_)

The generated endpoint functions and models live in ``iics_client.v2`` and ``iics_client.v3``.
"""

from ._client import AsyncIICSClient, IICSClient
from ._exceptions import (
    IICSAuthError,
    IICSBadRequestError,
    IICSConfigurationError,
    IICSConnectionError,
    IICSError,
    IICSJobTimeoutError,
    IICSNotFoundError,
    IICSRateLimitError,
    IICSServerError,
    IICSTimeoutError,
    IICSValidationError,
)
from ._layout import IICS_LAYOUT, LAYOUTS, REFERENCE_LAYOUT, Layout, Route
from ._login import Session
from ._methods import ApiVersion, JobState, JobStatus
from ._plan import AsyncPaginator, Paginator
from ._regions import LOGIN_HOSTS
from ._spec import SPEC_VERSIONS
from ._version import __version__

__all__ = [
    "IICS_LAYOUT",
    "LAYOUTS",
    "LOGIN_HOSTS",
    "REFERENCE_LAYOUT",
    "SPEC_VERSIONS",
    "ApiVersion",
    "AsyncIICSClient",
    "AsyncPaginator",
    "IICSAuthError",
    "IICSBadRequestError",
    "IICSClient",
    "IICSConfigurationError",
    "IICSConnectionError",
    "IICSError",
    "IICSJobTimeoutError",
    "IICSNotFoundError",
    "IICSRateLimitError",
    "IICSServerError",
    "IICSTimeoutError",
    "IICSValidationError",
    "JobState",
    "JobStatus",
    "Layout",
    "Paginator",
    "Route",
    "Session",
    "__version__",
]
