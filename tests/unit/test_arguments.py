"""Bad arguments get a clear IICSConfigurationError naming the argument, before any request (issue 13, item 6);
partial connection updates send only the fields given (item 5)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

import httpx
import pytest
import respx

from iics_client import IICSConfigurationError
from tests.unit.conftest import POD, Runner, body_of, mock_login

CONN = POD + "/saas/connection"
AUDIT = POD + "/saas/auditlog"


# ---- item 5: a partial update is partial ----


def test_partial_update_sends_only_the_fields_given(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    answer = {"@type": "connection", "id": "c9", "name": "Sales DB", "type": "Oracle", "description": "x"}
    update = mock.post(CONN + "/c9").mock(return_value=httpx.Response(200, json=answer))
    client = runner.client()

    updated = runner(client, "update_connection", "c9", {"description": "x"})

    assert updated.description == "x"
    sent = update.calls.last.request
    assert sent.headers["Update-Mode"] == "PARTIAL"
    assert body_of(sent) == {"@type": "connection", "description": "x"}  # no name, no type, nothing made up
    runner(client, "update_connection", "c9", {"connParams": {"Port": "1521"}, "port": 1521, "type": "Oracle"})
    assert body_of(update.calls.last.request) == {
        "@type": "connection",
        "connParams": {"Port": "1521"},
        "port": 1521,
        "type": "Oracle",
    }


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("c9", {}), {}, "nothing to update"),
        (("c9", ["description", "x"]), {}, "a connection is a Connection or a mapping"),
        (("c9", {"description": "x"}), {"partial": False}, "not a connection"),  # a full replace needs name and type
        (("c9", {"description": "x"}), {"partial": "yes"}, "partial must be True or False"),
        (("", {"description": "x"}), {}, "connection_id must be a non-empty string"),
        ((None, {"description": "x"}), {}, "connection_id must be a non-empty string"),
    ],
)
def test_update_connection_checks_its_arguments(
    runner: Runner, mock: respx.MockRouter, args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError, match=message):
        runner(runner.client(), "update_connection", *args, **kwargs)
    assert not login.called


# ---- item 6: empty ids, wrong types, dates ----


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("get_connection", ("",)),
        ("get_connection", (None,)),
        ("get_connection_by_name", ("",)),
        ("delete_connection", ("",)),
        ("get_agent", ("",)),
        ("get_runtime_environment", ("",)),
        ("get_schedule", ("",)),
        ("get_mapping_task", ("",)),
        ("get_taskflow", ("",)),
    ],
)
def test_empty_ids_are_rejected_before_any_request(
    runner: Runner, mock: respx.MockRouter, method: str, args: tuple[Any, ...]
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError, match=method):
        runner(runner.client(), method, *args)
    assert not login.called


@pytest.mark.parametrize(
    ("method", "kwargs", "message"),
    [
        ("get_activity_log", {"page_size": "10"}, "page_size must be an integer between 1 and 1000"),
        ("get_activity_log", {"page_size": 0}, "page_size must be an integer between 1 and 1000"),
        ("get_activity_log", {"limit": 1.5}, "limit must be an integer >= 0"),
        ("get_activity_log", {"limit": "5"}, "limit must be an integer >= 0"),
        ("get_activity_log", {"task_id": 7}, "task_id must be a non-empty string"),
        ("get_activity_log", {"task_id": "t1", "run_id": "latest"}, "run_id must be an integer"),
        ("get_audit_logs", {"start": "2024-01-01"}, "start must be a datetime or a date"),
        ("get_audit_logs", {"end": 1700000000}, "end must be a datetime or a date"),
        ("get_audit_logs", {"start": date(2024, 2, 1), "end": date(2024, 1, 1)}, "is after end"),
        ("get_audit_logs", {"batch_size": None}, "batch_size must be an integer >= 1"),
        ("search_objects", {"object_type": 5}, "object_type must be a non-empty string"),
        ("search_objects", {"tag": ["a", "b"]}, "tag must be a non-empty string"),
        ("search_objects", {"page_size": 500}, "page_size must be an integer between 1 and 200"),
        ("search_objects", {"limit": -1}, "limit must be an integer >= 0"),
        ("raw_get", {"path": "/x", "params": "a=1"}, "params must be a mapping"),
        ("raw_get", {"path": "/x", "extra_headers": [("a", "b")]}, "extra_headers must be a mapping"),
        ("raw_get", {"path": ""}, "path must be a non-empty string"),
        ("raw_get", {"path": "/x", "api_version": "v9"}, "api_version must be one of"),
        ("raw_post", {"path": "/x", "json": {"when": date(2024, 1, 1)}}, "json is not JSON-serializable"),
        ("raw_post", {"path": "/x", "json": float("nan")}, "json is not JSON-serializable"),
        ("start_job", {"task_id": "t1", "task_type": 5}, "task_type is required"),
        ("create_connection", {"connection": "Sales DB"}, "a connection is a Connection or a mapping"),
    ],
)
def test_wrong_arguments_name_the_argument(
    runner: Runner, mock: respx.MockRouter, method: str, kwargs: dict[str, Any], message: str
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError, match=message):
        runner(runner.client(), method, **kwargs)
    assert not login.called


def test_audit_logs_take_dates_as_whole_utc_days(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    stamps = ["2024-01-03T00:00:00Z", "2024-01-02T23:59:59.900Z", "2024-01-02T00:00:00Z", "2024-01-01T23:59:59Z"]
    mock.get(AUDIT).mock(
        return_value=httpx.Response(200, json=[{"id": str(n), "entryTimeUTC": t} for n, t in enumerate(stamps)])
    )
    client = runner.client()
    day = [e.id for e in runner(client, "get_audit_logs", start=date(2024, 1, 2), end=date(2024, 1, 2))]
    assert day == ["1", "2"]  # all of January 2nd (UTC), nothing of the 1st or the 3rd
    since = [e.id for e in runner(client, "get_audit_logs", start=date(2024, 1, 2))]
    assert since == ["0", "1", "2"]
    aware = datetime(2024, 1, 2, 12, tzinfo=timezone.utc)
    assert [e.id for e in runner(client, "get_audit_logs", end=aware)] == ["2", "3"]


def test_raw_post_sends_the_json_it_was_given(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.post(POD + "/api/v2/lookup").mock(return_value=httpx.Response(200, json={"ok": True}))
    assert runner(runner.client(), "raw_post", "/lookup", {"objects": [{"path": "Sales/é"}]}) == {"ok": True}
    sent = route.calls.last.request
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.content) == {"objects": [{"path": "Sales/é"}]}
