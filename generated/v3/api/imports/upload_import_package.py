# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /import/package: Upload a package to import"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.import_package_form import ImportPackageForm
from ...models.import_package_upload import ImportPackageUpload
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "upload_import_package"
METHOD = "POST"
PATH = "/import/package"


def _get_kwargs(
    *,
    body: ImportPackageForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/package",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, ImportPackageForm):  # a mapping of the JSON fields
        body = ImportPackageForm.from_dict(body)
    _kwargs["files"] = body.to_multipart()

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ImportPackageUpload:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ImportPackageUpload.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportPackageUpload | V3Error:
    if response.status_code == 200:
        response_200 = ImportPackageUpload.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ImportPackageUpload | V3Error]:
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
    body: ImportPackageForm,
) -> Response[ImportPackageUpload | V3Error]:
    """Upload a package to import

     Uploads an export package (multipart/form-data, the ZIP in the part named `package`) into the
    organization you are logged in to, and creates an import job for it. Start the job with
    `start_import` and the returned `jobId`. IICS checks that the package is unchanged since export
    (checksum); set `relaxChecksum` to upload a modified package. Whether IICS reads `relaxChecksum` as
    a form field or a query parameter is not documented (the simulator accepts both).

    Args:
        body (ImportPackageForm): The multipart/form-data body of a package upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportPackageUpload | V3Error]
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
    body: ImportPackageForm,
) -> ImportPackageUpload | V3Error | None:
    """Upload a package to import

     Uploads an export package (multipart/form-data, the ZIP in the part named `package`) into the
    organization you are logged in to, and creates an import job for it. Start the job with
    `start_import` and the returned `jobId`. IICS checks that the package is unchanged since export
    (checksum); set `relaxChecksum` to upload a modified package. Whether IICS reads `relaxChecksum` as
    a form field or a query parameter is not documented (the simulator accepts both).

    Args:
        body (ImportPackageForm): The multipart/form-data body of a package upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportPackageUpload | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPackageForm,
) -> Response[ImportPackageUpload | V3Error]:
    """Upload a package to import

     Uploads an export package (multipart/form-data, the ZIP in the part named `package`) into the
    organization you are logged in to, and creates an import job for it. Start the job with
    `start_import` and the returned `jobId`. IICS checks that the package is unchanged since export
    (checksum); set `relaxChecksum` to upload a modified package. Whether IICS reads `relaxChecksum` as
    a form field or a query parameter is not documented (the simulator accepts both).

    Args:
        body (ImportPackageForm): The multipart/form-data body of a package upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportPackageUpload | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPackageForm,
) -> ImportPackageUpload | V3Error | None:
    """Upload a package to import

     Uploads an export package (multipart/form-data, the ZIP in the part named `package`) into the
    organization you are logged in to, and creates an import job for it. Start the job with
    `start_import` and the returned `jobId`. IICS checks that the package is unchanged since export
    (checksum); set `relaxChecksum` to upload a modified package. Whether IICS reads `relaxChecksum` as
    a form field or a query parameter is not documented (the simulator accepts both).

    Args:
        body (ImportPackageForm): The multipart/form-data body of a package upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportPackageUpload | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
