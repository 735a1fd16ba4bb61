"""Simulator: run details and logs (activity-log entry with children, session log, error rows), IICS's strictness on
the activity log, the session check and server time, masked connection usernames; real sockets, both layouts."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from iics_client.testing import Simulator

from .raw import RawApi

pytestmark = pytest.mark.e2e

# the fields IICS's documented example gives a child entry (the session of a mapping task run)
CHILD_FIELDS = {
    "@type", "id", "type", "objectName", "runId", "agentId", "runtimeEnvironmentId", "startTime", "endTime",
    "startTimeUtc", "endTimeUtc", "state", "failedSourceRows", "successSourceRows", "failedTargetRows",
    "successTargetRows", "errorMsg", "startedBy", "runContextType", "entries", "subTaskEntries", "logEntryItemAttrs",
    "totalSuccessRows", "totalFailedRows", "stopOnError", "hasStopOnErrorRecord", "contextExternalId",
    "transformationEntries",
}  # fmt: skip


def _run(sim: Simulator, api: RawApi, task_name: str, outcome: str, task_type: str = "MTT") -> dict[str, Any]:
    """Start a run that ends at once with `outcome`; its activity-log entry."""
    task = sim.task(task_name)
    sim.set_task_outcome(task.id, outcome, duration=0)
    run_id = api.call("start_job", json={"@type": "job", "taskId": task.id, "taskType": task_type}).json()["runId"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        entries = api.call("get_activity_log", params={"taskId": task.id, "runId": run_id}).json()
        if entries:
            return dict(entries[0])
        time.sleep(0.02)
    raise AssertionError(f"run {run_id} never reached the activity log")


def test_an_entry_by_id_with_its_children(sim: Simulator, api: RawApi) -> None:
    logged = _run(sim, api, "mt_load_customers", "success")
    entry = api.call("get_activity_log_entry", activityLogId=logged["id"]).json()
    assert entry == logged
    assert entry["errorMsg"] is None  # a successful run's top-level errorMsg is null
    assert entry["runContextType"] == "REST-API"
    (child,) = entry["entries"]
    assert set(child) >= CHILD_FIELDS
    assert child["errorMsg"] == "No errors encountered."
    assert (child["startedBy"], child["runContextType"], child["runId"]) == (sim.username, "REST-API", entry["runId"])
    assert child["logEntryItemAttrs"]["Session Log File Name"].endswith(".log")
    source, target = child["transformationEntries"]
    assert (source["txType"], target["txType"]) == ("SOURCE", "TARGET")
    assert source["successRows"] == entry["successSourceRows"]
    assert target["successRows"] == entry["successTargetRows"]


def test_a_warning_entry_reports_its_rejected_rows(sim: Simulator, api: RawApi) -> None:
    entry = _run(sim, api, "mt_load_orders", "warning")
    assert entry["state"] == 2
    assert "rejected" in entry["errorMsg"]
    target = entry["entries"][0]["transformationEntries"][1]
    assert target["failedRows"] == entry["failedTargetRows"] > 0


def test_unknown_entries_are_404(sim: Simulator, api: RawApi) -> None:
    logged = _run(sim, api, "mt_load_customers", "success")
    child_id = logged["entries"][0]["id"]
    for entry_id in (child_id, "00000000000000000000", "abc"):  # a child's id is not an entry id
        assert api.call("get_activity_log_entry", activityLogId=entry_id).status_code == 404


def test_run_id_without_task_id_is_an_error(sim: Simulator, api: RawApi) -> None:
    logged = _run(sim, api, "mt_load_customers", "success")
    response = api.call("get_activity_log", params={"runId": logged["runId"]})
    assert response.status_code == 400  # "The task ID is required whenever the run ID is included"
    assert response.json()["@type"] == "error"
    assert "taskId" in response.json()["description"]
    both = api.call("get_activity_log", params={"runId": logged["runId"], "taskId": logged["objectId"]})
    assert both.json() == [logged]


def test_the_session_log_of_a_mapping_task_run(sim: Simulator, api: RawApi) -> None:
    entry = _run(sim, api, "mt_load_customers", "success")
    response = api.call("get_session_log", activityLogId=entry["id"])
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    name = entry["logEntryItemAttrs"]["Session Log File Name"]
    assert response.headers["Content-Disposition"] == f'attachment; filename="{name}"'
    text = response.text
    assert f"({entry['runId']} | MAPPING)" in text
    assert f"Read [{entry['successSourceRows']}] rows." in text
    assert "completed at" in text
    assert "ERROR" not in text
    child = entry["entries"][0]["id"]
    item = api.call("get_session_log", activityLogId=entry["id"], params={"itemId": child})
    assert item.text == text  # the one session, asked for by item


def test_the_session_log_of_a_failed_run_has_the_error(sim: Simulator, api: RawApi) -> None:
    entry = _run(sim, api, "mt_gl_close", "failed")
    text = api.call("get_session_log", activityLogId=entry["id"]).text
    assert " : ERROR : " in text
    assert entry["errorMsg"] in text
    assert "completed with failure" in text


def test_a_linear_taskflow_run_has_a_zip_of_its_logs(sim: Simulator, api: RawApi) -> None:
    entry = _run(sim, api, "lt_nightly_load", "success", task_type="WORKFLOW")
    response = api.call("get_session_log", activityLogId=entry["id"])
    assert response.headers["Content-Type"] == "application/zip"
    assert response.content.startswith(b"PK")
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        assert names == [child["logEntryItemAttrs"]["Session Log File Name"] for child in entry["entries"]]
        assert str(entry["runId"]) in archive.read(names[0]).decode()
    one = api.call("get_session_log", activityLogId=entry["id"], params={"itemId": entry["entries"][0]["id"]})
    assert one.headers["Content-Type"].startswith("text/plain")


def test_session_log_errors(sim: Simulator, api: RawApi) -> None:
    entry = _run(sim, api, "mt_load_customers", "success")
    child = entry["entries"][0]["id"]
    cases = [
        ({"itemId": "nope"}, 404),
        ({"itemId": child, "childItemId": "nope"}, 404),
        ({"childItemId": child}, 400),  # a child item belongs to an item
    ]
    for params, status in cases:
        assert api.call("get_session_log", activityLogId=entry["id"], params=params).status_code == status, params
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "success", duration=60)
    running = api.call("start_job", json={"@type": "job", "taskId": task.id, "taskType": "MTT"}).json()["runId"]
    not_logged_yet = f"{running:019d}0"  # the entry id a finished run will have
    assert api.call("get_session_log", activityLogId=not_logged_yet).status_code == 404
    api.call("stop_job", json={"@type": "job", "taskId": task.id, "taskType": "MTT"})


def test_the_error_rows_of_a_run(sim: Simulator, api: RawApi) -> None:
    warning = _run(sim, api, "mt_load_orders", "warning")
    rows = api.call("get_error_log", activityLogId=warning["id"])
    assert rows.status_code == 200
    assert rows.headers["Content-Type"].startswith("text/plain")
    lines = rows.text.splitlines()
    assert lines[0] == "ROW_NUMBER,ERROR_CODE,ERROR_MESSAGE"
    assert len(lines) - 1 == min(warning["totalFailedRows"], 100)
    clean = _run(sim, api, "mt_load_customers", "success")
    assert api.call("get_error_log", activityLogId=clean["id"]).text.splitlines() == [lines[0]]
    assert api.call("get_error_log", activityLogId="1").status_code == 404


def _check(api: RawApi, user: str, token: str | None) -> dict[str, Any]:
    body = {"@type": "validatedToken", "userName": user, "icToken": token}
    response = api.call("validate_session", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_valid_session_id(sim: Simulator, api: RawApi) -> None:
    fresh = _check(api, sim.username, api.session_id)
    assert fresh == {"@type": "validatedToken", "timeUntilExpire": 29, "isValidToken": True}  # minutes, 30 idle
    assert _check(api, sim.username.upper(), api.session_id)["isValidToken"] is True
    assert _check(api, "someone@else.com", api.session_id) == {"@type": "validatedToken", "timeUntilExpire": 0,
                                                               "isValidToken": False}  # fmt: skip
    assert _check(api, sim.username, "not-a-session")["isValidToken"] is False
    other = RawApi(sim)
    other.login()
    assert _check(api, sim.username, other.session_id)["isValidToken"] is True
    other.call("logout")
    assert _check(api, sim.username, other.session_id)["isValidToken"] is False  # logged out
    other.close()
    sim.session_idle_timeout = 90
    assert _check(api, sim.username, api.session_id)["timeUntilExpire"] == 1  # whole minutes
    sim.session_idle_timeout = 50
    assert _check(api, sim.username, api.session_id) == {"@type": "validatedToken", "timeUntilExpire": 0,
                                                         "isValidToken": True}  # fmt: skip
    for bad in ({"userName": sim.username, "icToken": api.session_id}, {"@type": "validatedToken", "icToken": "x"},
                {"@type": "validatedToken", "userName": sim.username}):  # fmt: skip
        assert api.call("validate_session", json=bad).status_code == 400, bad


def test_server_time(api: RawApi) -> None:
    answer = api.call("get_server_time").json()
    moment = datetime.fromisoformat(answer["time"].replace("Z", "+00:00"))
    assert abs(moment - datetime.now(timezone.utc)) < timedelta(days=1)  # UTC, not local time


def test_connection_usernames_come_back_masked(api: RawApi) -> None:
    listed = api.call("list_connections").json()
    with_user = [conn for conn in listed if "username" in conn]
    assert with_user
    assert {conn["username"] for conn in with_user} == {"********"}
    one = api.call("get_connection_by_name", name="Oracle_Sales").json()
    assert (one["username"], one["password"]) == ("********", "********")
    body = {"@type": "connection", "name": "masked_user", "type": "Oracle", "username": "etl", "password": "p"}
    assert api.call("create_connection", json=body).json()["username"] == "********"
