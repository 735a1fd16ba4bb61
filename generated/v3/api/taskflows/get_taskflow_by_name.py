# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /workflow/name/{name}: Get a linear taskflow by name"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow import Taskflow
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "get_taskflow_by_name"
METHOD = "GET"
PATH = "/workflow/name/{name}"


def _get_kwargs(
    name: str,
) -> dict[str, Any]:
    if name is None or str(name) == "":
        raise ValueError("name must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflow/name/{name}".format(
            name=quote(str(name), safe=""),
        ),
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> Taskflow:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = Taskflow.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Taskflow | V3Error:
    if response.status_code == 200:
        response_200 = Taskflow.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Taskflow | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Taskflow | V3Error]:
    """Get a linear taskflow by name

     Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2
    resource `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it
    under v3, and the client routes it per layout.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Taskflow | V3Error]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Taskflow | V3Error | None:
    """Get a linear taskflow by name

     Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2
    resource `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it
    under v3, and the client routes it per layout.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Taskflow | V3Error
    """

    return sync_detailed(
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Taskflow | V3Error]:
    """Get a linear taskflow by name

     Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2
    resource `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it
    under v3, and the client routes it per layout.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Taskflow | V3Error]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Taskflow | V3Error | None:
    """Get a linear taskflow by name

     Returns one linear taskflow by its name (URL-encoded in the path). In real IICS this is the v2
    resource `/api/v2/workflow/name/{name}` (header `icSessionId`); the reference contract files it
    under v3, and the client routes it per layout.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Taskflow | V3Error
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
        )
    ).parsed
