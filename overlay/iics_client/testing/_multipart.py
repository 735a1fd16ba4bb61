"""Streaming multipart/form-data parsing (RFC 7578): file parts go to a sink chunk by chunk, so a 200 MB upload
never sits in memory; small text fields are returned as bytes. Standard library only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import BinaryIO, Protocol

CHUNK = 1024 * 1024
MAX_HEADERS = 16 * 1024  # part headers
MAX_FIELD = 64 * 1024  # a text field (files have no limit)
MAX_PREAMBLE = 64 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data (the message says how)."""


@dataclass
class FormData:
    fields: dict[str, bytes] = field(default_factory=dict)  # text parts
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # file parts: name -> (filename, bytes written)


def boundary_of(content_type: str | None) -> bytes:
    """The boundary of a ``multipart/form-data; boundary=...`` Content-Type."""
    header = _header("content-type", content_type or "")
    if header.get_content_type() != "multipart/form-data":
        raise MultipartError(f"Content-Type must be multipart/form-data, not {content_type or 'missing'!r}.")
    boundary = header.get_param("boundary", header="content-type")
    if not isinstance(boundary, str) or not 1 <= len(boundary) <= 70:
        raise MultipartError("The multipart/form-data Content-Type has no valid boundary.")
    return boundary.encode("latin-1")


def parse(stream: Readable, boundary: bytes, open_file: Callable[[str, str], BinaryIO]) -> FormData:
    """Read a whole multipart body from `stream`. A part with a filename is copied into ``open_file(name,
    filename)`` (closed when the part ends); other parts are returned as fields."""
    reader = _Reader(stream)
    delimiter = b"\r\n--" + boundary
    form = FormData()
    # the first delimiter may start the body without the CRLF: read it as if the body began with one
    reader.buffer = b"\r\n"
    if not reader.skip_to(delimiter, MAX_PREAMBLE):
        raise MultipartError("No multipart boundary found in the body.")
    while True:
        after = reader.take(2)
        if after == b"--":
            return form  # closing delimiter; the epilogue is ignored
        if after != b"\r\n":
            raise MultipartError("Malformed multipart delimiter line.")
        name, filename = _part_headers(reader.take_until(b"\r\n\r\n", MAX_HEADERS))
        if filename is not None:
            if name in form.files:
                raise MultipartError(f"More than one file part named {name!r}.")
            with open_file(name, filename) as sink:
                size = reader.copy_until(delimiter, sink.write)
            form.files[name] = (filename, size)
        else:
            chunks: list[bytes] = []
            reader.copy_until(delimiter, chunks.append, limit=MAX_FIELD)
            form.fields[name] = b"".join(chunks)


class _Reader:
    """A byte buffer over the stream with the few scanning operations the parser needs."""

    def __init__(self, stream: Readable) -> None:
        self._stream = stream
        self.buffer = b""

    def _more(self) -> bool:
        data = self._stream.read(CHUNK)
        if not data:
            return False
        self.buffer += data
        return True

    def take(self, count: int) -> bytes:
        while len(self.buffer) < count:
            if not self._more():
                raise MultipartError("The multipart body ends too early.")
        taken, self.buffer = self.buffer[:count], self.buffer[count:]
        return taken

    def skip_to(self, marker: bytes, limit: int) -> bool:
        """Drop everything up to and including `marker`; False if it is not within `limit` bytes."""
        while True:
            index = self.buffer.find(marker)
            if index >= 0:
                self.buffer = self.buffer[index + len(marker) :]
                return True
            if len(self.buffer) > limit or not self._more():
                return False

    def take_until(self, marker: bytes, limit: int) -> bytes:
        while True:
            index = self.buffer.find(marker)
            if index >= 0:
                taken, self.buffer = self.buffer[:index], self.buffer[index + len(marker) :]
                return taken
            if len(self.buffer) > limit:
                raise MultipartError("Multipart part headers are too long.")
            if not self._more():
                raise MultipartError("The multipart body ends inside part headers.")

    def copy_until(self, marker: bytes, write: Callable[[bytes], object], limit: int | None = None) -> int:
        """Pass everything before `marker` to `write` (in chunks), drop the marker; the byte count."""
        copied = 0
        keep = len(marker) - 1  # a marker may straddle two reads
        while True:
            index = self.buffer.find(marker)
            if index >= 0:
                chunk, self.buffer = self.buffer[:index], self.buffer[index + len(marker) :]
            elif len(self.buffer) > keep:
                chunk, self.buffer = self.buffer[:-keep], self.buffer[-keep:]
            else:
                chunk = b""
            if chunk:
                copied += len(chunk)
                if limit is not None and copied > limit:
                    raise MultipartError(f"A multipart text field is larger than {limit} bytes.")
                write(chunk)
            if index >= 0:
                return copied
            if not self._more():
                raise MultipartError("The multipart body ends before its closing boundary.")


def _header(name: str, value: str) -> Message:
    message = Message()
    message[name] = value
    return message


def _part_headers(raw: bytes) -> tuple[str, str | None]:
    disposition = None
    for line in raw.decode("utf-8", "replace").split("\r\n"):
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-disposition":
            disposition = _header("content-disposition", value.strip())
    if disposition is None or disposition.get_content_disposition() != "form-data":
        raise MultipartError("A multipart part has no Content-Disposition: form-data header.")
    name = disposition.get_param("name", header="content-disposition")
    if not isinstance(name, str) or not name:
        raise MultipartError("A multipart part has no name.")
    return name, disposition.get_filename()
