# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /auditlog: Get audit log entries"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.audit_log_entry import AuditLogEntry
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v2"
OPERATION_ID = "get_audit_logs"
METHOD = "GET"
PATH = "/auditlog"


def _get_kwargs(
    *,
    batch_id: int | Unset = UNSET,
    batch_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params["batchSize"] = batch_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auditlog",
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> list[AuditLogEntry]:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = AuditLogEntry.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V2Error | list[AuditLogEntry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AuditLogEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    response_default = V2Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[V2Error | list[AuditLogEntry]]:
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
    batch_id: int | Unset = UNSET,
    batch_size: int | Unset = UNSET,
) -> Response[V2Error | list[AuditLogEntry]]:
    """Get audit log entries

     Returns audit log entries, newest first. Without parameters IICS returns the 200 most recent
    entries. Page with `batchSize` and `batchId` (0 = the newest batch; entries 26-50 are
    `batchSize=25&batchId=1`); IICS expects both when paging. There is no date filter in v2 (the v3
    securityLog has one).

    Args:
        batch_id (int | Unset):
        batch_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[AuditLogEntry]]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        batch_size=batch_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | Unset = UNSET,
    batch_size: int | Unset = UNSET,
) -> V2Error | list[AuditLogEntry] | None:
    """Get audit log entries

     Returns audit log entries, newest first. Without parameters IICS returns the 200 most recent
    entries. Page with `batchSize` and `batchId` (0 = the newest batch; entries 26-50 are
    `batchSize=25&batchId=1`); IICS expects both when paging. There is no date filter in v2 (the v3
    securityLog has one).

    Args:
        batch_id (int | Unset):
        batch_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[AuditLogEntry]
    """

    return sync_detailed(
        client=client,
        batch_id=batch_id,
        batch_size=batch_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | Unset = UNSET,
    batch_size: int | Unset = UNSET,
) -> Response[V2Error | list[AuditLogEntry]]:
    """Get audit log entries

     Returns audit log entries, newest first. Without parameters IICS returns the 200 most recent
    entries. Page with `batchSize` and `batchId` (0 = the newest batch; entries 26-50 are
    `batchSize=25&batchId=1`); IICS expects both when paging. There is no date filter in v2 (the v3
    securityLog has one).

    Args:
        batch_id (int | Unset):
        batch_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | list[AuditLogEntry]]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        batch_size=batch_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | Unset = UNSET,
    batch_size: int | Unset = UNSET,
) -> V2Error | list[AuditLogEntry] | None:
    """Get audit log entries

     Returns audit log entries, newest first. Without parameters IICS returns the 200 most recent
    entries. Page with `batchSize` and `batchId` (0 = the newest batch; entries 26-50 are
    `batchSize=25&batchId=1`); IICS expects both when paging. There is no date filter in v2 (the v3
    securityLog has one).

    Args:
        batch_id (int | Unset):
        batch_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | list[AuditLogEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            batch_id=batch_id,
            batch_size=batch_size,
        )
    ).parsed
