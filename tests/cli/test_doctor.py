"""`iics doctor` against the simulator: a healthy setup, and misconfigurations named (table and --json)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from iics_client.cli import ExitCode
from iics_client.testing import Simulator


def test_doctor_on_a_healthy_setup(sim: Simulator, iics: Any) -> None:
    result = iics("doctor")
    assert result.code == ExitCode.OK
    lines = result.out.splitlines()
    assert lines[0].split() == ["login", "URL", sim.login_url]
    for name in ("login", "pod", "v2", "v3", "layout", "clock"):
        assert any(line.split()[:2] == [name, "OK"] for line in lines), name
    assert "all checks passed" in result.out
    assert sim.password not in result.out + result.err


def test_doctor_json(sim: Simulator, iics: Any) -> None:
    result = iics("--json", "doctor")
    assert result.code == ExitCode.OK
    report = result.json()
    assert report["ok"] is True
    assert report["pod"] == sim.pod_url
    assert [c["status"] for c in report["checks"]] == ["ok"] * 6
    assert report["diagnoses"] == []


def test_doctor_names_a_wrong_layout(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IICS_LAYOUT", "iics")  # the simulator serves the reference layout
    result = iics("doctor")
    assert result.code == ExitCode.ERROR
    assert "likely cause: wrong layout" in result.out
    assert "--layout reference" in result.out
    assert iics("--json", "doctor").json()["suggested_layout"] == "reference"


def test_doctor_names_clock_skew(sim: Simulator, iics: Any) -> None:
    sim.clock_offset = -400
    try:
        result = iics("doctor")
        relaxed = iics("doctor", "--max-clock-skew", "1000")
    finally:
        sim.clock_offset = 0
    assert result.code == ExitCode.ERROR
    assert "likely cause: clock skew" in result.out
    assert any(line.split()[:2] == ["clock", "WARNING"] for line in result.out.splitlines())
    assert relaxed.code == ExitCode.OK


@pytest.fixture
def tls_sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[Simulator]:
    with Simulator(https=True) as sim:
        monkeypatch.setenv("IICS_LOGIN_URL", sim.login_url)
        monkeypatch.setenv("IICS_USERNAME", sim.username)
        monkeypatch.setenv("IICS_PASSWORD", sim.password)
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        yield sim


def test_doctor_names_tls_interception(tls_sim: Simulator, iics: Any) -> None:
    result = iics("--json", "doctor")
    assert result.code == ExitCode.ERROR
    report = result.json()
    assert [d["cause"] for d in report["diagnoses"]] == ["tls_interception"]
    assert report["checks"][0]["status"] == "failed"
