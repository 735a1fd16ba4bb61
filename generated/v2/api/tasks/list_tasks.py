# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /task: List the tasks of one type"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.task_list_type import TaskListType
from ...models.task_summary import TaskSummary
from ...models.v2_error import V2Error
from ...types import UNSET, Response

API_FAMILY = "v2"
OPERATION_ID = "list_tasks"
METHOD = "GET"
PATH = "/task"


def _get_kwargs(
    *,
    type_: TaskListType,
) -> dict[str, Any]:
    if isinstance(type_, str):  # a plain string names the member
        type_ = TaskListType(type_)

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task",
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> list[TaskSummary]:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = TaskSummary.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V2Error | list[TaskSummary]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[V2Error | list[TaskSummary]]:
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
    type_: TaskListType,
) -> Response[V2Error | list[TaskSummary]]:
    """List the tasks of one type

     Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use
    the federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use
    `list_taskflows`).

    Args:
        type_ (TaskListType): Task types the task list serves: MTT mapping task, DSS
            synchronization, DRS replication, DMASK masking, PCS PowerCenter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[TaskSummary]]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: TaskListType,
) -> V2Error | list[TaskSummary] | None:
    """List the tasks of one type

     Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use
    the federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use
    `list_taskflows`).

    Args:
        type_ (TaskListType): Task types the task list serves: MTT mapping task, DSS
            synchronization, DRS replication, DMASK masking, PCS PowerCenter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[TaskSummary]
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: TaskListType,
) -> Response[V2Error | list[TaskSummary]]:
    """List the tasks of one type

     Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use
    the federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use
    `list_taskflows`).

    Args:
        type_ (TaskListType): Task types the task list serves: MTT mapping task, DSS
            synchronization, DRS replication, DMASK masking, PCS PowerCenter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[TaskSummary]]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: TaskListType,
) -> V2Error | list[TaskSummary] | None:
    """List the tasks of one type

     Returns the tasks of one type. The IDs work as `taskId` only for tasks in the Default folder (use
    the federated ID from `lookup_objects` otherwise). Linear taskflows are not listed here (use
    `list_taskflows`).

    Args:
        type_ (TaskListType): Task types the task list serves: MTT mapping task, DSS
            synchronization, DRS replication, DMASK masking, PCS PowerCenter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[TaskSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
