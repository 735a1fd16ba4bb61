# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /import/{import_job_id}/log: Get the log of an import job"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "get_import_log"
METHOD = "GET"
PATH = "/import/{import_job_id}/log"


def _get_kwargs(
    import_job_id: str,
) -> dict[str, Any]:
    if import_job_id is None or str(import_job_id) == "":
        raise ValueError("import_job_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/{import_job_id}/log".format(
            import_job_id=quote(str(import_job_id), safe=""),
        ),
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> str:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = response.text
    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V3Error | str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

    response_default = V3Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V3Error | str]:
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
) -> Response[V3Error | str]:
    """Get the log of an import job

     The import job's log, as a text file.

    Args:
        import_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | str]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> V3Error | str | None:
    """Get the log of an import job

     The import job's log, as a text file.

    Args:
        import_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | str
    """

    return sync_detailed(
        import_job_id=import_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[V3Error | str]:
    """Get the log of an import job

     The import job's log, as a text file.

    Args:
        import_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | str]
    """

    kwargs = _get_kwargs(
        import_job_id=import_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> V3Error | str | None:
    """Get the log of an import job

     The import job's log, as a text file.

    Args:
        import_job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | str
    """

    return (
        await asyncio_detailed(
            import_job_id=import_job_id,
            client=client,
        )
    ).parsed
