"""Credentials: options, IICS_* variables, --password-stdin and prompts; auth failures; secrets never shown."""

from __future__ import annotations

import getpass
from typing import Any

import pytest

from iics_client import Session
from iics_client._session import SessionAuth
from iics_client.cli import ExitCode
from iics_client.testing import Simulator

from .conftest import Terminal

pytestmark = pytest.mark.e2e


def test_wrong_password_exits_3(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_PASSWORD", "not-the-password")
    human = iics("connections", "list")
    assert human.code == 3
    assert int(ExitCode.AUTH) == 3
    assert "login failed" in human.err
    assert human.out == ""
    result = iics("--json", "login")
    assert result.code == 3
    error = result.json()["error"]
    assert error["type"] == "IICSAuthError"
    assert error["exit_code"] == 3
    assert "not-the-password" not in result.out + result.err + human.err


def test_missing_password_without_a_terminal_exits_3(
    sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IICS_PASSWORD")
    result = iics("--json", "login")
    assert result.code == ExitCode.AUTH
    assert result.json()["error"]["type"] == "MissingCredentials"
    assert "IICS_PASSWORD" in result.err


def test_missing_username_without_a_terminal_exits_3(
    sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IICS_USERNAME")
    result = iics("login")
    assert result.code == ExitCode.AUTH
    assert "--username" in result.err


def test_options_override_the_environment(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_USERNAME", "someone-else@example.com")
    monkeypatch.setenv("IICS_LOGIN_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("IICS_LAYOUT", "iics")
    result = iics("--json", "login", "--username", sim.username, "--login-url", sim.login_url, "--layout", "reference")
    assert result.code == 0, result.err
    assert result.json()["user"] == sim.username


def test_password_from_stdin(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IICS_PASSWORD")
    result = iics("--json", "--password-stdin", "login", stdin=Terminal(sim.password + "\n"))
    assert result.code == 0, result.err
    empty = iics("--password-stdin", "login", stdin=Terminal(""))
    assert empty.code == ExitCode.AUTH
    assert "stdin held no password" in empty.err


def test_password_stdin_cannot_also_prompt_for_the_username(
    sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IICS_USERNAME")
    result = iics("login", "--password-stdin", stdin=Terminal(sim.password + "\n"))
    assert result.code == ExitCode.AUTH


def test_prompts_on_a_terminal(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IICS_USERNAME")
    monkeypatch.delenv("IICS_PASSWORD")
    prompts: list[str] = []

    def fake_getpass(prompt: str = "", stream: Any = None) -> str:
        prompts.append(prompt)
        return sim.password

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    result = iics("--json", "login", stdin=Terminal(sim.username + "\n"))
    assert result.code == 0, result.err
    assert result.json()["user"] == sim.username
    assert prompts == [f"IICS password for {sim.username}: "]
    assert "IICS username: " in result.err  # prompts go to stderr: stdout stays one JSON document
    assert sim.password not in result.out + result.err


def test_empty_answers_at_the_prompts(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IICS_USERNAME")
    assert iics("login", stdin=Terminal("\n")).code == ExitCode.AUTH
    monkeypatch.setenv("IICS_USERNAME", sim.username)
    monkeypatch.delenv("IICS_PASSWORD")
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: "")
    assert iics("login", stdin=Terminal("")).code == ExitCode.AUTH


def test_secrets_never_in_any_output(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sessions: list[str] = []
    accept = SessionAuth.accept_login

    def spy(self: SessionAuth, response: Any) -> Session:
        session = accept(self, response)
        sessions.append(session.session_id)
        return session

    monkeypatch.setattr(SessionAuth, "accept_login", spy)
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "failed", duration=0.1)
    outputs = []
    for json_flag in ([], ["--json"]):
        for argv in (
            ["login"],
            ["connections", "list"],
            ["connections", "get", "--name", "Salesforce_CRM"],
            ["jobs", "start", task.id, "--type", "MTT", "--wait", "--interval", "0.05"],
            ["activity-log", "--limit", "3"],
        ):
            result = iics("-vv", *json_flag, *argv)
            outputs.append(result.out + result.err)
    sim.expire_sessions()  # a renewal in the middle of a command is logged too
    result = iics("-vv", "--json", "mapping-tasks", "list")
    outputs.append(result.out + result.err)
    assert len(sessions) >= len(outputs)
    text = "\n".join(outputs)
    assert sim.password not in text
    for session_id in sessions:
        assert session_id not in text
