"""The clients users import: IICSClient (sync) and AsyncIICSClient. Both are one private base (settings, session,
retry policy, telemetry, the pool's hooks and transports) plus the same method set: the generated plain operations
of every API family and the plans of _operations.py, _jobs.py, _taskflows.py, _objects.py, _logs.py, _promotion.py
and _health.py. The two subclasses differ only in their I/O: the httpx client they own, how they send one request (or
stream one into or from a file, see _transfers.py), and how they sleep.

The transport stack under each client's pool: RetryTransport (httpx-retries, policy per request) → AttemptTransport
(_attempts.py: every attempt numbered, rate-limited, reported) → BoundedTransport (_pool.py: at most max_connections
requests in flight, a leaking pool replaced) → the connection pool.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from . import _events
from ._config import Settings, from_environment
from ._events import EventCallback, Telemetry
from ._exceptions import IICSConfigurationError, IICSError, parse, transport_error
from ._jobs import JobMethods, StartJobRequest, batch_start
from ._logs import LogMethods
from ._models import install_validation_errors
from ._objects import ObjectMethods
from ._operations import Operations
from ._pool import AsyncBoundedTransport, BoundedTransport, protect_http2_session_headers
from ._retry import RetryPolicy
from ._runner import Call, call_for, deferred
from ._session import Session, SessionAuth
from ._urls import Layout, layout_setting, resolve_login_origin, unrouted
from .taskflow.api import AsyncOperations as TaskflowAsyncOperations
from .taskflow.api import SyncOperations as TaskflowSyncOperations
from .v2.api import AsyncOperations as V2AsyncOperations
from .v2.api import SyncOperations as V2SyncOperations
from .v3.api import AsyncOperations as V3AsyncOperations
from .v3.api import SyncOperations as V3SyncOperations

if TYPE_CHECKING:
    import asyncio
    import ssl

    from opentelemetry.trace import TracerProvider
    from typing_extensions import Self

    from ._health import HealthMethods
    from ._metrics import MetricsSnapshot
    from ._profiles import ProfileConstructors
    from ._promotion import PromotionMethods
    from ._ratelimit import RateLimiter
    from ._taskflows import TaskflowMethods
    from ._tracing import Tracing
    from .v2.models import Job
else:  # rarely used methods: their modules load on first use (tests/unit/test_deferred.py keeps the names in step)
    HealthMethods = deferred("._health", "HealthMethods", ("check",))
    ProfileConstructors = deferred("._profiles", "ProfileConstructors", ("from_profile",))
    TaskflowMethods = deferred(
        "._taskflows",
        "TaskflowMethods",
        ("run_taskflow", "list_taskflow_runs", "terminate_taskflow_runs", "poll_taskflow_status"),
    )
    PromotionMethods = deferred(
        "._promotion",
        "PromotionMethods",
        (
            "export_objects",
            "get_export_status",
            "wait_for_export",
            "download_export_package",
            "get_export_log",
            "export_package",
            "upload_import_package",
            "start_import",
            "get_import_status",
            "wait_for_import",
            "get_import_log",
            "import_package",
        ),
    )

logger = logging.getLogger("iics_client")


class _BaseClient(
    Operations,
    JobMethods,
    TaskflowMethods,
    ObjectMethods,
    LogMethods,
    PromotionMethods,
    ProfileConstructors,
    HealthMethods,
):
    """Settings, validation, the session, the telemetry and the pool's hooks, shared by both clients (no I/O here)."""

    _is_async: ClassVar[bool] = False
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        login_url: str,
        username: str,
        password: str,
        *,
        timeout: float = Settings.timeout,
        max_retries: int = Settings.max_retries,
        max_reauth_attempts: int = Settings.max_reauth_attempts,
        http2: bool = Settings.http2,
        max_connections: int = Settings.max_connections,
        max_keepalive_connections: int = Settings.max_keepalive_connections,
        layout: str | Layout = Settings.layout,
        verify: bool | str | ssl.SSLContext = Settings.verify,
        retry_backoff: float = Settings.retry_backoff,
        retry_max_wait: float = Settings.retry_max_wait,
        reconcile_timeout: float = Settings.reconcile_timeout,
        on_event: EventCallback | None = Settings.on_event,
        tracing: bool | TracerProvider = Settings.tracing,
        rate_limit: float | None = Settings.rate_limit,
        adaptive_concurrency: bool = Settings.adaptive_concurrency,
    ) -> None:
        settings = Settings(
            login_url=login_url,
            username=username,
            password=password,
            timeout=timeout,
            max_retries=max_retries,
            max_reauth_attempts=max_reauth_attempts,
            http2=http2,
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            layout=layout,
            verify=verify,
            retry_backoff=retry_backoff,
            retry_max_wait=retry_max_wait,
            reconcile_timeout=reconcile_timeout,
            on_event=on_event,
            tracing=tracing,
            rate_limit=rate_limit,
            adaptive_concurrency=adaptive_concurrency,
        )
        if http2:
            try:
                import h2  # noqa: F401
            except ImportError:
                raise IICSConfigurationError(
                    "http2=True needs the h2 package: pip install 'iics-client[http2]'"
                ) from None
            problem = protect_http2_session_headers()  # session headers never indexed, never logged
            if problem is not None:
                raise IICSConfigurationError(f"http2=True: {problem}")
        self.login_url = resolve_login_origin(settings.login_url)
        self._settings = settings
        install_validation_errors()  # a field that does not fit is an IICSValidationError, even on first read
        self._auth = SessionAuth(
            login_origin=self.login_url,
            username=settings.username,
            password=settings.password,
            layout=layout_setting(settings.layout),
            max_reauth_attempts=settings.max_reauth_attempts,
            timeout=httpx.Timeout(settings.timeout),
        )
        self._auth.on_replaced = self._log_out_replaced
        self._retry_policy = RetryPolicy(
            max_retries=settings.max_retries, backoff=settings.retry_backoff, max_wait=settings.retry_max_wait
        )
        self._telemetry = Telemetry(on_event=settings.on_event, tracing=_tracing(settings.tracing))
        self._auth.on_renewal = self._telemetry.session_renewed
        self._limiter = _limiter(settings)
        try:
            self._open()
        except OSError as exc:  # verify= names a file that is not a CA bundle (ssl.SSLError is an OSError)
            raise IICSConfigurationError(
                f"verify {settings.verify!r}: cannot load it as CA certificates ({exc})"
            ) from None

    @classmethod
    def from_env(cls, **settings: Any) -> Self:
        """Credentials from IICS_USERNAME / IICS_PASSWORD, region from IICS_LOGIN_URL ("us" when unset), layout
        from IICS_LAYOUT ("auto" when unset); keyword arguments override and add settings."""
        return cls(**from_environment(os.environ, settings))

    def __repr__(self) -> str:
        auth = getattr(self, "_auth", None)  # a constructor that failed leaves no session behind
        state = "logged in" if auth is not None and auth.session is not None else "not logged in"
        user = auth.username if auth is not None else None
        return f"{type(self).__name__}(login_url={getattr(self, 'login_url', None)!r}, username={user!r}, {state})"

    @property
    def layout(self) -> Layout | None:
        """The URL layout calls use. With ``layout="auto"`` (the default) it is decided by each login from the
        response's ``serverUrl``: None until the first login, then the layout that login picked."""
        return self._auth.layout

    @property
    def logins(self) -> int:
        """How many logins this client has made (the first one and every renewal)."""
        return self._auth.logins

    @property
    def metrics(self) -> MetricsSnapshot:
        """A snapshot of this client's metrics per operation: calls, failures by exception class, HTTP requests
        and responses, retries, re-logins, latency percentiles (see README: Observability)."""
        return self._telemetry.metrics.snapshot()

    def _open(self) -> None:
        raise NotImplementedError

    def _log_out_replaced(self, session: Session) -> None:
        """Log out a replaced session that may still be valid, in the background (best effort)."""
        raise NotImplementedError

    def _pool_args(self) -> dict[str, Any]:
        """The HTTP settings of the pool but its limits (see _pool.py for the bound around it and how its
        connections are spread, and _retry.py for the retry layer above both: each request carries its own
        policy)."""
        settings = self._settings
        verify = settings.verify
        if isinstance(verify, str | os.PathLike):  # a CA bundle file or directory (httpx deprecates paths)
            import ssl

            path = os.fspath(verify)
            is_dir = os.path.isdir(path)
            verify = ssl.create_default_context(cafile=None if is_dir else path, capath=path if is_dir else None)
        elif isinstance(verify, bool) and not settings.http2:
            # one TLS context for all the pool's shards (each would load the CA bundle again: ~30 ms apiece)
            verify = httpx.create_ssl_context(verify=verify)
        return {"http2": settings.http2, "verify": verify}

    def _pool_shape(self) -> dict[str, Any]:
        """How many connections, how many kept idle, and in pools of how many (HTTP/2: one pool, its requests
        share a connection)."""
        settings = self._settings
        return {
            "size": settings.max_connections,
            "keepalive": settings.max_keepalive_connections,
            "shard": settings.max_connections if settings.http2 else None,
        }

    def _client_args(self, transport: Any) -> dict[str, Any]:
        from httpx_retries import RetryTransport  # imports asyncio: paid when a client is built, not on import

        from ._attempts import AttemptTransport

        attempts = AttemptTransport(transport, self._telemetry, self._limiter)
        return {
            "transport": RetryTransport(attempts, retry=self._retry_policy.default),
            "auth": self._auth,
            "timeout": httpx.Timeout(self._settings.timeout),
            "follow_redirects": True,
            "max_redirects": 5,
        }

    def _request_hooks(self) -> list[Callable[[httpx.Request], None]]:
        return [self._auth.guard, self._retry_policy.attach, _events.request_sent]

    def _response_hooks(self) -> list[Callable[[httpx.Response], None]]:
        return [_events.response_received]


