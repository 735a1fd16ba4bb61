"""The benchmark harness (bench/, ``nox -s bench``) still runs: every measure at its tiniest size, no timing asserted.

Only what must hold whatever the machine's speed is checked: the table is printed with every measure, the counts are
exact (one login per expiry, one per naive caller, every job started once, every log entry read) and the numbers are
finite and positive.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from bench.__main__ import run
from bench.harness import Config, Row

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Row], str, dict[str, Any]]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    rows, text, _ = run(["--tiny", "--json", str(out)])
    return rows, text, json.loads(out.read_text())


def by_key(rows: list[Row]) -> dict[str, Row]:
    return {row.key: row for row in rows}


def test_the_table_has_every_measure(outcome: tuple[list[Row], str, dict[str, Any]]) -> None:
    rows, text, _ = outcome
    assert "| # | measure | A: iics-client | B: baseline | A/B | goal | met | n |" in text
    assert "cores" in text
    assert "Python" in text or "CPython" in text
    keys = set(by_key(rows))
    assert {"1", "1c", "1d", "2", "2b", "3", "3b", "4", "4b", "5", "5b"} <= keys
    for key in keys:
        assert f"| {key} |" in text


def test_the_numbers_are_sane(outcome: tuple[list[Row], str, dict[str, Any]]) -> None:
    rows, _, _ = outcome
    for row in rows:
        if row.key.startswith("3"):
            continue
        assert math.isfinite(row.a)
        assert row.b is not None
        assert math.isfinite(row.b)
        if row.key == "5":
            assert 0 <= row.a < 1024  # MiB of RSS growth: may be ~0 at this size
            assert 0 <= row.b < 1024
        else:
            assert row.a > 0
            assert row.b > 0
            assert row.ratio is not None
            assert row.ratio > 0
        if row.goal:
            assert row.met is not None


def test_one_login_per_expiry_and_one_per_naive_caller(outcome: tuple[list[Row], str, dict[str, Any]]) -> None:
    rows = by_key(outcome[0])
    tiny = Config.tiny()
    for key in ("3", "3b"):
        assert rows[key].a == 1
        assert rows[key].met is True
        for episode in rows[key].extra["outcomes"]:
            assert episode["ok"] == tiny.in_flight
            assert episode["401s"] >= 1  # (all of them unless the machine is too slow to have them in flight at once)
            assert episode["logins"] == 1
            assert episode["client_logins"] == 1
        for naive in rows[key].extra["naive"]:  # no single-flight: one login per call that got the 401
            assert naive["ok"] == tiny.in_flight
            assert naive["logins"] == naive["401s"] >= 1


def test_the_json_report(outcome: tuple[list[Row], str, dict[str, Any]]) -> None:
    _, _, report = outcome
    assert set(report) >= {"machine", "config", "rows"}
    assert report["config"]["name"] == "tiny"
    assert len(report["rows"]) == len(outcome[0])


def test_unknown_measure_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["--tiny", "--only", "9"])
    assert "unknown measures" in capsys.readouterr().err
