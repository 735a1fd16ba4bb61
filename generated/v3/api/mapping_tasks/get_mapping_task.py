# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /mttask/{mapping_task_id}: Get a mapping task by ID"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.mapping_task import MappingTask
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "get_mapping_task"
METHOD = "GET"
PATH = "/mttask/{mapping_task_id}"


def _get_kwargs(
    mapping_task_id: str,
) -> dict[str, Any]:
    if mapping_task_id is None or str(mapping_task_id) == "":
        raise ValueError("mapping_task_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mttask/{mapping_task_id}".format(
            mapping_task_id=quote(str(mapping_task_id), safe=""),
        ),
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> MappingTask:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = MappingTask.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MappingTask | V3Error:
    if response.status_code == 200:
        response_200 = MappingTask.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MappingTask | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mapping_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MappingTask | V3Error]:
    """Get a mapping task by ID

     Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource
    `/api/v2/mttask/{id}` (header `icSessionId`); the reference contract files it under v3, and the
    client routes it per layout.

    Args:
        mapping_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MappingTask | V3Error]
    """

    kwargs = _get_kwargs(
        mapping_task_id=mapping_task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mapping_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MappingTask | V3Error | None:
    """Get a mapping task by ID

     Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource
    `/api/v2/mttask/{id}` (header `icSessionId`); the reference contract files it under v3, and the
    client routes it per layout.

    Args:
        mapping_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MappingTask | V3Error
    """

    return sync_detailed(
        mapping_task_id=mapping_task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mapping_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MappingTask | V3Error]:
    """Get a mapping task by ID

     Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource
    `/api/v2/mttask/{id}` (header `icSessionId`); the reference contract files it under v3, and the
    client routes it per layout.

    Args:
        mapping_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MappingTask | V3Error]
    """

    kwargs = _get_kwargs(
        mapping_task_id=mapping_task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mapping_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MappingTask | V3Error | None:
    """Get a mapping task by ID

     Returns one mapping task by its v2 task ID. In real IICS this is the v2 resource
    `/api/v2/mttask/{id}` (header `icSessionId`); the reference contract files it under v3, and the
    client routes it per layout.

    Args:
        mapping_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MappingTask | V3Error
    """

    return (
        await asyncio_detailed(
            mapping_task_id=mapping_task_id,
            client=client,
        )
    ).parsed