def _tracing(setting: Any) -> Tracing | None:
    if setting is False:
        return None
    try:
        from ._tracing import Tracing
    except ImportError:
        raise IICSConfigurationError("tracing needs OpenTelemetry: pip install 'iics-client[otel]'") from None
    return Tracing(None if setting is True else setting)


def _limiter(settings: Settings) -> RateLimiter | None:
    if settings.rate_limit is None and not settings.adaptive_concurrency:
        return None
    from ._ratelimit import RateLimiter

    return RateLimiter(
        rate=settings.rate_limit,
        adaptive=settings.adaptive_concurrency,
        max_concurrency=settings.max_connections,
        max_pause=settings.retry_max_wait,
    )


class IICSClient(_BaseClient, V2SyncOperations, V3SyncOperations, TaskflowSyncOperations):
    """The synchronous client. ``with IICSClient(...) as client:`` logs in, and out at the end."""

    _http: httpx.Client

    def _open(self) -> None:
        pool_args = self._pool_args()
        self._pool = BoundedTransport(
            lambda limits: httpx.HTTPTransport(limits=limits, **pool_args), **self._pool_shape()
        )
        self._logouts: set[threading.Thread] = set()
        self._http = httpx.Client(
            event_hooks={"request": self._request_hooks(), "response": self._response_hooks()},
            **self._client_args(self._pool),
        )
        from . import taskflow, v2, v3

        # the generated endpoint functions, sending through this client's pool, session and retries
        self.v2 = v2.Client().set_httpx_client(self._http)
        self.v3 = v3.Client().set_httpx_client(self._http)
        self.taskflow = taskflow.Client().set_httpx_client(self._http)

    def _execute(self, call: Call[Any]) -> Any:
        with self._telemetry.call(call.kwargs):
            try:
                if call.sink is not None:
                    from ._transfers import receive_sync  # file transfers load on first use

                    return receive_sync(self._http, call)
                response = self._http.request(**unrouted(call.kwargs))
                _unbind(response)
            except httpx.HTTPError as exc:
                raise transport_error(exc) from exc
            return parse(response, call.parse) if call.check else call.parse(response)

    def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Any:
        return self._execute(call_for(endpoint, *args, **kwargs))

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _log_out_replaced(self, session: Session) -> None:
        thread = threading.Thread(target=self._send_logout, args=(session,), name="iics-logout", daemon=True)
        self._logouts.add(thread)
        thread.start()

    def _send_logout(self, session: Session) -> None:
        try:
            self._http.request(**self._auth.stale_logout_kwargs(session))
        except Exception as exc:  # best effort: the session idles out on the server anyway
            logger.debug("logging out a replaced session failed: %s", type(exc).__name__)
        finally:
            self._logouts.discard(threading.current_thread())

    def close(self) -> None:
        """Close the connection pool (the session stays valid on the server until logout or idle timeout). Logouts
        of replaced sessions still on their way get up to ``timeout`` seconds to finish first."""
        deadline = time.monotonic() + self._settings.timeout
        for thread in list(self._logouts):
            thread.join(max(0.0, deadline - time.monotonic()))
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


