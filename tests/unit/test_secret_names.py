"""One list of secret names (iics_client._secrets) serves every place a secret could reach a person: exception text,
model reprs, the command line's output, the simulator's answers and the single session header per request."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from typing import Any

import attrs
import pytest

from iics_client import IICSError
from iics_client._secrets import SECRET_FIELDS, SESSION_HEADERS, redact_text, scrub
from iics_client.cli._output import to_json

SECRET = "TOP-SECRET-value-42"
NAMES = (*SECRET_FIELDS, *SESSION_HEADERS)


@pytest.mark.parametrize("name", NAMES)
def test_exception_text_never_holds_a_secret(name: str) -> None:
    for body in (
        json.dumps({name: SECRET}),
        json.dumps({"outer": {name.lower(): SECRET}}),  # any nesting, any case
        '{"' + name + '": "' + SECRET,  # a body cut inside the value
    ):
        error = IICSError("failed", response_body=body)
        for text in (str(error), repr(error), error.response_body or "", redact_text(body)):
            assert SECRET not in text, (name, body)


@pytest.mark.parametrize("name", NAMES)
def test_command_line_output_masks_every_secret(name: str) -> None:
    document = {name: SECRET, "nested": [{name: SECRET}]}
    assert SECRET not in json.dumps(scrub(document))
    assert SECRET not in to_json(document)


def _models() -> list[type[Any]]:
    found = []
    for family in ("v2", "v3", "taskflow"):
        package = importlib.import_module(f"iics_client.{family}.models")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found += [
                value
                for value in vars(module).values()
                if inspect.isclass(value) and value.__module__ == module.__name__ and attrs.has(value)
            ]
    return found


def _secret_fields(model: type[Any]) -> list[str]:
    """The python names of the model's fields whose JSON key is a secret name (the model template's mapping)."""
    known = {key.lower() for key in SECRET_FIELDS}
    return [
        field.name
        for field in attrs.fields(model)
        if field.name.replace("_", "") in known and not field.name.startswith("_")
    ]


def test_some_models_declare_secret_fields() -> None:
    assert sum(1 for model in _models() if _secret_fields(model)) >= 2  # a connection, the login answer...


@pytest.mark.parametrize("model", [m for m in _models() if _secret_fields(m)], ids=lambda m: m.__name__)
def test_model_reprs_never_hold_a_secret(model: type[Any]) -> None:
    for name in _secret_fields(model):
        field = attrs.fields_dict(model)[name]
        assert field.repr is False, f"{model.__name__}.{name} is shown in the repr"


def test_the_simulator_masks_every_secret_of_a_connection() -> None:
    from iics_client.testing._state import _masked

    connection = {"name": "c", "type": "Oracle", **dict.fromkeys(SECRET_FIELDS, SECRET)}
    assert SECRET not in json.dumps(_masked(connection))


def test_each_session_header_is_one_of_the_secret_names() -> None:
    from iics_client._urls import IICS_LAYOUT, REFERENCE_LAYOUT

    for layout in (REFERENCE_LAYOUT, IICS_LAYOUT):
        for route in layout.routes.values():
            assert route.session_header in SESSION_HEADERS
