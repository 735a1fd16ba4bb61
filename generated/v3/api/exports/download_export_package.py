# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /export/{export_id}/package: Download the package of an export job"""

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.v3_error import V3Error
from ...types import File, Response

API_FAMILY = "v3"
OPERATION_ID = "download_export_package"
METHOD = "GET"
PATH = "/export/{export_id}/package"


def _get_kwargs(
    export_id: str,
) -> dict[str, Any]:
    if export_id is None or str(export_id) == "":
        raise ValueError("export_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export/{export_id}/package".format(
            export_id=quote(str(export_id), safe=""),
        ),
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> File:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | V3Error:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | V3Error]:
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
) -> Response[File | V3Error]:
    """Download the package of an export job

     The export package, a ZIP file, once the job is SUCCESSFUL. Packages can be hundreds of megabytes:
    read the response as a stream and write it to a file. Its layout is Informatica's and may change:
    treat it as opaque and give it unchanged to `upload_import_package` (a modified package fails the
    checksum check unless `relaxChecksum` is set). A job that is not SUCCESSFUL has no package (the
    simulator answers 400; what IICS answers is not documented).

    Args:
        export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V3Error]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | V3Error | None:
    """Download the package of an export job

     The export package, a ZIP file, once the job is SUCCESSFUL. Packages can be hundreds of megabytes:
    read the response as a stream and write it to a file. Its layout is Informatica's and may change:
    treat it as opaque and give it unchanged to `upload_import_package` (a modified package fails the
    checksum check unless `relaxChecksum` is set). A job that is not SUCCESSFUL has no package (the
    simulator answers 400; what IICS answers is not documented).

    Args:
        export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V3Error
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | V3Error]:
    """Download the package of an export job

     The export package, a ZIP file, once the job is SUCCESSFUL. Packages can be hundreds of megabytes:
    read the response as a stream and write it to a file. Its layout is Informatica's and may change:
    treat it as opaque and give it unchanged to `upload_import_package` (a modified package fails the
    checksum check unless `relaxChecksum` is set). A job that is not SUCCESSFUL has no package (the
    simulator answers 400; what IICS answers is not documented).

    Args:
        export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V3Error]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | V3Error | None:
    """Download the package of an export job

     The export package, a ZIP file, once the job is SUCCESSFUL. Packages can be hundreds of megabytes:
    read the response as a stream and write it to a file. Its layout is Informatica's and may change:
    treat it as opaque and give it unchanged to `upload_import_package` (a modified package fails the
    checksum check unless `relaxChecksum` is set). A job that is not SUCCESSFUL has no package (the
    simulator answers 400; what IICS answers is not documented).

    Args:
        export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V3Error
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
        )
    ).parsed
