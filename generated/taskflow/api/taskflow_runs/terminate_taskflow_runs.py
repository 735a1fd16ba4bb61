# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""PUT /services/tf/terminate: Terminate taskflow runs"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow_error import TaskflowError
from ...models.terminate_request import TerminateRequest
from ...models.terminate_result import TerminateResult
from ...types import Response

API_FAMILY = "taskflow"
OPERATION_ID = "terminate_taskflow_runs"
METHOD = "PUT"
PATH = "/services/tf/terminate"


def _get_kwargs(
    *,
    body: TerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/services/tf/terminate",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, TerminateRequest):  # a mapping of the JSON fields
        body = TerminateRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> TerminateResult:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = TerminateResult.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskflowError | TerminateResult:
    if response.status_code == 200:
        response_200 = TerminateResult.from_dict(response.json())

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
) -> Response[TaskflowError | TerminateResult]:
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
    body: TerminateRequest,
) -> Response[TaskflowError | TerminateResult]:
    """Terminate taskflow runs

     Terminates up to 200 running or suspended taskflow runs, given as strings of digits. A run ID that
    does not exist or is not valid is an error. The caller must be allowed to run the taskflows. The
    answer's body is not documented (the simulator sends a message naming what it did): confirm with the
    status resource.

    Args:
        body (TerminateRequest): Body of terminate_taskflow_runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TerminateResult]
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
    body: TerminateRequest,
) -> TaskflowError | TerminateResult | None:
    """Terminate taskflow runs

     Terminates up to 200 running or suspended taskflow runs, given as strings of digits. A run ID that
    does not exist or is not valid is an error. The caller must be allowed to run the taskflows. The
    answer's body is not documented (the simulator sends a message naming what it did): confirm with the
    status resource.

    Args:
        body (TerminateRequest): Body of terminate_taskflow_runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TerminateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TerminateRequest,
) -> Response[TaskflowError | TerminateResult]:
    """Terminate taskflow runs

     Terminates up to 200 running or suspended taskflow runs, given as strings of digits. A run ID that
    does not exist or is not valid is an error. The caller must be allowed to run the taskflows. The
    answer's body is not documented (the simulator sends a message naming what it did): confirm with the
    status resource.

    Args:
        body (TerminateRequest): Body of terminate_taskflow_runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TerminateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TerminateRequest,
) -> TaskflowError | TerminateResult | None:
    """Terminate taskflow runs

     Terminates up to 200 running or suspended taskflow runs, given as strings of digits. A run ID that
    does not exist or is not valid is an error. The caller must be allowed to run the taskflows. The
    answer's body is not documented (the simulator sends a message naming what it did): confirm with the
    status resource.

    Args:
        body (TerminateRequest): Body of terminate_taskflow_runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TerminateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
