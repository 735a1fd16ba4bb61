"""Transfers: a response body streamed into a file and a request body streamed from a file, neither ever held whole in
memory (export packages can be hundreds of megabytes).

Downloads. A plan yields ``Call(kwargs, parse, sink=FileSink(path))``; the client's ``_execute`` hands such a call
to ``receive_sync`` or ``receive_async`` (the same steps, only the I/O differs). They send it through the client's
pool, session, routing and retries (``httpx.Client.stream``), read a non-2xx answer (a short error body) and raise it
as usual, else write the body into the sink chunk by chunk, check that as many bytes arrived as Content-Length
announced, and give the plan ``parse(response)``. ``FileSink`` writes a temporary file beside its target and renames
it only when the body is complete, so a failed download leaves nothing behind. The async client writes each chunk
from a worker thread: the event loop never waits on the disk.

Uploads. ``streamed_upload(kwargs)`` turns the ``files=`` of a generated multipart request into a ``MultipartBody``:
a random boundary, an exact Content-Length, and chunks read from the files while the request is sent, from the
start again each time it is sent (a retry, a replay after a re-login). The async client sends it through
``for_async(kwargs)``, which reads the files in a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import unquote

import httpx

from ._exceptions import IICSConfigurationError, IICSConnectionError, error_for, parse
from ._runner import Call, Sink

T = TypeVar("T")

CHUNK = 1024 * 1024  # bytes per disk read or write: few enough thread hops, little memory
ZIP_SIGNATURE = b"PK\x03\x04"
# filename="..." or filename*=UTF-8''... in a Content-Disposition header
_FILENAME = re.compile(r"""filename(\*?)\s*=\s*(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)
Progress = Callable[[int, "int | None"], None]  # (bytes so far, total bytes when known)


# ---- downloads ----


def receive_sync(http: httpx.Client, call: Call[T]) -> T:
    sink = _sink_of(call)
    with http.stream(**call.kwargs) as response:
        if not 200 <= response.status_code < 300:
            response.read()
            raise error_for(response)
        with sink.open(response) as out:
            for chunk in response.iter_bytes(CHUNK):
                out.write(chunk)
                sink.wrote(len(chunk))
            _check_complete(response)
    return parse(response, call.parse)


async def receive_async(http: httpx.AsyncClient, call: Call[T]) -> T:
    sink = _sink_of(call)
    async with http.stream(**call.kwargs) as response:
        if not 200 <= response.status_code < 300:
            await response.aread()
            raise error_for(response)
        with sink.open(response) as out:  # creating and renaming the file are quick; the writes go to a thread
            import asyncio  # here, not at the top: `import iics_client` does not pay for asyncio

            async for chunk in response.aiter_bytes(CHUNK):
                await asyncio.to_thread(out.write, chunk)
                sink.wrote(len(chunk))
            _check_complete(response)
    return parse(response, call.parse)


def _sink_of(call: Call[Any]) -> Sink:
    if call.sink is None:  # pragma: no cover - the clients only send calls with a sink here
        raise TypeError("a streamed call needs a sink")
    return call.sink


def content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if value.isdigit() else None


def _check_complete(response: httpx.Response) -> None:
    """The body is complete: as many bytes (as sent, before any content decoding) as its Content-Length said."""
    expected = content_length(response)
    if expected is not None and response.num_bytes_downloaded != expected:
        raise IICSConnectionError(
            f"the download ended after {response.num_bytes_downloaded} of {expected} bytes",
            method=response.request.method,
            url=str(response.request.url),
        )


class FileSink:
    """Write a 2xx body to ``path`` through a temporary file in the same folder, renamed to ``path`` once complete.
    ``progress(bytes so far, total or None)`` is called after each chunk, on the caller's thread (or event loop)."""

    def __init__(self, path: Path, *, progress: Progress | None = None) -> None:
        self.path = path
        self._progress = progress
        self._done = 0
        self._total: int | None = None

    @contextlib.contextmanager
    def open(self, response: httpx.Response) -> Iterator[IO[bytes]]:
        self._done, self._total = 0, content_length(response)
        descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        try:
            with os.fdopen(descriptor, "wb") as out:
                yield out
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def wrote(self, count: int) -> None:
        self._done += count
        if self._progress is not None:
            self._progress(self._done, self._total)

    def result(self, _response: httpx.Response) -> Path:
        return self.path


