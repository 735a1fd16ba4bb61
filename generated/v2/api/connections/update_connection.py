# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /connection/{connection_id}: Update a connection"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.connection import Connection
from ...models.update_mode import UpdateMode
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v2"
OPERATION_ID = "update_connection"
METHOD = "POST"
PATH = "/connection/{connection_id}"


def _get_kwargs(
    connection_id: str,
    *,
    body: Connection,
    update_mode: UpdateMode | Unset = UNSET,
) -> dict[str, Any]:
    if connection_id is None or str(connection_id) == "":
        raise ValueError("connection_id must not be empty")
    if isinstance(update_mode, str):  # a plain string names the member
        update_mode = UpdateMode(update_mode)
    elif update_mode is None:  # the client methods' "not given"
        update_mode = UNSET
    headers: dict[str, Any] = {}
    if not isinstance(update_mode, Unset):
        headers["Update-Mode"] = str(update_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/connection/{connection_id}".format(
            connection_id=quote(str(connection_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = V2Error.from_dict(response.json())

        return response_404

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
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
    update_mode: UpdateMode | Unset = UNSET,
) -> Response[Connection | V2Error]:
    """Update a connection

     Updates a connection (IICS uses POST, not PUT). Without `Update-Mode: PARTIAL` the body replaces the
    connection: omitted optional fields reset to their defaults, so send the full object (read, merge,
    write). With `Update-Mode: PARTIAL` send only the changed fields plus `@type`.

    Args:
        connection_id (str):
        update_mode (UpdateMode | Unset): Value of the Update-Mode header.
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
        connection_id=connection_id,
        body=body,
        update_mode=update_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
    update_mode: UpdateMode | Unset = UNSET,
) -> Connection | V2Error | None:
    """Update a connection

     Updates a connection (IICS uses POST, not PUT). Without `Update-Mode: PARTIAL` the body replaces the
    connection: omitted optional fields reset to their defaults, so send the full object (read, merge,
    write). With `Update-Mode: PARTIAL` send only the changed fields plus `@type`.

    Args:
        connection_id (str):
        update_mode (UpdateMode | Unset): Value of the Update-Mode header.
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
        connection_id=connection_id,
        client=client,
        body=body,
        update_mode=update_mode,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
    update_mode: UpdateMode | Unset = UNSET,
) -> Response[Connection | V2Error]:
    """Update a connection

     Updates a connection (IICS uses POST, not PUT). Without `Update-Mode: PARTIAL` the body replaces the
    connection: omitted optional fields reset to their defaults, so send the full object (read, merge,
    write). With `Update-Mode: PARTIAL` send only the changed fields plus `@type`.

    Args:
        connection_id (str):
        update_mode (UpdateMode | Unset): Value of the Update-Mode header.
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
        connection_id=connection_id,
        body=body,
        update_mode=update_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Connection,
    update_mode: UpdateMode | Unset = UNSET,
) -> Connection | V2Error | None:
    """Update a connection

     Updates a connection (IICS uses POST, not PUT). Without `Update-Mode: PARTIAL` the body replaces the
    connection: omitted optional fields reset to their defaults, so send the full object (read, merge,
    write). With `Update-Mode: PARTIAL` send only the changed fields plus `@type`.

    Args:
        connection_id (str):
        update_mode (UpdateMode | Unset): Value of the Update-Mode header.
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
            connection_id=connection_id,
            client=client,
            body=body,
            update_mode=update_mode,
        )
    ).parsed
