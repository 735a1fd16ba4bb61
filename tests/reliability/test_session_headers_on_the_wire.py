"""Item 5 of issue 12: the session id never appears in any logger's output, at any level, over HTTP/1.1 and HTTP/2,
and over HTTP/2 it goes out as an HPACK never-indexed field (kept out of the compression tables, RFC 7541 §7.1.3).

The capture is the root logger at DEBUG with every library logger that exists at that point enabled (httpx,
httpcore.*, hpack.*, h2, httpx_retries, asyncio, iics_client, ...). HTTP/2 runs against a real h2 server on
127.0.0.1 (tests/support/h2server.py); HTTP/1.1 against the simulator.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from iics_client import AsyncIICSClient, IICSClient, IICSConfigurationError
from iics_client.testing import Simulator
from tests.support.h2server import H2Server


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.threadName or not record.threadName.startswith("h2server"):  # the test server's own logs
            self.records.append(record)


@pytest.fixture
def capture() -> Iterator[Capture]:
    import h2.connection  # noqa: F401  every library that may log, imported before the loggers are listed
    import hpack  # noqa: F401
    import httpcore  # noqa: F401
    import httpx_retries  # noqa: F401

    handler = Capture()
    root = logging.getLogger()
    saved = {name: (log.level, log.disabled, log.propagate) for name, log in _loggers()}
    root_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for _, log in _loggers():
        log.setLevel(logging.DEBUG)
        log.disabled = False
        log.propagate = True
    yield handler
    root.removeHandler(handler)
    root.setLevel(root_level)
    for name, log in _loggers():
        if name in saved:
            log.level, log.disabled, log.propagate = saved[name]


def _loggers() -> list[tuple[str, logging.Logger]]:
    return [(name, log) for name, log in logging.root.manager.loggerDict.items() if isinstance(log, logging.Logger)]


def _session_id(client: IICSClient | AsyncIICSClient) -> str:
    session = client._auth.session
    assert session is not None
    return session.session_id


def _huffman(secret: str) -> bytes:
    from hpack.huffman import HuffmanEncoder
    from hpack.huffman_constants import REQUEST_CODES, REQUEST_CODES_LENGTH

    return HuffmanEncoder(REQUEST_CODES, REQUEST_CODES_LENGTH).encode(secret.encode())


def leaks(records: list[logging.LogRecord], secrets: list[str]) -> list[str]:
    """Records that show a secret: in their text, their arguments, or HPACK-Huffman-coded in a byte argument."""
    found = []
    for record in records:
        text = record.getMessage() + repr(record.args) + repr(getattr(record, "__dict__", {}))
        for secret in secrets:
            coded = _huffman(secret)
            args = record.args if isinstance(record.args, tuple) else ()
            if secret in text or any(isinstance(a, bytes | bytearray) and coded in a for a in args):
                found.append(f"{record.name}: {record.getMessage()[:200]}")
    return found


def _scenario_h2(kind: str, server: H2Server) -> None:
    """Log in, two calls (the second would reuse an indexed header), an expiry and a renewal, logout."""
    settings: dict[str, Any] = {
        "login_url": server.url,
        "username": server.username,
        "password": server.password,
        "http2": True,
        "verify": server.client_context,
    }
    if kind == "async":

        async def run() -> None:
            async with AsyncIICSClient(**settings) as client:
                await client.list_connections()
                await client.list_connections()
                server.expire_sessions()
                await client.list_connections()

        asyncio.run(run())
    else:
        with IICSClient(**settings) as client:
            client.list_connections()
            client.list_connections()
            server.expire_sessions()
            client.list_connections()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_http2_session_headers_are_never_indexed_and_never_logged(capture: Capture, kind: str) -> None:
    with H2Server() as server:
        _scenario_h2(kind, server)
    assert set(server.protocols) == {"h2"}  # really HTTP/2
    with_session = [seen for seen in server.seen if seen.session is not None]
    assert len(with_session) >= 5  # 3 calls + the replay after the renewal + logout
    assert all(seen.never_indexed for seen in with_session), [s for s in with_session if not s.never_indexed]
    found = leaks(capture.records, [*server.issued, server.password])
    print(
        f"\n[HTTP/2 {kind}] {len(capture.records)} log records from "
        f"{len({r.name for r in capture.records})} loggers; {len(with_session)} requests with a session header, "
        f"{sum(1 for s in with_session if s.never_indexed)} never-indexed; {len(server.issued)} sessions; "
        f"leaks: {len(found)}"
    )
    assert found == []
    assert any(r.name.startswith("hpack") for r in capture.records)  # the HPACK encoder did log, at DEBUG


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_http11_session_ids_are_never_logged(capture: Capture, kind: str) -> None:
    sessions: list[str] = []
    with Simulator() as sim:
        settings: dict[str, Any] = {"login_url": sim.login_url, "username": sim.username, "password": sim.password}
        if kind == "async":

            async def run() -> None:
                async with AsyncIICSClient(**settings) as client:
                    await client.list_connections()
                    sessions.append(_session_id(client))
                    sim.expire_sessions()
                    await client.list_mapping_tasks()
                    sessions.append(_session_id(client))

            asyncio.run(run())
        else:
            with IICSClient(**settings) as client:
                client.list_connections()
                sessions.append(_session_id(client))
                sim.expire_sessions()
                client.list_mapping_tasks()
                sessions.append(_session_id(client))
        password = sim.password
    found = leaks(capture.records, [*sessions, password])
    print(f"\n[HTTP/1.1 {kind}] {len(capture.records)} log records; {len(set(sessions))} sessions; leaks: {len(found)}")
    assert len(set(sessions)) == 2
    assert found == []


def test_http2_is_refused_when_h2_cannot_send_headers_never_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    import h2.utilities

    monkeypatch.delattr(h2.utilities, "_SECURE_HEADERS")
    with pytest.raises(IICSConfigurationError, match="never-indexed"):
        IICSClient("us", "u", "p", http2=True)


def test_http2_is_refused_with_an_hpack_that_logs_header_values(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.metadata

    import h2.utilities

    monkeypatch.setattr(h2.utilities, "_SECURE_HEADERS", frozenset({b"authorization", b"proxy-authorization"}))
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "4.0.0" if name == "hpack" else real(name))
    with pytest.raises(IICSConfigurationError, match="hpack"):
        IICSClient("us", "u", "p", http2=True)
