"""Release plumbing: one version, spec versions stamped through, a changelog entry, and a rehearsed publish.

test_publish_local runs `nox -s publish_local` (build + checks, upload to a throwaway pypiserver on 127.0.0.1,
pip install from it into a fresh venv, run the demo): about half a minute with nox's venv reused, a minute cold.
"""

from __future__ import annotations

import importlib
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import iics_client

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("v2", "v3", "taskflow")


def _version_file() -> str:
    text = (ROOT / "overlay" / "iics_client" / "_version.py").read_text()
    match = re.search(r"^__version__ = \"([^\"]+)\"$", text, re.MULTILINE)
    assert match, 'overlay/iics_client/_version.py must hold one line: __version__ = "X.Y.Z"'
    return match.group(1)


def test_the_version_lives_in_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()  # (no tomllib on Python 3.10)
    assert re.search(r'^dynamic = \[.*"version".*\]$', pyproject, re.MULTILINE)
    assert not re.search(r"^version = ", pyproject, re.MULTILINE)
    assert '[tool.hatch.version]\npath = "overlay/iics_client/_version.py"' in pyproject
    assert iics_client.__version__ == _version_file()
    assert re.fullmatch(r"\d+\.\d+\.\d+", iics_client.__version__), "X.Y.Z: see RELEASING.md"


def test_the_changelog_has_an_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    version = _version_file()
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE), (
        f"CHANGELOG.md needs a '## [{version}] - YYYY-MM-DD' section (see RELEASING.md)"
    )
    assert re.search(rf"^\[{re.escape(version)}\]: ", changelog, re.MULTILINE), f"no link for [{version}]"


@pytest.mark.parametrize("family", FAMILIES)
def test_spec_versions_come_from_the_specs(family: str) -> None:
    info = yaml.safe_load((ROOT / "spec" / f"{family}.yaml").read_text())["info"]
    generated = importlib.import_module(f"iics_client.{family}")
    assert iics_client.SPEC_VERSIONS[family] == generated.SPEC_VERSION == str(info["version"])
    assert info["title"] == generated.SPEC_TITLE
    assert family == generated.API_FAMILY
    # the committed generated code itself (what the wheel ships), not only whatever `iics_client` resolved to
    stamped = (ROOT / "generated" / family / "__init__.py").read_text()
    assert f'SPEC_VERSION = "{info["version"]}"' in stamped


def test_spec_versions_cover_every_family_and_are_read_only() -> None:
    assert set(iics_client.SPEC_VERSIONS) == set(FAMILIES)
    with pytest.raises(TypeError):
        iics_client.SPEC_VERSIONS["v2"] = "9.9.9"  # type: ignore[index]


def _port_is_closed(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.slow
def test_publish_local() -> None:
    """Build, upload to a local pypiserver, install from it into a fresh venv, run the demo; the server stops."""
    command = [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), "-s", "publish_local"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    version = _version_file()
    assert "the wheel built from the sdist equals the wheel built from the checkout" in output
    assert f"iics_client-{version}-py3-none-any.whl: OK" in output  # check-wheel-contents
    assert f"installed iics-client {version} (__version__ and metadata agree)" in output
    served = re.search(r"installed (http://127\.0\.0\.1:(\d+)/\S+\.whl)", output)
    assert served, output[-6000:]
    assert f"the console script says: iics-client {version}" in output
    assert "the demo ran from the installed package" in output
    assert f"publish_local: iics-client {version} uploaded, installed from the index and run" in output
    assert _port_is_closed(int(served.group(2))), "pypiserver is still listening"
