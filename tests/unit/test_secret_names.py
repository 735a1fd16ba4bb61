"""One list of secret names (iics_client._secrets) serves every place a secret could reach a person: exception text,
model reprs, the command line's output, the simulator's answers and the single session header per request."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from typing import Any

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
        json_model = importlib.import_module(f"iics_client.{family}.types").JsonModel
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found += [
                value
                for value in vars(module).values()
                if inspect.isclass(value) and value.__module__ == module.__name__ and issubclass(value, json_model)
            ]
    return found


def _secret_fields(model: type[Any]) -> list[str]:
    """The JSON keys of the model's declared fields that are secret names."""
    return [key for _, key in model._FIELDS if key in SECRET_FIELDS]


def test_some_models_declare_secret_fields() -> None:
    assert sum(1 for model in _models() if _secret_fields(model)) >= 2  # a connection, the login answer...


@pytest.mark.parametrize("model", [m for m in _models() if _secret_fields(m)], ids=lambda m: m.__name__)
def test_model_reprs_never_hold_a_secret(model: type[Any]) -> None:
    """A declared secret field, and any secret name sent as an unknown field, stay out of the repr."""
    secrets = _secret_fields(model)
    undeclared = [name for name in SECRET_FIELDS if name not in {key for _, key in model._FIELDS}]
    samples = {str: "x", int: 1, float: 1.5, bool: True, type(None): None}
    required = {key: samples[classes[0]] for _, key, classes in model._SLOTTED if classes[0] in samples}
    document = {**required, **dict.fromkeys(secrets, SECRET), **dict.fromkeys(undeclared, SECRET)}
    instance = model._from_json(document)
    assert SECRET not in repr(instance), f"{model.__name__} shows a secret in its repr"


def test_the_simulator_masks_every_secret_of_a_connection() -> None:
    from iics_client.testing._state import _masked

    connection = {"name": "c", "type": "Oracle", **dict.fromkeys(SECRET_FIELDS, SECRET)}
    assert SECRET not in json.dumps(_masked(connection))


def test_each_session_header_is_one_of_the_secret_names() -> None:
    from iics_client._urls import IICS_LAYOUT, REFERENCE_LAYOUT

    for layout in (REFERENCE_LAYOUT, IICS_LAYOUT):
        for route in layout.routes.values():
            assert route.session_header in SESSION_HEADERS
