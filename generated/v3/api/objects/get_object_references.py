# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /objects/{object_id}/references: List the objects an asset uses or is used by"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.object_references import ObjectReferences
from ...models.reference_type import ReferenceType
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset

API_FAMILY = "v3"
OPERATION_ID = "get_object_references"
METHOD = "GET"
PATH = "/objects/{object_id}/references"


def _get_kwargs(
    object_id: str,
    *,
    ref_type: ReferenceType,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    if object_id is None or str(object_id) == "":
        raise ValueError("object_id must not be empty")
    if isinstance(ref_type, str):  # a plain string names the member
        ref_type = ReferenceType(ref_type)

    params: dict[str, Any] = {}

    json_ref_type = ref_type.value
    params["refType"] = json_ref_type

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/objects/{object_id}/references".format(
            object_id=quote(str(object_id), safe=""),
        ),
        "params": params,
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ObjectReferences:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ObjectReferences.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ObjectReferences | V3Error:
    if response.status_code == 200:
        response_200 = ObjectReferences.from_dict(response.json())

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
) -> Response[ObjectReferences | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    ref_type: ReferenceType,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ObjectReferences | V3Error]:
    """List the objects an asset uses or is used by

     Dependency analysis: `refType=uses` lists the objects this asset uses (a mapping task's mapping, a
    taskflow's tasks, ...), `refType=usedBy` the objects that use it. Paged with `limit` (default and
    maximum 50) and `skip`; `count` is the total. Each reference's `appContextId` is the ID that works
    on v2 resources. Note the field names here: `documentType` and `lastUpdatedTime` (not
    `type`/`updateTime`). Peers send `refType` as `Uses` or `uses`; the simulator accepts either case.

    Args:
        object_id (str):
        ref_type (ReferenceType): `uses`: what the object uses; `usedBy`: what uses it.
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectReferences | V3Error]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        ref_type=ref_type,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    ref_type: ReferenceType,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ObjectReferences | V3Error | None:
    """List the objects an asset uses or is used by

     Dependency analysis: `refType=uses` lists the objects this asset uses (a mapping task's mapping, a
    taskflow's tasks, ...), `refType=usedBy` the objects that use it. Paged with `limit` (default and
    maximum 50) and `skip`; `count` is the total. Each reference's `appContextId` is the ID that works
    on v2 resources. Note the field names here: `documentType` and `lastUpdatedTime` (not
    `type`/`updateTime`). Peers send `refType` as `Uses` or `uses`; the simulator accepts either case.

    Args:
        object_id (str):
        ref_type (ReferenceType): `uses`: what the object uses; `usedBy`: what uses it.
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectReferences | V3Error
    """

    return sync_detailed(
        object_id=object_id,
        client=client,
        ref_type=ref_type,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    ref_type: ReferenceType,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[ObjectReferences | V3Error]:
    """List the objects an asset uses or is used by

     Dependency analysis: `refType=uses` lists the objects this asset uses (a mapping task's mapping, a
    taskflow's tasks, ...), `refType=usedBy` the objects that use it. Paged with `limit` (default and
    maximum 50) and `skip`; `count` is the total. Each reference's `appContextId` is the ID that works
    on v2 resources. Note the field names here: `documentType` and `lastUpdatedTime` (not
    `type`/`updateTime`). Peers send `refType` as `Uses` or `uses`; the simulator accepts either case.

    Args:
        object_id (str):
        ref_type (ReferenceType): `uses`: what the object uses; `usedBy`: what uses it.
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectReferences | V3Error]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        ref_type=ref_type,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    ref_type: ReferenceType,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> ObjectReferences | V3Error | None:
    """List the objects an asset uses or is used by

     Dependency analysis: `refType=uses` lists the objects this asset uses (a mapping task's mapping, a
    taskflow's tasks, ...), `refType=usedBy` the objects that use it. Paged with `limit` (default and
    maximum 50) and `skip`; `count` is the total. Each reference's `appContextId` is the ID that works
    on v2 resources. Note the field names here: `documentType` and `lastUpdatedTime` (not
    `type`/`updateTime`). Peers send `refType` as `Uses` or `uses`; the simulator accepts either case.

    Args:
        object_id (str):
        ref_type (ReferenceType): `uses`: what the object uses; `usedBy`: what uses it.
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectReferences | V3Error
    """

    return (
        await asyncio_detailed(
            object_id=object_id,
            client=client,
            ref_type=ref_type,
            limit=limit,
            skip=skip,
        )
    ).parsed
