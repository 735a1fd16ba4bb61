"""Fixtures for the `iics` command line: one simulator per module, `iics(...)` runs main() in-process."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from iics_client.cli import main
from iics_client.testing import Simulator

FAST_WAIT = ["--interval", "0.05", "--max-interval", "0.1"]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)  # exactly one document, or this raises


class Terminal(io.StringIO):
    """A text stream that says it is a terminal (for prompts and the progress line)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(job_duration=0.3) as sim:
        yield sim


@pytest.fixture
def sim(simulator: Simulator, monkeypatch: pytest.MonkeyPatch) -> Simulator:
    """The module's simulator, back at its seed, with IICS_* pointing at it."""
    simulator.reset()
    simulator.job_duration = 0.3
    monkeypatch.setenv("IICS_LOGIN_URL", simulator.login_url)
    monkeypatch.setenv("IICS_USERNAME", simulator.username)
    monkeypatch.setenv("IICS_PASSWORD", simulator.password)
    monkeypatch.delenv("IICS_LAYOUT", raising=False)  # the default, "auto", finds the simulator's layout
    return simulator


@pytest.fixture
def iics(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """``iics("connections", "list")`` -> Result(code, out, err); ``stdin=`` feeds text (a Terminal: interactive)."""

    def run(*argv: str, stdin: io.StringIO | None = None) -> Result:
        capsys.readouterr()  # drop anything earlier
        monkeypatch.setattr(sys, "stdin", stdin if stdin is not None else io.StringIO(""))
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
