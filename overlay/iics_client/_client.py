"""The clients users import: IICSClient (sync) and AsyncIICSClient, one shared configuration and method set."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import SessionAuth
from ._exceptions import IICSConfigurationError, IICSError
from ._hooks import Hooks
from ._layout import Layout, resolve_layout
from ._methods import Methods
from ._plan import AsyncPaginator, Call, Pager, Paginator, Plan, run_async, run_sync
from ._regions import resolve_login_origin
from ._responses import parse, transport_error
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from .v2.models import Job

logger = logging.getLogger("iics_client")
T = TypeVar("T")
C = TypeVar("C", bound="_BaseClient")


class _BaseClient(Methods):
    """Settings, validation and the session shared by both clients (no I/O here)."""

    def __init__(
        self,
        login_url: str,
        username: str,
        password: str,
        *,
        timeout: float = 30,
        max_retries: int = 3,
        max_reauth_attempts: int = 2,
        http2: bool = False,
        max_connections: int = 20,
        max_keepalive_connections: int = 10,
        layout: str | Layout = "reference",
        verify: Any = True,
        retry_backoff: float = 0.5,
        retry_max_wait: float = 30.0,
    ) -> None:
        if not isinstance(username, str) or not username:
            raise IICSConfigurationError("username is required")
        if not isinstance(password, str) or not password:
            raise IICSConfigurationError("password is required")
        for name, value in (("max_retries", max_retries), ("max_reauth_attempts", max_reauth_attempts)):
            if not isinstance(value, int) or value < 0:
                raise IICSConfigurationError(f"{name} must be an integer >= 0, not {value!r}")
        if timeout <= 0 or max_connections < 1 or max_keepalive_connections < 0:
            raise IICSConfigurationError("timeout and max_connections must be positive")
        if http2:
            try:
                import h2  # noqa: F401
            except ImportError:
                raise IICSConfigurationError(
                    "http2=True needs the h2 package: pip install 'iics-client[http2]'"
                ) from None
        self.login_url = resolve_login_origin(login_url)
        self.layout = resolve_layout(layout)
        self._auth = SessionAuth(
            login_origin=self.login_url,
            username=username,
            password=password,
            layout=self.layout,
            max_reauth_attempts=max_reauth_attempts,
        )
        self._retry_policy = RetryPolicy(max_retries=max_retries, backoff=retry_backoff, max_wait=retry_max_wait)
        self._hooks = Hooks(self._auth, self._retry_policy)
        self._timeout = httpx.Timeout(timeout)
        self._limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_keepalive_connections
        )
        self._http2 = http2
        self._verify = verify

    @classmethod
    def from_env(cls: type[C], **settings: Any) -> C:
        """Credentials from IICS_USERNAME / IICS_PASSWORD, region from IICS_LOGIN_URL ("us" when unset), layout
        from IICS_LAYOUT ("reference" when unset); keyword arguments override and add settings."""
        missing = [name for name in ("IICS_USERNAME", "IICS_PASSWORD") if not os.environ.get(name)]
        if missing and not {"username", "password"} <= settings.keys():
            raise IICSConfigurationError(f"set {' and '.join(missing)} (or pass username= and password=)")
        settings.setdefault("login_url", os.environ.get("IICS_LOGIN_URL") or "us")
        settings.setdefault("username", os.environ.get("IICS_USERNAME", ""))
        settings.setdefault("password", os.environ.get("IICS_PASSWORD", ""))
        settings.setdefault("layout", os.environ.get("IICS_LAYOUT") or "reference")
        return cls(**settings)

    def __repr__(self) -> str:
        state = "logged in" if self._auth.session is not None else "not logged in"
        return f"{type(self).__name__}(login_url={self.login_url!r}, username={self._auth.username!r}, {state})"

    @property
    def logins(self) -> int:
        """How many logins this client has made (the first one and every renewal)."""
        return self._auth.logins

    def _retrying(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> Any:
        """The pool's transport wrapped in the retry layer (each request carries its own policy, see _retry.py)."""
        from httpx_retries import RetryTransport  # imports asyncio: paid when a client is built, not on import

        return RetryTransport(transport, retry=self._retry_policy.default)

    def _transport_args(self) -> dict[str, Any]:
        return {"http2": self._http2, "limits": self._limits, "verify": self._verify}

    def _client_args(self) -> dict[str, Any]:
        return {"auth": self._auth, "timeout": self._timeout, "follow_redirects": True, "max_redirects": 5}


