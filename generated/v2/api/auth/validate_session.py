# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /user/validSessionId: Check whether a session ID is still valid"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.v2_error import V2Error
from ...models.validated_token import ValidatedToken
from ...models.validated_token_request import ValidatedTokenRequest
from ...types import Response

API_FAMILY = "v2"
OPERATION_ID = "validate_session"
METHOD = "POST"
PATH = "/user/validSessionId"


def _get_kwargs(
    *,
    body: ValidatedTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/validSessionId",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, ValidatedTokenRequest):  # a mapping of the JSON fields
        body = ValidatedTokenRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> ValidatedToken:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = ValidatedToken.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V2Error | ValidatedToken:
    if response.status_code == 200:
        response_200 = ValidatedToken.from_dict(response.json())

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
) -> Response[V2Error | ValidatedToken]:
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
    body: ValidatedTokenRequest,
) -> Response[V2Error | ValidatedToken]:
    """Check whether a session ID is still valid

     Reports whether the session ID in the body (`icToken`) is valid for `userName` and how many whole
    minutes it has left (`timeUntilExpire` reads 0 when less than one minute remains). The call itself
    needs a live session in the `icSessionId` header, and checking does not extend the checked session.

    Args:
        body (ValidatedTokenRequest): Body of validate_session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | ValidatedToken]
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
    body: ValidatedTokenRequest,
) -> V2Error | ValidatedToken | None:
    """Check whether a session ID is still valid

     Reports whether the session ID in the body (`icToken`) is valid for `userName` and how many whole
    minutes it has left (`timeUntilExpire` reads 0 when less than one minute remains). The call itself
    needs a live session in the `icSessionId` header, and checking does not extend the checked session.

    Args:
        body (ValidatedTokenRequest): Body of validate_session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | ValidatedToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatedTokenRequest,
) -> Response[V2Error | ValidatedToken]:
    """Check whether a session ID is still valid

     Reports whether the session ID in the body (`icToken`) is valid for `userName` and how many whole
    minutes it has left (`timeUntilExpire` reads 0 when less than one minute remains). The call itself
    needs a live session in the `icSessionId` header, and checking does not extend the checked session.

    Args:
        body (ValidatedTokenRequest): Body of validate_session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2Error | ValidatedToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidatedTokenRequest,
) -> V2Error | ValidatedToken | None:
    """Check whether a session ID is still valid

     Reports whether the session ID in the body (`icToken`) is valid for `userName` and how many whole
    minutes it has left (`timeUntilExpire` reads 0 when less than one minute remains). The call itself
    needs a live session in the `icSessionId` header, and checking does not extend the checked session.

    Args:
        body (ValidatedTokenRequest): Body of validate_session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2Error | ValidatedToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
