"""Both OpenAPI documents are valid, and every example in them validates against its schema."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_DIR = Path(__file__).parent.parent / "spec"
SPECS = sorted(SPEC_DIR.glob("*.yaml"))
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
URI = "urn:spec"


def _load(path: Path) -> dict[str, Any]:
    document, _ = read_from_filename(str(path))
    return dict(document)


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local $refs ("#/components/...") to the object they name."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _media_types(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (where, media type object) of request bodies and responses in one document."""
    document = _load(path)
    for route, item in document["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            body = op.get("requestBody")
            if body:
                for content_type, media in _resolve(document, body)["content"].items():
                    yield f"{op['operationId']} request {content_type}", media
            for status, response in op["responses"].items():
                for content_type, media in (_resolve(document, response).get("content") or {}).items():
                    yield f"{op['operationId']} {status} {content_type} ({method.upper()} {route})", media


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_spec_is_valid_openapi(spec: Path) -> None:
    validate(_load(spec))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_every_example_matches_its_schema(spec: Path) -> None:
    document = _load(spec)
    registry = Registry().with_resource(URI, Resource.from_contents(document, default_specification=DRAFT4))
    checked, failures = 0, []
    for where, media in _media_types(spec):
        assert "example" in media, f"{where}: no example"
        schema = json.loads(json.dumps(media["schema"]).replace('"#/', f'"{URI}#/'))
        validator = OAS30Validator(schema, registry=registry, format_checker=OAS30Validator.FORMAT_CHECKER)
        failures += [
            f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(media["example"])
        ]
        checked += 1
    assert checked > 0
    assert not failures, "\n".join(failures)


def test_example_check_catches_a_bad_example(tmp_path: Path) -> None:
    """The example check can fail: a wrong type in an example is reported."""
    document = _load(SPEC_DIR / "v2.yaml")
    media = document["paths"]["/connection/{connectionId}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = {**media["example"], "port": "not-a-port"}
    broken = tmp_path / "v2.yaml"
    broken.write_text(json.dumps(document))
    with pytest.raises(AssertionError, match="port"):
        test_every_example_matches_its_schema(broken)
