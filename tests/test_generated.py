"""The generated packages: every endpoint module declares the family of the spec file it came from, and
generated/ is exactly what spec/ + templates/ produce (the generated_check session fails otherwise)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml

from tests.support.import_all import FAMILIES, endpoint_modules

ROOT = Path(__file__).parent.parent


def _snake(path: str) -> str:
    """The spec's path with its parameters named as generated code names them ({connectionId} -> {connection_id})."""
    return re.sub(r"{(\w+)}", lambda m: "{" + re.sub(r"(?<!^)(?=[A-Z])", "_", m.group(1)).lower() + "}", path)


def _operations(family: str) -> dict[str, tuple[str, str]]:
    spec = yaml.safe_load((ROOT / "spec" / f"{family}.yaml").read_text())
    return {
        op["operationId"]: (method.upper(), _snake(path))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def test_every_endpoint_module_declares_its_family() -> None:
    modules = endpoint_modules()
    declared = {(m.API_FAMILY, m.OPERATION_ID): (m.METHOD, m.PATH) for m in modules}
    expected = {(family, op): where for family in FAMILIES for op, where in _operations(family).items()}
    assert declared == expected
    for module in modules:
        assert module.__name__.startswith(f"iics_client.{module.API_FAMILY}.api.")
        assert callable(module.request_kwargs)
        assert callable(module.parse_success)


def test_generated_files_carry_the_do_not_edit_line() -> None:
    files = sorted((ROOT / "generated").rglob("*.py"))
    assert files
    for path in files:
        assert path.read_text().startswith("# Generated from spec/"), path


def test_unknown_enum_values_do_not_fail_parsing() -> None:
    from iics_client.v2.models import ActivityState, Connection, TaskType

    task_type = TaskType("SNOWFLAKE_TASK")
    assert isinstance(task_type, TaskType)
    assert task_type.value == "SNOWFLAKE_TASK"
    assert TaskType("MTT") is TaskType.MTT
    assert ActivityState(7).value == 7
    conn = Connection.from_dict({"name": "n", "type": "BrandNewConnector", "vaultSecretPath": "x"})
    assert conn["vaultSecretPath"] == "x"
    assert conn.to_dict()["vaultSecretPath"] == "x"
    assert repr(conn.id) == "UNSET"


def test_a_nonstandard_status_reaches_the_caller_as_a_status() -> None:
    from iics_client.v2 import Client
    from iics_client.v2.api.connections import list_connections

    transport = httpx.MockTransport(lambda request: httpx.Response(520, json={"code": "X", "description": "odd"}))
    client = Client(base_url="https://pod.example").set_httpx_client(
        httpx.Client(base_url="https://pod.example", transport=transport)
    )
    response = list_connections.sync_detailed(client=client)
    assert response.status_code == 520


def test_importing_one_endpoint_does_not_import_every_model() -> None:
    code = (
        "import sys; import iics_client.v2.api.agents.get_agent as m; "
        "print(sum(1 for n in sys.modules if n.startswith('iics_client.v2.models.')))"
    )
    loaded = int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)
    total = len(list((ROOT / "generated" / "v2" / "models").glob("*.py"))) - 1
    assert loaded < total / 2, (loaded, total)


@pytest.mark.slow
def test_generated_check_fails_when_a_spec_changes_without_regeneration(tmp_path: Path) -> None:
    for name in ("spec", "templates", "generated", "overlay"):
        shutil.copytree(ROOT / name, tmp_path / name)
    spec = tmp_path / "spec" / "v3.yaml"
    spec.write_text(spec.read_text().replace("requestId:", "requestIdentifier:"))
    result = subprocess.run(
        [sys.executable, "-m", "nox", "-f", str(ROOT / "noxfile.py"), "-s", "generated_check", "--", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "requestIdentifier" in result.stdout + result.stderr
    assert "generated/ is stale" in result.stdout + result.stderr


def _normalize(value: object) -> object:
    """JSON equality up to timestamp spelling (Z vs +00:00, dropped zero milliseconds)."""
    from datetime import datetime

    if isinstance(value, dict):
        return {k: _normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalize(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def test_every_success_example_parses_and_round_trips() -> None:
    """The models read every example in spec/ and write the same JSON back (lazy fields included)."""
    from tests.support.spec_examples import example

    checked = 0
    for module in endpoint_modules():
        body = example(module.OPERATION_ID)
        if body is None:
            continue
        parsed = module.parse_success(httpx.Response(200, json=body))
        items = parsed if isinstance(parsed, list) else [parsed]
        originals = body if isinstance(body, list) else [body]
        for item, original in zip(items, originals, strict=True):
            assert _normalize(item.to_dict()) == _normalize(original), module.OPERATION_ID
            assert repr(item)  # every lazy field materializes
        checked += 1
    assert checked >= 20


def test_lazy_models_behave_like_eager_ones() -> None:
    from iics_client.v2.models import Connection

    raw = {"name": "n", "type": "ODBC", "port": 5432, "password": "********", "vaultSecretPath": "p"}
    lazy, eager = Connection.from_dict(raw), Connection(name="n", type_="ODBC", port=5432, password="********")
    eager["vaultSecretPath"] = "p"
    assert lazy == eager
    assert lazy.port == 5432
    assert lazy.additional_properties == {"vaultSecretPath": "p"}
    lazy.port = 1
    assert lazy.to_dict()["port"] == 1
    assert "********" not in repr(lazy)  # secrets are kept out of reprs
    with pytest.raises(AttributeError):
        _ = lazy.no_such_field
    with pytest.raises(KeyError, match="missing required"):
        Connection.from_dict({"name": "no type"})
    with pytest.raises(AttributeError):
        Connection.from_dict(["not", "an", "object"])  # type: ignore[arg-type]
    import pickle

    assert pickle.loads(pickle.dumps(lazy)) == lazy
