"""`iics --help` and `iics --version` answer without loading the client (issue 15, P6): the parser is built from light
modules, each command's function is named (a `Handler`) and imported only when the command runs. What the parser
writes down instead of importing (task types, layouts, the not-found grace, conflict policies) equals the library's.
A module-set check, never a timing (the timing is the bench's P6)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from iics_client._jobs import NOT_FOUND_GRACE
from iics_client._promotion import CONFLICT_RESOLUTIONS
from iics_client._urls import AUTO, LAYOUTS
from iics_client.cli import _args
from iics_client.v2.models import TaskType

# What a command line that only asks for help must not load: the HTTP stack, attrs (the generated types), the client.
HEAVY = ("httpx", "httpcore", "httpx_retries", "attr", "attrs", "iics_client._client", "iics_client._exceptions")

PROBE = """
import io, json, sys
from contextlib import redirect_stderr, redirect_stdout
from iics_client.cli import main
with redirect_stdout(io.StringIO()) as out, redirect_stderr(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "said": out.getvalue()[:200], "modules": sorted(sys.modules)}))
"""


def _probe(*argv: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["jobs", "start", "--help"],
        ["no-such-command"],  # a usage error
        ["--json", "jobs", "start"],  # a usage error answered in JSON
    ],
)
def test_help_version_and_usage_errors_load_no_client(argv: list[str]) -> None:
    result = _probe(*argv)
    modules = result["modules"]
    assert isinstance(modules, list)
    loaded = [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert loaded == [], f"iics {' '.join(argv)} loaded {loaded}"
    assert result["code"] == (0 if "--help" in argv or "--version" in argv else 2)


def test_version_is_printed() -> None:
    result = _probe("--version")
    assert str(result["said"]).startswith("iics-client ")


def test_a_command_that_runs_loads_the_client() -> None:
    """The probe itself can fail: a command that runs does import the client (here `demo`'s module, not run)."""
    handler = _args.build_parser().parse_args(["connections", "list"]).handler
    assert isinstance(handler, _args.Handler)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom iics_client.cli._args import Handler\n"
            "Handler('_commands', 'connections_list').resolve()\nprint('httpx' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "True"


def _handlers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, _args.Handler]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                handler = sub.get_default("handler")
                if handler is not None:
                    yield f"{sub.prog} ({name})", handler
                yield from _handlers(sub)


def test_every_command_names_a_function_that_exists() -> None:
    found = list(_handlers(_args.build_parser()))
    assert len(found) >= 30
    for where, handler in found:
        assert isinstance(handler, _args.Handler), where
        assert callable(handler.resolve()), where


def test_the_values_written_in_the_parser_are_the_librarys() -> None:
    assert [member.value for member in TaskType] == _args.TASK_TYPES
    assert [AUTO, *sorted(LAYOUTS)] == _args.LAYOUT_CHOICES
    assert tuple(_args.CONFLICT_RESOLUTIONS) == tuple(CONFLICT_RESOLUTIONS)
    assert _args.NOT_FOUND_GRACE == NOT_FOUND_GRACE
