"""`iics` as a real process: the installed console script, `python -m`, the simulator command, the demo."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iics_client.cli import ExitCode
from iics_client.testing import Simulator

from .conftest import FAST_WAIT

SCRIPT = Path(sys.executable).with_name("iics")

pytestmark = pytest.mark.e2e


def _clean_env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("IICS_")}
    env.update(extra)
    return env


def _run(*argv: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_console_script_runs_and_waits(simulator: Simulator) -> None:
    assert SCRIPT.exists(), f"the iics console script is not installed next to {sys.executable}"
    env = _clean_env(
        IICS_LOGIN_URL=simulator.login_url, IICS_USERNAME=simulator.username, IICS_PASSWORD=simulator.password
    )
    listed = _run(str(SCRIPT), "--json", "mapping-tasks", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "mt_load_customers" in {task["name"] for task in json.loads(listed.stdout)}
    simulator.set_task_outcome("mt_load_orders", "warning", duration=0.1)
    waited = _run(str(SCRIPT), "--json", "jobs", "start", "mt_load_orders", "--by-name", "--type", "MTT", "--wait",
                  *FAST_WAIT, env=env)  # fmt: skip
    assert waited.returncode == ExitCode.JOB_WARNING, waited.stderr
    assert json.loads(waited.stdout)["state"] == "WARNING"
    assert simulator.password not in waited.stdout + waited.stderr + listed.stderr
    denied = _run(str(SCRIPT), "login", env={**env, "IICS_PASSWORD": "wrong"})
    assert denied.returncode == ExitCode.AUTH


def test_python_dash_m() -> None:
    result = _run(sys.executable, "-m", "iics_client", "--version", env=_clean_env())
    assert result.returncode == 0
    assert result.stdout.startswith("iics-client ")
    usage = _run(sys.executable, "-m", "iics_client", env=_clean_env())
    assert usage.returncode == ExitCode.USAGE


def test_the_library_does_not_import_the_cli() -> None:
    code = "import sys, iics_client; print(sorted(m for m in sys.modules if m.startswith('iics_client.')))"
    result = _run(sys.executable, "-c", code, env=_clean_env())
    assert result.returncode == 0
    assert "iics_client.cli" not in result.stdout
    assert "iics_client.testing" not in result.stdout


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], dict[str, Any]]]:
    process = subprocess.Popen(
        [str(SCRIPT), "--json", "simulator", "--job-duration", "0.2"],
        env=_clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line, process.stderr.read() if process.stderr else ""
        yield process, json.loads(line)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_simulator_command(
    served: tuple[subprocess.Popen[str], dict[str, Any]],
    iics: Any,
    monkeypatch: pytest.MonkeyPatch,
    stop_signal: signal.Signals,
) -> None:
    process, info = served
    assert info["exports"]["IICS_LOGIN_URL"] == info["login_url"]
    for name, value in info["exports"].items():
        monkeypatch.setenv(name, value)
    result = iics("--json", "jobs", "start", "mt_load_customers", "--by-name", "--type", "MTT", "--wait", *FAST_WAIT)
    assert result.code == 0
    assert result.json()["state"] == "SUCCESS"
    process.send_signal(stop_signal)
    assert process.wait(timeout=15) == 0
    assert process.stderr is not None
    assert "Simulator stopped." in process.stderr.read()


def test_simulator_command_human_output(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process, stopped by a (simulated) Ctrl-C at once: the text shows the URL, credentials and exports."""

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("iics_client.cli._local.time.sleep", interrupt)
    result = iics("simulator", "--layout", "iics", "--username", "me@example.com")
    assert result.code == 0
    assert "export IICS_LOGIN_URL=http://127.0.0.1:" in result.out
    assert "export IICS_USERNAME=me@example.com" in result.out
    assert "export IICS_LAYOUT=auto" in result.out  # the client finds the layout, as on a real org
    assert "IICS simulator (iics layout) running." in result.out
    assert "Simulator stopped." in result.err


def test_simulator_command_https(iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trustme")

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("iics_client.cli._local.time.sleep", interrupt)
    result = iics("--json", "simulator", "--https")
    assert result.code == 0
    info = json.loads(result.out)
    assert info["login_url"].startswith("https://127.0.0.1:")
    assert info["exports"]["SSL_CERT_FILE"] == info["ca_file"]
    assert not Path(info["ca_file"]).exists()  # removed when the simulator stops


def test_demo_as_a_module() -> None:
    result = _run(sys.executable, "-m", "iics_client.demo", env=_clean_env(), timeout=60)
    assert result.returncode == 0, result.stderr
    for text in ("1. Log in", "List connections", "Oracle_Sales", "SUCCESS", "mt_load_customers", "7. Log out"):
        assert text in result.stdout
    assert "\r" not in result.stderr  # no progress line without a terminal


def test_demo_command(iics: Any) -> None:
    result = iics("demo")
    assert result.code == 0
    assert "Done." in result.out
    assert iics("--json", "demo").code == ExitCode.USAGE


def test_closed_stdout_pipe(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    stream = os.fdopen(write_end, "w")
    monkeypatch.setattr(sys, "stdout", stream)
    try:
        assert iics("--json", "connections", "list").code == ExitCode.ERROR
    finally:
        stream.close()
