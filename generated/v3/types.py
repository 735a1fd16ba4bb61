# Generated from spec/ by openapi-python-client with templates/: DO NOT EDIT. Regenerate: nox -s generate
"""Contains some shared types for properties"""

import datetime as _datetime
import threading
from collections.abc import Mapping, MutableMapping
from enum import Enum as _Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the module's singleton, so `x is UNSET` still holds


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# ---- models ----

# JSON nested deeper than this is refused (ModelValidationError), so no model operation can hit the interpreter's
# recursion limit (IICS's own documents nest a handful of levels).
MAX_DEPTH = 100


class ModelValidationError(TypeError, ValueError):
    """A JSON document, or a value given to a model, does not fit the model's declared field types.

    Raised by ``from_dict`` (the body is not an object, a required field is missing or has the wrong type) and on the
    first read of a field whose value does not fit. ``model`` is the model's class name, ``field`` the JSON key (None
    for the document itself), ``got`` the JSON type found ("null", "an integer", ...). The value itself is never put
    in the message: it may be a secret."""

    def __init__(self, model: str, field: str | None, expected: str, got: str, *, problem: str = "") -> None:
        self.model, self.field, self.expected, self.got = model, field, expected, got
        where = model if field is None else f"{model} field {field!r}"
        super().__init__(f"{where}: {problem}" if problem else f"{where}: expected {expected}, got {got}")


# What is raised when a model does not fit: ModelValidationError, or a subclass the package that uses this code
# installs with use_error_class (iics_client makes it an IICSValidationError as well).
_error_class: type[ModelValidationError] = ModelValidationError


def use_error_class(error_class: type[ModelValidationError]) -> None:
    global _error_class
    _error_class = error_class


