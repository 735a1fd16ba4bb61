# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /export: Start an export job"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.export_job import ExportJob
from ...models.export_request import ExportRequest
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v3"
OPERATION_ID = "start_export"
METHOD = "POST"
PATH = "/export"


def _get_kwargs(
    *,
    body: ExportRequest,
    include_tag_information: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["includeTagInformation"] = include_tag_information

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/export",
        "params": params,
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, ExportRequest):  # a mapping of the JSON fields
        body = ExportRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ExportJob:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ExportJob.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExportJob | V3Error:
    if response.status_code == 200:
        response_200 = ExportJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExportJob | V3Error]:
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
    body: ExportRequest,
    include_tag_information: bool | Unset = UNSET,
) -> Response[ExportJob | V3Error]:
    """Start an export job

     Starts an asynchronous job that writes objects into an export package (a ZIP file) for import into
    another organization. An object can be a project, a folder (all the assets in it) or an asset; with
    `includeDependencies` (IICS's default: true) the package also holds the objects those assets use
    (mappings, connections, runtime environments, the tasks of a taskflow). Informatica recommends at
    most 1000 objects per export. Poll `get_export_status` until the state is SUCCESSFUL or FAILED, then
    download the package. Not idempotent: every call starts a new job. This resource has a dynamic rate
    limit: under load it may answer slowly or fail with "too many requests" (the status code is not
    documented; 429 is assumed).

    Args:
        include_tag_information (bool | Unset):
        body (ExportRequest): What to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
        include_tag_information=include_tag_information,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    include_tag_information: bool | Unset = UNSET,
) -> ExportJob | V3Error | None:
    """Start an export job

     Starts an asynchronous job that writes objects into an export package (a ZIP file) for import into
    another organization. An object can be a project, a folder (all the assets in it) or an asset; with
    `includeDependencies` (IICS's default: true) the package also holds the objects those assets use
    (mappings, connections, runtime environments, the tasks of a taskflow). Informatica recommends at
    most 1000 objects per export. Poll `get_export_status` until the state is SUCCESSFUL or FAILED, then
    download the package. Not idempotent: every call starts a new job. This resource has a dynamic rate
    limit: under load it may answer slowly or fail with "too many requests" (the status code is not
    documented; 429 is assumed).

    Args:
        include_tag_information (bool | Unset):
        body (ExportRequest): What to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
        include_tag_information=include_tag_information,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    include_tag_information: bool | Unset = UNSET,
) -> Response[ExportJob | V3Error]:
    """Start an export job

     Starts an asynchronous job that writes objects into an export package (a ZIP file) for import into
    another organization. An object can be a project, a folder (all the assets in it) or an asset; with
    `includeDependencies` (IICS's default: true) the package also holds the objects those assets use
    (mappings, connections, runtime environments, the tasks of a taskflow). Informatica recommends at
    most 1000 objects per export. Poll `get_export_status` until the state is SUCCESSFUL or FAILED, then
    download the package. Not idempotent: every call starts a new job. This resource has a dynamic rate
    limit: under load it may answer slowly or fail with "too many requests" (the status code is not
    documented; 429 is assumed).

    Args:
        include_tag_information (bool | Unset):
        body (ExportRequest): What to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
        include_tag_information=include_tag_information,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportRequest,
    include_tag_information: bool | Unset = UNSET,
) -> ExportJob | V3Error | None:
    """Start an export job

     Starts an asynchronous job that writes objects into an export package (a ZIP file) for import into
    another organization. An object can be a project, a folder (all the assets in it) or an asset; with
    `includeDependencies` (IICS's default: true) the package also holds the objects those assets use
    (mappings, connections, runtime environments, the tasks of a taskflow). Informatica recommends at
    most 1000 objects per export. Poll `get_export_status` until the state is SUCCESSFUL or FAILED, then
    download the package. Not idempotent: every call starts a new job. This resource has a dynamic rate
    limit: under load it may answer slowly or fail with "too many requests" (the status code is not
    documented; 429 is assumed).

    Args:
        include_tag_information (bool | Unset):
        body (ExportRequest): What to export.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_tag_information=include_tag_information,
        )
    ).parsed
