# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
import ssl
from typing import Any, TypeVar

import httpx
from attrs import define, field

_C = TypeVar("_C", bound="Client")


@define
class Client:
    """Holds the httpx clients that generated endpoint functions send through.

    Either inject ready clients with ``set_httpx_client`` / ``set_async_httpx_client`` (what ``iics_client`` does: its
    clients add routing, the session header, re-login and retries), or give ``base_url`` and the rest and let this
    class build plain httpx clients on first use.

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` when a status is not documented in the spec.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(default="", alias="base_url")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            **self._httpx_args,
        }

    def set_httpx_client(self: _C, client: httpx.Client) -> _C:
        """Send every sync call through ``client``; base_url, headers, timeout and verify_ssl are then ignored."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def set_async_httpx_client(self: _C, async_client: httpx.AsyncClient) -> _C:
        """Send every async call through ``async_client``; the other settings are then ignored."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client


@define
class AuthenticatedClient(Client):
    """A Client that sends ``token`` in ``auth_header_name`` (prefixed by ``prefix``) on the clients it builds."""

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _client_args(self) -> dict[str, Any]:
        args = super()._client_args()
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        args["headers"] = {**args["headers"], self.auth_header_name: value}
        return args
