"""A small IICS-like HTTP/2 server on 127.0.0.1 (TLS with ALPN "h2", h2 server side, one thread per connection), for
the tests of what the client puts on an HTTP/2 connection. The simulator speaks HTTP/1.1 only.

It serves the v2 login (``POST /ma/api/v2/user/login``), ``GET /saas/connection`` (401 for a session it does not
know) and ``POST /saas/user/logout``, on one origin (login host and pod at once), and records for every request
whether its session header arrived as an HPACK never-indexed field. Its threads are named ``h2server-*``: a test
that captures logs leaves out the server's own records (its HPACK decoder logs what it receives).
"""

from __future__ import annotations

import itertools
import json
import socket
import ssl
import threading
from dataclasses import dataclass, field
from typing import Any

import h2.config
import h2.connection
import h2.events
from hpack import NeverIndexedHeaderTuple

SESSION_PREFIX = "H2-SESSION-SECRET-"


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    session: str | None
    never_indexed: bool | None  # None: no session header


@dataclass
class H2Server:
    username: str = "h2@example.com"
    password: str = "h2-password"
    seen: list[Seen] = field(default_factory=list)
    protocols: list[str | None] = field(default_factory=list)  # what ALPN negotiated, per connection
    sessions: set[str] = field(default_factory=set)
    issued: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        import trustme

        ca = trustme.CA()
        self._server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._server_context.set_alpn_protocols(["h2"])
        ca.issue_cert("127.0.0.1").configure_cert(self._server_context)
        self.client_context = ssl.create_default_context(cadata=ca.cert_pem.bytes().decode("ascii"))
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="h2server-accept", daemon=True)

    def __enter__(self) -> H2Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        self._socket.close()

    def expire_sessions(self) -> None:
        with self._lock:
            self.sessions.clear()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._socket.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), name="h2server-connection", daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            tls = self._server_context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            conn.close()
            return
        with self._lock:
            self.protocols.append(tls.selected_alpn_protocol())
        h2conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding=None))
        h2conn.initiate_connection()
        tls.sendall(h2conn.data_to_send())
        requests: dict[int, tuple[list[Any], bytearray]] = {}
        try:
            while True:
                data = tls.recv(65536)
                if not data:
                    return
                for event in h2conn.receive_data(data):
                    if isinstance(event, h2.events.RequestReceived):
                        requests[event.stream_id] = (list(event.headers or []), bytearray())
                    elif isinstance(event, h2.events.DataReceived):
                        requests[event.stream_id][1].extend(event.data or b"")
                        h2conn.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                    elif isinstance(event, h2.events.StreamEnded):
                        headers, body = requests.pop(event.stream_id)
                        status, answer = self._answer(headers, bytes(body))
                        payload = json.dumps(answer).encode()
                        h2conn.send_headers(
                            event.stream_id,
                            [(":status", str(status)), ("content-type", "application/json"),
                             ("content-length", str(len(payload)))],
                        )  # fmt: skip
                        h2conn.send_data(event.stream_id, payload, end_stream=True)
                tls.sendall(h2conn.data_to_send())
        except (OSError, ssl.SSLError, h2.exceptions.H2Error):
            return
        finally:
            tls.close()

    def _answer(self, headers: list[Any], body: bytes) -> tuple[int, Any]:
        values = {bytes(name).lower(): header for header in headers for name in [header[0]]}
        method = bytes(values[b":method"][1]).decode()
        path = bytes(values[b":path"][1]).decode()
        header = values.get(b"icsessionid") or values.get(b"infa-session-id")
        session = bytes(header[1]).decode() if header is not None else None
        with self._lock:
            never_indexed = None if header is None else isinstance(header, NeverIndexedHeaderTuple)
            self.seen.append(Seen(method, path, session, never_indexed))
            if path == "/ma/api/v2/user/login":
                credentials = json.loads(body)
                if (credentials.get("username"), credentials.get("password")) != (self.username, self.password):
                    return 401, {"@type": "error", "code": "UI_10000", "description": "bad credentials"}
                issued = f"{SESSION_PREFIX}{next(self._counter)}-7f3a9c"
                self.sessions.add(issued)
                self.issued.append(issued)
                return 200, {"@type": "user", "name": self.username, "orgId": "o1", "serverUrl": self.url + "/saas",
                             "icSessionId": issued}  # fmt: skip
            if session not in self.sessions:
                return 401, {"@type": "error", "code": "AUTH_01", "description": "invalid session"}
            if path == "/saas/user/logout":
                self.sessions.discard(session)
                return 200, {}
            return 200, [{"@type": "connection", "id": "c1", "name": "h2 conn", "type": "TOOLKIT"}]
