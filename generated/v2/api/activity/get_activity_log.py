# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /activity/activityLog: Get activity log entries (completed runs)"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.activity_log_entry import ActivityLogEntry
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v2"
OPERATION_ID = "get_activity_log"
METHOD = "GET"
PATH = "/activity/activityLog"


def _get_kwargs(
    *,
    task_id: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["taskId"] = task_id

    params["runId"] = run_id

    params["offset"] = offset

    params["rowLimit"] = row_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/activityLog",
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> list[ActivityLogEntry]:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = ActivityLogEntry.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> V2Error | list[ActivityLogEntry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ActivityLogEntry.from_dict(response_200_item_data)

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
) -> Response[V2Error | list[ActivityLogEntry]]:
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
    task_id: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> Response[V2Error | list[ActivityLogEntry]]:
    """Get activity log entries (completed runs)

     Returns activity log entries for completed runs, newest first. Without `rowLimit` IICS returns up to
    200 rows; always send `rowLimit` (entries are large). Page with `offset` and stop on a short page.
    The newest docs require `taskId` together with `runId`.

    Args:
        task_id (str | Unset):
        run_id (int | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[ActivityLogEntry]]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        run_id=run_id,
        offset=offset,
        row_limit=row_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    task_id: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> V2Error | list[ActivityLogEntry] | None:
    """Get activity log entries (completed runs)

     Returns activity log entries for completed runs, newest first. Without `rowLimit` IICS returns up to
    200 rows; always send `rowLimit` (entries are large). Page with `offset` and stop on a short page.
    The newest docs require `taskId` together with `runId`.

    Args:
        task_id (str | Unset):
        run_id (int | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[ActivityLogEntry]
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        run_id=run_id,
        offset=offset,
        row_limit=row_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    task_id: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> Response[V2Error | list[ActivityLogEntry]]:
    """Get activity log entries (completed runs)

     Returns activity log entries for completed runs, newest first. Without `rowLimit` IICS returns up to
    200 rows; always send `rowLimit` (entries are large). Page with `offset` and stop on a short page.
    The newest docs require `taskId` together with `runId`.

    Args:
        task_id (str | Unset):
        run_id (int | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[ActivityLogEntry]]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        run_id=run_id,
        offset=offset,
        row_limit=row_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    task_id: str | Unset = UNSET,
    run_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> V2Error | list[ActivityLogEntry] | None:
    """Get activity log entries (completed runs)

     Returns activity log entries for completed runs, newest first. Without `rowLimit` IICS returns up to
    200 rows; always send `rowLimit` (entries are large). Page with `offset` and stop on a short page.
    The newest docs require `taskId` together with `runId`.

    Args:
        task_id (str | Unset):
        run_id (int | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[ActivityLogEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            run_id=run_id,
            offset=offset,
            row_limit=row_limit,
        )
    ).parsed
