# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /job/stop: Stop a running task"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.job_request import JobRequest
from ...models.success_object import SuccessObject
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v2"
OPERATION_ID = "stop_job"
METHOD = "POST"
PATH = "/job/stop"


def _get_kwargs(
    *,
    body: JobRequest,
    clean_stop: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["cleanStop"] = clean_stop

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/job/stop",
        "params": params,
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


def parse_success(response: httpx.Response) -> SuccessObject:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = SuccessObject.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SuccessObject | V2Error:
    if response.status_code == 200:
        response_200 = SuccessObject.from_dict(response.json())

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
) -> Response[SuccessObject | V2Error]:
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
    clean_stop: bool | Unset = UNSET,
) -> Response[SuccessObject | V2Error]:
    """Stop a running task

     Stops the running instance of a task. The body has the same fields as `start_job`. With
    `cleanStop=true` the run is stopped cleanly (target transactions finish). Returns the v2 success
    object.

    Args:
        clean_stop (bool | Unset):
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuccessObject | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
        clean_stop=clean_stop,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
    clean_stop: bool | Unset = UNSET,
) -> SuccessObject | V2Error | None:
    """Stop a running task

     Stops the running instance of a task. The body has the same fields as `start_job`. With
    `cleanStop=true` the run is stopped cleanly (target transactions finish). Returns the v2 success
    object.

    Args:
        clean_stop (bool | Unset):
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuccessObject | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
        clean_stop=clean_stop,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
    clean_stop: bool | Unset = UNSET,
) -> Response[SuccessObject | V2Error]:
    """Stop a running task

     Stops the running instance of a task. The body has the same fields as `start_job`. With
    `cleanStop=true` the run is stopped cleanly (target transactions finish). Returns the v2 success
    object.

    Args:
        clean_stop (bool | Unset):
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuccessObject | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
        clean_stop=clean_stop,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
    clean_stop: bool | Unset = UNSET,
) -> SuccessObject | V2Error | None:
    """Stop a running task

     Stops the running instance of a task. The body has the same fields as `start_job`. With
    `cleanStop=true` the run is stopped cleanly (target transactions finish). Returns the v2 success
    object.

    Args:
        clean_stop (bool | Unset):
        body (JobRequest): Body of the job start and stop calls. Give one of `taskId` (Default
            folder only), `taskFederatedId` (v3 object ID) or `taskName`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuccessObject | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            clean_stop=clean_stop,
        )
    ).parsed
