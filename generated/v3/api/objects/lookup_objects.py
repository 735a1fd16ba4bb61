# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /lookup: Find objects by path and type, or by ID"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.lookup_request import LookupRequest
from ...models.lookup_result import LookupResult
from ...models.v3_error import V3Error
from ...types import Response

API_FAMILY = "v3"
OPERATION_ID = "lookup_objects"
METHOD = "POST"
PATH = "/lookup"


def _get_kwargs(
    *,
    body: LookupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lookup",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, LookupRequest):  # a mapping of the JSON fields
        body = LookupRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> LookupResult:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = LookupResult.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LookupResult | V3Error:
    if response.status_code == 200:
        response_200 = LookupResult.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LookupResult | V3Error]:
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
    body: LookupRequest,
) -> Response[LookupResult | V3Error]:
    """Find objects by path and type, or by ID

     Resolves each requested object, given either by `id` (federated ID) or by `path` plus `type` (for
    example `{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}`), to its ID, path and type. The
    returned `id` is the federated ID that `start_job` needs as `taskFederatedId` for tasks outside the
    Default folder. Unconfirmed: how IICS answers an object that does not exist (the simulator answers
    404 naming it).

    Args:
        body (LookupRequest): Body of lookup_objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupResult | V3Error]
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
    body: LookupRequest,
) -> LookupResult | V3Error | None:
    """Find objects by path and type, or by ID

     Resolves each requested object, given either by `id` (federated ID) or by `path` plus `type` (for
    example `{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}`), to its ID, path and type. The
    returned `id` is the federated ID that `start_job` needs as `taskFederatedId` for tasks outside the
    Default folder. Unconfirmed: how IICS answers an object that does not exist (the simulator answers
    404 naming it).

    Args:
        body (LookupRequest): Body of lookup_objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupResult | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> Response[LookupResult | V3Error]:
    """Find objects by path and type, or by ID

     Resolves each requested object, given either by `id` (federated ID) or by `path` plus `type` (for
    example `{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}`), to its ID, path and type. The
    returned `id` is the federated ID that `start_job` needs as `taskFederatedId` for tasks outside the
    Default folder. Unconfirmed: how IICS answers an object that does not exist (the simulator answers
    404 naming it).

    Args:
        body (LookupRequest): Body of lookup_objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupResult | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> LookupResult | V3Error | None:
    """Find objects by path and type, or by ID

     Resolves each requested object, given either by `id` (federated ID) or by `path` plus `type` (for
    example `{"path": "Sales/Loads/mt_load_customers", "type": "MTT"}`), to its ID, path and type. The
    returned `id` is the federated ID that `start_job` needs as `taskFederatedId` for tasks outside the
    Default folder. Unconfirmed: how IICS answers an object that does not exist (the simulator answers
    404 naming it).

    Args:
        body (LookupRequest): Body of lookup_objects.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupResult | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
