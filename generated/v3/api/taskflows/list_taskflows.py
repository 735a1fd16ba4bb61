# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /workflow: List linear taskflows"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow import Taskflow
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "list_taskflows"
METHOD = "GET"
PATH = "/workflow"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflow",
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> list[Taskflow]:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = Taskflow.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V3Error | list[Taskflow]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Taskflow.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V3Error | list[Taskflow]]:
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
) -> Response[V3Error | list[Taskflow]]:
    """List linear taskflows

     Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW
    assets, which are found through `search_objects`). In real IICS this is the v2 resource
    `/api/v2/workflow` (header `icSessionId`); the reference contract files it under v3, and the client
    routes it per layout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | list[Taskflow]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> V3Error | list[Taskflow] | None:
    """List linear taskflows

     Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW
    assets, which are found through `search_objects`). In real IICS this is the v2 resource
    `/api/v2/workflow` (header `icSessionId`); the reference contract files it under v3, and the client
    routes it per layout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | list[Taskflow]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[V3Error | list[Taskflow]]:
    """List linear taskflows

     Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW
    assets, which are found through `search_objects`). In real IICS this is the v2 resource
    `/api/v2/workflow` (header `icSessionId`); the reference contract files it under v3, and the client
    routes it per layout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | list[Taskflow]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> V3Error | list[Taskflow] | None:
    """List linear taskflows

     Returns all linear taskflows (v2 "workflow" objects, task type WORKFLOW; not the newer TASKFLOW
    assets, which are found through `search_objects`). In real IICS this is the v2 resource
    `/api/v2/workflow` (header `icSessionId`); the reference contract files it under v3, and the client
    routes it per layout.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | list[Taskflow]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
