"""Item 1 of issue 12: a session that expires under load. Any number of concurrent calls (threads and tasks), any
pool size: exactly one re-login per expiry, and every call completes (none waits past its timeout plus the
re-login: a call that waited longer for a connection would fail with a pool timeout, counted as an error).

The grid, concurrency {1, 19, 20, 21, 50, 200, 1000} x max_connections {1, 5, 20} x sync/async, runs in CI
(``pytest -m slow``) and prints its figures; the default run keeps the cells around the default pool size.
"""

from __future__ import annotations

import pytest

from iics_client.testing import Simulator
from tests.reliability.scenarios import HEADER, Figures, expiry_grid_cell

CONCURRENCY = (1, 19, 20, 21, 50, 200, 1000)
POOLS = (1, 5, 20)
QUICK = ((1, 1), (3, 2), (21, 20), (50, 5))


def _check(cells: list[Figures]) -> None:
    print("\n" + HEADER)
    for cell in cells:
        print(cell.row())
    failed = [
        cell.row() for cell in cells if cell.hung or cell.errors or cell.completed != cell.calls or cell.relogins != 1
    ]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_expired_session_under_load_quick(sim: Simulator, kind: str) -> None:
    cells = []
    for calls, pool in QUICK:
        cells.append(expiry_grid_cell(sim, kind, calls, pool))
        sim.stats.reset()
    _check(cells)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_expired_session_under_load_grid(sim: Simulator, kind: str) -> None:
    cells = []
    for pool in POOLS:
        for calls in CONCURRENCY:
            cells.append(expiry_grid_cell(sim, kind, calls, pool))
            sim.stats.reset()
    _check(cells)
