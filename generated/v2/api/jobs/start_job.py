# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /job: Start a task run"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.job import Job
from ...models.job_request import JobRequest
from ...models.v2_error import V2Error
from ...types import Response

API_FAMILY = "v2"
OPERATION_ID = "start_job"
METHOD = "POST"
PATH = "/job"


def _get_kwargs(
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, JobRequest):  # a mapping of the JSON fields
        body = JobRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> Job:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = Job.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Job | V2Error:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Job | V2Error]:
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
    body: JobRequest,
) -> Response[Job | V2Error]:
    """Start a task run

     Starts a task. Identify the task by `taskId` (only for tasks in the Default folder),
    `taskFederatedId` (the v3 object ID; required outside Default) or `taskName`, and always give
    `taskType`. NOT idempotent: a retry can start a second run, so the client must never retry this call
    automatically.

    Args:
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | V2Error]
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
    body: JobRequest,
) -> Job | V2Error | None:
    """Start a task run

     Starts a task. Identify the task by `taskId` (only for tasks in the Default folder),
    `taskFederatedId` (the v3 object ID; required outside Default) or `taskName`, and always give
    `taskType`. NOT idempotent: a retry can start a second run, so the client must never retry this call
    automatically.

    Args:
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Response[Job | V2Error]:
    """Start a task run

     Starts a task. Identify the task by `taskId` (only for tasks in the Default folder),
    `taskFederatedId` (the v3 object ID; required outside Default) or `taskName`, and always give
    `taskType`. NOT idempotent: a retry can start a second run, so the client must never retry this call
    automatically.

    Args:
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Job | V2Error | None:
    """Start a task run

     Starts a task. Identify the task by `taskId` (only for tasks in the Default folder),
    `taskFederatedId` (the v3 object ID; required outside Default) or `taskName`, and always give
    `taskType`. NOT idempotent: a retry can start a second run, so the client must never retry this call
    automatically.

    Args:
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
