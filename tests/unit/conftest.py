"""Shared fixtures for respx tests: one test body drives both IICSClient and AsyncIICSClient."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from iics_client import AsyncIICSClient, AsyncPaginator, IICSClient

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


class Runner:
    """Calls a client method and hands back its result, awaiting it (on one event loop) for the async client."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.loop = asyncio.new_event_loop()

    def client(self, **settings: Any) -> IICSClient | AsyncIICSClient:
        settings = {"login_url": "us", "username": "test@co.com", "password": "pass", "retry_backoff": 0.0, **settings}
        return IICSClient(**settings) if self.kind == "sync" else AsyncIICSClient(**settings)

    def __call__(self, client: IICSClient | AsyncIICSClient, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(client, method)(*args, **kwargs)
        if isinstance(result, AsyncPaginator):
            return self.loop.run_until_complete(result)
        if inspect.isawaitable(result):
            return self.loop.run_until_complete(result)
        if method in ("get_activity_log", "get_audit_logs", "search_objects"):
            return list(result)
        return result

    def run(self, awaitable: Any) -> Any:
        return self.loop.run_until_complete(awaitable) if inspect.isawaitable(awaitable) else awaitable

    def close(self, client: IICSClient | AsyncIICSClient) -> None:
        if isinstance(client, AsyncIICSClient):
            self.loop.run_until_complete(client.aclose())
        else:
            client.close()


@pytest.fixture(params=["sync", "async"])
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    r = Runner(request.param)
    yield r
    r.loop.close()


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
