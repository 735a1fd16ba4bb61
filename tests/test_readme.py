"""README.md's examples run as written, against the built-in simulator (issue 13, item 9).

Every fenced code block of the README is either run here or listed in NOT_RUN with the reason, so a new block
cannot slip in untested. Blocks run in a fresh interpreter each (a subprocess), against a simulator in this process:

- Python blocks as they are. The only redirection: a region alias (``login_url="us"``, ``"em"``) is pointed at the
  simulator's login host, and the simulator's user is the README's own (``me@example.com`` / ``"..."``), so the
  literal credentials work; ``from_env()`` reads IICS_* variables that point at it. A block that uses ``client``
  without making one (a fragment of the surrounding text) runs with a logged-in ``IICSClient.from_env()``.
- Shell blocks with an ``iics`` shell function that runs this checkout's command line with the same redirection, and
  the CI user of the recipes (``ci@example.com``, its password in IICS_PASSWORD as a CI secret store would set it).
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from iics_client.testing import Simulator

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PYTHON_USER, PYTHON_PASSWORD = "me@example.com", "..."  # the README's literal credentials
CI_USER, CI_PASSWORD = "ci@example.com", "ci-secret"  # the recipes' CI user

# Blocks not run, by the start of their first line, and why.
NOT_RUN = {
    "pip install -e . && iics demo": "installs into the current environment: .ci/run runs the test command as printed",
    "pip install .": "installs into the current environment (nox -s build / publish_local cover the wheel)",
    "iics login  ": "a synopsis of the commands, not a script (each command is run by tests/cli)",
    '{"task_id"': "sample output",
    "with Simulator() as sim:": "a sketch: `...` stands for the export and import (tests/e2e/test_sim_promotion.py)",
    "vault read": "needs a vault server",
    "$ iics simulator": "sample output (tests/cli/test_processes.py runs the simulator command)",
    "spec/v2.yaml": "a diagram",
    "cli/ ──": "a diagram",
    'pip install -e ".[dev]"': "installs into the current environment; nox -l lists the sessions",
    '{"api_name"': "sample output",
    "iics --json taskflows run tf_month_end": "a CI recipe (its BUILD_ID, params.json and run ids); tests/cli runs it",
    "from iics_client import IICSClient, IICSPartialImportError": "needs two named orgs (a profiles file): "
    "tests/e2e/test_promotion_client.py runs the same promotion on two simulated orgs",
    "# the profiles file names dev and prod": "needs two named orgs and a mappings file: tests/cli/test_promotion.py",
    "conflict: overwrite": "a mappings file's format (tests/cli/test_promotion.py reads one)",
    "# $XDG_CONFIG_HOME/iics/profiles.ini": "a profiles file's format (tests/unit/test_profiles.py reads one)",
    "# dags/nightly_sales.py": "needs Airflow: nox -s airflow runs this DAG as written (tests/airflow)",
    "nox -s bench ": "minutes of benchmarks (tests/test_bench_smoke.py runs the bench at its smallest size)",
    "$ iics doctor": "sample output of a real org's wrong layout (tests/cli/test_doctor.py runs iics doctor)",
}


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    lang: str
    code: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line} ({self.lang or 'text'})"


def readme_blocks() -> list[Block]:
    blocks, lines = [], README.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = re.fullmatch(r"```(\w*)\s*", lines[index])
        if match:
            end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith("```"))
            blocks.append(Block(index + 1, match.group(1), "\n".join(lines[index + 1 : end]) + "\n"))
            index = end
        index += 1
    return blocks


def _not_run_reason(block: Block) -> str | None:
    first = block.code.lstrip().splitlines()[0] if block.code.strip() else ""
    return next((reason for start, reason in NOT_RUN.items() if first.startswith(start)), None)


BLOCKS = readme_blocks()
RUN = [block for block in BLOCKS if _not_run_reason(block) is None]


def test_every_block_is_run_or_has_a_reason() -> None:
    for block in RUN:
        assert block.lang in ("python", "bash"), f"{block.name}: neither run nor listed in NOT_RUN"
    assert len(RUN) >= 10
    used = {start for start in NOT_RUN if any(_not_run_reason(b) == NOT_RUN[start] for b in BLOCKS)}
    assert used == set(NOT_RUN), f"NOT_RUN lists blocks the README no longer has: {set(NOT_RUN) - used}"


# ---- running them ----

_REDIRECT = """\
import os as _os
import iics_client._client as _client_module
from iics_client._urls import LOGIN_HOSTS as _ALIASES

