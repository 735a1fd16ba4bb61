"""Promotion methods against respx: the exact requests (URLs per layout, one session header, JSON bodies, the
multipart upload's fields), streaming to and from files, exactly-once import starts, rate limits, and every
object's outcome deciding success. Both clients run every test (the ``runner`` fixture)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from iics_client import (
    ExportResult,
    IICSBadRequestError,
    IICSConfigurationError,
    IICSConnectionError,
    IICSExportError,
    IICSImportError,
    IICSJobTimeoutError,
    IICSNotFoundError,
    IICSPartialImportError,
    IICSRateLimitError,
    ImportResult,
)
from iics_client.v3.models import ExportJob, ImportJob, ImportPackageUpload, MigrationState
from tests.support.spec_examples import example
from tests.unit.conftest import POD, Runner, body_of, mock_login

V3 = {"reference": "/api/v2", "iics": "/saas/public/core/v3"}
SERVER_URL = {"reference": POD, "iics": POD + "/saas"}
LAYOUTS = ["reference", "iics"]

# the methods these tests route (test_routing.py counts them as covered)
ROUTED = {
    "export_objects",
    "get_export_status",
    "wait_for_export",
    "download_export_package",
    "get_export_log",
    "export_package",
    "upload_import_package",
    "start_import",
    "get_import_status",
    "wait_for_import",
    "get_import_log",
    "import_package",
}


def v3(layout: str, path: str) -> str:
    return POD + V3[layout] + path


def job(state: str, *, job_id: str = "E1", objects: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"id": job_id, "name": extra.pop("name", "release"), "status": {"state": state, "message": f"{state}."},
            "objects": objects, **extra}  # fmt: skip


def outcome(path: str, state: str, kind: str = "MTT", message: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "sourceObject": {"id": f"src-{path}", "name": path.rsplit("/", 1)[-1], "path": path, "type": kind},
        "status": {"state": state, "message": message or f"{state.title()}."},
    }
    if state != "FAILED":
        item["targetObject"] = {**item["sourceObject"], "id": f"tgt-{path}"}
    return item


@pytest.fixture(params=LAYOUTS)
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(runner: Runner, mock: respx.MockRouter, layout: str) -> Iterator[Any]:
    mock_login(mock, server_url=SERVER_URL[layout])
    made = runner.client(layout=layout, reconcile_timeout=0.2, retry_max_wait=0.01)
    yield made
    runner.close(made)


def only_v3_header(request: httpx.Request) -> None:
    assert request.headers["INFA-SESSION-ID"] == "S1"
    assert "icSessionId" not in request.headers


# ---- export ----


def test_export_objects_by_id_and_by_path(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    lookup = mock.post(v3(layout, "/lookup")).mock(
        return_value=httpx.Response(200, json={"objects": [{"id": "P1", "path": "Sales", "type": "PROJECT"}]})
    )
    start = mock.post(v3(layout, "/export")).mock(return_value=httpx.Response(200, json=example("start_export")))

    started = runner(client, "export_objects", ["T1", ("Sales", "project")], include_tags=True, name="release-1")

    assert isinstance(started, ExportJob)
    assert started.status.state is MigrationState.QUEUED
    assert body_of(lookup.calls.last.request) == {"objects": [{"path": "Sales", "type": "PROJECT"}]}
    sent = start.calls.last.request
    only_v3_header(sent)
    assert sent.url.params["includeTagInformation"] == "true"
    assert body_of(sent) == {
        "name": "release-1",
        "objects": [{"id": "T1", "includeDependencies": True}, {"id": "P1", "includeDependencies": True}],
    }


def test_export_options_per_object_and_no_tags(
    runner: Runner, client: Any, mock: respx.MockRouter, layout: str
) -> None:
    start = mock.post(v3(layout, "/export")).mock(return_value=httpx.Response(200, json=example("start_export")))
    runner(client, "export_objects", [{"id": "A", "include_dependencies": False}, "B"], include_dependencies=True)
    sent = start.calls.last.request
    assert "includeTagInformation" not in sent.url.params
    assert body_of(sent) == {
        "objects": [{"id": "A", "includeDependencies": False}, {"id": "B", "includeDependencies": True}]
    }


@pytest.mark.parametrize(
    ("objects", "options"),
    [
        ([], {}),
        ("T1", {}),
        ([("Sales",)], {}),
        ([{"type": "MTT"}], {}),
        ([42], {}),
        ([{"id": "A", "include_dependencies": "yes"}], {}),
        ([("Sales", "PROJECT")], {"name": ""}),
        ([("Sales", "PROJECT")], {"include_tags": "yes"}),
    ],
)
def test_bad_export_arguments_fail_before_any_request(
    runner: Runner, client: Any, mock: respx.MockRouter, objects: Any, options: dict[str, Any]
) -> None:
    with pytest.raises(IICSConfigurationError):
        runner(client, "export_objects", objects, **options)
    assert not mock.calls  # not even the lookup of a path


def test_wait_for_export_polls_then_reads_the_objects(
    runner: Runner, client: Any, mock: respx.MockRouter, layout: str
) -> None:
    objects = [{"id": "T1", "path": "Sales/mt", "type": "MTT", "status": {"state": "SUCCESSFUL", "message": "ok"}}]
    answers = iter([job("QUEUED"), job("IN_PROGRESS"), job("SUCCESSFUL")])
    status = mock.get(v3(layout, "/export/E1")).mock(
        side_effect=lambda request: httpx.Response(
            200, json=job("SUCCESSFUL", objects=objects) if "expand" in request.url.params else next(answers)
        )
    )

    done = runner(client, "wait_for_export", "E1", interval=0.01)

    assert done.status.state is MigrationState.SUCCESSFUL
    assert [o.path for o in done.objects] == ["Sales/mt"]
    expands = [call.request.url.params.get("expand") for call in status.calls]
    assert expands == [None, None, None, "objects"]  # the objects are read once, at the end
    only_v3_header(status.calls.last.request)


@pytest.mark.parametrize("job_state", ["FAILED", "SUCCESSFUL"])
def test_a_failed_export_raises_with_its_objects(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                                  job_state: str) -> None:  # fmt: skip
    objects = [
        {"id": "A", "path": "Fin/a", "type": "MTT", "status": {"state": "SUCCESSFUL", "message": "ok"}},
        {"id": "B", "path": "Fin/b", "type": "MTT", "status": {"state": "FAILED", "message": "cannot read b"}},
    ]
    mock.get(v3(layout, "/export/E1")).mock(return_value=httpx.Response(200, json=job(job_state, objects=objects)))
    with pytest.raises(IICSExportError) as caught:
        runner(client, "wait_for_export", "E1", interval=0.01)
    assert [o.id for o in caught.value.failed] == ["B"]
    assert "Fin/b (MTT): FAILED: cannot read b" in str(caught.value)
    assert caught.value.job.id == "E1"


def test_waiting_times_out(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    mock.get(v3(layout, "/export/E1")).mock(return_value=httpx.Response(200, json=job("IN_PROGRESS")))
    with pytest.raises(IICSJobTimeoutError) as caught:
        runner(client, "wait_for_export", "E1", interval=0.01, timeout=0.05)
    assert caught.value.last_state == "IN_PROGRESS"
    assert caught.value.run_id == "E1"
    assert isinstance(caught.value, TimeoutError)


def test_waits_ride_out_too_many_requests(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    answers = iter([httpx.Response(429, json={"error": {"code": "x", "message": "Too many requests"}})] * 5)
    mock.get(v3(layout, "/export/E1")).mock(
        side_effect=lambda request: next(answers, httpx.Response(200, json=job("SUCCESSFUL", objects=[])))
    )
    assert runner(client, "wait_for_export", "E1", interval=0.01).status.state is MigrationState.SUCCESSFUL


# ---- download ----


def test_download_streams_to_the_file(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                      tmp_path: Path) -> None:  # fmt: skip
    data = b"PK\x03\x04" + bytes(range(256)) * 9000
    route = mock.get(v3(layout, "/export/E1/package")).mock(
        return_value=httpx.Response(200, content=data, headers={"Content-Type": "application/zip"})
    )
    seen: list[tuple[int, int | None]] = []

    path = runner(client, "download_export_package", "E1", tmp_path, on_progress=lambda *a: seen.append(a))

    assert path == tmp_path / "E1.zip"
    assert path.read_bytes() == data
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left
    assert seen[-1] == (len(data), len(data))
    only_v3_header(route.calls.last.request)


def test_a_short_download_is_an_error_and_leaves_no_file(runner: Runner, client: Any, mock: respx.MockRouter,
                                                         layout: str, tmp_path: Path) -> None:  # fmt: skip
    mock.get(v3(layout, "/export/E1/package")).mock(
        return_value=httpx.Response(200, content=b"PK-short", headers={"Content-Length": "100"})
    )
    with pytest.raises(IICSConnectionError, match="ended after 8 of 100 bytes"):
        runner(client, "download_export_package", "E1", tmp_path / "out.zip")
    assert list(tmp_path.iterdir()) == []


class _CutOff(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that stops half way (the connection drops)."""

    def __iter__(self) -> Iterator[bytes]:
        yield b"PK-first-half"
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield b"PK-first-half"
        raise httpx.ReadError("connection reset")