def json_type(value: object) -> str:
    """How a value is called in JSON terms, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def invalid(model: str, field: str | None, value: object, expected: str) -> ModelValidationError:
    if value is UNSET:
        return _error_class(model, field, expected, "nothing", problem=f"missing (expected {expected})")
    return _error_class(model, field, expected, json_type(value))


def not_a(model: str, field: str, expected: str) -> ModelValidationError:
    """A string that does not parse as the date (date-time, ...) the field declares."""
    return _error_class(
        model, field, expected, "a string", problem=f"expected {expected}, got a string that is not one"
    )


def too_deep(model: str, field: str | None) -> ModelValidationError:
    return _error_class(model, field, "", "", problem=f"nested deeper than {MAX_DEPTH} levels")


_PLAIN = frozenset({str, int, float, bool, type(None)})


def json_copy(value: Any, depth: int, model: str = "", field: str | None = None) -> Any:
    """A copy of a JSON value (dicts and lists copied, scalars shared), depth-bounded. Models, enums, dates and other
    mappings or sequences are turned into their JSON form."""
    cls = value.__class__
    if cls in _PLAIN:
        return value
    if depth > MAX_DEPTH:
        raise too_deep(model, field)
    depth += 1
    if cls is dict:
        return {k: v if v.__class__ in _PLAIN else json_copy(v, depth, model, field) for k, v in value.items()}
    if cls is list:
        return [v if v.__class__ in _PLAIN else json_copy(v, depth, model, field) for v in value]
    if isinstance(value, JsonModel):
        return value._json(depth)
    if isinstance(value, _Enum):
        return value.value
    if isinstance(value, _datetime.date | _datetime.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: json_copy(v, depth, model, field) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_copy(v, depth, model, field) for v in value]
    return value


def scalar_ok(value: object, classes: tuple[type, ...]) -> bool:
    """The slow path of a scalar check: subclasses (a str enum member for a string), never a bool for a number."""
    if isinstance(value, bool):
        return bool in classes
    return isinstance(value, classes)


_nesting = threading.local()

# keys of JsonModel._c that are not JSON keys
_EXTRA = object()  # the materialized additional_properties dict


class JsonModel:
    """Base of the generated models: a slotted wrapper over the JSON object the model was parsed from.

    ``_d`` is that object (owned by the model: ``from_dict`` copies its input, response parsing hands the parsed body
    over); declared fields are properties that check the JSON type of their value on every read and convert (enums,
    dates, nested models) on the first read, caching the result in ``_c``. ``to_dict()`` writes the JSON back
    (unread fields exactly as received), checked the same way.
    """

    __slots__ = ("_d", "_c")
    _d: dict[str, Any]
    _c: dict[Any, Any] | None

    # per model (generated): (python name, JSON key) in declaration order;
    # JSON key -> check for to_dict (a tuple of allowed scalar classes, or a function (value, depth) -> JSON copy;
    # False for a slotted field: its slot, not _d, holds its value);
    # JSON keys whose cached value is mutable (nested models, lists of them): to_dict serializes the cached object;
    # additional properties: None (not allowed), () (any JSON), or a check as for fields
    _FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ()
    _SLOTTED: ClassVar[tuple[tuple[str, str, tuple[type, ...]], ...]] = ()  # required scalars, kept in slots
    _CHECKS: ClassVar[dict[str, Any]] = {}
    _MUTABLE: ClassVar[frozenset[str]] = frozenset()
    _EXTRA_CHECK: ClassVar[Any] = ()

    def _json(self, depth: int) -> dict[str, Any]:
        name = type(self).__name__
        if depth > MAX_DEPTH:
            raise too_deep(name, None)
        depth += 1
        get, extra_check = self._CHECKS.get, self._EXTRA_CHECK
        c = self._c
        mutable = self._MUTABLE if c else ()
        extra = None if c is None else c.get(_EXTRA)
        take_extra = extra is None and extra_check is not None
        # scalars that need no check as additional properties: any, when they are untyped; else the declared classes
        extra_fast = _PLAIN if extra_check == () else extra_check if extra_check.__class__ is tuple else ()
        out: dict[str, Any] = {}
        for python_name, key, classes in self._SLOTTED:
            value = getattr(self, python_name)
            if value.__class__ not in classes:
                value = _check_json(name, key, value.value if isinstance(value, _Enum) else value, classes, depth)
            out[key] = value
        for key, value in self._d.items():
            check = get(key)
            if check.__class__ is tuple and value.__class__ in check:
                out[key] = value  # a scalar of a declared class (the common case): immutable, shared
            elif check is None:
                if take_extra:
                    fits = value.__class__ in extra_fast
                    out[key] = value if fits else _check_json(name, key, value, extra_check, depth)
            elif check is False:
                continue  # slotted: written above
            elif key in mutable and key in c:  # type: ignore[operator]
                out[key] = json_copy(c[key], depth, name, key)  # type: ignore[index]
            else:
                out[key] = _check_json(name, key, value, check, depth)
        if extra is not None and extra_check is not None:
            checks = self._CHECKS
            for key, value in extra.items():
                if key not in checks:
                    out[key] = _check_json(name, key, value, extra_check, depth)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: a new dict, with fields and additional properties as received or set."""
        return self._json(0)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields IICS sent that the model does not declare (a dict: changes to it are kept by to_dict())."""
        c = self._c
        if c is None:
            c = self._c = {}
        extra = c.get(_EXTRA)
        if extra is None:
            checks, check, name = self._CHECKS, self._EXTRA_CHECK, type(self).__name__
            extra = {}
            if check is not None:
                for key, value in self._d.items():
                    if key not in checks:
                        if check:  # typed additional properties: check each value
                            _check_json(name, key, value, check, 0)
                        extra[key] = value
            c[_EXTRA] = extra
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        c = self._c
        if c is None:
            c = self._c = {}
        c[_EXTRA] = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def _values(self) -> list[Any]:
        return [getattr(self, name) for name, _ in self._FIELDS]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, JsonModel)
        depth = getattr(_nesting, "eq", 0)  # models nested in models compare recursively: bounded, per thread
        if depth > MAX_DEPTH:
            raise too_deep(type(self).__name__, None)
        _nesting.eq = depth + 1
        try:
            return self._values() == other._values() and self.additional_properties == other.additional_properties
        finally:
            _nesting.eq = depth

    __hash__ = None  # type: ignore[assignment]  # mutable, like the attrs models were

    def __repr__(self) -> str:
        return _repr(self, 0)

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (type(self), self.to_dict())

    def _cached(self, key: str, value: Any) -> Any:
        c = self._c
        if c is None:
            self._c = {key: value}
        else:
            c[key] = value
        return value

    def _set(self, key: str, value: Any, convert: Any) -> None:
        """Store a field set by the caller as JSON in ``_d``. A field that needs conversion (``convert``) is converted
        now, which checks it, and the result cached; a model given for it is kept as it is (changes to it are kept)."""
        c = self._c
        if c is not None:
            c.pop(key, None)
        if value is UNSET:
            self._d.pop(key, None)
            return
        data = json_copy(value, 0, type(self).__name__, key)
        if convert is not None:
            converted = convert(data)
            self._cached(
                key, value if value.__class__ is converted.__class__ and isinstance(value, JsonModel) else converted
            )
        self._d[key] = data


def _check_json(model: str, key: str, value: Any, check: Any, depth: int) -> Any:
    if check.__class__ is tuple:
        if not check or value.__class__ in check:
            return value if value.__class__ in _PLAIN else json_copy(value, depth, model, key)
        if scalar_ok(value, check):
            return value
        raise invalid(model, key, value, _describe(check))
    return check(value, depth)


_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", type(None): "null"}


def _describe(classes: tuple[type, ...]) -> str:
    return " or ".join(_NAMES.get(c, c.__name__) for c in classes if not (c is int and float in classes))


def _restore(cls: type[JsonModel], data: dict[str, Any]) -> JsonModel:
    return cls._from_json(data)  # type: ignore[attr-defined, no-any-return]


def _repr(model: JsonModel, depth: int) -> str:
    name = type(model).__name__
    if depth > 8:
        return f"{name}(...)"
    parts = []
    for python_name, key in model._FIELDS:
        if key in SECRET_KEYS:
            continue
        try:
            value = getattr(model, python_name)
        except ModelValidationError:
            parts.append(f"{python_name}=<invalid: {json_type(model._d.get(key))}>")
            continue
        if value is not UNSET:
            parts.append(f"{python_name}={_repr_value(value, depth + 1)}")
    if model._EXTRA_CHECK is not None:
        extra = model.additional_properties
        if extra:
            shown = {k: ("********" if k in SECRET_KEYS else v) for k, v in extra.items()}
            parts.append(f"additional_properties={_repr_value(shown, depth + 1)}")
    return f"{name}({', '.join(parts)})"


def _repr_value(value: Any, depth: int) -> str:
    if depth > 8:
        return "..."
    if isinstance(value, JsonModel):
        return _repr(value, depth)
    if value.__class__ is dict:
        return "{" + ", ".join(f"{k!r}: {_repr_value(v, depth + 1)}" for k, v in value.items()) + "}"
    if value.__class__ is list:
        return "[" + ", ".join(_repr_value(v, depth + 1) for v in value) + "]"
    return repr(value)


# JSON keys whose values never appear in a model's repr (declared or not): overlay/iics_client/_secrets.py's list,
# handed over by templates/context.py
SECRET_KEYS = frozenset(
    [
        "icSessionId",
        "icToken",
        "oauthToken",
        "password",
        "proxyPassword",
        "samlToken",
        "securityAnswer",
        "securityToken",
        "sessionId",
        "sfSessionId",
    ]
)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "JsonModel",
    "ModelValidationError",
    "RequestFiles",
    "Response",
    "Unset",
]
