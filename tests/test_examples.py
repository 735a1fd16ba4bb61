"""examples/*.py run as scripts (without IICS credentials, so against the built-in simulator)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(name: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("IICS_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.e2e
def test_basic_usage() -> None:
    result = _run("basic_usage.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "using the local simulator" in out
    assert "6 connections:" in out
    assert "Oracle_Sales" in out
    assert "8 mapping tasks" in out
    assert "Sales/Loads/mt_load_customers" in out
    assert ": SUCCESS (" in out
    assert "Latest activity log entries:" in out


@pytest.mark.e2e
def test_async_usage() -> None:
    result = _run("async_usage.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "using the local simulator" in out
    assert "6 connections, 8 mapping tasks" in out
    assert out.count("started run ") == 3
    for name in ("mt_load_customers", "mt_load_orders", "mt_load_products"):
        assert f"of {name}: SUCCESS" in out


@pytest.mark.e2e
def test_promote() -> None:
    result = _run("promote.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "using the local simulator with two orgs" in out
    assert "objects of Sales (with their dependencies)" in out
    assert "Imported: " in out
    assert "SUCCESSFUL MTT        Sales/Loads/mt_load_customers" in out
    assert "objects directly in Sales in the target org" in out


@pytest.mark.e2e
def test_observability() -> None:
    result = _run("observability.py")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "using the local simulator" in out
    assert "check clock   ok" in out
    assert out.count('"kind": "retry_scheduled"') == 2
    assert "6 connections" in out
    assert "list_connections           1      0        3       2" in out