def test_a_download_cut_off_starts_again(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                         tmp_path: Path) -> None:  # fmt: skip
    answers = iter([httpx.Response(200, stream=_CutOff()), httpx.Response(200, content=b"PK-whole-package")])
    route = mock.get(v3(layout, "/export/E1/package")).mock(side_effect=lambda request: next(answers))
    path = runner(client, "download_export_package", "E1", tmp_path / "p.zip")
    assert path.read_bytes() == b"PK-whole-package"
    assert route.call_count == 2
    assert [p.name for p in tmp_path.iterdir()] == ["p.zip"]


def test_a_refused_download_raises_and_writes_nothing(runner: Runner, client: Any, mock: respx.MockRouter,
                                                      layout: str, tmp_path: Path) -> None:  # fmt: skip
    error = {"error": {"code": "MIGRATION_1", "message": "Export job E1 has no package: its state is FAILED."}}
    mock.get(v3(layout, "/export/E1/package")).mock(return_value=httpx.Response(400, json=error))
    with pytest.raises(IICSBadRequestError, match="no package"):
        runner(client, "download_export_package", "E1", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_download_needs_an_existing_folder(runner: Runner, client: Any, mock: respx.MockRouter, tmp_path: Path) -> None:
    with pytest.raises(IICSConfigurationError, match="is not a folder"):
        runner(client, "download_export_package", "E1", tmp_path / "missing" / "p.zip")
    assert not mock.calls


def test_export_package_starts_waits_and_downloads(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                                   tmp_path: Path) -> None:  # fmt: skip
    objects = [{"id": "T1", "path": "Sales/mt", "type": "MTT", "status": {"state": "SUCCESSFUL", "message": "ok"}}]
    mock.post(v3(layout, "/export")).mock(return_value=httpx.Response(200, json=job("QUEUED")))
    mock.get(v3(layout, "/export/E1")).mock(return_value=httpx.Response(200, json=job("SUCCESSFUL", objects=objects)))
    mock.get(v3(layout, "/export/E1/package")).mock(return_value=httpx.Response(200, content=b"PK-zip"))

    result = runner(client, "export_package", ["T1"], tmp_path / "release.zip", interval=0.01)

    assert isinstance(result, ExportResult)
    assert result.path.read_bytes() == b"PK-zip"
    assert result.to_dict()["objects"][0]["path"] == "Sales/mt"


# ---- upload ----


def multipart_fields(request: httpx.Request) -> tuple[str, list[tuple[dict[str, str], bytes]]]:
    """(boundary, [(part headers, part content)]) of a multipart/form-data request, read strictly."""
    match = re.fullmatch(r"multipart/form-data; boundary=([0-9a-f]{32})", request.headers["Content-Type"])
    assert match, request.headers["Content-Type"]
    boundary = match.group(1).encode()
    body = request.content
    assert int(request.headers["Content-Length"]) == len(body)
    assert body.startswith(b"--" + boundary + b"\r\n")
    assert body.endswith(b"\r\n--" + boundary + b"--\r\n")
    parts = []
    for raw in (b"\r\n" + body).split(b"\r\n--" + boundary)[1:-1]:
        head, _, content = raw[2:].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        parts.append((headers, content))
    return boundary.decode(), parts


@pytest.mark.parametrize("relax", [False, True])
def test_upload_sends_the_package_part(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                       tmp_path: Path, relax: bool) -> None:  # fmt: skip
    package = tmp_path / "sales.zip"
    package.write_bytes(b"PK\x03\x04 zip bytes \r\n--+++ even this")
    route = mock.post(v3(layout, "/import/package")).mock(
        return_value=httpx.Response(200, json=example("upload_import_package"))
    )
    seen: list[tuple[int, int | None]] = []

    upload = runner(
        client, "upload_import_package", package, relax_checksum=relax, on_progress=lambda *a: seen.append(a)
    )

    assert isinstance(upload, ImportPackageUpload)
    sent = route.calls.last.request
    only_v3_header(sent)
    _, parts = multipart_fields(sent)
    disposition, content = parts[0]
    assert disposition == {
        "Content-Disposition": 'form-data; name="package"; filename="sales.zip"',
        "Content-Type": "application/zip",
    }
    assert content == package.read_bytes()
    if relax:
        assert parts[1] == ({"Content-Disposition": 'form-data; name="relaxChecksum"', "Content-Type": "text/plain"},
                            b"True")  # fmt: skip
        assert sent.url.params["relaxChecksum"] == "true"
    else:
        assert len(parts) == 1
        assert "relaxChecksum" not in sent.url.params
    assert seen[-1] == (package.stat().st_size, package.stat().st_size)


def test_upload_is_sent_again_from_the_start(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                             tmp_path: Path) -> None:  # fmt: skip
    """A 401 renews the session and replays the body; a lost answer (502) sends it again (an upload starts
    nothing)."""
    package = tmp_path / "p.zip"
    package.write_bytes(b"PK" + b"x" * 3_000_000)
    answers = iter(
        [httpx.Response(401), httpx.Response(502), httpx.Response(200, json=example("upload_import_package"))]
    )
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(multipart_fields(request)[1][0][1])
        return next(answers)

    mock.post(v3(layout, "/import/package")).mock(side_effect=answer)
    runner(client, "upload_import_package", package)
    assert bodies == [package.read_bytes()] * 3


def test_upload_needs_a_file(runner: Runner, client: Any, mock: respx.MockRouter, tmp_path: Path) -> None:
    with pytest.raises(IICSConfigurationError, match="no package file"):
        runner(client, "upload_import_package", tmp_path / "nope.zip")
    assert not mock.calls


def test_async_upload_reads_the_file_in_a_worker_thread(mock: respx.MockRouter, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from iics_client import AsyncIICSClient

    package = tmp_path / "p.zip"
    package.write_bytes(b"PK" * 1_500_000)
    mock_login(mock)
    route = mock.post(v3("reference", "/import/package")).mock(
        return_value=httpx.Response(200, json=example("upload_import_package"))
    )
    offloaded: list[str] = []
    real = asyncio.to_thread

    async def to_thread(function: Any, /, *args: Any) -> Any:
        offloaded.append(getattr(function, "__name__", "?"))
        return await real(function, *args)

    monkeypatch.setattr(asyncio, "to_thread", to_thread)

    async def main() -> None:
        client = AsyncIICSClient("us", "u@co.com", "pw")
        await client.upload_import_package(package)
        await client.aclose()

    asyncio.run(main())
    assert offloaded.count("read") == 3  # 3 MB in 1 MiB reads, none on the event loop
    assert multipart_fields(route.calls.last.request)[1][0][1] == package.read_bytes()


# ---- start ----


def test_start_import_body(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    route = mock.post(v3(layout, "/import/I1")).mock(return_value=httpx.Response(200, json=example("start_import")))

    started = runner(
        client,
        "start_import",
        "I1",
        name="into prod",
        conflict_resolution="overwrite",
        include=["P1"],
        overrides={"T1": "REUSE"},
        mappings={"ENV_DEV": "ENV_PROD", "T1": "T9"},
    )

    assert isinstance(started, ImportJob)
    only_v3_header(route.calls.last.request)
    assert body_of(route.calls.last.request) == {
        "name": "into prod",
        "importSpecification": {
            "defaultConflictResolution": "OVERWRITE",
            "includeObjects": ["P1"],
            "objectSpecification": [
                {"sourceObjectId": "T1", "conflictResolution": "REUSE", "targetObjectId": "T9"},
                {"sourceObjectId": "ENV_DEV", "targetObjectId": "ENV_PROD"},
            ],
        },
    }


def test_start_import_defaults_to_reuse_and_none_leaves_it_to_iics(
    runner: Runner, client: Any, mock: respx.MockRouter, layout: str
) -> None:
    route = mock.post(v3(layout, "/import/I1")).mock(return_value=httpx.Response(200, json=example("start_import")))
    runner(client, "start_import", "I1", name="n")
    assert body_of(route.calls.last.request) == {
        "name": "n",
        "importSpecification": {"defaultConflictResolution": "REUSE"},
    }
    runner(client, "start_import", "I1", name="n", conflict_resolution=None)
    assert body_of(route.calls.last.request) == {"name": "n"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": ""},
        {"name": "n", "conflict_resolution": "MERGE"},
        {"name": "n", "overrides": {"T1": "SKIP"}},
        {"name": "n", "include": "P1"},
        {"name": "n", "include": []},
        {"name": "n", "mappings": {"T1": ""}},
        {"name": "n", "mappings": ["T1"]},
    ],
)
def test_bad_import_arguments_fail_before_any_request(runner: Runner, client: Any, mock: respx.MockRouter,
                                                      kwargs: dict[str, Any]) -> None:  # fmt: skip
    with pytest.raises(IICSConfigurationError):
        runner(client, "start_import", "I1", **kwargs)
    assert not mock.calls


def test_a_lost_start_found_started_is_not_sent_again(runner: Runner, client: Any, mock: respx.MockRouter,
                                                      layout: str) -> None:  # fmt: skip
    start = mock.post(v3(layout, "/import/I1")).mock(return_value=httpx.Response(502))
    status = mock.get(v3(layout, "/import/I1")).mock(
        return_value=httpx.Response(200, json=job("IN_PROGRESS", job_id="I1", name="into prod"))
    )
    started = runner(client, "start_import", "I1", name="into prod")
    assert started.status.state is MigrationState.IN_PROGRESS
    assert start.call_count == 1
    assert status.call_count == 1


def test_a_lost_start_that_did_not_happen_is_sent_again(runner: Runner, client: Any, mock: respx.MockRouter,
                                                        layout: str) -> None:  # fmt: skip
    answers = iter([httpx.Response(504), httpx.Response(200, json=example("start_import"))])
    start = mock.post(v3(layout, "/import/I1")).mock(side_effect=lambda request: next(answers))
    mock.get(v3(layout, "/import/I1")).mock(
        return_value=httpx.Response(200, json=job("NOT_STARTED", job_id="I1", name=None, startTime=None))
    )
    runner(client, "start_import", "I1", name="into prod")
    assert start.call_count == 2


def test_an_upload_state_is_not_taken_for_a_started_import(runner: Runner, client: Any, mock: respx.MockRouter,
                                                           layout: str) -> None:  # fmt: skip
    """If IICS shows an uploaded, unstarted job as SUCCESSFUL (as the upload's answer does), its missing name and start
    time still say it never started."""
    answers = iter([httpx.Response(502), httpx.Response(200, json=example("start_import"))])
    start = mock.post(v3(layout, "/import/I1")).mock(side_effect=lambda request: next(answers))
    mock.get(v3(layout, "/import/I1")).mock(
        return_value=httpx.Response(200, json=job("SUCCESSFUL", job_id="I1", name=None, startTime=None))
    )
    runner(client, "start_import", "I1", name="into prod")
    assert start.call_count == 2


def test_a_resend_refused_because_the_lost_one_started(runner: Runner, client: Any, mock: respx.MockRouter,
                                                       layout: str) -> None:  # fmt: skip
    """The lost start took effect after the check: the resend gets IICS's 400, and the status then shows it."""
    refused = {"error": {"code": "MIGRATION_2", "message": "Import job I1 has already been started."}}
    answers = iter([httpx.Response(502), httpx.Response(400, json=refused)])
    start = mock.post(v3(layout, "/import/I1")).mock(side_effect=lambda request: next(answers))
    mock.get(v3(layout, "/import/I1")).mock(  # not started until IICS got the second start (it was late, not lost)
        side_effect=lambda request: httpx.Response(200, json=job("QUEUED", job_id="I1", name="x")
                                                   if start.call_count > 1 else job("NOT_STARTED", name=None))
    )  # fmt: skip
    started = runner(client, "start_import", "I1", name="x")
    assert started.status.state is MigrationState.QUEUED
    assert start.call_count == 2


def test_a_start_of_a_started_job_is_refused(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    refused = {"error": {"code": "MIGRATION_2", "message": "Import job I1 has already been started."}}
    start = mock.post(v3(layout, "/import/I1")).mock(return_value=httpx.Response(400, json=refused))
    with pytest.raises(IICSBadRequestError, match="already been started"):
        runner(client, "start_import", "I1", name="x")
    assert start.call_count == 1


def test_too_many_requests_is_waited_out(runner: Runner, mock: respx.MockRouter, layout: str) -> None:
    """The dynamic rate limit: the transport's retries of a 429, then the plan's longer waits; a 400 that says "too
    many requests" is a refusal too. Nothing is started twice: every refused start changed nothing."""
    mock_login(mock, server_url=SERVER_URL[layout])
    client = runner.client(layout=layout, max_retries=2, retry_max_wait=0.01)
    busy = {"error": {"code": "MIGRATION_9", "message": "Too many requests. Try again later."}}
    answers = iter([httpx.Response(429, json=busy)] * 3 + [httpx.Response(400, json=busy)])
    start = mock.post(v3(layout, "/export")).mock(
        side_effect=lambda request: next(answers, httpx.Response(200, json=example("start_export")))
    )
    assert runner(client, "export_objects", ["T1"]).status.state is MigrationState.QUEUED
    assert start.call_count == 5
    start.side_effect = lambda request: httpx.Response(429, json=busy)
    with pytest.raises(IICSRateLimitError):
        runner(client, "export_objects", ["T1"])
    assert start.call_count == 5 + 9  # (1 + 2 transport retries) x (1 + 2 polite resends)
    runner.close(client)


# ---- outcomes ----


def test_every_object_decides_the_outcome(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    ok = [outcome("Sales", "SUCCESSFUL", "PROJECT"), outcome("Dev_Agent_Group", "SKIPPED", "AgentGroup")]
    bad = [outcome("Sales/m", "FAILED", "DTEMPLATE", "Mapping m is not valid.")]
    answers = {
        "I1": job("SUCCESSFUL", job_id="I1", objects=ok),
        "I2": job("SUCCESSFUL", job_id="I2", objects=ok + bad),  # a job that says SUCCESSFUL is not trusted
        "I3": job("FAILED", job_id="I3", objects=ok + bad),
        "I4": job("FAILED", job_id="I4", objects=bad),
        "I5": job("FAILED", job_id="I5", objects=[]),
    }
    mock.get(url__regex=re.escape(v3(layout, "/import/")) + r"I\d").mock(
        side_effect=lambda request: httpx.Response(200, json=answers[request.url.path.rsplit("/", 1)[1]])
    )

    result = runner(client, "wait_for_import", "I1", interval=0.01)
    assert isinstance(result, ImportResult)
    assert [o.state.value for o in result.objects] == ["SUCCESSFUL", "SKIPPED"]
    assert result.objects[0].target_id == "tgt-Sales"
    assert result.to_dict()["counts"] == {"successful": 1, "skipped": 1, "failed": 0}
    for partial in ("I2", "I3"):
        with pytest.raises(IICSPartialImportError) as caught:
            runner(client, "wait_for_import", partial, interval=0.01)
        assert [o.path for o in caught.value.failed] == ["Sales/m"]
        assert len(caught.value.result.objects) == 3
        assert "Sales/m (DTEMPLATE): FAILED: Mapping m is not valid." in str(caught.value)
    for failed in ("I4", "I5"):
        with pytest.raises(IICSImportError) as error:
            runner(client, "wait_for_import", failed, interval=0.01)
        assert not isinstance(error.value, IICSPartialImportError)


def test_waiting_for_an_unstarted_import_is_a_mistake(runner: Runner, client: Any, mock: respx.MockRouter,
                                                      layout: str) -> None:  # fmt: skip
    mock.get(v3(layout, "/import/I1")).mock(return_value=httpx.Response(200, json=job("NOT_STARTED", name=None)))
    with pytest.raises(IICSConfigurationError, match="has not been started"):
        runner(client, "wait_for_import", "I1", interval=0.01)


def test_import_package_end_to_end(runner: Runner, client: Any, mock: respx.MockRouter, layout: str,
                                   tmp_path: Path) -> None:  # fmt: skip
    package = tmp_path / "p.zip"
    package.write_bytes(b"PK-package")
    mock.post(v3(layout, "/import/package")).mock(
        return_value=httpx.Response(200, json={"jobId": "I1", "jobStatus": {"state": "SUCCESSFUL"}})
    )
    start = mock.post(v3(layout, "/import/I1")).mock(return_value=httpx.Response(200, json=job("QUEUED", job_id="I1")))
    objects = [outcome("Sales/mt", "SUCCESSFUL")]
    mock.get(v3(layout, "/import/I1")).mock(
        return_value=httpx.Response(200, json=job("SUCCESSFUL", job_id="I1", objects=objects))
    )
    result = runner(client, "import_package", package, name="rel", conflict_resolution="OVERWRITE", interval=0.01)
    assert [o.path for o in result.succeeded] == ["Sales/mt"]
    assert json.loads(start.calls.last.request.content)["importSpecification"] == {
        "defaultConflictResolution": "OVERWRITE"
    }


def test_import_package_checks_everything_before_uploading(runner: Runner, client: Any, mock: respx.MockRouter,
                                                           tmp_path: Path) -> None:  # fmt: skip
    package = tmp_path / "p.zip"
    package.write_bytes(b"PK")
    with pytest.raises(IICSConfigurationError):
        runner(client, "import_package", package, name="n", overrides={"x": "MERGE"})
    with pytest.raises(IICSConfigurationError):
        runner(client, "import_package", package, name="n", timeout=0)
    assert not mock.calls


def test_logs_are_text(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    mock.get(v3(layout, "/export/E1/log")).mock(return_value=httpx.Response(200, text="INFO exported\n"))
    mock.get(v3(layout, "/import/I1/log")).mock(return_value=httpx.Response(200, text="ERROR failed\n"))
    missing = {"error": {"code": "x", "message": "nope"}}
    mock.get(v3(layout, "/import/I2/log")).mock(return_value=httpx.Response(404, json=missing))
    assert runner(client, "get_export_log", "E1") == "INFO exported\n"
    assert runner(client, "get_import_log", "I1") == "ERROR failed\n"
    with pytest.raises(IICSNotFoundError):
        runner(client, "get_import_log", "I2")


def test_status_reads(runner: Runner, client: Any, mock: respx.MockRouter, layout: str) -> None:
    export = mock.get(v3(layout, "/export/E1")).mock(return_value=httpx.Response(200, json=job("QUEUED")))
    imported = mock.get(v3(layout, "/import/I1")).mock(
        return_value=httpx.Response(200, json=job("QUEUED", job_id="I1"))
    )
    assert runner(client, "get_export_status", "E1").id == "E1"
    assert runner(client, "get_import_status", "I1", objects=True).id == "I1"
    assert "expand" not in export.calls.last.request.url.params
    assert imported.calls.last.request.url.params["expand"] == "objects"
