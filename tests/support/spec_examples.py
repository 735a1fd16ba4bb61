"""Success-response examples from spec/, by operation id: realistic bodies for mocks."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).parent.parent.parent / "spec"


@functools.cache
def _examples() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for family in ("v2", "v3", "taskflow"):
        document = yaml.safe_load((SPEC_DIR / f"{family}.yaml").read_text())
        for item in document["paths"].values():
            for op in item.values():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                for status, response in op["responses"].items():
                    if str(status).startswith("2"):
                        content = response.get("content", {}).get("application/json", {})
                        found[op["operationId"]] = content.get("example")
    return found


def example(operation_id: str) -> Any:
    return _examples()[operation_id]
