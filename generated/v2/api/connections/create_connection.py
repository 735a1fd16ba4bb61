# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /connection: Create a connection"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.v2_error import V2Error
from ...types import Response

API_FAMILY = "v2"
OPERATION_ID = "create_connection"
METHOD = "POST"
PATH = "/connection"


def _get_kwargs(
    *,
    body: Connection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connection",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, Connection):  # a mapping of the JSON fields
        body = Connection.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> Connection:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = Connection.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Connection | V2Error:
    if response.status_code == 200:
        response_200 = Connection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    response_default = V2Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Connection | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
) -> Response[Connection | V2Error]:
    """Create a connection

     Creates a connection. The body carries `@type: connection`, a name, a type and the type-specific
    fields (for connector types, the settings go in `connParams`). Returns the created connection.

    Args:
        body (Connection): A connection. The field set varies by connection type; for connector
            (TOOLKIT) types the real settings live in `connParams`. Passwords come back masked. The
            `@type` discriminator ("connection") is deliberately not declared: its generated Python
            name would clash with `type` (both become `type_`), so openapi-python-client would drop
            the whole model. It is kept, and sent, through the model's additional properties (for
            example `obj["@type"] = "connection"`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
) -> Connection | V2Error | None:
    """Create a connection

     Creates a connection. The body carries `@type: connection`, a name, a type and the type-specific
    fields (for connector types, the settings go in `connParams`). Returns the created connection.

    Args:
        body (Connection): A connection. The field set varies by connection type; for connector
            (TOOLKIT) types the real settings live in `connParams`. Passwords come back masked. The
            `@type` discriminator ("connection") is deliberately not declared: its generated Python
            name would clash with `type` (both become `type_`), so openapi-python-client would drop
            the whole model. It is kept, and sent, through the model's additional properties (for
            example `obj["@type"] = "connection"`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
) -> Response[Connection | V2Error]:
    """Create a connection

     Creates a connection. The body carries `@type: connection`, a name, a type and the type-specific
    fields (for connector types, the settings go in `connParams`). Returns the created connection.

    Args:
        body (Connection): A connection. The field set varies by connection type; for connector
            (TOOLKIT) types the real settings live in `connParams`. Passwords come back masked. The
            `@type` discriminator ("connection") is deliberately not declared: its generated Python
            name would clash with `type` (both become `type_`), so openapi-python-client would drop
            the whole model. It is kept, and sent, through the model's additional properties (for
            example `obj["@type"] = "connection"`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connection | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
) -> Connection | V2Error | None:
    """Create a connection

     Creates a connection. The body carries `@type: connection`, a name, a type and the type-specific
    fields (for connector types, the settings go in `connParams`). Returns the created connection.

    Args:
        body (Connection): A connection. The field set varies by connection type; for connector
            (TOOLKIT) types the real settings live in `connParams`. Passwords come back masked. The
            `@type` discriminator ("connection") is deliberately not declared: its generated Python
            name would clash with `type` (both become `type_`), so openapi-python-client would drop
            the whole model. It is kept, and sent, through the model's additional properties (for
            example `obj["@type"] = "connection"`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connection | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
