# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /services/tf/status: List taskflow runs with filters"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow_error import TaskflowError
from ...models.taskflow_run import TaskflowRun
from ...models.taskflow_run_status_filter import TaskflowRunStatusFilter
from ...types import UNSET, Response, Unset

API_FAMILY = "taskflow"
OPERATION_ID = "list_taskflow_runs"
METHOD = "GET"
PATH = "/services/tf/status"


def _get_kwargs(
    *,
    run_id: str | Unset = UNSET,
    run_status: TaskflowRunStatusFilter | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> dict[str, Any]:
    if isinstance(run_status, str):  # a plain string names the member
        run_status = TaskflowRunStatusFilter(run_status)
    elif run_status is None:  # the client methods' "not given"
        run_status = UNSET

    params: dict[str, Any] = {}

    params["runId"] = run_id

    json_run_status: str | Unset = UNSET
    if not isinstance(run_status, Unset):
        json_run_status = run_status.value

    params["runStatus"] = json_run_status

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["offset"] = offset

    params["rowLimit"] = row_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services/tf/status",
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> list[TaskflowRun]:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = TaskflowRun.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskflowError | list[TaskflowRun]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskflowRun.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = TaskflowError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TaskflowError.from_dict(response.json())

        return response_401

    response_default = TaskflowError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskflowError | list[TaskflowRun]]:
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
    run_id: str | Unset = UNSET,
    run_status: TaskflowRunStatusFilter | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> Response[TaskflowError | list[TaskflowRun]]:
    """List taskflow runs with filters

     Returns taskflow runs, newest first, filtered by the (case-sensitive) query parameters. Without
    `startTime` and `endTime` only runs started in the last 24 hours are returned. `startTime`/`endTime`
    bound the runs' start time (UTC, for example `2021-06-10T05:48:28Z`). Page with `offset` and
    `rowLimit` (at most 50; IICS returns 10 rows when it is omitted) and stop on a short page.

    Args:
        run_id (str | Unset):
        run_status (TaskflowRunStatusFilter | Unset): The runStatus filter (case-sensitive, as
            documented).
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | list[TaskflowRun]]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        run_status=run_status,
        start_time=start_time,
        end_time=end_time,
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
    run_id: str | Unset = UNSET,
    run_status: TaskflowRunStatusFilter | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> TaskflowError | list[TaskflowRun] | None:
    """List taskflow runs with filters

     Returns taskflow runs, newest first, filtered by the (case-sensitive) query parameters. Without
    `startTime` and `endTime` only runs started in the last 24 hours are returned. `startTime`/`endTime`
    bound the runs' start time (UTC, for example `2021-06-10T05:48:28Z`). Page with `offset` and
    `rowLimit` (at most 50; IICS returns 10 rows when it is omitted) and stop on a short page.

    Args:
        run_id (str | Unset):
        run_status (TaskflowRunStatusFilter | Unset): The runStatus filter (case-sensitive, as
            documented).
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | list[TaskflowRun]
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        run_status=run_status,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        row_limit=row_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_id: str | Unset = UNSET,
    run_status: TaskflowRunStatusFilter | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> Response[TaskflowError | list[TaskflowRun]]:
    """List taskflow runs with filters

     Returns taskflow runs, newest first, filtered by the (case-sensitive) query parameters. Without
    `startTime` and `endTime` only runs started in the last 24 hours are returned. `startTime`/`endTime`
    bound the runs' start time (UTC, for example `2021-06-10T05:48:28Z`). Page with `offset` and
    `rowLimit` (at most 50; IICS returns 10 rows when it is omitted) and stop on a short page.

    Args:
        run_id (str | Unset):
        run_status (TaskflowRunStatusFilter | Unset): The runStatus filter (case-sensitive, as
            documented).
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | list[TaskflowRun]]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        run_status=run_status,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        row_limit=row_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_id: str | Unset = UNSET,
    run_status: TaskflowRunStatusFilter | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    row_limit: int | Unset = UNSET,
) -> TaskflowError | list[TaskflowRun] | None:
    """List taskflow runs with filters

     Returns taskflow runs, newest first, filtered by the (case-sensitive) query parameters. Without
    `startTime` and `endTime` only runs started in the last 24 hours are returned. `startTime`/`endTime`
    bound the runs' start time (UTC, for example `2021-06-10T05:48:28Z`). Page with `offset` and
    `rowLimit` (at most 50; IICS returns 10 rows when it is omitted) and stop on a short page.

    Args:
        run_id (str | Unset):
        run_status (TaskflowRunStatusFilter | Unset): The runStatus filter (case-sensitive, as
            documented).
        start_time (str | Unset):
        end_time (str | Unset):
        offset (int | Unset):
        row_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | list[TaskflowRun]
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            run_status=run_status,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            row_limit=row_limit,
        )
    ).parsed
