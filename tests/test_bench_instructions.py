"""``python -m bench.instructions`` (P1/P1b counted in CPU instructions under valgrind): its arithmetic, and one tiny
run end to end where valgrind is installed. Only what holds on any machine is checked: a count is positive, the two
sides do the same calls, the table has its rows."""

from __future__ import annotations

import math
import shutil
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from bench import instructions
from bench.instructions import Case, calls_for, per_call, table
from bench.simproc import RemoteSimulator


def test_one_call_is_the_difference_of_two_runs_over_the_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = {0: 1_000_000, 50: 6_000_000}  # start-up, imports, login and warm-up: 1 M; 50 calls: 5 M more

    def fake(side: str, case: Case, calls: int, sim: Any) -> int:
        return counts[calls]

    monkeypatch.setattr(instructions, "_instructions", fake)
    with ThreadPoolExecutor(2) as pool:
        assert per_call("a", Case(100, "sync", False), 50, RemoteSimulator(), pool) == 100_000


def test_fewer_calls_for_bigger_lists_but_enough_to_average_the_collector() -> None:
    assert calls_for(100, 100) == 100
    assert calls_for(1000, 100) == 40  # not 10: a full collection every ~30 calls must be averaged over
    assert calls_for(10, 3) == 30
    assert calls_for(100_000, 1) == 1


def test_the_table_has_a_row_per_case() -> None:
    text = table([(Case(100, "sync", False), 5.5e6, 5.0e6), (Case(1000, "async", True), 44e6, 40e6)])
    assert "| P1/100 | `list_connections()` of 100, sync, + reads; collector on" in text
    assert "| 5.500 M | 5.000 M | 1.100\u00d7 | 5,000 |" in text
    assert "| P1b/1000 | `list_connections()` of 1,000, async, + reads; collector off after warm-up" in text
    assert "| 44.000 M | 40.000 M | 1.100\u00d7 | 4,000 |" in text


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_a_tiny_run_counts_both_sides() -> None:
    results = instructions.measure([10], calls=1, gc_off=False)
    assert [case.key for case, _, _ in results] == ["P1/10", "P1b/10"]
    for _, a, b in results:
        assert a > 0
        assert b > 0
        assert math.isfinite(a / b)
        assert 0.5 < a / b < 2  # the same request and reads on both sides: the same order of work


def test_check_exits_non_zero_when_a_count_is_above_the_bound(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/valgrind")
    counted = [
        (Case(100, "sync", False), 5.3e6, 5.0e6),  # 1.06
        (Case(1000, "sync", False), 43e6, 38e6),  # 1.13: above
        (Case(1000, "sync", True), 50e6, 38e6),  # collector off: explains, never checked
    ]
    monkeypatch.setattr(instructions, "measure", lambda sizes, calls, gc_off: counted)
    with pytest.raises(SystemExit) as caught:
        instructions.main(["--check"])
    assert caught.value.code == 1
    times = "\N{MULTIPLICATION SIGN}"
    assert f"above 1.1{times} in instructions: P1/1000 1.132{times}" in capsys.readouterr().err
    instructions.main(["--check", "1.2"])  # within a bound of 1.2: returns


def test_the_layers_table_says_what_each_layer_adds() -> None:
    text = instructions.layers_table(100, [("raw", 5_000_000.0), ("+ routing", 5_040_000.0), ("+ models", 5_260_000.0)])
    assert "| raw | 5.000 M | +0 | +0 |" in text
    assert "| + routing | 5.040 M | +40,000 | +40,000 |" in text
    assert "| + models | 5.260 M | +260,000 | +220,000 |" in text


def test_layers_cannot_be_checked() -> None:
    with pytest.raises(SystemExit) as caught:
        instructions.main(["--layers", "--check"])
    assert caught.value.code == 2


@pytest.mark.parametrize("sizes", ["abc", "100,x", "0", ""])
def test_bad_sizes_are_a_usage_error(sizes: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/valgrind")
    with pytest.raises(SystemExit) as caught:
        instructions.main(["--sizes", sizes])
    assert caught.value.code == 2
