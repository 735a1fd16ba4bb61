# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /activity/activityLog/{activity_log_id}/sessionLog: Download the session log of a run"""

from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.v2_error import V2Error
from ...types import UNSET, File, Response, Unset

API_FAMILY = "v2"
OPERATION_ID = "get_session_log"
METHOD = "GET"
PATH = "/activity/activityLog/{activity_log_id}/sessionLog"


def _get_kwargs(
    activity_log_id: str,
    *,
    item_id: str | Unset = UNSET,
    child_item_id: str | Unset = UNSET,
) -> dict[str, Any]:
    if activity_log_id is None or str(activity_log_id) == "":
        raise ValueError("activity_log_id must not be empty")

    params: dict[str, Any] = {}

    params["itemId"] = item_id

    params["childItemId"] = child_item_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/activityLog/{activity_log_id}/sessionLog".format(
            activity_log_id=quote(str(activity_log_id), safe=""),
        ),
        "params": params,
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> File:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | V2Error:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Error.from_dict(response.json())

        return response_404

    response_default = V2Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_log_id: str,
    *,
    client: AuthenticatedClient | Client,
    item_id: str | Unset = UNSET,
    child_item_id: str | Unset = UNSET,
) -> Response[File | V2Error]:
    """Download the session log of a run

     Returns the session log of the run recorded by an activity log entry (give the entry ID, not the run
    ID). The answer is a file: the log as text, or a zip of several logs when the run has more than one
    (for example a linear taskflow's tasks). `itemId` selects one child entry (`entries[].id`),
    `childItemId` one of its children. Unconfirmed: which runs IICS answers with a zip and the exact
    Content-Type it sends; read the body as bytes and check for the zip signature (`PK`).

    Args:
        activity_log_id (str):
        item_id (str | Unset):
        child_item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V2Error]
    """

    kwargs = _get_kwargs(
        activity_log_id=activity_log_id,
        item_id=item_id,
        child_item_id=child_item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_log_id: str,
    *,
    client: AuthenticatedClient | Client,
    item_id: str | Unset = UNSET,
    child_item_id: str | Unset = UNSET,
) -> File | V2Error | None:
    """Download the session log of a run

     Returns the session log of the run recorded by an activity log entry (give the entry ID, not the run
    ID). The answer is a file: the log as text, or a zip of several logs when the run has more than one
    (for example a linear taskflow's tasks). `itemId` selects one child entry (`entries[].id`),
    `childItemId` one of its children. Unconfirmed: which runs IICS answers with a zip and the exact
    Content-Type it sends; read the body as bytes and check for the zip signature (`PK`).

    Args:
        activity_log_id (str):
        item_id (str | Unset):
        child_item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V2Error
    """

    return sync_detailed(
        activity_log_id=activity_log_id,
        client=client,
        item_id=item_id,
        child_item_id=child_item_id,
    ).parsed


async def asyncio_detailed(
    activity_log_id: str,
    *,
    client: AuthenticatedClient | Client,
    item_id: str | Unset = UNSET,
    child_item_id: str | Unset = UNSET,
) -> Response[File | V2Error]:
    """Download the session log of a run

     Returns the session log of the run recorded by an activity log entry (give the entry ID, not the run
    ID). The answer is a file: the log as text, or a zip of several logs when the run has more than one
    (for example a linear taskflow's tasks). `itemId` selects one child entry (`entries[].id`),
    `childItemId` one of its children. Unconfirmed: which runs IICS answers with a zip and the exact
    Content-Type it sends; read the body as bytes and check for the zip signature (`PK`).

    Args:
        activity_log_id (str):
        item_id (str | Unset):
        child_item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V2Error]
    """

    kwargs = _get_kwargs(
        activity_log_id=activity_log_id,
        item_id=item_id,
        child_item_id=child_item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_log_id: str,
    *,
    client: AuthenticatedClient | Client,
    item_id: str | Unset = UNSET,
    child_item_id: str | Unset = UNSET,
) -> File | V2Error | None:
    """Download the session log of a run

     Returns the session log of the run recorded by an activity log entry (give the entry ID, not the run
    ID). The answer is a file: the log as text, or a zip of several logs when the run has more than one
    (for example a linear taskflow's tasks). `itemId` selects one child entry (`entries[].id`),
    `childItemId` one of its children. Unconfirmed: which runs IICS answers with a zip and the exact
    Content-Type it sends; read the body as bytes and check for the zip signature (`PK`).

    Args:
        activity_log_id (str):
        item_id (str | Unset):
        child_item_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V2Error
    """

    return (
        await asyncio_detailed(
            activity_log_id=activity_log_id,
            client=client,
            item_id=item_id,
            child_item_id=child_item_id,
        )
    ).parsed
