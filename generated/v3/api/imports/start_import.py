# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /import/{import_job_id}: Start an import job"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.import_job import ImportJob
from ...models.import_request import ImportRequest
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "start_import"
METHOD = "POST"
PATH = "/import/{import_job_id}"


def _get_kwargs(
    import_job_id: str,
    *,
    body: ImportRequest,
) -> dict[str, Any]:
    if import_job_id is None or str(import_job_id) == "":
        raise ValueError("import_job_id must not be empty")
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/{import_job_id}".format(
            import_job_id=quote(str(import_job_id), safe=""),
        ),
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, ImportRequest):  # a mapping of the JSON fields
        body = ImportRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ImportJob:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ImportJob.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportJob | V3Error:
    if response.status_code == 200:
        response_200 = ImportJob.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImportJob | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRequest,
) -> Response[ImportJob | V3Error]:
    """Start an import job

     Starts importing an uploaded package, with an optional import specification (which objects, what to
    do on a conflict, which existing objects to use instead of the package's). An object conflicts when
    the target organization already has an object of the same type at the same path. An import job
    starts once: a second start of the same job fails with 400. This resource has a dynamic rate limit
    (see `start_export`).

    Args:
        import_job_id (str):
        body (ImportRequest): The body of `start_import`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJob | V3Error]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRequest,
) -> ImportJob | V3Error | None:
    """Start an import job

     Starts importing an uploaded package, with an optional import specification (which objects, what to
    do on a conflict, which existing objects to use instead of the package's). An object conflicts when
    the target organization already has an object of the same type at the same path. An import job
    starts once: a second start of the same job fails with 400. This resource has a dynamic rate limit
    (see `start_export`).

    Args:
        import_job_id (str):
        body (ImportRequest): The body of `start_import`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJob | V3Error
    """

    return sync_detailed(
        import_job_id=import_job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRequest,
) -> Response[ImportJob | V3Error]:
    """Start an import job

     Starts importing an uploaded package, with an optional import specification (which objects, what to
    do on a conflict, which existing objects to use instead of the package's). An object conflicts when
    the target organization already has an object of the same type at the same path. An import job
    starts once: a second start of the same job fails with 400. This resource has a dynamic rate limit
    (see `start_export`).

    Args:
        import_job_id (str):
        body (ImportRequest): The body of `start_import`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJob | V3Error]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRequest,
) -> ImportJob | V3Error | None:
    """Start an import job

     Starts importing an uploaded package, with an optional import specification (which objects, what to
    do on a conflict, which existing objects to use instead of the package's). An object conflicts when
    the target organization already has an object of the same type at the same path. An import job
    starts once: a second start of the same job fails with 400. This resource has a dynamic rate limit
    (see `start_export`).

    Args:
        import_job_id (str):
        body (ImportRequest): The body of `start_import`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJob | V3Error
    """

    return (
        await asyncio_detailed(
            import_job_id=import_job_id,
            client=client,
            body=body,
        )
    ).parsed
