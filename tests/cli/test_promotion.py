"""`iics export`, `iics import` and `iics promote` against a simulator with two orgs, named by profiles: results,
JSON documents, exit codes (0, 8 partial import, 4 failed), mappings files, object selection, credentials."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iics_client.cli import ExitCode
from iics_client.cli._promotion import changed_since, object_path
from iics_client.testing import SimOrg, Simulator

pytestmark = pytest.mark.e2e

PROD_USER, PROD_PASSWORD = "release@prod.example.com", "prod-password"
FAST = ["--interval", "0.02"]


@pytest.fixture(scope="module")
def two_orgs() -> Iterator[Simulator]:
    with Simulator() as sim:
        sim.add_org("prod", username=PROD_USER, password=PROD_PASSWORD, content="empty")
        yield sim


@pytest.fixture
def sim(two_orgs: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Simulator:
    """Both orgs back at their seed, fast jobs, and a profiles file naming them dev and prod."""
    sim = two_orgs
    sim.reset()
    sim.promotion.clear()
    sim.promotion.queue_time = 0.01
    sim.promotion.export_duration = sim.promotion.import_duration = 0.02
    sim.org().add_mapping_task("mt_load_leads", location="Sales/Leads", connections=("Salesforce_CRM",),
                               runtime_environment="Dev_Agent_Group")  # fmt: skip
    profiles = tmp_path / "profiles.ini"
    profiles.write_text(
        f"[DEFAULT]\nlogin_url = {sim.login_url}\nlayout = {sim.layout.name}\n"
        f"[dev]\nusername = {sim.username}\n[prod]\nusername = {PROD_USER}\n"
    )
    for name in ("IICS_LOGIN_URL", "IICS_USERNAME", "IICS_PASSWORD", "IICS_LAYOUT", "IICS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IICS_PROFILES_FILE", str(profiles))
    monkeypatch.setenv("IICS_PASSWORD_DEV", sim.password)
    monkeypatch.setenv("IICS_PASSWORD_PROD", PROD_PASSWORD)
    return sim


@pytest.fixture
def prod(sim: Simulator) -> SimOrg:
    return sim.org("prod")


def paths_in(sim: Simulator, org: str) -> set[str]:
    return {str(o["path"]) for o in sim.org(org).org.transact(lambda data, _: list(data.objects))}


def test_promote(sim: Simulator, iics: Any) -> None:
    result = iics("--json", "promote", "--from", "dev", "--to", "prod", "--path", "Sales", "--conflict", "overwrite",
                  *FAST)  # fmt: skip
    assert result.code == ExitCode.OK, result.err
    document = result.json()
    exported = {o["path"] for o in document["export"]["objects"]}
    assert {"Sales", "Sales/Leads/mt_load_leads", "Salesforce_CRM", "Dev_Agent_Group"} <= exported
    assert document["import"]["counts"]["failed"] == 0
    assert {o["state"] for o in document["import"]["objects"]} <= {"SUCCESSFUL", "SKIPPED"}
    sales = {p for p in paths_in(sim, "default") if p == "Sales" or p.startswith("Sales/")}
    assert sales <= paths_in(sim, "prod")  # every object at the same path
    assert "Promoting from dev" in result.err
    assert "Package written to" in result.err  # progress on stderr, never in the document

    again = iics("promote", "--from", "dev", "--to", "prod", "--path", "Sales", *FAST)  # REUSE by default
    assert again.code == ExitCode.OK, again.err
    assert "0 imported" in again.out
    assert "SKIPPED" in again.out


def test_a_partial_import_exits_8_and_names_the_failed_objects(sim: Simulator, iics: Any) -> None:
    sim.promotion.fail_import_of("Sales/Loads/m_load_orders", "Mapping m_load_orders is not valid.")
    result = iics("--json", "promote", "--from", "dev", "--to", "prod", "--path", "Sales", *FAST)
    assert result.code == ExitCode.PARTIAL
    assert int(ExitCode.PARTIAL) == 9
    assert "FAILED Sales/Loads/m_load_orders (DTEMPLATE): Mapping m_load_orders is not valid." in result.err
    assert "FAILED Sales/Loads/mt_load_orders (MTT)" in result.err
    assert "ERROR Sales/Loads/m_load_orders" in result.err  # the log's tail
    document = result.json()
    assert document["error"]["type"] == "IICSPartialImportError"
    assert document["error"]["exit_code"] == 9
    failed = {o["path"] for o in document["import"]["objects"] if o["state"] == "FAILED"}
    assert failed == {"Sales/Loads/m_load_orders", "Sales/Loads/mt_load_orders", "Sales/lt_nightly_load"}

    sim.promotion.partial_import_state = "SUCCESSFUL"  # a job that says SUCCESSFUL is not believed
    human = iics("promote", "--from", "dev", "--to", "prod", "--path", "Sales", "--conflict", "overwrite", *FAST)
    assert human.code == ExitCode.PARTIAL
    assert "3 failed" in human.err


def test_a_failed_export_and_an_import_of_nothing_exit_4(sim: Simulator, iics: Any, tmp_path: Path) -> None:
    sim.promotion.fail_export_of("Finance/Close/mt_gl_close")
    out = tmp_path / "out"
    out.mkdir()
    failed = iics("--json", "--profile", "dev", "export", "--path", "Finance", "-o", str(out), *FAST)
    assert failed.code == ExitCode.JOB_FAILED
    assert int(ExitCode.JOB_FAILED) == 4
    assert failed.json()["failed"][0]["path"] == "Finance/Close/mt_gl_close"
    assert list(out.iterdir()) == []

    lone = tmp_path / "lone.zip"
    exported = iics("--profile", "dev", "export", "--path", "MTT:Sales/Loads/mt_load_orders", "--no-dependencies",
                    "-o", str(lone), *FAST)  # fmt: skip
    assert exported.code == ExitCode.OK, exported.err
    imported = iics("--profile", "prod", "import", str(lone), "--name", "lone", *FAST)
    assert imported.code == ExitCode.JOB_FAILED
    assert "neither in the package nor in this organization" in imported.err


def test_export_then_import_with_a_yaml_mappings_file(sim: Simulator, prod: SimOrg, iics: Any, tmp_path: Path) -> None:
    package, manifest = tmp_path / "leads.zip", tmp_path / "leads.json"
    exported = iics("--profile", "dev", "export", "--path", "MTT:Sales/Leads/mt_load_leads", "-o", str(package),
                    "--manifest", str(manifest), *FAST)  # fmt: skip
    assert exported.code == ExitCode.OK, exported.err
    assert "Sales/Leads/mt_load_leads" in exported.out
    mappings = tmp_path / "prod.yaml"
    mappings.write_text(
        "# how dev's objects land in prod\nconflict: overwrite\n"
        "runtime_environments:\n  Dev_Agent_Group: Prod_Agent_Group\n"
        "overrides:\n  Salesforce_CRM: reuse\n"
    )
    imported = iics("--json", "--profile", "prod", "import", str(package), "--mappings", str(mappings), "--manifest",
                    str(manifest), "--name", "leads", *FAST)  # fmt: skip
    assert imported.code == ExitCode.OK, imported.err
    document = imported.json()
    assert document["name"] == "leads"
    envs = {e["name"]: e["id"] for e in prod.org.transact(lambda data, _: list(data.runtime_environments.values()))}
    assert prod.task("mt_load_leads").runtime_environment_id == envs["Prod_Agent_Group"]

    names_without_manifest = iics("--profile", "prod", "import", str(package), "--mappings", str(mappings), *FAST)
    assert names_without_manifest.code == ExitCode.USAGE
    assert "--manifest" in names_without_manifest.err


def test_yaml_needs_pyyaml_json_always_works(sim: Simulator, iics: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    package = tmp_path / "ops.zip"
    assert iics("--profile", "dev", "export", "--path", "Ops", "-o", str(package), *FAST).code == ExitCode.OK
    (tmp_path / "m.yaml").write_text("conflict: overwrite\n")
    (tmp_path / "m.json").write_text(json.dumps({"conflict": "overwrite"}))
    monkeypatch.setitem(sys.modules, "yaml", None)
    refused = iics("--profile", "prod", "import", str(package), "--mappings", str(tmp_path / "m.yaml"), *FAST)
    assert refused.code == ExitCode.USAGE
    assert "needs PyYAML" in refused.err
    assert iics("--profile", "prod", "import", str(package), "--mappings", str(tmp_path / "m.json"), *FAST).code == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"conflict": "merge"}', "conflict is OVERWRITE or REUSE"),
        ('{"colour": 1}', "unknown key"),
        ("[1, 2]", "holds one object"),
        ("{nope", "not valid JSON"),
    ],
)
def test_bad_mappings_files_fail_before_anything_runs(sim: Simulator, iics: Any, tmp_path: Path, content: str,
                                                      message: str) -> None:  # fmt: skip
    (tmp_path / "m.json").write_text(content)
    before = sim.promotion.exports_started
    result = iics("promote", "--from", "dev", "--to", "prod", "--path", "Ops", "--mappings", str(tmp_path / "m.json"))
    assert result.code == ExitCode.USAGE
    assert message in result.err
    assert sim.promotion.exports_started == before


def test_objects_by_search(sim: Simulator, iics: Any, tmp_path: Path) -> None:
    result = iics("--json", "--profile", "dev", "export", "--tag", "sales", "--type", "MTT", "--changed-since",
                  "2000-01-01", "--no-dependencies", "-o", str(tmp_path), *FAST)  # fmt: skip
    assert result.code == ExitCode.OK, result.err
    kinds = {o["type"] for o in result.json()["objects"]}
    assert kinds == {"MTT"}
    assert "The search found" in result.err
    nothing = iics("--profile", "dev", "export", "--changed-since", "1m", "--tag", "no-such-tag", "-o", str(tmp_path))
    assert nothing.code == ExitCode.USAGE
    assert "nothing to export" in nothing.err
    assert iics("--profile", "dev", "export", "-o", str(tmp_path)).code == ExitCode.USAGE


def test_passwords_for_two_orgs_from_stdin(sim: Simulator, iics: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IICS_PASSWORD_DEV")
    monkeypatch.delenv("IICS_PASSWORD_PROD")
    stdin = io.StringIO(f"{sim.password}\n{PROD_PASSWORD}\n")
    result = iics("promote", "--from", "dev", "--to", "prod", "--path", "Ops", "--password-stdin", *FAST, stdin=stdin)
    assert result.code == ExitCode.OK, result.err
    assert sim.password not in result.out + result.err
    assert PROD_PASSWORD not in result.out + result.err
    missing = iics("promote", "--from", "dev", "--to", "prod", "--path", "Ops")
    assert missing.code == ExitCode.AUTH
    assert "IICS_PASSWORD_DEV" in missing.err


def test_promote_checks_its_options(sim: Simulator, iics: Any) -> None:
    same = iics("promote", "--from", "dev", "--to", "dev", "--path", "Ops")
    assert (same.code, "same profile" in same.err) == (ExitCode.USAGE, True)
    mixed = iics("promote", "--from", "dev", "--to", "prod", "--path", "Ops", "--username", "x")
    assert (mixed.code, "drop --username" in mixed.err) == (ExitCode.USAGE, True)
    unknown = iics("promote", "--from", "dev", "--to", "qa", "--path", "Ops")
    assert (unknown.code, "no profile 'qa'" in unknown.err) == (ExitCode.USAGE, True)


def test_a_profiles_file_with_a_password_is_refused(sim: Simulator, iics: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    bad = tmp_path / "bad.ini"
    bad.write_text(f"[dev]\nlogin_url = {sim.login_url}\nusername = {sim.username}\npassword = {sim.password}\n")
    monkeypatch.setenv("IICS_PROFILES_FILE", str(bad))
    result = iics("--profile", "dev", "login")
    assert result.code == ExitCode.USAGE
    assert "holds a secret" in result.err
    assert sim.password not in result.err


def test_helpers() -> None:
    assert object_path("Sales") == ("Sales", "PROJECT")
    assert object_path("mtt:Sales/Loads/mt_x") == ("Sales/Loads/mt_x", "MTT")
    with pytest.raises(ValueError, match="give the object's type"):
        object_path("Sales/Loads")
    from datetime import datetime, timezone

    now = datetime(2024, 6, 10, 12, 0, tzinfo=timezone.utc)
    assert changed_since("7d", now) == "2024-06-03T12:00:00Z"
    assert changed_since("2024-06-01") == "2024-06-01T00:00:00Z"
    assert changed_since("2024-06-01T14:00:00+02:00") == "2024-06-01T12:00:00Z"
    with pytest.raises(ValueError, match="--changed-since"):
        changed_since("last week")


def test_the_exit_codes_are_documented(iics: Any) -> None:
    result = iics("--help")
    assert "9  import partly failed" in result.out
    readme = (Path(__file__).parent.parent.parent / "README.md").read_text()
    assert "| 8 |" in readme
