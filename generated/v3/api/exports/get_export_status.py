# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /export/{export_id}: Get the status of an export job"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.expand import Expand
from ...models.export_job import ExportJob
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v3"
OPERATION_ID = "get_export_status"
METHOD = "GET"
PATH = "/export/{export_id}"


def _get_kwargs(
    export_id: str,
    *,
    expand: Expand | Unset = UNSET,
) -> dict[str, Any]:
    if export_id is None or str(export_id) == "":
        raise ValueError("export_id must not be empty")
    if isinstance(expand, str):  # a plain string names the member
        expand = Expand(expand)
    elif expand is None:  # the client methods' "not given"
        expand = UNSET

    params: dict[str, Any] = {}

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/{export_id}".format(
            export_id=quote(str(export_id), safe=""),
        ),
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

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

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

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
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: Expand | Unset = UNSET,
) -> Response[ExportJob | V3Error]:
    """Get the status of an export job

     The export job's state (QUEUED, IN_PROGRESS, SUCCESSFUL or FAILED) and message. With
    `expand=objects`, also every object in the package (the requested ones and their dependencies), each
    with its own status.

    Args:
        export_id (str):
        expand (Expand | Unset): What to expand in a job's status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | V3Error]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: Expand | Unset = UNSET,
) -> ExportJob | V3Error | None:
    """Get the status of an export job

     The export job's state (QUEUED, IN_PROGRESS, SUCCESSFUL or FAILED) and message. With
    `expand=objects`, also every object in the package (the requested ones and their dependencies), each
    with its own status.

    Args:
        export_id (str):
        expand (Expand | Unset): What to expand in a job's status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | V3Error
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: Expand | Unset = UNSET,
) -> Response[ExportJob | V3Error]:
    """Get the status of an export job

     The export job's state (QUEUED, IN_PROGRESS, SUCCESSFUL or FAILED) and message. With
    `expand=objects`, also every object in the package (the requested ones and their dependencies), each
    with its own status.

    Args:
        export_id (str):
        expand (Expand | Unset): What to expand in a job's status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportJob | V3Error]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: Expand | Unset = UNSET,
) -> ExportJob | V3Error | None:
    """Get the status of an export job

     The export job's state (QUEUED, IN_PROGRESS, SUCCESSFUL or FAILED) and message. With
    `expand=objects`, also every object in the package (the requested ones and their dependencies), each
    with its own status.

    Args:
        export_id (str):
        expand (Expand | Unset): What to expand in a job's status.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportJob | V3Error
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
            expand=expand,
        )
    ).parsed
