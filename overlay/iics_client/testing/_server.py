"""HTTP plumbing: one threaded HTTP/1.1 server per origin (login host, pod), dispatch with fault injection.

Performance notes: Nagle is off and every response (status line, headers, body) goes out in one ``sendall``;
otherwise a loopback request waits ~40 ms on the delayed-ACK/Nagle interaction. Each connection has its own
thread; shared state has its own fine-grained locks, so requests do not serialize on the server.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from ._errors import ApiError, error_body
from ._faults import Fault, FaultInjector
from ._handlers import HANDLERS, STREAMED, Backend, Call, Reply, StreamBody
from ._routes import Match, Router
from ._stats import Stats
from ._taskflows import runtime_credentials

MAX_BODY = 16 * 1024 * 1024
# one DEBUG line per answered request (method, path, status; never headers or bodies): `iics -v simulator` shows it
logger = logging.getLogger("iics_client_simulator")
_GATEWAY_PAGE = "<html><head><title>{0} {1}</title></head><body><center><h1>{0} {1}</h1></center></body></html>"
_EXTRA_PHRASES = {520: "Unknown Error", 521: "Web Server Is Down", 522: "Connection Timed Out"}


class Response:
    __slots__ = ("body", "content_type", "headers", "status", "stream")

    def __init__(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        stream: StreamBody | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = headers or {}
        self.stream = stream  # sent instead of `body`, chunk by chunk


DROP = Response(0)  # sentinel: close the connection without answering


class Dispatcher:
    """Request -> Response for one origin: route, count, inject faults, check the session, run the handler."""

    def __init__(self, router: Router, backend: Backend, faults: FaultInjector, stats: Stats) -> None:
        self._router = router
        self._backend = backend
        self._faults = faults
        self._stats = stats

    def streams(self, method: str, target: str) -> bool:
        """Whether the operation at `target` reads its request body itself (a package upload)."""
        operation = self._router.match(method, target.partition("?")[0]).operation
        return operation is not None and operation.id in STREAMED

    def dispatch(self, method: str, target: str, headers: Any, body: bytes | _BodyStream) -> Response:
        path, _, query = target.partition("?")
        match = self._router.match(method, path)
        operation = match.operation.id if match.operation is not None else "unknown"
        self._stats.record_request(operation)
        injection = self._faults.pick(operation)
        if injection.delay:
            time.sleep(injection.delay)
        fault = injection.fault
        if fault is not None and fault.effective_phase == "before":
            return self._faulted(fault, match.family)
        response = self._perform(match, path, query, headers, body)
        if injection.delay_after:  # the operation took effect; the answer comes late
            time.sleep(injection.delay_after)
        if fault is not None:  # "after": the operation took effect, the client does not learn of it
            return self._faulted(fault, match.family)
        return response

    def _perform(self, match: Match, path: str, query: str, headers: Any, body: bytes | _BodyStream) -> Response:
        family = match.family
        if not match.method_allowed:
            return _error(family, 405, f"Method not allowed on {path}.")
        if match.operation is None:
            return _error(family, 404, f"No resource at {path}.")
        query_params = parse_qs(query, keep_blank_values=True)
        if isinstance(body, bytes):
            call = Call(match.params, query_params, headers, body)
        else:
            call = Call(match.params, query_params, headers, b"", stream=body)
        backend = self._backend
        if match.route is not None:  # pod operations need the route's session header, and only that one
            session_id = headers.get(match.route.session_header)
            user = backend.sessions.touch(session_id)
            if user is None and match.family == "taskflow":  # that runtime also takes IDS-SESSION-ID and Basic
                user, session_id = runtime_credentials(backend, headers) or (None, session_id)
            owner = None if user is None else backend.for_user(user)  # the org of the session's user
            if user is None or owner is None:
                what = "is missing" if not session_id else "is invalid or has expired"
                return _error(family, 401, f"The session ID in header {match.route.session_header} {what}.")
            call.user, call.session_id, backend = user, session_id, owner
        try:
            reply = HANDLERS[match.operation.id](backend, call)
        except ApiError as error:
            return _error(family, error.status, error.message, error.code, error.headers)
        except Exception as exc:  # a simulator bug: answer like IICS would, do not kill the connection
            return _error(family, 500, f"Internal error in the simulator: {type(exc).__name__}: {exc}")
        return _encode(reply)

    def _faulted(self, fault: Fault, family: str) -> Response:
        if fault.kind == "drop":
            return DROP
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = str(max(0, round(fault.retry_after)))
        if fault.status < 500 or fault.status == 503:  # IICS itself refused: its error object
            message = {429: "Too many requests.", 503: "Service temporarily unavailable."}.get(
                fault.status, _phrase(fault.status)
            )
            return _error(family, fault.status, message, headers=headers)
        # gateway errors come from the load balancer, not IICS: an HTML page, not an error object
        page = _GATEWAY_PAGE.format(fault.status, _phrase(fault.status)).encode()
        return Response(fault.status, page, "text/html", headers)


def _error(
    family: str, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    return Response(status, error_body(family, status, message, code), "application/json", headers)


def _encode(reply: Reply) -> Response:
    if reply.body is None:
        return Response(reply.status, b"", None, reply.headers)
    if isinstance(reply.body, StreamBody):
        return Response(reply.status, b"", reply.content_type, reply.headers, stream=reply.body)
    body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body, separators=(",", ":")).encode()
    return Response(reply.status, body, reply.content_type, reply.headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _EXTRA_PHRASES.get(status, "Error")


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "iics-simulator"
    server: _HTTPServer

    def setup(self) -> None:
        if isinstance(self.request, ssl.SSLSocket):  # the handshake runs here, not in the accept loop
            self.request.settimeout(10)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    def _serve(self) -> None:
        streamed = self._streamed_body()
        body = streamed if streamed is not None else self._read_body()
        if body is None:
            return
        response = self.server.dispatcher.dispatch(self.command, self.path, self.headers, body)
        if response is DROP:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._write(response)
        if streamed is not None and not streamed.drain():  # what the handler left unread (e.g. after a 401)
            self.close_connection = True

    def _streamed_body(self) -> _BodyStream | None:
        """The body of a multipart upload to an operation that streams it (read by the handler, not here)."""
        if "multipart/form-data" not in (self.headers.get("Content-Type") or "").lower():
            return None
        if not self.server.dispatcher.streams(self.command, self.path):
            return None
        return _BodyStream.of(self.rfile, self.headers)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._write(_error("v2", 400 if length < 0 else 413, "Bad Content-Length."))
            return None
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _write(self, response: Response) -> None:
        self.server.stats.record_status(response.status)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("%s %s -> %d", self.command, self.path, response.status)
        stream = response.stream
        lines = [
            f"HTTP/1.1 {response.status} {_phrase(response.status)}",
            f"Date: {formatdate(self.server.clock(), usegmt=True)}",
            f"Server: {self.server_version}",
            f"Content-Length: {len(response.body) if stream is None else stream.length}",
        ]
        if response.content_type:
            lines.append(f"Content-Type: {response.content_type}")
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + (b"" if self.command == "HEAD" else response.body))  # one write: no Nagle stall
        if stream is not None and self.command != "HEAD":
            sent = 0
            for chunk in stream.chunks():
                self.wfile.write(chunk)
                sent += len(chunk)
            if sent != stream.length:  # the client cannot find the end of this response: end the connection
                self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: tests and benchmarks make thousands of requests


class _BodyStream:
    """A request body read on demand, by Content-Length or chunked: what a streamed upload's handler reads."""

    def __init__(self, rfile: Any, length: int | None) -> None:
        self._rfile = rfile
        self._left = length  # bytes left (Content-Length); None: chunked
        self._chunk_left = 0
        self._done = False

    @classmethod
    def of(cls, rfile: Any, headers: Any) -> _BodyStream | None:
        if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
            return cls(rfile, None)
        try:
            length = int(headers.get("Content-Length") or 0)
        except ValueError:
            return None  # the plain reader answers it
        return cls(rfile, length) if length >= 0 else None

    def read(self, size: int = -1, /) -> bytes:
        if self._done:
            return b""
        if self._left is not None:
            wanted = self._left if size < 0 else min(size, self._left)
            data: bytes = self._rfile.read(wanted) if wanted else b""
            self._left -= len(data)
            self._done = self._left == 0 or len(data) < wanted
            return data
        if self._chunk_left == 0:
            self._chunk_left = int(self._rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if self._chunk_left == 0:
                while self._rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                self._done = True
                return b""
        data = self._rfile.read(self._chunk_left if size < 0 else min(size, self._chunk_left))
        self._chunk_left -= len(data)
        if self._chunk_left == 0:
            self._rfile.readline()
        if not data:
            self._done = True
        return data

    def drain(self) -> bool:
        """Read and drop the rest; False when the body ended early (the connection is then unusable)."""
        while self.read(1024 * 1024):
            pass
        return not self._left


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024  # benchmarks open hundreds of connections at once

    def __init__(
        self, address: tuple[str, int], dispatcher: Dispatcher, stats: Stats, tls: ssl.SSLContext | None
    ) -> None:
        self.dispatcher = dispatcher
        self.stats = stats
        self.clock: Callable[[], float] = time.time
        self._tls = tls
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        if self._tls is not None:
            sock = self._tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        with self._open_lock:
            self._open.add(sock)
        return sock, address

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that vanish, failed TLS handshakes (a client that does not trust the CA): expected in tests

    def close_connections(self) -> None:
        """Unblock handler threads waiting on idle keep-alive connections."""
        with self._open_lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class ServerThread:
    """One origin: its server and the thread running it."""

    def __init__(
        self,
        host: str,
        dispatcher: Dispatcher,
        stats: Stats,
        tls: ssl.SSLContext | None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.server = _HTTPServer((host, 0), dispatcher, stats, tls)
        self.server.clock = clock  # the Date header's time
        self.port: int = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True,
                                        name=f"iics-simulator:{self.port}")  # fmt: skip
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.server.close_connections()
        self._thread.join(timeout=5)
