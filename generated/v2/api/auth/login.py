# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /ma/api/v2/user/login: Log in with user name and password"""

from http import HTTPStatus
from typing import Any

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.login_request import LoginRequest
from ...models.user import User
from ...models.v2_error import V2Error
from ...types import Response

API_FAMILY = "v2"
OPERATION_ID = "login"
METHOD = "POST"
PATH = "/ma/api/v2/user/login"


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ma/api/v2/user/login",
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, LoginRequest):  # a mapping of the JSON fields
        body = LoginRequest.from_dict(body)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> User:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = User.from_dict(response.json())

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | V2Error:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = V2Error.from_dict(response.json())

        return response_403

    response_default = V2Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[User | V2Error]:
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
    body: LoginRequest,
) -> Response[User | V2Error]:
    """Log in with user name and password

     Logs in on the regional login host and returns the user object, which carries the session ID
    (`icSessionId`) and the pod base URL (`serverUrl`). This path is relative to the login host origin,
    not to the family base path. Do not retry a failed login: any 4xx means the credentials were
    rejected (the documented example uses 403, but 400 is also seen for a wrong password).

    Args:
        body (LoginRequest): Body of the v2 login call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User | V2Error]
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
    body: LoginRequest,
) -> User | V2Error | None:
    """Log in with user name and password

     Logs in on the regional login host and returns the user object, which carries the session ID
    (`icSessionId`) and the pod base URL (`serverUrl`). This path is relative to the login host origin,
    not to the family base path. Do not retry a failed login: any 4xx means the credentials were
    rejected (the documented example uses 403, but 400 is also seen for a wrong password).

    Args:
        body (LoginRequest): Body of the v2 login call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User | V2Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[User | V2Error]:
    """Log in with user name and password

     Logs in on the regional login host and returns the user object, which carries the session ID
    (`icSessionId`) and the pod base URL (`serverUrl`). This path is relative to the login host origin,
    not to the family base path. Do not retry a failed login: any 4xx means the credentials were
    rejected (the documented example uses 403, but 400 is also seen for a wrong password).

    Args:
        body (LoginRequest): Body of the v2 login call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User | V2Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> User | V2Error | None:
    """Log in with user name and password

     Logs in on the regional login host and returns the user object, which carries the session ID
    (`icSessionId`) and the pod base URL (`serverUrl`). This path is relative to the login host origin,
    not to the family base path. Do not retry a failed login: any 4xx means the credentials were
    rejected (the documented example uses 403, but 400 is also seen for a wrong password).

    Args:
        body (LoginRequest): Body of the v2 login call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User | V2Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
