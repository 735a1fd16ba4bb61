"""Downloads: a response body streamed into a file, never held whole in memory (session logs, error rows).

A plan asks for one with ``Call(kwargs, parse, sink=FileSink(...))``; the client's ``_execute`` hands such a call to
``stream_sync`` or ``stream_async`` (the only I/O here: the same steps, sync and async), which stream a 2xx body
into the sink, chunk by chunk, and then give the plan ``parse(response)``. A non-2xx answer is read (it is a short
error body) and raised as usual. The file is written under a temporary name next to its target and renamed at the
end, so a download that fails leaves no half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TypeVar
from urllib.parse import unquote

import httpx

from ._exceptions import IICSConfigurationError, error_for
from ._runner import Call

T = TypeVar("T")
ZIP_SIGNATURE = b"PK\x03\x04"
# filename="..." or filename*=UTF-8''... in a Content-Disposition header
_FILENAME = re.compile(r"""filename(\*?)\s*=\s*(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)


def stream_sync(http: httpx.Client, call: Call[T]) -> T:
    assert call.sink is not None
    with http.stream(**call.kwargs) as response:
        if not 200 <= response.status_code < 300:
            response.read()
            raise error_for(response)
        with call.sink.open(response) as out:
            for chunk in response.iter_bytes():
                out.write(chunk)
    return call.parse(response)


async def stream_async(http: httpx.AsyncClient, call: Call[T]) -> T:
    assert call.sink is not None
    async with http.stream(**call.kwargs) as response:
        if not 200 <= response.status_code < 300:
            await response.aread()
            raise error_for(response)
        with call.sink.open(response) as out:  # local file writes of one chunk each: short enough for the loop
            async for chunk in response.aiter_bytes():
                out.write(chunk)
    return call.parse(response)


class FileSink:
    """Write a download to ``target``: a file path, or an existing directory (the file is then named by the
    answer's Content-Disposition, else ``default_stem`` plus ``.zip`` for a zip or ``default_suffix``). After the
    download, ``path`` is where it went."""

    def __init__(self, target: str | os.PathLike[str], *, default_stem: str, default_suffix: str) -> None:
        try:
            self.target = Path(target)
        except TypeError:
            raise IICSConfigurationError(f"path must be a file or directory path, not {target!r}") from None
        if not self.target.is_dir() and not self.target.parent.is_dir():
            raise IICSConfigurationError(f"cannot write {self.target}: {self.target.parent} is not a directory")
        self.default_stem = default_stem
        self.default_suffix = default_suffix
        self.path: Path | None = None

    def result(self, _response: httpx.Response) -> Path:
        assert self.path is not None
        return self.path

    @contextlib.contextmanager
    def open(self, response: httpx.Response) -> Iterator[IO[bytes]]:
        folder = self.target if self.target.is_dir() else self.target.parent
        # a fresh name opened exclusively ("x"), with the permissions any new file of the user gets (not mkstemp's 600)
        temporary = str(folder / f".iics-download-{secrets.token_hex(8)}.part")
        try:
            with open(temporary, "xb") as out:
                yield out
            final = self.target if not self.target.is_dir() else self.target / self._name(response, temporary)
            os.replace(temporary, final)
            self.path = final
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def _name(self, response: httpx.Response, written: str) -> str:
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
    return response.content


__all__ = ["ZIP_SIGNATURE", "FileSink", "body", "stream_async", "stream_sync"]
