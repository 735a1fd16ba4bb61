"""`iics` in CI logs and scripts: the non-terminal status lines of --wait, -v / -vv, errors as JSON with --json
(usage errors, Ctrl-C, failed logins), a run that does not exist, and the simulator command's options."""

from __future__ import annotations

import io
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from iics_client import IICSClient
from iics_client._terminal import Progress
from iics_client.cli import ExitCode
from iics_client.testing import Simulator

from .conftest import FAST_WAIT, Terminal

pytestmark = pytest.mark.e2e


# ---- --wait without a terminal: plain status lines on stderr ----


def test_progress_without_a_terminal_prints_state_changes_at_once_and_a_heartbeat() -> None:
    stream = io.StringIO()  # not a terminal
    with Progress(stream, "waiting for run 7", heartbeat=3600) as progress:
        progress.update("INITIALIZED")
        progress.update("INITIALIZED")  # no change: no line
        progress.update("RUNNING")
        lines = stream.getvalue().splitlines()
    assert lines == ["waiting for run 7: INITIALIZED (0 s)", "waiting for run 7: RUNNING (0 s)"]
    assert "\r" not in stream.getvalue()

    beating = io.StringIO()
    with Progress(beating, "waiting for run 8", heartbeat=0.02) as progress:
        progress.update("RUNNING")
        deadline = time.monotonic() + 10
        while beating.getvalue().count("\n") < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
    lines = beating.getvalue().splitlines()
    assert len(lines) >= 3  # the state line, then heartbeats while nothing changes
    assert all(re.fullmatch(r"waiting for run 8: RUNNING \(\d+ s\)", line) for line in lines)


def test_progress_on_a_terminal_shows_the_state_in_the_spinner() -> None:
    terminal = Terminal()
    with Progress(terminal, "waiting for run 1", tick=0.01) as progress:
        progress.update("RUNNING")
        deadline = time.monotonic() + 10
        while "run 1: RUNNING (" not in terminal.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
    assert "run 1: RUNNING (" in terminal.getvalue()
    assert "\n" not in terminal.getvalue()  # no plain lines on a terminal


def test_wait_in_a_ci_log(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """stderr is not a terminal (captured): the state is printed as soon as it is known, then a heartbeat at the
    documented cadence (shortened here); no carriage returns."""
    monkeypatch.setattr("iics_client._terminal.HEARTBEAT_SECONDS", 0.05)
    task = sim.task("mt_load_orders")
    sim.set_task_outcome(task.id, "success", duration=0.6)
    result = iics("jobs", "start", task.id, "--type", "MTT", "--wait", *FAST_WAIT)
    assert result.code == 0, result.err
    assert "\r" not in result.err
    status_lines = [line for line in result.err.splitlines() if line.startswith("waiting for run ")]
    run = result.out.split()[1]
    assert any(line.startswith(f"waiting for run {run} of mt_load_orders: RUNNING (") for line in status_lines)
    assert len(status_lines) >= 2  # the state and heartbeats during the 0.6 s run
    assert result.out.startswith("Run ")


def test_the_heartbeat_is_documented() -> None:
    from iics_client._terminal import HEARTBEAT_SECONDS

    assert HEARTBEAT_SECONDS == 30
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "at least every 30 s" in readme


# ---- a run that does not exist ----


def test_waiting_for_a_run_that_does_not_exist(sim: Simulator, iics: Any) -> None:
    task = sim.task("mt_load_orders")
    result = iics("--json", "jobs", "status", task.id, "999999", "--wait", "--grace", "0.2", *FAST_WAIT)
    assert result.code == ExitCode.ERROR
    error = result.json()["error"]
    assert error["type"] == "IICSNotFoundError"
    assert f"run 999999 of task {task.id} is neither running nor in the activity log" in error["message"]
    once = iics("jobs", "status", task.id, "999999")
    assert once.code == ExitCode.ERROR
    assert "neither running nor in the activity log" in once.err


# ---- -v and -vv ----


def test_verbose_logs_each_request(sim: Simulator, iics: Any) -> None:
    quiet = iics("agents", "list")
    assert "GET " not in quiet.err
    verbose = iics("-v", "agents", "list")
    assert verbose.code == 0
    assert re.search(
        r"iics_client: GET http://127\.0\.0\.1:\d+/saas/agent -> 200 in [\d.]+ ms \(retries=0\)", verbose.err
    )
    assert re.search(
        r"iics_client: logged in as \S+; pod http://127\.0\.0\.1:\d+, reference layout \(auto\)", verbose.err
    )
    assert "httpx_retries" not in verbose.err
    debug = iics("-vv", "agents", "list")
    assert "httpx_retries" in debug.err  # -vv adds the retry transport's own log
    assert sim.password not in verbose.err + debug.err


# ---- errors as JSON with --json ----


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "bogus"],
        ["--json", "jobs", "start", "T1"],  # --type missing
        ["jobs", "start", "T1", "--type", "MTT", "--timeout", "-1", "--json"],
        ["--json"],
    ],
)
def test_usage_errors_are_json_with_json(iics: Any, argv: list[str]) -> None:
    result = iics(*argv)
    assert result.code == ExitCode.USAGE
    assert "usage:" in result.err  # people still get argparse's usage on stderr
    error = result.json()["error"]
    assert error["type"] == "UsageError"
    assert error["exit_code"] == 2
    assert error["message"]
    assert iics(*[a for a in argv if a != "--json"]).out == ""  # without --json: nothing on stdout


