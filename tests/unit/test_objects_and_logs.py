"""Lookup, object references, run logs (bytes or streamed to a file), the session check, object search's q keywords and
the activity log's runId rule, with respx, both clients."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from iics_client import (
    IICSConfigurationError,
    IICSConnectionError,
    IICSNotFoundError,
    IICSServerError,
    IICSValidationError,
)
from tests.support.spec_examples import example
from tests.unit.conftest import POD, Runner, body_of, mock_login

LOOKUP = POD + "/api/v2/lookup"
REFERENCES = POD + "/api/v2/objects/f1/references"
SESSION_LOG = POD + "/saas/activity/activityLog/000A/sessionLog"
ERROR_LOG = POD + "/saas/activity/errorLog/000A"
VALID = POD + "/saas/user/validSessionId"
OBJECTS = POD + "/api/v2/objects"
LOG = POD + "/saas/activity/activityLog"


def _object(n: int) -> dict[str, Any]:
    return {"id": f"id{n}", "path": f"Sales/o{n}", "type": "MTT"}


# ---- lookup ----


def test_lookup_by_paths_and_ids_in_one_request(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.post(LOOKUP).mock(return_value=httpx.Response(200, json={"objects": [_object(1), _object(2)]}))
    found = runner(runner.client(), "lookup", "Sales/o1", "MTT", ids=["id2"])
    assert [(obj.id, obj.path, obj.type_) for obj in found] == [("id1", "Sales/o1", "MTT"), ("id2", "Sales/o2", "MTT")]
    assert body_of(route.calls.last.request) == {"objects": [{"path": "Sales/o1", "type": "MTT"}, {"id": "id2"}]}


def test_a_lookup_whose_answer_was_lost_is_sent_again(runner: Runner, mock: respx.MockRouter) -> None:
    """A POST the transport does not retry, but a read: sent again, unlike a job start."""
    mock_login(mock)
    route = mock.post(LOOKUP).mock(
        side_effect=[
            httpx.Response(502),
            httpx.ReadTimeout("lost"),
            httpx.Response(200, json={"objects": [_object(1)]}),
        ]
    )
    assert [obj.id for obj in runner(runner.client(retry_backoff=0.0), "lookup", ids="id1")] == ["id1"]
    assert route.call_count == 3
    route.side_effect = None
    route.return_value = httpx.Response(502)
    with pytest.raises(IICSServerError):
        runner(runner.client(retry_backoff=0.0, max_retries=1), "lookup", ids="id1")
    assert route.call_count == 5


def test_a_missing_object_and_a_short_answer(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.post(LOOKUP).mock(return_value=httpx.Response(404, json={"error": {"code": "X", "message": "nope"}}))
    with pytest.raises(IICSNotFoundError):
        runner(runner.client(), "lookup", ["Sales/missing"], "MTT")
    route.return_value = httpx.Response(200, json={"objects": [_object(1)]})
    with pytest.raises(IICSValidationError):
        runner(runner.client(), "lookup", ids=["id1", "id2"])


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((), {}),
        (("Sales/x",), {}),
        ((None, "MTT"), {}),
        ((["Sales/x", 5], "MTT"), {}),
        (("/",), {"object_type": "MTT"}),
        ((), {"ids": [""]}),
        ((), {"ids": 5}),
    ],
)
def test_bad_lookups_fail_before_any_request(
    runner: Runner, mock: respx.MockRouter, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "lookup", *args, **kwargs)
    assert login.call_count == 0


def test_start_job_by_a_path_that_does_not_exist(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.post(LOOKUP).mock(return_value=httpx.Response(404, json={"error": {"code": "X", "message": "not found"}}))
    job = mock.post(POD + "/saas/job").mock(return_value=httpx.Response(200, json=example("start_job")))
    with pytest.raises(IICSNotFoundError, match="no MTT task at Sales/mt"):
        runner(runner.client(), "start_job", task_path="Sales/mt", task_type="MTT")
    assert job.call_count == 0
    for kwargs in ({"task_path": "Sales/mt"}, {"task_path": "Sales/mt", "task_type": "MTT", "task_id": "t1"}):
        with pytest.raises(IICSConfigurationError):
            runner(runner.client(), "start_job", **kwargs)


# ---- references ----


def test_references_page_by_50_and_stop_at_the_count(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)

    def page(request: httpx.Request) -> httpx.Response:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        refs = [{"id": f"r{n}", "documentType": "MTT"} for n in range(skip, min(skip + limit, 100))]
        return httpx.Response(200, json={"id": "f1", "count": 100, "references": refs})

    route = mock.get(REFERENCES).mock(side_effect=page)
    refs = runner(runner.client(), "get_object_references", "f1")
    assert [ref.id for ref in refs] == [f"r{n}" for n in range(100)]
    assert [call.request.url.params["skip"] for call in route.calls] == ["0", "50"]  # count reached: no third call
    assert {call.request.url.params["refType"] for call in route.calls} == {"uses"}
    assert len(runner(runner.client(), "get_object_references", "f1", "usedBy", limit=3)) == 3


@pytest.mark.parametrize(
    ("args", "kwargs"), [(("f1", "uses-by"), {}), (("f1",), {"page_size": 51}), (("",), {}), (("f1",), {"limit": -2})]
)
def test_bad_reference_arguments(
    runner: Runner, mock: respx.MockRouter, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    mock_login(mock)
    route = mock.get(REFERENCES).mock(return_value=httpx.Response(200, json={"id": "f1", "count": 0, "references": []}))
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "get_object_references", *args, **kwargs)
    assert route.call_count == 0


# ---- run logs ----

LOG_TEXT = b"2024-01-15 10:20:31 : INFO : TM_6014 : Initializing session\n" * 2000


def test_a_session_log_as_bytes(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    mock.get(SESSION_LOG).mock(return_value=httpx.Response(200, content=LOG_TEXT))
    assert runner(runner.client(), "get_session_log", "000A") == LOG_TEXT


def test_a_session_log_streamed_to_a_file(runner: Runner, mock: respx.MockRouter, tmp_path: Path) -> None:
    mock_login(mock)
    mock.get(SESSION_LOG).mock(return_value=httpx.Response(200, stream=_Chunks([LOG_TEXT[:1000], LOG_TEXT[1000:]])))
    target = tmp_path / "run.log"
    assert runner(runner.client(), "get_session_log", "000A", path=target) == target
    assert target.read_bytes() == LOG_TEXT
    assert sorted(path.name for path in tmp_path.iterdir()) == ["run.log"]


def test_into_a_directory_the_file_is_named_by_iics(runner: Runner, mock: respx.MockRouter, tmp_path: Path) -> None:
    mock_login(mock)
    named = {"Content-Disposition": 'attachment; filename="../s_mtt_42.log"'}
    route = mock.get(SESSION_LOG).mock(return_value=httpx.Response(200, content=LOG_TEXT, headers=named))
    assert runner(runner.client(), "get_session_log", "000A", path=str(tmp_path)) == tmp_path / "s_mtt_42.log"
    route.return_value = httpx.Response(200, content=b"PK\x03\x04 a zip")  # no name given: the zip is recognised
    assert runner(runner.client(), "get_session_log", "000A", path=tmp_path) == tmp_path / "000A_session.zip"
    mock.get(ERROR_LOG).mock(return_value=httpx.Response(200, content=b"ROW_NUMBER\n"))
    assert runner(runner.client(), "get_error_log", "000A", path=tmp_path) == tmp_path / "000A_errors.csv"
    assert (tmp_path / "000A_errors.csv").read_bytes() == b"ROW_NUMBER\n"


def test_a_failed_download_leaves_no_file(runner: Runner, mock: respx.MockRouter, tmp_path: Path) -> None:
    mock_login(mock)
    route = mock.get(SESSION_LOG).mock(
        return_value=httpx.Response(404, json={"@type": "error", "code": "X", "description": "no entry"})
    )
    with pytest.raises(IICSNotFoundError, match="no entry"):
        runner(runner.client(), "get_session_log", "000A", path=tmp_path / "run.log")
    route.return_value = httpx.Response(200, stream=_Chunks([b"half of it", httpx.ReadError("dropped")]))
    with pytest.raises(IICSConnectionError):
        runner(runner.client(), "get_session_log", "000A", path=tmp_path / "run.log")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("",), {}),
        (("000A",), {"child_item_id": "c"}),
        (("000A",), {"path": "/no/such/dir/log.txt"}),
        (("0",), {"path": 5}),
    ],
)
def test_bad_log_arguments(
    runner: Runner, mock: respx.MockRouter, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    login = mock_login(mock)
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "get_session_log", *args, **kwargs)
    assert login.call_count == 0


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in chunks; an exception among them is raised there (a connection lost mid-download)."""

    def __init__(self, chunks: list[bytes | Exception]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk

    async def __aiter__(self) -> Any:
        for chunk in self.chunks:
            if isinstance(chunk, Exception):
                raise chunk
            yield chunk


# ---- the session check ----


def test_validate_session_logs_in_first_and_checks_its_own_session(runner: Runner, mock: respx.MockRouter) -> None:
    login = mock_login(mock)
    route = mock.post(VALID).mock(return_value=httpx.Response(200, json=example("validate_session")))
    client = runner.client()
    token = runner(client, "validate_session")
    assert (token.is_valid_token, token.time_until_expire) == (True, 29)
    assert login.call_count == 1
    assert body_of(route.calls.last.request)["icToken"] == "S1"
    assert "S1" not in repr(token)
    with pytest.raises(IICSConfigurationError):
        runner(client, "validate_session", "")


# ---- object search: the q operators as keywords ----


def test_search_keywords_become_q_terms(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(OBJECTS).mock(return_value=httpx.Response(200, json={"count": 0, "objects": []}))
    runner(
        runner.client(),
        "search_objects",
        location="Sales/Loads",
        updated_before="2024-06-01T12:00:00+02:00",
        source_control={"lastCheckinTime": datetime(2024, 1, 1)},
        custom_attributes={"owner": "o'neil"},
    )
    assert route.calls.last.request.url.params["q"] == (
        "location=='Sales/Loads' and updateTime<'2024-06-01T10:00:00Z' and "
        "sourceControl.lastCheckinTime=='2024-01-01T00:00:00Z' and customAttributes.owner=='o\\'neil'"
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"source_control": {"branch": "main"}},
        {"source_control": ["checkedOutBy"]},
        {"custom_attributes": {"bad name": "x"}},
        {"custom_attributes": {"owner": ""}},
        {"updated_since": "last week"},
    ],
)
def test_bad_search_keywords(runner: Runner, mock: respx.MockRouter, kwargs: dict[str, Any]) -> None:
    mock_login(mock)
    route = mock.get(OBJECTS).mock(return_value=httpx.Response(200, json={"count": 0, "objects": []}))
    with pytest.raises(IICSConfigurationError):
        runner(runner.client(), "search_objects", **kwargs)
    assert route.call_count == 0


# ---- activity log: IICS requires taskId with runId ----


def test_run_id_without_task_id_is_refused_before_sending(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(LOG).mock(return_value=httpx.Response(200, json=[]))
    with pytest.raises(IICSConfigurationError, match="task_id"):
        runner(runner.client(), "get_activity_log", run_id=42)
    assert route.call_count == 0
    runner(runner.client(), "get_activity_log", "t1", 42)
    assert route.call_count == 1


def test_the_task_list_takes_its_type_as_a_string(runner: Runner, mock: respx.MockRouter) -> None:
    mock_login(mock)
    route = mock.get(POD + "/saas/task").mock(return_value=httpx.Response(200, json=example("list_tasks")))
    assert runner(runner.client(), "list_tasks", "MTT")
    assert route.calls.last.request.url.params["type"] == "MTT"
    with pytest.raises(IICSConfigurationError, match="list_tasks"):
        runner(runner.client(), "list_tasks", 5)
