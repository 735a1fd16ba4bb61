"""The v3 ``q`` filter language of ``GET /objects``, with the fields and operators IICS documents.

``type=='MTT' and tag=='sales' and updateTime>='2024-01-01T00:00:00Z'``: clauses ``field operator value`` joined by
`` and ``; values quoted with ``'`` or ``"`` (times and booleans may be bare). Each field takes only its documented
operators (``tag`` and ``location`` only ``==``); anything else is the 400 IICS gives for a bad query.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone

from ._data import Json
from ._errors import ApiError

_CLAUSE = re.compile(r"""^\s*([A-Za-z][\w.]*)\s*(==|!=|<=|>=|=>|<|>)\s*(?:'([^']*)'|"([^"]*)"|([^\s'"]+))\s*$""")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
EQUALITY = frozenset({"==", "!="})
ORDERING = frozenset({"<", "<=", "==", ">=", ">", "!="})
_SOURCE_CONTROL_TIMES = ("checkedouttime", "lastcheckintime", "lastpulltime")
_SOURCE_CONTROL_TEXT = ("checkedoutby", "hash", "lastcheckinby", "sourcecontrolled")

Predicate = Callable[[Json], bool]


def parse_query(query: str | None) -> Predicate:
    """A predicate over object summaries; 400 (ApiError) for a clause IICS would reject."""
    if query is None or not query.strip():
        return lambda _: True
    tests = [_clause(text) for text in _AND.split(query.strip())]
    return lambda obj: all(test(obj) for test in tests)


def _clause(text: str) -> Predicate:
    match = _CLAUSE.match(text)
    if match is None:
        raise ApiError(400, f"Invalid query parameter: q ({text.strip()!r} is not field operator value).")
    name, operator = match.group(1), "<=" if match.group(2) == "=>" else match.group(2)
    value = next(group for group in match.groups()[2:] if group is not None)
    field = name.lower()
    if field in ("type", "id", "updatedby"):
        return _text(name, operator, value, EQUALITY, lambda obj: {str(obj.get(_KEYS[field]) or "").lower()})
    if field == "tag":
        return _text(name, operator, value, {"=="}, lambda obj: {tag.lower() for tag in obj.get("tags") or []})
    if field == "location":
        return _text(name, operator, value, {"=="}, lambda obj: {obj["path"].rpartition("/")[0].lower()})
    if field == "updatetime":
        return _time(name, operator, value, lambda obj: obj.get("updateTime"))
    head, _, key = name.partition(".")
    if head.lower() == "sourcecontrol" and key.lower() in _SOURCE_CONTROL_TIMES:
        return _time(name, operator, value, lambda obj: _nested(obj, "sourceControl", key))
    if head.lower() == "sourcecontrol" and key.lower() in _SOURCE_CONTROL_TEXT:
        return _text(name, operator, value, EQUALITY, lambda obj: {_word(_nested(obj, "sourceControl", key))})
    if head.lower() == "customattributes" and key:
        return _text(name, operator, value, EQUALITY, lambda obj: {_word(_nested(obj, "customAttributes", key))})
    raise ApiError(400, f"Invalid query parameter: q (unknown field {name!r}).")


_KEYS = {"type": "type", "id": "id", "updatedby": "updatedBy"}


def _nested(obj: Json, group: str, key: str) -> object:
    values = obj.get(group) or {}
    lowered = {str(k).lower(): v for k, v in values.items()}
    return lowered.get(key.lower())


def _word(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).lower()


def _allowed(name: str, operator: str, operators: frozenset[str] | set[str]) -> None:
    if operator not in operators:
        raise ApiError(400, f"Invalid query parameter: q (operator {operator} is not supported for {name}).")


def _text(
    name: str, operator: str, value: str, operators: frozenset[str] | set[str], get: Callable[[Json], set[str]]
) -> Predicate:
    _allowed(name, operator, operators)
    wanted, negate = value.lower(), operator == "!="
    return lambda obj: (wanted in get(obj)) != negate


def _time(name: str, operator: str, value: str, get: Callable[[Json], object]) -> Predicate:
    _allowed(name, operator, ORDERING)
    bound = parse_utc(value)
    if bound is None:
        raise ApiError(400, f"Invalid query parameter: q ({value!r} is not a date-time for {name}).")
    compare: dict[str, Callable[[datetime, datetime], bool]] = {
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
        "==": lambda a, b: a == b,
        ">=": lambda a, b: a >= b,
        ">": lambda a, b: a > b,
        "!=": lambda a, b: a != b,
    }
    test = compare[operator]

    def predicate(obj: Json) -> bool:
        raw = get(obj)
        moment = parse_utc(raw) if isinstance(raw, str) else None
        return moment is not None and test(moment, bound)

    return predicate


def parse_utc(text: str) -> datetime | None:
    """An ISO date-time as UTC (``Z``, an offset, or none: UTC), with or without fractions; None if it is not one."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)
