"""One test body for both clients: ``Runner`` makes an IICSClient or an AsyncIICSClient and resolves whatever a
method returns (a value, a coroutine, a Paginator or an AsyncPaginator) to the plain result, on one event loop kept
for the test. Used by the respx tests (tests/unit) and the end-to-end tests (tests/e2e)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from iics_client import AsyncIICSClient, IICSClient, Paginator

Client = IICSClient | AsyncIICSClient


class Runner:
    def __init__(self, kind: str, **defaults: Any) -> None:
        self.kind = kind
        self.asynchronous = kind == "async"
        self.defaults = defaults
        self.loop = asyncio.new_event_loop()

    def client(self, **settings: Any) -> Any:
        """A client of this runner's kind (typed Any: tests call both clients' methods through it)."""
        merged = {**self.defaults, **settings}
        return AsyncIICSClient(**merged) if self.asynchronous else IICSClient(**merged)

    def run(self, value: Any) -> Any:
        """The plain result of a method's return value: lists for paginators, awaited for the async client."""
        if isinstance(value, Paginator):
            return list(value)
        if inspect.isawaitable(value):  # coroutines and AsyncPaginators (awaiting one lists it)
            return self.loop.run_until_complete(_awaited(value))
        return value

    def __call__(self, client: Client, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``client.<method>(*args, **kwargs)`` and return its plain result."""
        return self.run(getattr(client, method)(*args, **kwargs))

    def close(self, client: Client) -> None:
        if isinstance(client, AsyncIICSClient):
            self.loop.run_until_complete(client.aclose())
        else:
            client.close()

    def finish(self) -> None:
        self.loop.close()


async def _awaited(value: Any) -> Any:
    return await value


def runner_fixture(**defaults: Any) -> Any:
    """A pytest fixture parametrized over "sync" and "async" that yields a Runner with these client defaults."""

    @pytest.fixture(params=["sync", "async"])
    def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
        made = Runner(request.param, **defaults)
        yield made
        made.finish()

    return runner