_READ = httpx.ByteStream(b"")


def _unbind(response: httpx.Response) -> None:
    """httpx binds each response's stream to the response (to set ``elapsed`` on close), so every response is a
    reference cycle, with its request, headers and connection objects (~45 objects per call) that only the garbage
    collector frees; a collection that runs while a large answer is alive costs ~0.3 ms. A closed response's stream
    is never read again: swapping it frees them all when the call returns."""
    for one in (*response.history, response):
        if one.is_closed:
            one.stream = _READ


def _async_hooks(hooks: list[Callable[[Any], None]]) -> list[Callable[[Any], Any]]:
    """The sync hooks as one async hook (httpx awaits each hook of the list: one coroutine per request, not one
    per hook), run in order; the first that raises stops the request, as in the sync client."""

    async def run(message: Any) -> None:
        for hook in hooks:
            hook(message)

    return [run]


def _for_async(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request as the async client sends it. Only a streamed upload has a body that is not bytes, and only
    _transfers makes one (so it is loaded already): its files are read in a worker thread (``for_async``)."""
    content = kwargs.get("content")
    if content is None or isinstance(content, bytes | str):
        return kwargs
    from ._transfers import for_async

    return for_async(kwargs)


class AsyncIICSClient(_BaseClient, V2AsyncOperations, V3AsyncOperations, TaskflowAsyncOperations):
    """The asyncio client. ``async with AsyncIICSClient(...) as client:`` logs in, and out at the end."""

    _is_async = True
    _http: httpx.AsyncClient

    def _open(self) -> None:
        pool_args = self._pool_args()
        self._pool = AsyncBoundedTransport(
            lambda limits: httpx.AsyncHTTPTransport(limits=limits, **pool_args), **self._pool_shape()
        )
        self._logouts: set[asyncio.Task[None]] = set()
        self._http = httpx.AsyncClient(
            event_hooks={
                "request": _async_hooks(self._request_hooks()),
                "response": _async_hooks(self._response_hooks()),
            },
            **self._client_args(self._pool),
        )
        from . import taskflow, v2, v3

        self.v2 = v2.Client().set_async_httpx_client(self._http)
        self.v3 = v3.Client().set_async_httpx_client(self._http)
        self.taskflow = taskflow.Client().set_async_httpx_client(self._http)

    async def _execute(self, call: Call[Any]) -> Any:
        with self._telemetry.call(call.kwargs):
            try:
                if call.sink is not None:
                    from ._transfers import receive_async

                    return await receive_async(self._http, call)
                response = await self._http.request(**unrouted(_for_async(call.kwargs)))
                _unbind(response)
            except httpx.HTTPError as exc:
                raise transport_error(exc) from exc
            return parse(response, call.parse) if call.check else call.parse(response)

    def _call(self, endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> Coroutine[Any, Any, Any]:
        # not a coroutine itself: the generated method awaits _execute's directly (one frame less to resume at
        # every suspension of the call)
        return self._execute(call_for(endpoint, *args, **kwargs))

    async def _sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)

    def _log_out_replaced(self, session: Session) -> None:
        import asyncio

        task = asyncio.get_running_loop().create_task(self._send_logout(session))  # called from the auth flow
        self._logouts.add(task)
        task.add_done_callback(self._logouts.discard)

    async def _send_logout(self, session: Session) -> None:
        try:
            await self._http.request(**self._auth.stale_logout_kwargs(session))
        except Exception as exc:  # best effort: the session idles out on the server anyway
            logger.debug("logging out a replaced session failed: %s", type(exc).__name__)

    async def batch_start_jobs(
        self, jobs: Iterable[StartJobRequest | Mapping[str, Any] | tuple[str, str]], *, max_concurrency: int = 10
    ) -> list[Job | BaseException]:
        """Start many jobs concurrently (at most ``max_concurrency`` in flight). A job is a ``(task_id, task_type)``
        pair, a mapping of ``start_job``'s keyword arguments (``{"task_name": "…", "task_type": "MTT"}``) or a
        ``StartJobRequest``. Returns one entry per job, in input order: the started Job, or the exception its start
        raised (a job written wrong is an IICSConfigurationError in its slot); one failure never discards the
        others' results."""
        return await batch_start(self, jobs, max_concurrency)

    async def aclose(self) -> None:
        """Close the connection pool. Logouts of replaced sessions still on their way get up to ``timeout`` seconds
        to finish first."""
        if self._logouts:
            import asyncio

            _, late = await asyncio.wait(set(self._logouts), timeout=self._settings.timeout)
            for task in late:
                task.cancel()
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
