# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""A client library for accessing IICS taskflow runtime API (Application Integration)"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

API_FAMILY = "taskflow"
SPEC_TITLE = "IICS taskflow runtime API (Application Integration)"
SPEC_VERSION = "1.0.0"
# request.extensions keys: every request built here names its API family and operation id, which the overlay routes
# (URL prefix, session header) and reports by.
FAMILY_EXTENSION = "iics_family"
OPERATION_EXTENSION = "iics_operation"


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "API_FAMILY",
    "FAMILY_EXTENSION",
    "OPERATION_EXTENSION",
    "SPEC_TITLE",
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
)
