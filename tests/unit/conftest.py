"""Shared fixtures for respx tests: one test body drives both clients (see tests/support/drive.py)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from tests.support.drive import Runner, runner_fixture

LOGIN = "https://dm-us.informaticacloud.com/ma/api/v2/user/login"
POD = "https://usw3.dm-us.informaticacloud.com"


def login_body(session: str = "S1", server_url: str = POD) -> dict[str, Any]:
    return {
        "@type": "user",
        "id": "u1",
        "name": "test@co.com",
        "orgId": "org-1",
        "serverUrl": server_url,
        "icSessionId": session,
    }


runner = runner_fixture(login_url="us", username="test@co.com", password="pass", retry_backoff=0.0)


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        yield router


def mock_login(router: respx.MockRouter, server_url: str = POD) -> respx.Route:
    """A login route that hands out S1, S2, ... so tests can see which session a request carried."""
    counter = itertools.count(1)
    return router.post(LOGIN).mock(
        side_effect=lambda request: httpx.Response(200, json=login_body(f"S{next(counter)}", server_url))
    )


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


__all__ = ["LOGIN", "POD", "Runner", "body_of", "login_body", "mock_login", "runner"]
