"""The output helpers on their own: cells, tables, masking, the progress line, exit-code mapping."""

from __future__ import annotations

import enum
import io
import json
import time
from datetime import datetime, timezone

from iics_client import IICSAuthError, IICSConfigurationError, IICSError, IICSJobTimeoutError, JobState
from iics_client._secrets import scrub
from iics_client._terminal import Column, Progress, cell, render_fields, render_table
from iics_client.cli._exit import ExitCode, exit_code_table, for_error, for_state
from iics_client.cli._output import Output, to_json
from iics_client.v2.types import UNSET

from .conftest import Terminal


class Color(enum.Enum):
    RED = "red"


def test_cells() -> None:
    assert cell(None) == cell(UNSET) == cell("") == cell([]) == "-"
    assert (cell(True), cell(False)) == ("yes", "no")
    assert cell(Color.RED) == "red"
    assert cell(datetime(2024, 1, 2, 3, 4, 5, 678, tzinfo=timezone.utc)) == "2024-01-02T03:04:05+00:00"
    assert cell(["a", 1, None]) == "a, 1, -"
    assert cell(7) == "7"


def test_table_alignment_truncation_and_one_line_rows() -> None:
    rows = [{"a": "x", "b": "two\n  lines"}, {"a": "longer", "b": "y" * 30}]
    table = render_table(rows, [Column("A", lambda r: r["a"]), Column("B", lambda r: r["b"], width=10)])
    assert table.splitlines() == ["A       B", "x       two lines", "longer  yyyyyyyyy…"]


def test_fields() -> None:
    text = render_fields([("name", "x"), ("params", {"k": "v"}), ("empty", {})])
    assert text.splitlines() == ["name    x", 'params  {"k": "v"}', "empty   {}"]


def test_scrub_masks_secrets_at_any_depth() -> None:
    data = {
        "name": "c",
        "password": "p",
        "securityToken": "t",
        "proxyPassword": "pp",
        "emptyPassword": "",
        "nested": [{"icSessionId": "s", "keep": 1}],
        "INFA-SESSION-ID": "s2",
    }
    assert scrub(data) == {
        "name": "c",
        "password": "***",
        "securityToken": "***",
        "proxyPassword": "***",
        "emptyPassword": "",
        "nested": [{"icSessionId": "***", "keep": 1}],
        "INFA-SESSION-ID": "***",
    }
    assert json.loads(to_json({"password": "p"})) == {"password": "***"}


def test_output_writes_one_json_document_only() -> None:
    stdout, stderr = io.StringIO(), io.StringIO()
    out = Output(json_mode=True, stdout=stdout, stderr=stderr)
    out.document({"a": 1})
    out.document({"b": 2})
    assert json.loads(stdout.getvalue()) == {"a": 1}
    human = Output(json_mode=False, stdout=stdout, stderr=stderr)
    human.document({"c": 3})
    assert json.loads(stdout.getvalue()) == {"a": 1}


def test_progress_draws_on_a_terminal_and_clears() -> None:
    terminal = Terminal()
    with Progress(terminal, "waiting for run 1", tick=0.01) as progress:
        time.sleep(0.08)
    shown = terminal.getvalue()
    assert shown.count("waiting for run 1") >= 2
    assert shown.endswith("\r\x1b[K")
    assert progress.elapsed >= 0.08
    progress.stop()  # twice is fine


def test_progress_is_silent_elsewhere() -> None:
    stream = io.StringIO()
    with Progress(stream, "x", tick=0.01):
        time.sleep(0.03)
    assert stream.getvalue() == ""


def test_progress_survives_a_closed_terminal() -> None:
    terminal = Terminal()
    terminal.close()
    with Progress(terminal, "x", tick=0.01, enabled=True):
        time.sleep(0.03)


def test_exit_code_mapping() -> None:
    assert for_state(JobState.SUCCESS, warning_ok=False) == ExitCode.OK
    assert for_state(JobState.RUNNING, warning_ok=False) == ExitCode.OK
    assert for_state(JobState.WARNING, warning_ok=False) == ExitCode.JOB_WARNING
    assert for_state(JobState.WARNING, warning_ok=True) == ExitCode.OK
    assert for_state(JobState.FAILED, warning_ok=True) == ExitCode.JOB_FAILED
    assert for_state(JobState.STOPPED, warning_ok=True) == ExitCode.JOB_STOPPED
    assert for_error(IICSAuthError("x")) == ExitCode.AUTH
    assert for_error(IICSConfigurationError("x")) == ExitCode.USAGE
    assert for_error(IICSJobTimeoutError("x", task_id="t", run_id=1, last_state=None)) == ExitCode.TIMEOUT
    assert for_error(IICSError("x")) == ExitCode.ERROR
    assert for_error(KeyboardInterrupt()) == ExitCode.INTERRUPTED
    assert for_error(RuntimeError()) == ExitCode.ERROR
    codes = [int(line.split()[0]) for line in exit_code_table().splitlines()]
    assert codes == sorted({int(code) for code in ExitCode})
