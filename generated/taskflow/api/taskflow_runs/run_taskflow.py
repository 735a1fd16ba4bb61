# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""POST /rt/{api_name}: Run a published taskflow"""

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import FAMILY_EXTENSION, OPERATION_EXTENSION
from ...client import AuthenticatedClient, Client
from ...models.taskflow_error import TaskflowError
from ...models.taskflow_inputs import TaskflowInputs
from ...models.taskflow_run_started import TaskflowRunStarted
from ...types import UNSET, Response, Unset

API_FAMILY = "taskflow"
OPERATION_ID = "run_taskflow"
METHOD = "POST"
PATH = "/rt/{api_name}"


def _get_kwargs(
    api_name: str,
    *,
    body: TaskflowInputs | Unset = UNSET,
    tf_instance_name: str | Unset = UNSET,
) -> dict[str, Any]:
    if api_name is None or str(api_name) == "":
        raise ValueError("api_name must not be empty")
    if tf_instance_name is None:  # the client methods' "not given" (a header must not be None)
        tf_instance_name = UNSET
    headers: dict[str, Any] = {}
    if not isinstance(tf_instance_name, Unset):
        headers["TF-INSTANCE-NAME"] = tf_instance_name

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rt/{api_name}".format(
            api_name=quote(str(api_name), safe=""),
        ),
        "extensions": {FAMILY_EXTENSION: API_FAMILY, OPERATION_EXTENSION: OPERATION_ID},
    }

    if not isinstance(body, TaskflowInputs):  # a mapping of the JSON fields
        body = TaskflowInputs.from_dict(body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs  # the arguments of httpx.Client.request() for this operation


def parse_success(response: httpx.Response) -> TaskflowRunStarted:
    """Parse a 2xx response into its model. Raises (KeyError, TypeError, ValueError) on a body that does not fit."""
    response_200 = TaskflowRunStarted.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaskflowError | TaskflowRunStarted:
    if response.status_code == 200:
        response_200 = TaskflowRunStarted.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TaskflowError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TaskflowError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = TaskflowError.from_dict(response.json())

        return response_404

    response_default = TaskflowError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TaskflowError | TaskflowRunStarted]:
    return Response(
        status_code=HTTPStatus(response.status_code)
        if response.status_code in HTTPStatus._value2member_map_
        else response.status_code,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskflowInputs | Unset = UNSET,
    tf_instance_name: str | Unset = UNSET,
) -> Response[TaskflowError | TaskflowRunStarted]:
    """Run a published taskflow

     Starts a run of a published taskflow. The JSON body carries the taskflow's input fields (as its
    Swagger file describes them). The answer is the run ID, as a string of digits. NOT idempotent: a
    retry can start a second run. `TF-INSTANCE-NAME` gives the run a custom name (URL-encode non-ASCII
    characters); Monitor then shows `<taskflow name>-<custom name>-<run ID>`.

    Args:
        api_name (str):
        tf_instance_name (str | Unset):
        body (TaskflowInputs | Unset): The taskflow's input fields, as its Swagger file describes
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TaskflowRunStarted]
    """

    kwargs = _get_kwargs(
        api_name=api_name,
        body=body,
        tf_instance_name=tf_instance_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskflowInputs | Unset = UNSET,
    tf_instance_name: str | Unset = UNSET,
) -> TaskflowError | TaskflowRunStarted | None:
    """Run a published taskflow

     Starts a run of a published taskflow. The JSON body carries the taskflow's input fields (as its
    Swagger file describes them). The answer is the run ID, as a string of digits. NOT idempotent: a
    retry can start a second run. `TF-INSTANCE-NAME` gives the run a custom name (URL-encode non-ASCII
    characters); Monitor then shows `<taskflow name>-<custom name>-<run ID>`.

    Args:
        api_name (str):
        tf_instance_name (str | Unset):
        body (TaskflowInputs | Unset): The taskflow's input fields, as its Swagger file describes
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TaskflowRunStarted
    """

    return sync_detailed(
        api_name=api_name,
        client=client,
        body=body,
        tf_instance_name=tf_instance_name,
    ).parsed


async def asyncio_detailed(
    api_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskflowInputs | Unset = UNSET,
    tf_instance_name: str | Unset = UNSET,
) -> Response[TaskflowError | TaskflowRunStarted]:
    """Run a published taskflow

     Starts a run of a published taskflow. The JSON body carries the taskflow's input fields (as its
    Swagger file describes them). The answer is the run ID, as a string of digits. NOT idempotent: a
    retry can start a second run. `TF-INSTANCE-NAME` gives the run a custom name (URL-encode non-ASCII
    characters); Monitor then shows `<taskflow name>-<custom name>-<run ID>`.

    Args:
        api_name (str):
        tf_instance_name (str | Unset):
        body (TaskflowInputs | Unset): The taskflow's input fields, as its Swagger file describes
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskflowError | TaskflowRunStarted]
    """

    kwargs = _get_kwargs(
        api_name=api_name,
        body=body,
        tf_instance_name=tf_instance_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskflowInputs | Unset = UNSET,
    tf_instance_name: str | Unset = UNSET,
) -> TaskflowError | TaskflowRunStarted | None:
    """Run a published taskflow

     Starts a run of a published taskflow. The JSON body carries the taskflow's input fields (as its
    Swagger file describes them). The answer is the run ID, as a string of digits. NOT idempotent: a
    retry can start a second run. `TF-INSTANCE-NAME` gives the run a custom name (URL-encode non-ASCII
    characters); Monitor then shows `<taskflow name>-<custom name>-<run ID>`.

    Args:
        api_name (str):
        tf_instance_name (str | Unset):
        body (TaskflowInputs | Unset): The taskflow's input fields, as its Swagger file describes
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskflowError | TaskflowRunStarted
    """

    return (
        await asyncio_detailed(
            api_name=api_name,
            client=client,
            body=body,
            tf_instance_name=tf_instance_name,
        )
    ).parsed
