"""Public-API guard: what ``iics_client`` exports must not break without a major version bump.

tests/public_api.json is a snapshot of the public API as released (its ``version`` says which release). The test
describes the API of the code under test the same way and compares: a name gone from ``iics_client.__all__``, a
public method, property, enum member, mapping key or base class gone, a parameter removed, renamed, moved, made
required or turned keyword-only, or a new required parameter is *breaking*, and fails unless the major version in
overlay/iics_client/_version.py is higher than the snapshot's. New names, members and optional parameters pass.

Described: every name in ``__all__``; for classes their (effective) constructor, public methods, classmethods,
properties, dataclass fields, context-manager/iteration protocols and enum members; functions' signatures; for
other values their type (and, for mappings, their keys). Annotations are recorded for review but not compared:
whether a type was narrowed is judged by a person reading the snapshot's diff (see RELEASING.md).
Not described: attributes a constructor assigns to instances (e.g. ``client.v2``, ``error.status_code``).

Regenerate the snapshot at each release (and after an intended break), from the repository root:

    python -m tests.test_public_api --update
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import enum
import inspect
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import pytest

SNAPSHOT = Path(__file__).with_name("public_api.json")
PACKAGE = "iics_client"
# dunder protocols that are part of how a class is used (with, async with, for, async for, await, call)
PROTOCOLS = ("__call__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__iter__", "__aiter__", "__await__")

API = dict[str, Any]

# ---- describing the API ----


def _annotation(value: Any) -> str | None:
    if value is inspect.Parameter.empty:
        return None
    return value if isinstance(value, str) else inspect.formatannotation(value)


def _parameters(signature: inspect.Signature) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "kind": p.kind.name,
            "default": p.default is not inspect.Parameter.empty,
            "annotation": _annotation(p.annotation),
        }
        for p in signature.parameters.values()
    ]


def _callable(obj: Any, *, drop_first: bool = False) -> dict[str, Any]:
    signature = inspect.signature(obj)
    params = _parameters(signature)[1 if drop_first else 0 :]
    return {
        "params": params,
        "returns": _annotation(signature.return_annotation),
        "async": inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj),
    }


def _ours(klass: type) -> bool:
    return klass.__module__ == PACKAGE or klass.__module__.startswith(f"{PACKAGE}.")


def _constructor(cls: type) -> list[dict[str, Any]]:
    """The parameters a caller can pass: ``**kwargs`` forwarded to a base ``__init__`` is replaced by that base's
    keyword parameters (so ``IICSClient(..., timeout=)`` is guarded although IICSClient says ``**settings``)."""
    inits = [vars(k)["__init__"] for k in cls.__mro__ if "__init__" in vars(k) and _ours(k)]
    if not inits:
        return _parameters(inspect.signature(cls))
    params = _parameters(inspect.signature(inits[0]))[1:]
    for base_init in inits[1:]:
        if not any(p["kind"] == "VAR_KEYWORD" for p in params):
            break
        names = {p["name"] for p in params}
        inherited = _parameters(inspect.signature(base_init))[1:]
        extra = [
            {**p, "kind": "KEYWORD_ONLY"}
            for p in inherited
            if p["name"] not in names and p["kind"] in ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
        ]
        keep_var_keyword = any(p["kind"] == "VAR_KEYWORD" for p in inherited)
        plain = [p for p in params if p["kind"] != "VAR_KEYWORD"]
        var_keyword = [p for p in params if p["kind"] == "VAR_KEYWORD"] if keep_var_keyword else []
        params = plain + extra + var_keyword
    return params


def _member(cls: type, name: str, bare: Any) -> dict[str, Any] | None:
    owner = next((k for k in cls.__mro__ if name in vars(k)), None)
    if owner is None or not _ours(owner):
        return None  # inherited from object, Exception, str, Enum...: not ours to guard
    raw = vars(owner)[name]
    if type(raw).__name__ == "_Deferred":  # a client method whose module loads on first use (_runner.deferred)
        getattr(cls, name)  # loads it: the real attribute takes the stand-in's place
        raw = vars(owner)[name]
    if isinstance(raw, property):
        return {"kind": "property"}
    if isinstance(raw, classmethod | staticmethod):
        return {"kind": type(raw).__name__, **_callable(getattr(cls, name))}
    if inspect.isfunction(raw):
        return {"kind": "method", **_callable(raw, drop_first=True)}
    if hasattr(raw, "__get__"):  # a method descriptor (e.g. the clients' operations): ask an instance for it
        try:
            bound = getattr(bare, name)
        except Exception:  # the descriptor needs a real instance: record only that it exists
            return {"kind": "descriptor"}
        return {"kind": "method", **_callable(bound)} if callable(bound) else {"kind": "attribute"}
    return {"kind": "attribute"}


def _describe_class(cls: type, exported: Mapping[int, str]) -> dict[str, Any]:
    kind = "exception" if issubclass(cls, BaseException) else "enum" if issubclass(cls, enum.Enum) else "class"
    bases = [
        exported.get(id(k), k.__name__)
        for k in cls.__mro__[1:]
        if id(k) in exported or (k.__module__ == "builtins" and k is not object)
    ]
    info: dict[str, Any] = {"kind": kind, "bases": bases}
    if kind == "enum":
        info["members"] = {member.name: member.value for member in cast("type[enum.Enum]", cls)}
        return info
    info["constructor"] = _constructor(cls)
    try:
        bare = object.__new__(cls) if kind == "class" else None
    except TypeError:
        bare = None
    members: dict[str, Any] = {}
    for name in sorted(set(dir(cls))):
        if name.startswith("_") and name not in PROTOCOLS:
            continue
        described = _member(cls, name, bare)
        if described is not None:
            members[name] = described
    if dataclasses.is_dataclass(cls):
        for field in dataclasses.fields(cls):
            if not field.name.startswith("_"):
                members.setdefault(field.name, {"kind": "attribute"})
    info["members"] = dict(sorted(members.items()))
    return info


def describe_api() -> API:
    """The public API of the importable iics_client, as plain JSON data."""
    import iics_client

    exported = {
        id(getattr(iics_client, name)): name
        for name in iics_client.__all__
        if inspect.isclass(getattr(iics_client, name))
    }
    names: dict[str, Any] = {}
    for name in sorted(iics_client.__all__):
        obj = getattr(iics_client, name)
        if inspect.isclass(obj):
            names[name] = _describe_class(obj, exported)
        elif inspect.isfunction(obj):
            names[name] = {"kind": "function", **_callable(obj)}
        elif isinstance(obj, Mapping):
            names[name] = {"kind": "mapping", "keys": sorted(map(str, obj))}
        else:
            names[name] = {"kind": "value", "type": type(obj).__name__}
    return {"version": iics_client.__version__, "names": names}


# ---- comparing two descriptions ----


def _params_breaks(where: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    breaks: list[str] = []
    positional = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
    keywordable = ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
    old_pos = [p for p in old if p["kind"] in positional]
    new_pos = [p for p in new if p["kind"] in positional]
    new_by_name = {p["name"]: p for p in new if p["kind"] in keywordable}
    for index, p in enumerate(old_pos):
        if index >= len(new_pos):
            breaks.append(f"{where}: parameter {p['name']!r} can no longer be passed by position")
            continue
        q = new_pos[index]
        if p["kind"] == "POSITIONAL_OR_KEYWORD" and q["name"] != p["name"]:
            breaks.append(f"{where}: positional parameter {index} is now {q['name']!r}, was {p['name']!r}")
        if p["default"] and not q["default"]:
            breaks.append(f"{where}: parameter {q['name']!r} no longer has a default")
    for p in old:
        if p["kind"] not in keywordable:
            continue
        same = new_by_name.get(p["name"])
        if same is None:
            breaks.append(f"{where}: parameter {p['name']!r} was removed or renamed")
        elif p["default"] and not same["default"]:
            breaks.append(f"{where}: parameter {p['name']!r} no longer has a default")
    old_names = {p["name"] for p in old}
    old_pos_count = len(old_pos)
    for index, q in enumerate(new):
        if q["kind"] in ("VAR_POSITIONAL", "VAR_KEYWORD") or q["default"]:
            continue
        is_old_positional = q["kind"] in positional and new_pos.index(q) < old_pos_count
        if q["name"] not in old_names and not is_old_positional:
            breaks.append(f"{where}: new required parameter {q['name']!r} (position {index})")
    for var in ("VAR_POSITIONAL", "VAR_KEYWORD"):
        if any(p["kind"] == var for p in old) and not any(q["kind"] == var for q in new):
            star = "*" if var == "VAR_POSITIONAL" else "**"
            breaks.append(f"{where}: no longer accepts {star}{next(p['name'] for p in old if p['kind'] == var)}")
    return list(dict.fromkeys(breaks))  # a parameter both moved and renamed is reported once per problem


def _callable_breaks(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    breaks = _params_breaks(where, old["params"], new["params"])
    if old.get("async") != new.get("async"):
        breaks.append(f"{where}: was {'async' if old.get('async') else 'sync'}, is now the other")
    return breaks


def _name_breaks(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    if old["kind"] != new["kind"]:
        return [f"{name}: was a {old['kind']}, is now a {new['kind']}"]
    kind = old["kind"]
    if kind == "function":
        return _callable_breaks(f"{name}()", old, new)
    if kind == "mapping":
        return [f"{name}: key {key!r} was removed" for key in old["keys"] if key not in new["keys"]]
    if kind == "value":
        return [f"{name}: was a {old['type']}, is now a {new['type']}"] if old["type"] != new["type"] else []
    breaks = [f"{name}: is no longer a subclass of {base}" for base in old["bases"] if base not in new["bases"]]
    if kind == "enum":
        for member, value in old["members"].items():
            if member not in new["members"]:
                breaks.append(f"{name}.{member}: enum member was removed")
            elif new["members"][member] != value:
                breaks.append(f"{name}.{member}: value changed from {value!r} to {new['members'][member]!r}")
        return breaks
    breaks += _params_breaks(f"{name}()", old["constructor"], new["constructor"])
    for member, was in old["members"].items():
        now = new["members"].get(member)
        where = f"{name}.{member}"
        if now is None:
            breaks.append(f"{where}: was removed")
        elif was["kind"] != now["kind"] and {was["kind"], now["kind"]} != {"method", "descriptor"}:
            breaks.append(f"{where}: was a {was['kind']}, is now a {now['kind']}")
        elif "params" in was and "params" in now:
            breaks += _callable_breaks(f"{where}()", was, now)
    return breaks


def breaking_changes(old: API, new: API) -> list[str]:
    """Every incompatible difference from the snapshot `old` to the API `new` (empty when `new` only adds)."""
    breaks: list[str] = []
    for name, was in old["names"].items():
        now = new["names"].get(name)
        if now is None:
            breaks.append(f"{name}: was removed from iics_client.__all__")
        else:
            breaks += _name_breaks(name, was, now)
    return breaks


def _major(version: str) -> int:
    return int(version.split(".", 1)[0])


def guard(old: API, new: API) -> list[str]:
    """The failures to report: breaking changes, unless `new`'s major version is higher than the snapshot's."""
    breaks = breaking_changes(old, new)
    if not breaks or _major(new["version"]) > _major(old["version"]):
        return []
    return [
        *breaks,
        f"-> these break callers of iics-client {old['version']}: restore them, or bump the major version in "
        "overlay/iics_client/_version.py (and note it in CHANGELOG.md), then run `python -m tests.test_public_api "
        "--update`",
    ]


def load(path: Path = SNAPSHOT) -> API:
    api: API = json.loads(path.read_text())
    return api


def _render(value: Any, indent: str = "") -> str:
    """JSON with one line per parameter, member or key: the snapshot's diff is what a reviewer reads."""
    inner = indent + "  "
    if isinstance(value, dict) and any(isinstance(v, dict | list) for v in value.values()):
        items = [f"{inner}{json.dumps(k)}: {_render(v, inner)}" for k, v in sorted(value.items())]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}" if items else "{}"
    if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        return "[\n" + ",\n".join(f"{inner}{_render(v, inner)}" for v in value) + f"\n{indent}]"
    return json.dumps(value, sort_keys=True)


