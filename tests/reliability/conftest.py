"""Reliability scenarios (issue 12): the simulator for real sockets, respx for exact answers. Fixtures of the respx
tests come from tests/unit/conftest.py; ``sim`` is one simulator per module (tests reset what they change)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iics_client.testing import Simulator
from tests.unit.conftest import mock, runner

__all__ = ["mock", "runner", "sim"]


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator() as simulator:
        yield simulator


@pytest.fixture(autouse=True)
def _clean_simulator(request: pytest.FixtureRequest) -> Iterator[None]:
    """Faults and counters of one test never leak into the next (when the test uses the simulator)."""
    yield
    if "sim" in request.fixturenames:
        simulator: Simulator = request.getfixturevalue("sim")
        simulator.clear_faults()
        simulator.stats.reset()