_real_origin = _client_module.resolve_login_origin
_client_module.resolve_login_origin = lambda url: (
    _os.environ["README_SIMULATOR"] if url.strip().lower() in _ALIASES else _real_origin(url)
)
"""
_CLIENT = """\
from iics_client import IICSClient as _IICSClient
client = _IICSClient.from_env()
client.login()
"""


def _uses_client_without_making_one(code: str) -> bool:
    tree = ast.parse(code)
    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    stored = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return "client" in loaded and "client" not in stored


@pytest.fixture(scope="module")
def python_sim() -> Iterator[Simulator]:
    with Simulator(job_duration=0, username=PYTHON_USER, password=PYTHON_PASSWORD) as sim:
        yield sim


@pytest.fixture(scope="module")
def ci_sim() -> Iterator[Simulator]:
    with Simulator(job_duration=0, username=CI_USER, password=CI_PASSWORD) as sim:
        yield sim


def _env(sim: Simulator, username: str, password: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IICS_")}
    env.update(
        README_SIMULATOR=sim.login_url, IICS_LOGIN_URL=sim.login_url, IICS_USERNAME=username, IICS_PASSWORD=password
    )
    return env


@pytest.mark.parametrize("block", [b for b in RUN if b.lang == "python"], ids=lambda b: b.name)
def test_python_block(block: Block, python_sim: Simulator, tmp_path: Path) -> None:
    script = _REDIRECT + (_CLIENT if _uses_client_without_making_one(block.code) else "") + block.code
    (tmp_path / "block.py").write_text(script, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(tmp_path / "block.py")],
        env=_env(python_sim, PYTHON_USER, PYTHON_PASSWORD),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{block.name} failed:\n{done.stdout}\n{done.stderr}"
    for marker, patterns in _EXPECTED:
        for expected in patterns if marker in block.code else ():
            assert re.search(expected, done.stdout), f"{block.name}: {expected!r} not in\n{done.stdout}"


# What some blocks print (a block is known by a line of it): they did what the README says, not just exit 0.
_EXPECTED = (
    ('task_id="0100000Z000000000003"', (r"Oracle_Sales Oracle", r"JobState\.SUCCESS")),
    (
        'get_connection_by_name("Oracle_Sales")',
        (r"\S+ Oracle oradb\.example\.com \S+ connection", r"Not found \(HTTP 404\)"),
    ),
    ("batch_start_jobs(", (r"Sales/Loads/mt_load_customers",)),
    ("with Simulator(", (r"JobState\.WARNING",)),
)

_SHELL = """\
set -euo pipefail
iics() { "$README_PYTHON" "$README_CLI" "$@"; }
"""
_CLI = _REDIRECT + "import sys\nfrom iics_client.cli import main\nsys.exit(main())\n"


@pytest.mark.parametrize("block", [b for b in RUN if b.lang == "bash"], ids=lambda b: b.name)
def test_shell_block(block: Block, ci_sim: Simulator, tmp_path: Path) -> None:
    if "jq " in block.code and shutil.which("jq") is None:
        pytest.skip("jq is not installed (the recipe pipes iics --json into jq)")
    (tmp_path / "cli.py").write_text(_CLI, encoding="utf-8")
    env = _env(ci_sim, CI_USER, CI_PASSWORD)
    env.update(README_PYTHON=sys.executable, README_CLI=str(tmp_path / "cli.py"))
    done = subprocess.run(
        ["bash", "-c", _SHELL + textwrap.dedent(block.code)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{block.name} failed:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr


def test_the_recipes_reach_the_simulator(ci_sim: Simulator) -> None:
    """The shell blocks above ran against ci_sim, with the CI user (not against a real region)."""
    if not any(b.lang == "bash" for b in RUN):
        pytest.fail("no shell block was run")
    assert ci_sim.stats.logins >= 1


# ---- the license matches pyproject ----


def test_license_file_is_the_apache_2_text() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("Apache License\n                           Version 2.0, January 2004")
    assert "END OF TERMS AND CONDITIONS" in text
    assert 'license = "Apache-2.0"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