def dump(api: API, path: Path = SNAPSHOT) -> None:
    path.write_text(_render(api) + "\n")


# ---- tests ----


@pytest.fixture(scope="module")
def current() -> API:
    return describe_api()


def test_public_api_has_no_unannounced_breaking_change(current: API) -> None:
    failures = guard(load(), current)
    assert not failures, "public API broke against tests/public_api.json:\n  " + "\n  ".join(failures)


def test_snapshot_is_not_ahead_of_the_package(current: API) -> None:
    snapshot = load()
    assert _major(snapshot["version"]) <= _major(current["version"])
    assert "IICSClient" in snapshot["names"]


def test_snapshot_guards_the_client_settings(current: API) -> None:
    """The clients take their settings as **settings: the guard sees through it to _BaseClient's keywords."""
    params = {p["name"]: p for p in current["names"]["IICSClient"]["constructor"]}
    assert params["timeout"]["kind"] == "KEYWORD_ONLY"
    assert params["timeout"]["default"]
    assert not any(p["kind"] == "VAR_KEYWORD" for p in params.values())
    assert "list_connections" in current["names"]["IICSClient"]["members"]


def _mutated(tmp_path: Path, current: API, change: Any) -> API:
    """A copy of the snapshot, changed by `change`, written to and read back from tmp_path (never the real one)."""
    snapshot = copy.deepcopy(current)
    change(snapshot)
    path = tmp_path / "public_api.json"
    dump(snapshot, path)
    return load(path)


