"""Items 7 and 8 of issue 12, case by case (the review's repros): malformed answers and bad arguments are errors of
our hierarchy, never raw exceptions; login answers are checked as strictly as the calls; a login answered 5xx is a
server error; secrets stay out of exceptions even when a body is cut inside one. The fuzzed run is test_fuzz.py.
"""

from __future__ import annotations

import pickle
from datetime import datetime
from typing import Any

import httpx
import pytest
import respx

from iics_client import (
    IICSAuthError,
    IICSClient,
    IICSConfigurationError,
    IICSError,
    IICSRateLimitError,
    IICSServerError,
    IICSValidationError,
)
from tests.unit.conftest import LOGIN, POD, Runner, login_body, mock_login

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(("status", "error"), [(200, IICSValidationError), (500, IICSServerError)])
def test_json_nested_too_deep_is_an_error_of_ours(
    runner: Runner, mock: respx.MockRouter, status: int, error: type[IICSError]
) -> None:
    mock_login(mock)
    mock.get(POD + "/saas/schedule").mock(return_value=httpx.Response(status, content=DEEP))
    with pytest.raises(error):
        runner(runner.client(max_retries=0), "list_schedules")


def test_a_429_whose_retry_after_date_has_no_zone(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(POD + "/saas/connection").mock(
        return_value=httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"})
    )
    with pytest.raises(IICSRateLimitError) as caught:
        runner(runner.client(max_retries=0), "list_connections")
    assert caught.value.retry_after == 0.0  # a date in the past: retry now


def test_search_by_text_finds_the_path(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    objects = [{"id": "1", "type": "MTT", "path": "Sales/x"}, {"id": "2", "type": "MTT", "path": "Default/load_x"}]
    mock.get(POD + "/api/v2/objects").mock(return_value=httpx.Response(200, json={"count": 2, "objects": objects}))
    found = runner(runner.client(), "search_objects", query="LOAD")
    assert [item.id for item in found] == ["2"]


@pytest.mark.parametrize("path", [None, 42, {"a": 1}, ["x"], True])
def test_a_search_result_whose_path_is_no_string_is_refused(runner: Runner, mock: respx.MockRouter, path: Any) -> None:
    """The review's raw AttributeError (`path.lower()`): now the field's own check, naming it and the method."""
    mock_login(mock)
    objects = [{"id": "1", "type": "MTT", "path": path}]
    mock.get(POD + "/api/v2/objects").mock(return_value=httpx.Response(200, json={"count": 1, "objects": objects}))
    with pytest.raises(IICSValidationError, match="path"):
        runner(runner.client(), "search_objects", query="LOAD")


def test_audit_entries_without_a_zone_compare_as_utc(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    entries = [{"id": "1", "entryTimeUTC": "2024-01-15T10:00:00"}, {"id": "2", "entryTimeUTC": "2023-01-01T00:00:00"}]
    mock.get(POD + "/saas/auditlog").mock(return_value=httpx.Response(200, json=entries))
    found = runner(runner.client(), "get_audit_logs", start=datetime(2024, 1, 1), end=datetime(2025, 1, 1))
    assert [entry.id for entry in found] == ["1"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"task_id": "t", "task_type": 5}, "task_type"), ({"task_id": 5, "task_type": "MTT"}, "strings")],
)
def test_bad_job_arguments_are_configuration_errors(runner: Runner, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(IICSConfigurationError, match=message):
        runner(runner.client(), "start_job", **kwargs)


@pytest.mark.parametrize("server_url", [12345, True, [], {}, "https://[::1", "", None, "ftp://pod", "javascript:x"])
def test_a_login_answer_with_an_unusable_server_url(runner: Runner, mock: respx.MockRouter, server_url: Any) -> None:
    mock.post(LOGIN).mock(return_value=httpx.Response(200, json={**login_body(), "serverUrl": server_url}))
    with pytest.raises(IICSAuthError):
        runner(runner.client(), "login")


@pytest.mark.parametrize("session_id", [12345, True, ["S"], {}, "", "sessé", "a b", "a\r\nb", None])
def test_a_login_answer_with_an_unusable_session_id_fails_the_login(
    runner: Runner, mock: respx.MockRouter, session_id: Any
) -> None:
    """Not later, call after call: the login itself fails."""
    mock.post(LOGIN).mock(return_value=httpx.Response(200, json={**login_body(), "icSessionId": session_id}))
    pod = mock.get(POD + "/saas/connection").mock(return_value=httpx.Response(200, json=[]))
    client = runner.client()
    with pytest.raises(IICSAuthError, match="icSessionId"):
        runner(client, "login")
    with pytest.raises(IICSAuthError):
        runner(client, "list_connections")
    assert pod.call_count == 0


@pytest.mark.parametrize("status", [500, 502, 504, 520])
def test_a_login_answered_5xx_is_a_server_error(runner: Runner, mock: respx.MockRouter, status: int) -> None:
    login = mock.post(LOGIN).mock(return_value=httpx.Response(status, text="<html>gateway</html>"))
    client = runner.client(max_retries=0)
    with pytest.raises(IICSServerError) as caught:
        runner(client, "login")
    assert not isinstance(caught.value, IICSAuthError)
    login.mock(return_value=httpx.Response(200, json=login_body()))
    runner(client, "login")  # not latched: the credentials were never judged


@pytest.mark.parametrize("cut", [40, 55, 59, 72, 73, 74])
def test_a_login_body_cut_inside_the_session_id_keeps_it_secret(
    runner: Runner, mock: respx.MockRouter, cut: int
) -> None:
    body = '{"@type": "user", "serverUrl": "https://pod.example.com", "icSessionId": "REDIRECT-SESSION-SECRET-42"}'
    mock.post(LOGIN).mock(return_value=httpx.Response(200, text=body[:cut]))
    with pytest.raises(IICSAuthError) as caught:
        runner(runner.client(), "login")
    error = caught.value
    shown = [str(error), repr(error), error.response_body or "", repr(error.__dict__), repr(pickle.dumps(error))]
    for text in shown:
        assert "SECRET" not in text
        assert "REDIRECT-SESS" not in text
    assert error.__cause__ is None
    assert error.__context__ is None


@pytest.mark.parametrize("name", ["proxyPassword", "securityAnswer", "password", "sessionId", "INFA-SESSION-ID"])
def test_every_secret_field_is_masked_in_error_bodies(name: str) -> None:
    error = IICSError("x", response_body=f'{{"{name}": "s3cr3t-value", "other": "shown"}}')
    assert "s3cr3t" not in str(error.response_body)
    assert '"other": "shown"' in str(error.response_body)


def test_a_client_whose_constructor_failed_still_has_a_repr() -> None:
    with pytest.raises(IICSConfigurationError):
        IICSClient("us", "u", "p", timeout=-1)
    half_built = IICSClient.__new__(IICSClient)
    assert "not logged in" in repr(half_built)


# ---- a field of the wrong type where the client's own code reads it ----


@pytest.mark.parametrize("method", ["find_run", "poll_job_status"])
@pytest.mark.parametrize("field", ["taskId", "runId"])
def test_a_field_of_the_wrong_type_that_a_plan_reads_is_a_validation_error(
    runner: Runner, mock: respx.MockRouter, method: str, field: str
) -> None:
    """The review's knock-on: a wrongly typed field read by the client's own code (here the run lookup reading the
    activity monitor) is an IICSValidationError naming the field, never a raw TypeError."""
    from tests.support.spec_examples import example

    mock_login(mock)
    entry = {**example("get_activity_monitor")[0], field: {"not": "a scalar"}}
    mock.get(POD + "/saas/activity/activityMonitor").mock(return_value=httpx.Response(200, json=[entry]))
    with pytest.raises(IICSValidationError, match=field):
        runner(runner.client(), method, "t1", 1)


# ---- a list of models that holds something else ----


@pytest.mark.parametrize(
    ("method", "args", "operation", "field"),
    [
        ("wait_for_import", ("i1",), "get_import_status", "objects"),
        ("wait_for_export", ("e1",), "get_export_status", "objects"),
    ],
)
def test_a_list_of_objects_holding_no_objects_is_a_validation_error(
    mock: respx.MockRouter, method: str, args: tuple[Any, ...], operation: str, field: str
) -> None:
    """Before the typed models, a nullable list of models fell back to the raw JSON when an item was not an object,
    and the plan reading the items failed with a raw AttributeError."""
    from tests.reliability.test_fuzz import operations

    spec = operations()[operation]
    mock_login(mock)
    mock.get(url__regex=spec.url.pattern).mock(return_value=httpx.Response(200, json={**spec.example, field: [True]}))
    with pytest.raises(IICSValidationError):
        getattr(IICSClient("us", "u", "p"), method)(*args, interval=0.01, timeout=1)


def test_an_error_detail_list_holding_no_objects_is_refused() -> None:
    """The review's V3ErrorDetail.to_dict() repro: refused when parsed (a client installs the IICSValidationError)."""
    from iics_client.v3.models import V3ErrorDetail

    IICSClient("us", "u", "p").close()
    with pytest.raises(IICSValidationError):
        V3ErrorDetail.from_dict({"code": "X", "message": "m", "details": [True]}).to_dict()