def test_ctrl_c_is_json_with_json(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(IICSClient, "list_connections", interrupt)
    result = iics("--json", "connections", "list")
    assert result.code == ExitCode.INTERRUPTED
    assert result.json() == {"error": {"type": "Interrupted", "message": "Interrupted (Ctrl-C).", "exit_code": 130}}


def test_login_failures_are_json_with_json(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_PASSWORD", "wrong")
    result = iics("--json", "connections", "list")
    assert result.code == ExitCode.AUTH
    error = result.json()["error"]
    assert error["type"] == "IICSAuthError"
    assert error["status_code"] in (400, 401, 403)


# ---- iics simulator ----


def _stop_when_serving(monkeypatch: pytest.MonkeyPatch, check: Any = None) -> list[Simulator]:
    """Capture the simulator the command makes; when it starts serving, run ``check(sim)``, then Ctrl-C."""
    made: list[Simulator] = []

    class Recorded(Simulator):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    def serving(seconds: float) -> None:
        if check is not None:
            check(made[-1])
        raise KeyboardInterrupt

    monkeypatch.setattr("iics_client.testing.Simulator", Recorded)
    monkeypatch.setattr("iics_client.cli._local.time.sleep", serving)
    return made


def test_simulator_honours_username_and_password_stdin(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_USERNAME", "real-user@corp.example")  # a real org's credentials are never used
    monkeypatch.setenv("IICS_PASSWORD", "real-org-password")
    logged_in: list[str] = []

    def check(sim: Simulator) -> None:
        with IICSClient(login_url=sim.login_url, username="me@example.com", password="s3cret-pw") as client:
            logged_in.append(str(client.login().user_name))

    made = _stop_when_serving(monkeypatch, check)
    result = iics("simulator", "--username", "me@example.com", "--password-stdin", stdin=io.StringIO("s3cret-pw\n"))
    assert result.code == 0, result.err
    assert logged_in == ["me@example.com"]
    assert (made[0].username, made[0].password) == ("me@example.com", "s3cret-pw")
    assert "s3cret-pw" not in result.out + result.err  # a password you chose is not printed
    assert "real-org-password" not in result.out + result.err
    assert "export IICS_USERNAME=me@example.com" in result.out


def test_simulator_defaults_ignore_the_environment(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_USERNAME", "real-user@corp.example")
    monkeypatch.setenv("IICS_PASSWORD", "real-org-password")
    made = _stop_when_serving(monkeypatch)
    result = iics("--json", "simulator")
    assert result.code == 0
    info = json.loads(result.out)
    assert (info["username"], info["password"]) == (made[0].username, made[0].password)
    assert made[0].username != "real-user@corp.example"
    assert info["exports"]["IICS_LAYOUT"] == "auto"


def test_simulator_rejects_login_url(iics: Any) -> None:
    result = iics("--json", "simulator", "--login-url", "http://127.0.0.1:8080")
    assert result.code == ExitCode.USAGE
    assert "--login-url does not apply" in result.json()["error"]["message"]


def test_simulator_https_without_trustme_is_one_line(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trustme", None)  # `import trustme` now fails as if it were not installed
    result = iics("simulator", "--https")
    assert result.code == ExitCode.USAGE
    assert result.err.strip() == "iics: error: iics simulator --https needs the trustme package: pip install trustme"
    assert "Traceback" not in result.err


def test_simulator_verbose_logs_what_it_serves(iics: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    def check(sim: Simulator) -> None:
        with IICSClient(login_url=sim.login_url, username=sim.username, password=sim.password) as client:
            client.list_agents()

    _stop_when_serving(monkeypatch, check)
    result = iics("-v", "simulator")
    assert result.code == 0
    assert re.search(r"iics_client_simulator: POST /ma/api/v2/user/login -> 200", result.err)
    assert re.search(r"iics_client_simulator: GET /saas/agent -> 200", result.err)


def test_simulator_auto_layout_setting(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _stop_when_serving(monkeypatch)
    monkeypatch.setenv("IICS_LAYOUT", "Auto")
    assert iics("simulator").code == 0
    assert made[-1].layout.name == "reference"  # a simulator serves one layout: "auto" means its default
    assert iics("simulator", "--layout", "iics").code == 0
    assert made[-1].layout.name == "iics"