def _client_method(api: API, method: str) -> dict[str, Any]:
    member: dict[str, Any] = api["names"]["IICSClient"]["members"][method]
    return member


def _first_with_params(api: API) -> tuple[str, dict[str, Any]]:
    members = api["names"]["IICSClient"]["members"]
    return next(
        (n, m)
        for n, m in members.items()
        if m.get("params") and m["params"][0]["kind"] == "POSITIONAL_OR_KEYWORD" and not m["params"][0]["default"]
    )


def test_guard_accepts_the_unchanged_api(current: API) -> None:
    assert breaking_changes(current, copy.deepcopy(current)) == []


def test_guard_fails_when_an_export_disappears(tmp_path: Path, current: API) -> None:
    # the snapshot has a name the package no longer exports
    old = _mutated(tmp_path, current, lambda s: s["names"].__setitem__("IICSRemovedError", s["names"]["IICSError"]))
    failures = guard(old, current)
    assert any("IICSRemovedError: was removed" in f for f in failures)
    assert any("bump the major version" in f for f in failures)


def test_guard_fails_on_a_removed_method_and_enum_member(tmp_path: Path, current: API) -> None:
    def change(s: API) -> None:
        s["names"]["IICSClient"]["members"]["list_everything"] = {"kind": "method", "params": [], "async": False}
        s["names"]["JobState"]["members"]["PAUSED"] = "PAUSED"
        s["names"]["LOGIN_HOSTS"]["keys"].append("mars")

    failures = guard(_mutated(tmp_path, current, change), current)
    assert any("IICSClient.list_everything: was removed" in f for f in failures)
    assert any("JobState.PAUSED" in f for f in failures)
    assert any("'mars' was removed" in f for f in failures)


