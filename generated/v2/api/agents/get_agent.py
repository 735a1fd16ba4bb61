# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""GET /agent/{agent_id}: Get a Secure Agent by ID"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.v2_error import V2Error
from ...types import Response

API_FAMILY = "v2"
OPERATION_ID = "get_agent"
METHOD = "GET"
PATH = "/agent/{agent_id}"


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:
    if agent_id is None or str(agent_id) == "":
        raise ValueError("agent_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        "headers": {"Accept": "application/json"},
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> Agent:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = Agent.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent | V2Error:
    if response.status_code == 200:
        response_200 = Agent.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V2Error.from_dict(response.json())

        return response_404

    response_default = V2Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Agent | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Agent | V2Error]:
    """Get a Secure Agent by ID

     Returns one Secure Agent by its v2 ID, including packages and configurations.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | V2Error]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Agent | V2Error | None:
    """Get a Secure Agent by ID

     Returns one Secure Agent by its v2 ID, including packages and configurations.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | V2Error
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Agent | V2Error]:
    """Get a Secure Agent by ID

     Returns one Secure Agent by its v2 ID, including packages and configurations.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | V2Error]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Agent | V2Error | None:
    """Get a Secure Agent by ID

     Returns one Secure Agent by its v2 ID, including packages and configurations.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | V2Error
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