class NamedFileSink(FileSink):
    """A file sink whose target may be a folder: the file is then named as the answer's Content-Disposition says,
    else ``default_stem`` plus ``.zip`` for a zip (by its first bytes) or ``default_suffix`` (run logs: text or a zip,
    IICS does not say which beforehand)."""

    def __init__(
        self,
        target: str | os.PathLike[str],
        *,
        default_stem: str,
        default_suffix: str,
        progress: Progress | None = None,
    ) -> None:
        try:
            self.target = Path(target)
        except TypeError:
            raise IICSConfigurationError(f"path must be a file or folder path, not {target!r}") from None
        if not self.target.is_dir() and not self.target.parent.is_dir():
            raise IICSConfigurationError(f"cannot write {self.target}: {self.target.parent} is not a folder")
        self.default_stem, self.default_suffix = default_stem, default_suffix
        into = self.target / f"{default_stem}{default_suffix}" if self.target.is_dir() else self.target
        super().__init__(into, progress=progress)

    @contextlib.contextmanager
    def open(self, response: httpx.Response) -> Iterator[IO[bytes]]:
        with super().open(response) as out:
            yield out
        if self.target.is_dir():
            final = self.target / self._name(response, self.path)
            if final != self.path:
                os.replace(self.path, final)
                self.path = final

    def _name(self, response: httpx.Response, written: Path) -> str:
        match = _FILENAME.search(response.headers.get("Content-Disposition", ""))
        if match:
            raw = unquote(match.group(2)) if match.group(1) else match.group(2)
            name = os.path.basename(raw.strip().replace("\\", "/"))
            if name not in ("", ".", ".."):
                return name
        with open(written, "rb") as check:
            is_zip = check.read(len(ZIP_SIGNATURE)) == ZIP_SIGNATURE
        return self.default_stem + (".zip" if is_zip else self.default_suffix)


def body(response: httpx.Response) -> bytes:
    """A parser for a body read whole (a small file asked for as bytes)."""
    return response.content


def destination_file(destination: str | os.PathLike[str], default_name: str) -> Path:
    """Where a download goes: ``destination``, or ``default_name`` inside it when it is a folder; its folder must
    exist (IICSConfigurationError before any request)."""
    try:
        path = Path(destination)
    except TypeError:
        raise IICSConfigurationError(f"destination must be a file or folder path, not {destination!r}") from None
    if path.is_dir():
        path = path / default_name
    if not path.parent.is_dir():
        raise IICSConfigurationError(f"cannot write {path}: {path.parent} is not a folder")
    return path


# ---- uploads ----


@dataclass(frozen=True)
class _FilePart:
    file: IO[bytes]
    start: int
    size: int


_QUOTED = re.compile(r'["\r\n]')
_QUOTES = {'"': "%22", "\r": "%0D", "\n": "%0A"}  # as browsers escape form-data names (HTML5)


def _quoted(text: str) -> str:
    return _QUOTED.sub(lambda match: _QUOTES[match.group(0)], text)


def _file_size(file: IO[bytes], start: int) -> int:
    try:
        return os.fstat(file.fileno()).st_size - start
    except (AttributeError, OSError, ValueError):
        end = file.seek(0, os.SEEK_END)
        file.seek(start)
        return end - start