def test_guard_fails_on_a_new_required_parameter(tmp_path: Path, current: API) -> None:
    name, method = _first_with_params(current)
    required = method["params"][0]["name"]

    # the snapshot's method had no parameters: the package's now has a required one
    def change(s: API) -> None:
        _client_method(s, name)["params"] = []

    failures = guard(_mutated(tmp_path, current, change), current)
    assert f"IICSClient.{name}(): new required parameter {required!r} (position 0)" in failures


def test_guard_fails_on_a_renamed_parameter_and_a_lost_default(tmp_path: Path, current: API) -> None:
    name, method = _first_with_params(current)
    required = method["params"][0]["name"]

    def change(s: API) -> None:
        _client_method(s, name)["params"][0]["name"] = "old_name"
        s["names"]["IICSError"]["constructor"].append(
            {"name": "hint", "kind": "KEYWORD_ONLY", "default": True, "annotation": "str | None"}
        )

    failures = guard(_mutated(tmp_path, current, change), current)
    assert f"IICSClient.{name}(): positional parameter 0 is now {required!r}, was 'old_name'" in failures
    assert f"IICSClient.{name}(): parameter 'old_name' was removed or renamed" in failures
    assert "IICSError(): parameter 'hint' was removed or renamed" in failures


def test_guard_fails_when_a_default_is_dropped(tmp_path: Path, current: API) -> None:
    old = copy.deepcopy(current)
    new = copy.deepcopy(current)
    timeout = next(p for p in new["names"]["IICSClient"]["constructor"] if p["name"] == "timeout")
    timeout["default"] = False
    assert "IICSClient(): parameter 'timeout' no longer has a default" in guard(old, new)


