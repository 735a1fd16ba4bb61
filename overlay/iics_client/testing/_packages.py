"""Export packages: real ZIP files, written and read without holding them in memory.

The layout borrows IICS's top-level names but is the simulator's own (clients must treat packages as opaque):

* ``exportMetadata.v2.json``: the manifest: the export job, the source org, and every object (id, name, path, type,
  description, dependencies, its entry's name and SHA-256);
* ``exportPackage.chksum``: the SHA-256 of the manifest, so that any change to the package is detected on upload;
* one JSON entry per object: ``Explore/<path>.<TYPE>.json`` for projects, folders and assets,
  ``SYS/<name>.<TYPE>.json`` for connections and runtime environments;
* optionally ``Padding/padding.bin``: incompressible filler (stored, not deflated) that makes a package as large as
  a benchmark needs.
"""

from __future__ import annotations

import hashlib
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Json = dict[str, Any]
MANIFEST = "exportMetadata.v2.json"
CHECKSUM = "exportPackage.chksum"
PADDING = "Padding/padding.bin"
FORMAT = "iics-simulator/1"
_BLOCK = 1024 * 1024
_DATE = (2024, 6, 3, 16, 0, 0)  # fixed entry dates: the same export gives the same bytes


class PackageError(ValueError):
    """Not a package the simulator can import (the message says why)."""


@dataclass
class Package:
    """What an upload holds: the manifest's header, its objects (each with its entry's ``record``), and whether
    every checksum matched."""

    header: Json
    objects: list[Json]
    checksum_valid: bool


def entry_name(obj: Json) -> str:
    folder = "Explore" if obj["type"] not in ("Connection", "AgentGroup") else "SYS"
    return f"{folder}/{obj['path']}.{obj['type']}.json"


def write_package(path: Path, header: Json, objects: list[tuple[Json, Json]], padding: int = 0) -> int:
    """Write a package to `path`: `objects` are (manifest entry, record) pairs; returns the file size."""
    listed = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for meta, record in objects:
            data = json.dumps(record, sort_keys=True).encode()
            name = entry_name(meta)
            archive.writestr(zipfile.ZipInfo(name, _DATE), data, zipfile.ZIP_DEFLATED)
            listed.append({**meta, "entry": name, "sha256": hashlib.sha256(data).hexdigest()})
        manifest: Json = {"format": FORMAT, **header, "objects": listed}
        if padding > 0:
            manifest["padding"] = {"entry": PADDING, "size": padding, "sha256": _write_padding(archive, padding)}
        data = json.dumps(manifest, indent=1, sort_keys=True).encode()
        archive.writestr(zipfile.ZipInfo(MANIFEST, _DATE), data, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(CHECKSUM, _DATE), hashlib.sha256(data).hexdigest())
    return path.stat().st_size


def _write_padding(archive: zipfile.ZipFile, size: int) -> str:
    info = zipfile.ZipInfo(PADDING, _DATE)
    info.compress_type = zipfile.ZIP_STORED
    block = random.Random(size).randbytes(_BLOCK)  # noqa: S311 - filler, not a secret
    digest = hashlib.sha256()
    with archive.open(info, "w", force_zip64=size >= 2**31) as out:
        left = size
        while left:
            chunk = block[: min(left, _BLOCK)]
            out.write(chunk)
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest()


def read_package(path: Path) -> Package:
    """Read and verify an uploaded package (entries are read one at a time; the padding is streamed)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise PackageError(f"The package is not a valid ZIP file ({exc}).") from None


def _read(archive: zipfile.ZipFile) -> Package:
    names = set(archive.namelist())
    if MANIFEST not in names:
        raise PackageError(f"The package has no {MANIFEST}: it is not an export package.")
    data = archive.read(MANIFEST)
    try:
        manifest = json.loads(data)
        objects = list(manifest["objects"])
    except (ValueError, KeyError, TypeError):
        raise PackageError(f"The package's {MANIFEST} is not valid.") from None
    valid = CHECKSUM in names and archive.read(CHECKSUM).decode("latin-1").strip() == hashlib.sha256(data).hexdigest()
    loaded = []
    for meta in objects:
        if not isinstance(meta, dict) or not isinstance(meta.get("entry"), str) or meta["entry"] not in names:
            raise PackageError(f"The package lists an object without its entry: {meta!r}.")
        raw = archive.read(meta["entry"])
        valid = valid and hashlib.sha256(raw).hexdigest() == meta.get("sha256")
        try:
            record = json.loads(raw)
        except ValueError:
            raise PackageError(f"The package entry {meta['entry']} is not valid JSON.") from None
        loaded.append({**meta, "record": record})
    padding = manifest.get("padding")
    if isinstance(padding, dict) and padding.get("entry") in names:
        valid = valid and _digest(archive, padding["entry"]) == padding.get("sha256")
    header = {key: value for key, value in manifest.items() if key not in ("objects", "padding")}
    return Package(header, loaded, valid)


def _digest(archive: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with archive.open(name) as entry:
        while chunk := entry.read(_BLOCK):
            digest.update(chunk)
    return digest.hexdigest()