class MultipartBody:
    """A multipart/form-data body built from httpx's ``files=`` list (``(name, (filename, bytes or a binary file,
    content type))``), sent with a random boundary and an exact Content-Length, its files read chunk by chunk while it
    is sent. Iterable again from the start (a retry or a replay sends it again). ``progress(bytes of files sent,
    their total)`` is called after each file chunk."""

    def __init__(self, files: Sequence[tuple[str, Any]], *, progress: Progress | None = None) -> None:
        self.boundary = os.urandom(16).hex()  # as httpx makes its own
        self._progress = progress
        pieces: list[bytes | _FilePart] = []
        for name, value in files:
            filename, payload, content_type = _unpack(name, value)
            head = f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"'
            if filename is not None:
                head += f'; filename="{_quoted(filename)}"'
            head += f"\r\nContent-Type: {content_type}\r\n\r\n" if content_type else "\r\n\r\n"
            pieces.append(head.encode())
            if isinstance(payload, bytes | bytearray | memoryview):
                pieces.append(bytes(payload))
            elif isinstance(payload, str):
                pieces.append(payload.encode())
            else:
                start = payload.tell()
                pieces.append(_FilePart(payload, start, _file_size(payload, start)))
            pieces.append(b"\r\n")
        pieces.append(f"--{self.boundary}--\r\n".encode())
        self._pieces = _joined(pieces)
        self.file_bytes = sum(piece.size for piece in self._pieces if isinstance(piece, _FilePart))
        self.length = sum(piece.size if isinstance(piece, _FilePart) else len(piece) for piece in self._pieces)

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": f"multipart/form-data; boundary={self.boundary}", "Content-Length": str(self.length)}

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        for piece in self._pieces:
            if isinstance(piece, bytes):
                yield piece
                continue
            piece.file.seek(piece.start)
            left = piece.size
            while left:
                chunk = _checked(piece.file.read(min(CHUNK, left)), piece)
                left -= len(chunk)
                yield chunk
                sent += len(chunk)
                self._report(sent)

    async def aiter(self) -> AsyncIterator[bytes]:
        """The same chunks, each file read in a worker thread."""
        import asyncio

        sent = 0
        for piece in self._pieces:
            if isinstance(piece, bytes):
                yield piece
                continue
            await asyncio.to_thread(piece.file.seek, piece.start)
            left = piece.size
            while left:
                chunk = _checked(await asyncio.to_thread(piece.file.read, min(CHUNK, left)), piece)
                left -= len(chunk)
                yield chunk
                sent += len(chunk)
                self._report(sent)

    def _report(self, sent: int) -> None:
        if self._progress is not None:
            self._progress(sent, self.file_bytes)


def _unpack(name: str, value: Any) -> tuple[str | None, Any, str | None]:
    if isinstance(value, tuple) and len(value) in (2, 3):
        filename, payload = value[0], value[1]
        content_type = value[2] if len(value) == 3 else None
        return filename, payload, content_type
    raise IICSConfigurationError(f"multipart part {name!r}: expected (filename, content[, content type])")


def _joined(pieces: list[bytes | _FilePart]) -> list[bytes | _FilePart]:
    """Adjacent byte pieces as one (fewer, larger writes)."""
    joined: list[bytes | _FilePart] = []
    for piece in pieces:
        if isinstance(piece, bytes) and joined and isinstance(joined[-1], bytes):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


def _checked(chunk: bytes, piece: _FilePart) -> bytes:
    if not chunk:  # the file shrank after the body was measured: the Content-Length is wrong now
        raise IICSConfigurationError(f"{getattr(piece.file, 'name', 'the file')} changed while it was being uploaded")
    return chunk


class _AsyncChunks:
    """What the async client sends for a MultipartBody: only async-iterable, so httpx streams it as such."""

    def __init__(self, body: MultipartBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body.aiter()


def streamed_upload(kwargs: Mapping[str, Any], *, progress: Progress | None = None) -> dict[str, Any]:
    """The request of a generated multipart endpoint with its ``files=`` replaced by a streamed MultipartBody."""
    request = dict(kwargs)
    body = MultipartBody(request.pop("files"), progress=progress)
    request["content"] = body
    request["headers"] = {**request.get("headers", {}), **body.headers}
    return request


def for_async(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request as the async client sends it: a MultipartBody's files are read in a worker thread."""
    body = kwargs.get("content")
    if isinstance(body, MultipartBody):
        return {**kwargs, "content": _AsyncChunks(body)}
    return kwargs


__all__ = [
    "FileSink",
    "MultipartBody",
    "content_length",
    "destination_file",
    "for_async",
    "receive_async",
    "receive_sync",
    "streamed_upload",
]