class IICSClient(_BaseClient):
    """The synchronous client. ``with IICSClient(...) as client:`` logs in, and out at the end."""

    def __init__(self, login_url: str, username: str, password: str, **settings: Any) -> None:
        super().__init__(login_url, username, password, **settings)
        transport = self._retrying(httpx.HTTPTransport(**self._transport_args()))
        self._http = httpx.Client(
            transport=transport,
            event_hooks={"request": [self._hooks.on_request], "response": [self._hooks.on_response]},
            **self._client_args(),
        )
        from . import v2, v3

        # the generated endpoint functions, sending through this client's pool, session and retries
        self.v2 = v2.Client().set_httpx_client(self._http)
        self.v3 = v3.Client().set_httpx_client(self._http)

    def _execute(self, call: Call[Any]) -> Any:
        try:
            response = self._http.request(**call.kwargs)
        except httpx.HTTPError as exc:
            raise transport_error(exc) from exc
        return parse(response, call.parse) if call.check else call.parse(response)

    def _run_plan(self, plan: Plan[T]) -> T:
        return run_sync(plan, self._execute, time.sleep)

    def _paginator(self, pager: Callable[[], Pager[T]]) -> Paginator[T]:
        return Paginator(pager, self._execute)

    def close(self) -> None:
        """Close the connection pool (the session stays valid on the server until logout or idle timeout)."""
        self._http.close()

    def __enter__(self) -> IICSClient:
        self.login()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.logout()
        except IICSError as error:  # best effort: never hide the original exception
            logger.warning("logout failed: %s", error)
        finally:
            self.close()


class AsyncIICSClient(_BaseClient):
    """The asyncio client. ``async with AsyncIICSClient(...) as client:`` logs in, and out at the end."""

    def __init__(self, login_url: str, username: str, password: str, **settings: Any) -> None:
        super().__init__(login_url, username, password, **settings)
        transport = self._retrying(httpx.AsyncHTTPTransport(**self._transport_args()))
        self._http = httpx.AsyncClient(
            transport=transport,
            event_hooks={"request": [self._hooks.aon_request], "response": [self._hooks.aon_response]},
            **self._client_args(),
        )
        from . import v2, v3

        self.v2 = v2.Client().set_async_httpx_client(self._http)
        self.v3 = v3.Client().set_async_httpx_client(self._http)

    async def _execute(self, call: Call[Any]) -> Any:
        try:
            response = await self._http.request(**call.kwargs)
        except httpx.HTTPError as exc:
            raise transport_error(exc) from exc
        return parse(response, call.parse) if call.check else call.parse(response)

    def _run_plan(self, plan: Plan[T]) -> Any:
        import asyncio

        return run_async(plan, self._execute, asyncio.sleep)

    def _paginator(self, pager: Callable[[], Pager[T]]) -> AsyncPaginator[T]:
        return AsyncPaginator(pager, self._execute)

    async def batch_start_jobs(
        self, jobs: Iterable[Mapping[str, Any]], *, max_concurrency: int = 10
    ) -> list[Job | BaseException]:
        """Start many jobs concurrently (at most ``max_concurrency`` in flight). Each job is the keyword arguments of
        ``start_job`` (``{"task_id": "…", "task_type": "MTT"}``). Returns one entry per job, in input order: the
        started Job, or the exception that start raised; one failure never discards the others' results."""
        import asyncio

        if max_concurrency < 1:
            raise IICSConfigurationError("max_concurrency must be at least 1")
        gate = asyncio.Semaphore(max_concurrency)

        async def start(job: Mapping[str, Any]) -> Job:
            async with gate:
                return await self.start_job(**job)

        return await asyncio.gather(*(start(job) for job in jobs), return_exceptions=True)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncIICSClient:
        await self.login()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.logout()
        except IICSError as error:
            logger.warning("logout failed: %s", error)
        finally:
            await self.aclose()