def test_guard_fails_on_a_lost_base_class_and_sync_async_swap(current: API) -> None:
    new = copy.deepcopy(current)
    new["names"]["IICSNotFoundError"]["bases"].remove("IICSError")
    new["names"]["AsyncIICSClient"]["members"]["aclose"]["async"] = False
    failures = guard(current, new)
    assert "IICSNotFoundError: is no longer a subclass of IICSError" in failures
    assert "AsyncIICSClient.aclose(): was async, is now the other" in failures


def test_guard_accepts_compatible_additions(tmp_path: Path, current: API) -> None:
    """New exports, new members, new optional keyword parameters, new mapping keys: all compatible."""

    def change(s: API) -> None:
        del s["names"]["Paginator"]  # the package "added" Paginator
        del s["names"]["IICSClient"]["members"]["list_connections"]  # ... and a method
        constructor = s["names"]["IICSClient"]["constructor"]
        constructor.remove(next(p for p in constructor if p["name"] == "timeout"))  # ... and an optional keyword
        s["names"]["LOGIN_HOSTS"]["keys"].pop()  # ... and a region
        s["names"]["JobState"]["members"].popitem()  # ... and an enum member

    assert guard(_mutated(tmp_path, current, change), current) == []


def test_a_major_bump_allows_breaking_changes(tmp_path: Path, current: API) -> None:
    old = _mutated(tmp_path, current, lambda s: s["names"].__setitem__("IICSRemovedError", s["names"]["IICSError"]))
    bumped = {**current, "version": f"{_major(current['version']) + 1}.0.0"}
    assert breaking_changes(old, bumped)
    assert guard(old, bumped) == []


def test_update_writes_a_snapshot_the_guard_accepts(tmp_path: Path, current: API) -> None:
    path = tmp_path / "snapshot.json"
    assert main(["--update", "--snapshot", str(path)]) == 0
    assert load(path) == json.loads(json.dumps(current))
    assert main(["--snapshot", str(path)]) == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.test_public_api", description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the snapshot from the current package")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    api = describe_api()
    if args.update:
        dump(api, args.snapshot)
        print(f"wrote {args.snapshot} ({len(api['names'])} names, iics-client {api['version']})")
        return 0
    failures = guard(load(args.snapshot), api)
    print("\n".join(failures) if failures else f"public API compatible with {args.snapshot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
