"""Every status maps to its exception, with status, body, method, URL and IICS's code and request id."""

from __future__ import annotations

import pickle

import httpx
import pytest
import respx

from iics_client import (
    IICSAuthError,
    IICSBadRequestError,
    IICSError,
    IICSNotFoundError,
    IICSRateLimitError,
    IICSServerError,
    IICSValidationError,
)
from tests.unit.conftest import POD, Runner, mock_login

CONN = POD + "/saas/connection/c1"
V2_ERROR = {"@type": "error", "code": "CODE_1", "description": "what went wrong", "statusCode": 0}
V3_ERROR = {"error": {"code": "CODE_3", "message": "v3 says no", "requestId": "req-9", "details": None}}


@pytest.mark.parametrize(
    ("status", "exception"),
    [
        (400, IICSBadRequestError),
        (401, IICSAuthError),
        (403, IICSAuthError),
        (404, IICSNotFoundError),
        (409, IICSBadRequestError),
        (418, IICSError),
        (429, IICSRateLimitError),
        (500, IICSServerError),
        (520, IICSServerError),
    ],
)
def test_status_maps_to_exception(
    runner: Runner, mock: respx.MockRouter, status: int, exception: type[IICSError]
) -> None:
    mock_login(mock)
    mock.get(CONN).mock(return_value=httpx.Response(status, json={**V2_ERROR, "statusCode": status}))
    with pytest.raises(exception) as caught:
        runner(runner.client(max_retries=0, max_reauth_attempts=0, layout="reference"), "get_connection", "c1")
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.error_code == "CODE_1"
    assert error.message == "what went wrong"
    assert error.method == "GET"
    assert error.url == CONN
    assert '"CODE_1"' in (error.response_body or "")
    assert f"HTTP {status}" in str(error)


def test_v3_error_body_gives_code_and_request_id(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(POD + "/api/v2/mttask/m1").mock(return_value=httpx.Response(404, json=V3_ERROR))
    with pytest.raises(IICSNotFoundError) as caught:
        runner(runner.client(), "get_mapping_task", "m1")
    assert caught.value.error_code == "CODE_3"
    assert caught.value.request_id == "req-9"
    assert "requestId=req-9" in str(caught.value)


def test_error_without_a_json_body(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(CONN).mock(return_value=httpx.Response(500, text="<html>Bad gateway</html>"))
    with pytest.raises(IICSServerError) as caught:
        runner(runner.client(max_retries=0), "get_connection", "c1")
    assert caught.value.error_code is None
    assert caught.value.response_body == "<html>Bad gateway</html>"
    assert "Internal Server Error" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"<html>not json</html>",  # non-JSON on a 200
        b'{"name": "no type field"}',  # a required field missing
        b'["a list", "not an object"]',  # the wrong shape
        b"",  # nothing at all
    ],
)
def test_a_body_that_does_not_parse_is_a_validation_error(runner: Runner, mock: respx.MockRouter, body: bytes) -> None:
    mock_login(mock)
    mock.get(CONN).mock(return_value=httpx.Response(200, content=body))
    with pytest.raises(IICSValidationError) as caught:
        runner(runner.client(), "get_connection", "c1")
    assert caught.value.status_code == 200
    assert caught.value.url == CONN


def test_raw_get_of_non_json_is_a_validation_error(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(POD + "/api/v2/things").mock(return_value=httpx.Response(200, text="plain"))
    with pytest.raises(IICSValidationError):
        runner(runner.client(), "raw_get", "things")


def test_unknown_enum_values_do_not_fail_a_call(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(POD + "/saas/job").mock(
        return_value=httpx.Response(
            200, json={"@type": "job", "taskId": "t", "taskType": "BRAND_NEW", "runId": "98765"}
        )
    )
    job = runner(runner.client(), "start_job", task_id="t", task_type="MTT")
    assert job.task_type.value == "BRAND_NEW"
    assert job.run_id == 98765 or job.run_id == "98765"


def test_errors_survive_pickling() -> None:
    error = IICSRateLimitError("slow down", retry_after=3.0, status_code=429, error_code="X", url="https://x")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is IICSRateLimitError
    assert (copy.retry_after, copy.status_code, copy.error_code, str(copy)) == (3.0, 429, "X", str(error))


def test_repr_of_an_error() -> None:
    assert repr(IICSError("boom", status_code=500)) == "IICSError('boom (HTTP 500)')"
