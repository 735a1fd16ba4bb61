"""The simulator's streaming multipart parser and package reader, on their own: boundaries split across reads,
malformed bodies, and packages that are not what they claim."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path
from typing import BinaryIO

import httpx
import pytest

from iics_client.testing._multipart import FormData, MultipartError, boundary_of, parse
from iics_client.testing._packages import MANIFEST, PackageError, read_package, write_package


class _Trickle:
    """A stream that returns at most `step` bytes per read (boundaries then straddle reads)."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = io.BytesIO(data)
        self._step = step

    def read(self, size: int = -1, /) -> bytes:
        return self._data.read(self._step if size < 0 else min(size, self._step))


def _encode(files: dict[str, tuple[str, bytes]], fields: dict[str, str]) -> tuple[bytes, str]:
    """A multipart body as httpx sends it (the client the tests use)."""
    request = httpx.Request(
        "POST",
        "http://x/",
        files={k: (name, data, "application/zip") for k, (name, data) in files.items()},
        data=fields,
    )
    return request.read(), request.headers["Content-Type"]


def _parse(body: bytes, content_type: str, step: int) -> tuple[FormData, dict[str, bytes]]:
    sinks: dict[str, io.BytesIO] = {}

    def open_file(name: str, _filename: str) -> BinaryIO:
        sink = sinks[name] = _Keep()
        return sink

    form = parse(_Trickle(body, step), boundary_of(content_type), open_file)
    return form, {name: sink.getvalue() for name, sink in sinks.items()}


class _Keep(io.BytesIO):
    def close(self) -> None:  # keep the bytes readable after the parser closes the sink
        pass


@pytest.mark.parametrize("step", [1, 7, 64, 1 << 20])
def test_parts_survive_any_read_size(step: int) -> None:
    payload = random.Random(step).randbytes(5000) + b"\r\n--" + b"\r\n" + b"--x"  # near-boundary bytes inside
    body, content_type = _encode({"package": ("p.zip", payload)}, {"relaxChecksum": "true"})
    form, files = _parse(body, content_type, step)
    assert files["package"] == payload
    assert form.files["package"] == ("p.zip", len(payload))
    assert form.fields == {"relaxChecksum": b"true"}


def test_preamble_and_epilogue_are_ignored() -> None:
    body = b'preamble\r\n--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue\r\n--b--\r\nepilogue'
    form, _ = _parse(body, "multipart/form-data; boundary=b", 3)
    assert form.fields == {"a": b"value"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"no boundary at all", "No multipart boundary"),
        (b'--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue', "ends before its closing boundary"),
        (b"--b\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--b--", "no Content-Disposition"),
        (b"--b\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--b--", "no name"),
        (b"--bXX", "Malformed multipart delimiter"),
        (b'--b\r\nContent-Disposition: form-data; name="a"', "inside part headers"),
    ],
)
def test_malformed_bodies_are_errors(body: bytes, message: str) -> None:
    with pytest.raises(MultipartError, match=message):
        _parse(body, "multipart/form-data; boundary=b", 5)


def test_text_fields_are_bounded() -> None:
    body, content_type = _encode({"package": ("p.zip", b"PK")}, {"relaxChecksum": "x" * 70_000})
    with pytest.raises(MultipartError, match="larger than"):
        _parse(body, content_type, 1 << 20)


@pytest.mark.parametrize(
    "content_type", [None, "application/json", "multipart/form-data", "multipart/mixed; boundary=a"]
)
def test_content_type_must_be_form_data_with_a_boundary(content_type: str | None) -> None:
    with pytest.raises(MultipartError):
        boundary_of(content_type)


def test_packages_round_trip_and_detect_changes(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    meta = {"id": "a1", "name": "mt_x", "path": "P/mt_x", "type": "MTT", "description": "", "dependencies": []}
    write_package(path, {"exportJobId": "e1"}, [(meta, {"object": {"id": "a1"}})], padding=3 * 1024 * 1024 + 5)
    package = read_package(path)
    assert package.checksum_valid
    assert package.header["exportJobId"] == "e1"
    assert package.objects[0]["record"] == {"object": {"id": "a1"}}
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[:-1] + b"!" if info.filename.startswith("Padding/") else data)
    assert read_package(changed).checksum_valid is False  # even the filler is checked


def test_what_is_not_a_package(tmp_path: Path) -> None:
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"PK but not really")
    with pytest.raises(PackageError, match="not a valid ZIP"):
        read_package(not_zip)
    no_manifest = tmp_path / "y.zip"
    with zipfile.ZipFile(no_manifest, "w") as archive:
        archive.writestr("readme.txt", "hi")
    with pytest.raises(PackageError, match="not an export package"):
        read_package(no_manifest)
    bad_manifest = tmp_path / "z.zip"
    with zipfile.ZipFile(bad_manifest, "w") as archive:
        archive.writestr(MANIFEST, json.dumps({"objects": [{"entry": "missing.json"}]}))
    with pytest.raises(PackageError, match="without its entry"):
        read_package(bad_manifest)
