"""Shared fixtures of the end-to-end tests: a running simulator per layout, and raw HTTP access to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from iics_client.testing import Simulator

from .raw import RawApi

LAYOUTS = ("reference", "iics")


@pytest.fixture(params=LAYOUTS)
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(layout: str) -> Iterator[Simulator]:
    """A started simulator in each layout; short jobs so lifecycle tests stay fast."""
    with Simulator(layout, job_duration=0.05) as simulator:
        yield simulator


@pytest.fixture
def api(sim: Simulator) -> Iterator[RawApi]:
    """Raw HTTP access, logged in."""
    raw = RawApi(sim)
    assert raw.login().status_code == 200
    yield raw
    raw.close()


@pytest.fixture
def anon(sim: Simulator) -> Iterator[RawApi]:
    """Raw HTTP access, not logged in."""
    raw = RawApi(sim)
    yield raw
    raw.close()
