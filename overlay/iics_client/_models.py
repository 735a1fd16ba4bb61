"""Helpers for the generated models of every API family (iics_client.v2, v3, taskflow): one answer to "did IICS
send this field?". Each family's generated package has its own ``UNSET``; code here never compares with one."""

from __future__ import annotations

import functools
from typing import TypeVar

T = TypeVar("T")


@functools.cache
def _unset_types() -> tuple[type, ...]:
    # imported on first use: the generated types modules import attrs, which `import iics_client` does not need
    from .taskflow.types import Unset as TaskflowUnset
    from .v2.types import Unset as V2Unset
    from .v3.types import Unset as V3Unset

    return (V2Unset, V3Unset, TaskflowUnset)


def is_unset(value: object) -> bool:
    """True for the UNSET of any family (a field IICS did not send)."""
    return isinstance(value, _unset_types())


def present(value: T) -> T | None:
    """The value, or None when IICS sent null or nothing."""
    return None if value is None or is_unset(value) else value


FAMILIES = ("v2", "v3", "taskflow")


@functools.cache
def install_validation_errors() -> None:
    """Make the generated models raise errors of our hierarchy: each family's ModelValidationError (a TypeError and
    ValueError, raised at parse time or on the first read of a field that does not fit) is replaced by a subclass
    that is also an IICSValidationError. Done when a client is made (the models' module loads attrs, which
    ``import iics_client`` does not need)."""
    import importlib

    for family in FAMILIES:
        types = importlib.import_module(f"{__package__}.{family}.types")
        types.use_error_class(_field_error(family))


@functools.cache
def _field_error(family: str) -> type[Exception]:
    import importlib

    from ._exceptions import IICSValidationError

    generated = importlib.import_module(f"{__package__}.{family}.types").ModelValidationError

    class ModelValidationError(generated, IICSValidationError):  # type: ignore[misc,valid-type]
        """A model's field does not fit its declared type: the generated family's error, and an IICSValidationError."""

        def __init__(self, model: str, field: str | None, expected: str, got: str, *, problem: str = "") -> None:
            generated.__init__(self, model, field, expected, got, problem=problem)
            IICSValidationError.__init__(self, str(self.args[0]))

        def __str__(self) -> str:
            return IICSValidationError.__str__(self)

    # a module-level name (made on first use, see __getattr__), so the error pickles like every IICSError
    ModelValidationError.__qualname__ = ModelValidationError.__name__ = f"{family.capitalize()}ModelValidationError"
    ModelValidationError.__module__ = __name__
    return ModelValidationError


def __getattr__(name: str) -> type[Exception]:
    for family in FAMILIES:
        if name == f"{family.capitalize()}ModelValidationError":
            return _field_error(family)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
