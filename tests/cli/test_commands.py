"""Every read command of `iics`, in table and --json form, against the simulator."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from iics_client import IICSClient
from iics_client.cli import ExitCode, _config
from iics_client.testing import Fault, Simulator

from .conftest import Result

pytestmark = pytest.mark.e2e


def test_login_shows_org_user_and_pod(sim: Simulator, iics: Any) -> None:
    result = iics("login")
    assert result.code == ExitCode.OK
    assert sim.username in result.out
    assert sim.org_id in result.out
    assert sim.pod_url in result.out


def test_login_json(sim: Simulator, iics: Any) -> None:
    result = iics("--json", "login")
    assert result.code == 0
    assert result.json() == {
        "org_id": sim.org_id,
        "user": sim.username,
        "pod": sim.pod_url,
        "login_url": sim.login_url,
        "layout": "reference",
        "layout_auto": True,
    }
    explicit = iics("--json", "login", "--layout", "reference").json()
    assert (explicit["layout"], explicit["layout_auto"]) == ("reference", False)


def test_login_finds_the_iics_layout_by_default(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with Simulator("iics") as sim:
        monkeypatch.setenv("IICS_LOGIN_URL", sim.login_url)
        monkeypatch.setenv("IICS_USERNAME", sim.username)
        monkeypatch.setenv("IICS_PASSWORD", sim.password)
        monkeypatch.delenv("IICS_LAYOUT", raising=False)
        result = iics("login")
        assert result.code == 0, result.err
        assert "(iics URL layout, picked from the login response)" in result.out
        assert "mt_load_customers" in iics("mapping-tasks", "list").out
        monkeypatch.setenv("IICS_LAYOUT", "reference")
        wrong = iics("--json", "connections", "list")
        assert wrong.code == ExitCode.ERROR
        assert wrong.json()["error"]["type"] == "IICSNotFoundError"


@pytest.mark.parametrize(
    ("command", "header", "name", "key"),
    [
        ("connections", "NAME", "Oracle_Sales", "name"),
        ("agents", "PLATFORM", "prod-agent-01", "name"),
        ("runtime-envs", "AGENTS", "Prod_Agent_Group", "name"),
        ("schedules", "INTERVAL", "Nightly_0100", "name"),
        ("mapping-tasks", "FEDERATED ID", "mt_load_customers", "name"),
        ("taskflows", "TASKS", "lt_nightly_load", "name"),
    ],
)
def test_list_commands(sim: Simulator, iics: Any, command: str, header: str, name: str, key: str) -> None:
    table = iics(command, "list")
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0].startswith("ID")
    assert header in lines[0]
    assert any(name in line for line in lines[1:])
    # the same list as JSON: the models' to_dict(), so IICS's own (camelCase) field names
    document = iics("--json", command, "list").json()
    assert isinstance(document, list)
    assert len(document) == len(lines) - 1
    assert name in {item[key] for item in document}
    assert all("id" in item for item in document)


def test_global_options_work_after_the_command(sim: Simulator, iics: Any) -> None:
    assert iics("connections", "list", "--json").json() == iics("--json", "connections", "list").json()
    assert iics("connections", "--json", "list").code == 0


def test_table_columns_are_aligned(sim: Simulator, iics: Any) -> None:
    lines = iics("agents", "list").out.splitlines()
    start = lines[0].index("NAME")
    assert all(line[start - 2 : start] == "  " and line[start] != " " for line in lines)


def test_connection_get_by_id_and_by_name(sim: Simulator, iics: Any) -> None:
    listed = {item["name"]: item["id"] for item in iics("--json", "connections", "list").json()}
    by_id = iics("--json", "connections", "get", listed["Oracle_Sales"]).json()
    by_name = iics("--json", "connections", "get", "--name", "Oracle_Sales").json()
    assert by_id == by_name
    assert by_id["host"] == "oradb.example.com"
    assert by_id["password"] == "***"  # secrets are masked, whatever the server sends
    human = iics("connections", "get", "--name", "Salesforce_CRM")
    assert human.code == 0
    assert "securityToken" in human.out
    assert "tok123" not in human.out
    assert "SfPa55!" not in human.out


def test_connection_get_needs_an_id_or_a_name(sim: Simulator, iics: Any) -> None:
    assert iics("connections", "get").code == ExitCode.USAGE
    assert iics("connections", "get", "X", "--name", "Y").code == ExitCode.USAGE


def test_unknown_connection_is_an_iics_error(sim: Simulator, iics: Any) -> None:
    result = iics("--json", "connections", "get", "0100000B999999999999")
    assert result.code == ExitCode.ERROR
    error = result.json()["error"]
    assert error["type"] == "IICSNotFoundError"
    assert error["status_code"] == 404
    assert error["exit_code"] == 1
    assert "iics: error:" in result.err


def test_objects_search_filters(sim: Simulator, iics: Any) -> None:
    found = iics("--json", "objects", "search", "--type", "MTT", "--tag", "sales").json()
    assert found
    assert all(item["type"] == "MTT" and "sales" in item["tags"] for item in found)
    by_text = iics("--json", "objects", "search", "--query", "CUSTOMERS").json()
    assert {item["path"] for item in by_text} >= {"Sales/Loads/mt_load_customers"}
    assert all("customers" in item["path"].lower() for item in by_text)
    assert len(iics("--json", "objects", "search", "--limit", "2").json()) == 2
    located = iics("--json", "objects", "search", "--location", "Finance/Close", "--type", "MTT").json()
    assert {item["path"] for item in located} == {"Finance/Close/mt_sync_accounts", "Finance/Close/mt_gl_close"}
    table = iics("objects", "search", "--type", "MTT", "--tag", "finance")
    assert table.code == 0
    assert table.out.startswith("TYPE")
    assert "mt_gl_close" in table.out


def test_objects_search_with_no_result(sim: Simulator, iics: Any) -> None:
    human = iics("objects", "search", "--tag", "no-such-tag")
    assert human.code == 0
    assert human.out == ""
    assert "no objects found" in human.err
    assert iics("--json", "objects", "search", "--tag", "no-such-tag").json() == []


def test_activity_log(sim: Simulator, iics: Any) -> None:
    table = iics("activity-log", "--limit", "3")
    assert table.code == 0
    lines = table.out.splitlines()
    assert lines[0].startswith("RUN ID")
    assert "STATE" in lines[0]
    assert len(lines) == 4
    entries = iics("--json", "activity-log", "--limit", "5").json()
    assert len(entries) == 5
    assert all("runId" in entry for entry in entries)


def test_activity_log_of_one_run(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "warning", duration=0)
    run_id = iics("--json", "jobs", "start", task.id, "--type", "MTT").json()["run_id"]
    entries = iics("--json", "activity-log", "--task", task.id, "--run", str(run_id)).json()
    assert [(entry["runId"], entry["state"]) for entry in entries] == [(run_id, 2)]
    human = iics("activity-log", "--task", task.id, "--run", str(run_id))
    assert "WARNING" in human.out


def test_usage_errors_exit_2(sim: Simulator, iics: Any) -> None:
    for argv in (
        [],
        ["bogus"],
        ["connections"],
        ["jobs", "start", "T1"],  # --type is required
        ["jobs", "start", "T1", "--type", "NOPE"],
        ["jobs", "start", "T1", "--type", "MTT", "--timeout", "-1"],
        ["jobs", "start", "T1", "--type", "MTT", "--interval", "soon"],
        ["activity-log", "--limit", "-1"],
        ["objects", "search", "--limit", "x"],
        ["jobs", "status", "T1", "not-a-number"],
        ["--layout", "nope", "login"],
    ):
        result: Result = iics(*argv)
        assert result.code == ExitCode.USAGE, argv
        assert "usage:" in result.err
        assert result.out == ""


def test_bad_settings_are_usage_errors(sim: Simulator, iics: Any) -> None:
    result = iics("--login-url", "atlantis", "login")
    assert result.code == ExitCode.USAGE
    assert "unknown IICS region" in result.err


def test_unreachable_iics_is_an_error(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_config, "IICSClient", functools.partial(IICSClient, max_retries=0))  # no backoff waits
    result = iics("--json", "--login-url", "http://127.0.0.1:9", "login")
    assert result.code == ExitCode.ERROR
    assert result.json()["error"]["type"] == "IICSConnectionError"


def test_help_documents_the_exit_codes(iics: Any) -> None:
    result = iics("--help")
    assert result.code == 0
    for code, words in ((3, "authentication"), (4, "failed"), (5, "warning"), (7, "timed out"), (130, "Ctrl-C")):
        assert any(line.split(None, 1)[:1] == [str(code)] and words in line for line in result.out.splitlines())
    assert iics("jobs", "start", "--help").code == 0
    assert iics("--version").code == 0


def test_verbose_logs_go_to_stderr(sim: Simulator, iics: Any) -> None:
    result = iics("-vv", "--json", "connections", "list")
    assert result.code == 0
    assert "logged in as" in result.err
    assert isinstance(result.json(), list)


def test_a_failed_logout_does_not_change_the_outcome(sim: Simulator, iics: Any) -> None:
    sim.add_fault(Fault.http(400, operation="logout"))
    result = iics("-v", "--json", "agents", "list")
    assert result.code == 0
    assert len(result.json()) == 4
    assert "logout failed" in result.err
