"""bench/promotion.py still runs (a 4 MiB package instead of 200 MiB; no timing or memory figure asserted: the
figure is the benchmark's, on a quiet machine)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="bench.promotion reads /proc (Linux)")
def test_bench_promotion_runs(tmp_path: Path) -> None:
    out = tmp_path / "promotion.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.promotion", "--size", "4", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr  # 1: a goal missed (not asserted here)
    rows = json.loads(out.read_text())
    assert [(row["side"], row["what"]) for row in rows] == [
        (side, what)
        for side in ("iics-client (sync)", "iics-client (async)", "raw httpx")
        for what in ("download", "upload")
    ]
    assert all(row["bytes"] > 4 * 1024 * 1024 for row in rows)
    assert all(math.isfinite(row["growth_mb"]) and row["seconds"] > 0 for row in rows)
    assert "peak RSS growth per transfer" in done.stdout
