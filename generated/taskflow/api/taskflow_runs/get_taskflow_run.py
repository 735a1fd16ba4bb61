# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /services/tf/status/{run_id}: Get the status of one taskflow run"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow_error import TaskflowError
from ...models.taskflow_run import TaskflowRun
from ...types import Response

API_FAMILY = "taskflow"
OPERATION_ID = "get_taskflow_run"
METHOD = "GET"
PATH = "/services/tf/status/{run_id}"


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:
    if run_id is None or str(run_id) == "":
        raise ValueError("run_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/services/tf/status/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> TaskflowRun:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = TaskflowRun.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TaskflowError | TaskflowRun:
    if response.status_code == 200:
        response_200 = TaskflowRun.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TaskflowError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TaskflowError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = TaskflowError.from_dict(response.json())

        return response_404

    response_default = TaskflowError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskflowError | TaskflowRun]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TaskflowError | TaskflowRun]:
    """Get the status of one taskflow run

     Returns the status of one taskflow run, with the status of each subtask it ran so far in
    `subtaskDetails.details.tasks`. Send `Accept: application/json`.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TaskflowRun]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TaskflowError | TaskflowRun | None:
    """Get the status of one taskflow run

     Returns the status of one taskflow run, with the status of each subtask it ran so far in
    `subtaskDetails.details.tasks`. Send `Accept: application/json`.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TaskflowRun
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TaskflowError | TaskflowRun]:
    """Get the status of one taskflow run

     Returns the status of one taskflow run, with the status of each subtask it ran so far in
    `subtaskDetails.details.tasks`. Send `Accept: application/json`.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TaskflowRun]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TaskflowError | TaskflowRun | None:
    """Get the status of one taskflow run

     Returns the status of one taskflow run, with the status of each subtask it ran so far in
    `subtaskDetails.details.tasks`. Send `Accept: application/json`.

    Args:
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TaskflowRun
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
