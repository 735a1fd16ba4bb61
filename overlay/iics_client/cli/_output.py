"""Output: aligned tables and key/value blocks for people, one JSON document for scripts (``--json``).

Results go to stdout; messages and progress go to stderr, so ``iics --json ... | jq`` always reads clean JSON.
Secrets (passwords, security tokens, session ids) are masked in everything shown.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from ..v2.types import Unset as V2Unset
from ..v3.types import Unset as V3Unset

MASK = "***"
_SECRET_KEYS = frozenset({"password", "securitytoken", "icsessionid", "sessionid", "infa-session-id", "ids-session-id"})


def is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return lowered in _SECRET_KEYS or lowered.endswith("password")


def scrub(value: Any) -> Any:
    """A copy of a JSON-like value with every secret field's value masked (recursively)."""
    if isinstance(value, Mapping):
        return {
            key: (MASK if is_secret_key(str(key)) and item not in (None, "") else scrub(item))
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


def cell(value: Any) -> str:
    """One table cell: ``-`` for a missing value, yes/no for booleans, ISO times, comma-joined lists."""
    if value is None or isinstance(value, V2Unset | V3Unset):
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, list | tuple):
        return ", ".join(cell(item) for item in value) or "-"
    return str(value) or "-"


@dataclass(frozen=True)
class Column:
    header: str
    get: Callable[[Any], Any]
    width: int | None = None  # cut longer cells to this many characters


def render_table(rows: Sequence[Any], columns: Sequence[Column]) -> str:
    grid = [[column.header for column in columns]]
    for row in rows:
        cells = []
        for column in columns:
            text = " ".join(cell(column.get(row)).split())  # one line per row, whatever the data holds
            if column.width is not None and len(text) > column.width:
                text = text[: column.width - 1] + "…"
            cells.append(text)
        grid.append(cells)
    widths = [max(len(line[index]) for line in grid) for index in range(len(columns))]
    lines = ["  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip() for line in grid]
    return "\n".join(lines) + "\n"


def render_fields(pairs: Sequence[tuple[str, Any]]) -> str:
    width = max((len(key) for key, _ in pairs), default=0)
    return "".join(f"{key.ljust(width)}  {_field(value)}\n" for key, value in pairs)


def _field(value: Any) -> str:
    if isinstance(value, Mapping | list) and value:
        return json.dumps(value, ensure_ascii=False, default=str)
    return cell(value)


def to_json(document: Any) -> str:
    return json.dumps(scrub(document), indent=2, ensure_ascii=False, default=str) + "\n"


class Output:
    """Where a command's results and messages go. ``json_mode``: results are one JSON document."""

    def __init__(self, *, json_mode: bool, stdout: TextIO, stderr: TextIO) -> None:
        self.json_mode = json_mode
        self.stdout = stdout
        self.stderr = stderr
        self._documents = 0

    def document(self, document: Any) -> None:
        """In --json mode, write the JSON document (secrets masked); only the first one, as stdout holds exactly one.
        Does nothing in human mode."""
        if self.json_mode and self._documents == 0:
            self.stdout.write(to_json(document))
            self.stdout.flush()
            self._documents += 1

    @property
    def wrote_document(self) -> bool:
        return self._documents > 0

    def text(self, text: str) -> None:
        """Human output on stdout (tables, results)."""
        self.stdout.write(text if text.endswith("\n") else text + "\n")
        self.stdout.flush()

    def info(self, text: str) -> None:
        """A message for the person at the terminal, on stderr."""
        self.stderr.write(text + "\n")
        self.stderr.flush()

    def error(self, text: str) -> None:
        self.info(f"iics: error: {text}")

    def listing(
        self, items: Sequence[Any], columns: Sequence[Column], *, what: str, to_dict: Callable[[Any], Any] | None = None
    ) -> None:
        """A list result: a JSON array of ``to_dict()`` documents, or a table (or "no <what>")."""
        if self.json_mode:
            convert = to_dict or (lambda item: item.to_dict())
            self.document([convert(item) for item in items])
        elif items:
            self.text(render_table(items, columns))
        else:
            self.info(f"no {what}")

    def record(self, item: Any, pairs: Sequence[tuple[str, Any]] | None = None) -> None:
        """One object: its ``to_dict()`` as JSON, or a key/value block (all fields, unless ``pairs`` are given)."""
        data = item.to_dict() if hasattr(item, "to_dict") else item
        if self.json_mode:
            self.document(data)
        else:
            self.text(render_fields(pairs if pairs is not None else list(scrub(data).items())))
