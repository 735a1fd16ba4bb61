"""Output: aligned tables and key/value blocks for people, one JSON document for scripts (``--json``).

Results go to stdout; messages and progress go to stderr, so ``iics --json ... | jq`` always reads clean JSON.
Secrets (passwords, security tokens, session ids) are masked in everything shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .._secrets import scrub
from .._terminal import Column, render_fields, render_table


def to_json(document: Any) -> str:
    return json.dumps(scrub(document), indent=2, ensure_ascii=False, default=str) + "\n"


class Output:
    """Where a command's results and messages go. ``json_mode``: results are one JSON document."""

    def __init__(self, *, json_mode: bool, stdout: TextIO, stderr: TextIO) -> None:
        self.json_mode = json_mode
        self.stdout = stdout
        self.stderr = stderr
        self._documents = 0
        self.last_error: str | None = None

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
        self.last_error = text
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
