# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /objects: Search assets"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.object_search_result import ObjectSearchResult
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v3"
OPERATION_ID = "search_objects"
METHOD = "GET"
PATH = "/objects"


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/objects",
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ObjectSearchResult:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ObjectSearchResult.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ObjectSearchResult | V3Error:
    if response.status_code == 200:
        response_200 = ObjectSearchResult.from_dict(response.json())

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
) -> Response[ObjectSearchResult | V3Error]:
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
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ObjectSearchResult | V3Error]:
    """Search assets

     Finds assets (projects, folders, mappings, tasks, taskflows, ...) with a filter expression. `count`
    in the result is the total number of matches, not the page size: page with `limit`/`skip` and stop
    on a short or empty page. Objects the user cannot read are left out. This resource has a dynamic
    rate limit and may fail with "too many requests". The returned `id` is the federated ID (use it as
    `taskFederatedId` when starting a job).

    Args:
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectSearchResult | V3Error]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ObjectSearchResult | V3Error | None:
    """Search assets

     Finds assets (projects, folders, mappings, tasks, taskflows, ...) with a filter expression. `count`
    in the result is the total number of matches, not the page size: page with `limit`/`skip` and stop
    on a short or empty page. Objects the user cannot read are left out. This resource has a dynamic
    rate limit and may fail with "too many requests". The returned `id` is the federated ID (use it as
    `taskFederatedId` when starting a job).

    Args:
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectSearchResult | V3Error
    """

    return sync_detailed(
        client=client,
        q=q,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ObjectSearchResult | V3Error]:
    """Search assets

     Finds assets (projects, folders, mappings, tasks, taskflows, ...) with a filter expression. `count`
    in the result is the total number of matches, not the page size: page with `limit`/`skip` and stop
    on a short or empty page. Objects the user cannot read are left out. This resource has a dynamic
    rate limit and may fail with "too many requests". The returned `id` is the federated ID (use it as
    `taskFederatedId` when starting a job).

    Args:
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectSearchResult | V3Error]
    """

    kwargs = _get_kwargs(
        q=q,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ObjectSearchResult | V3Error | None:
    """Search assets

     Finds assets (projects, folders, mappings, tasks, taskflows, ...) with a filter expression. `count`
    in the result is the total number of matches, not the page size: page with `limit`/`skip` and stop
    on a short or empty page. Objects the user cannot read are left out. This resource has a dynamic
    rate limit and may fail with "too many requests". The returned `id` is the federated ID (use it as
    `taskFederatedId` when starting a job).

    Args:
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectSearchResult | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            limit=limit,
            skip=skip,
        )
    ).parsed
