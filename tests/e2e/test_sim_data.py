"""Simulator: connection CRUD and IICS-style validation, read-only resources, paging of objects/audit/activity log."""

from __future__ import annotations

import time

import pytest

from iics_client.testing import Simulator

from .raw import RawApi

pytestmark = pytest.mark.e2e

ORACLE = {"@type": "connection", "name": "crud_oracle", "type": "Oracle", "host": "db1", "port": 1521,
          "database": "ORCL", "username": "u", "password": "secret", "connParams": {"a": "1", "b": "2"}}  # fmt: skip


def test_connection_crud(sim: Simulator, api: RawApi) -> None:
    before = len(api.call("list_connections").json())
    created = api.call("create_connection", json=ORACLE).json()
    assert created["id"].startswith("0100000B")
    assert len(created["id"]) == 20
    assert created["password"] == "********"  # masked, as IICS does
    assert created["createdBy"] == sim.username
    assert len(api.call("list_connections").json()) == before + 1  # the cached list was refreshed
    assert api.call("get_connection", id=created["id"]).json() == created
    assert api.call("get_connection_by_name", name="CRUD_ORACLE").json()["id"] == created["id"]

    # PARTIAL merges: untouched fields stay, connParams are merged
    partial = {"@type": "connection", "host": "db2", "connParams": {"b": "3"}}
    merged = api.call("update_connection", id=created["id"], json=partial, headers={"Update-Mode": "PARTIAL"}).json()
    assert (merged["host"], merged["port"], merged["database"]) == ("db2", 1521, "ORCL")
    assert merged["connParams"] == {"a": "1", "b": "3"}
    assert merged["createTime"] == created["createTime"]

    # no header (FULL): the body replaces the connection; what it omits is gone
    full = {"@type": "connection", "name": "crud_oracle_v2", "type": "Oracle", "host": "db3"}
    replaced = api.call("update_connection", id=created["id"], json=full).json()
    assert replaced["host"] == "db3"
    assert "port" not in replaced
    assert "database" not in replaced
    assert replaced["connParams"] == {}
    assert (replaced["id"], replaced["federatedId"]) == (created["id"], created["federatedId"])
    assert api.call("get_connection_by_name", name="crud_oracle").status_code == 404
    assert api.call("get_connection_by_name", name="crud_oracle_v2").status_code == 200

    assert api.call("delete_connection", id=created["id"]).status_code == 200
    assert api.call("get_connection", id=created["id"]).status_code == 404
    assert len(api.call("list_connections").json()) == before
    events = [entry["event"] for entry in api.call("get_audit_logs", params={"batchSize": 4}).json()]
    assert events[:4] == ["DELETE", "UPDATE", "UPDATE", "CREATE"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"@type": "connection", "type": "Oracle"}, "name is required"),
        ({"@type": "connection", "name": "x"}, "type is required"),
        ({"@type": "connection", "name": " ", "type": "Oracle"}, "Invalid value for field name"),
        ({"@type": "mttask", "name": "x", "type": "Oracle"}, "@type"),
        ({"@type": "connection", "name": "x", "type": "Oracle", "port": "1521"}, "field port"),
        ({"@type": "connection", "name": "Oracle_Sales", "type": "Oracle"}, "already exists"),
        ({"@type": "connection", "name": "oracle_sales", "type": "Oracle"}, "already exists"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_connection_validation_errors(api: RawApi, body: object, message: str) -> None:
    response = api.call("create_connection", json=body)
    assert response.status_code == 400
    error = response.json()
    assert error["@type"] == "error"
    assert error["statusCode"] == 400
    assert message in error["description"]


def test_update_validation(api: RawApi) -> None:
    target = api.call("get_connection_by_name", name="MySQL_Ops").json()
    other = api.call("get_connection_by_name", name="Oracle_Sales").json()
    rename = {"@type": "connection", "name": other["name"]}
    assert (
        api.call("update_connection", id=target["id"], json=rename, headers={"Update-Mode": "PARTIAL"}).status_code
        == 400
    )
    assert (
        api.call("update_connection", id=target["id"], json=rename, headers={"Update-Mode": "SOME"}).status_code == 400
    )
    bad_json = api.http.post(api.url("update_connection", id=target["id"]), content=b"{nope", headers=_session(api))
    assert bad_json.status_code == 400
    # the masked password sent back by a read-merge-write keeps the stored one
    target["description"] = "read, merged, written"
    written = api.call("update_connection", id=target["id"], json=target).json()
    assert written["description"] == "read, merged, written"
    assert written["connParams"] == target["connParams"]


def _session(api: RawApi) -> dict[str, str]:
    return {api.route("list_connections")[1]: api.session_id or ""}


def test_seed_connections_for_benchmarks(sim: Simulator, api: RawApi) -> None:
    ids = sim.seed_connections(100)
    assert len(set(ids)) == 100
    listed = api.call("list_connections").json()
    assert len(listed) == 106
    assert {c["id"] for c in listed} >= set(ids)
    started = time.perf_counter()
    for _ in range(50):
        assert api.call("list_connections").status_code == 200
    assert (time.perf_counter() - started) / 50 < 0.05  # a generous bound; typically ~1 ms


def test_read_only_resources(api: RawApi) -> None:
    agents = api.call("list_agents").json()
    assert all("packages" not in agent for agent in agents)  # the list leaves them out
    assert any("active" not in agent for agent in agents)  # an inactive agent may lack the flag
    detail = api.call("get_agent", id=agents[0]["id"]).json()
    assert detail["packages"]
    envs = api.call("list_runtime_environments").json()
    prod = next(env for env in envs if env["name"] == "Prod_Agent_Group")
    assert [agent["name"] for agent in prod["agents"]] == ["prod-agent-01", "prod-agent-02"]
    assert api.call("get_runtime_environment", id=prod["id"]).json() == prod
    tasks = api.call("list_mapping_tasks").json()
    assert all("parameters" not in task for task in tasks)
    assert api.call("get_mapping_task", id=tasks[0]["id"]).json()["parameters"]
    flows = api.call("list_taskflows").json()
    assert [step["name"] for step in flows[0]["tasks"]] == ["mt_load_customers", "mt_load_orders"]
    schedules = api.call("list_schedules").json()
    assert {s["interval"] for s in schedules} == {"Daily", "Hourly", "Monthly", "Minutely"}


def test_same_seed_same_data_other_seed_other_ids(layout: str) -> None:
    def snapshot(seed: int) -> list[tuple[str, str]]:
        with Simulator(layout, seed=seed) as sim:
            api = RawApi(sim)
            api.login()
            data = [(c["id"], c["federatedId"]) for c in api.call("list_connections").json()]
            api.close()
            return data

    assert snapshot(7) == snapshot(7)
    assert snapshot(7) != snapshot(8)


@pytest.mark.parametrize(
    ("query", "paths"),
    [
        ("type=='MTT' and location=='Sales/Loads'", {"Sales/Loads/mt_load_customers", "Sales/Loads/mt_load_orders",
                                                      "Sales/Loads/mt_load_products"}),
        ("type=='mtt' and tag=='orders'", {"Sales/Loads/mt_load_orders"}),
        ("TYPE == \"Workflow\" and tag=='finance'", {"Finance/lt_finance_close"}),
        ("type=='PROJECT'", {"Default", "Sales", "Finance", "Ops"}),
        ("location=='Default' and type!='DTEMPLATE' and type!='MTT'", {"Default/drs_replicate_crm",
                                                                        "Default/pcs_legacy_load",
                                                                        "Default/lt_ops_daily",
                                                                        "Default/mplt_clean_address"}),
        ("tag=='nope'", set()),
    ],
)  # fmt: skip
def test_object_search_filters(api: RawApi, query: str, paths: set[str]) -> None:
    result = api.call("search_objects", params={"q": query, "limit": 200}).json()
    assert {obj["path"] for obj in result["objects"]} == paths
    assert result["count"] == len(paths)


def test_object_search_paging(sim: Simulator, api: RawApi) -> None:
    sim.seed_mapping_tasks(230, location="Bench", tags=("bench",))
    query = {"q": "tag=='bench' and type=='MTT'"}
    seen: list[str] = []
    skip = 0
    while True:
        page = api.call("search_objects", params={**query, "limit": 200, "skip": skip}).json()
        assert page["count"] == 230  # the total, not the page size
        seen += [obj["id"] for obj in page["objects"]]
        if len(page["objects"]) < 200:
            break
        skip += 200
    assert len(seen) == len(set(seen)) == 230
    default = api.call("search_objects", params=query).json()
    assert len(default["objects"]) == 25
    past_end = api.call("search_objects", params={**query, "skip": 1000}).json()
    assert past_end == {"count": 230, "objects": []}
    for bad in ({"limit": 0}, {"limit": 201}, {"skip": -1}, {"limit": "ten"}, {"q": "type=='MTT' or tag=='x'"},
                {"q": "color=='red'"}):  # fmt: skip
        response = api.call("search_objects", params=bad)
        assert response.status_code == 400, bad
        assert set(response.json()["error"]) == {"code", "message", "requestId", "details"}


def test_audit_log_paging_newest_first(sim: Simulator, api: RawApi) -> None:
    total = sim.audit_log_size
    assert total >= 500
    assert len(api.call("get_audit_logs").json()) == 200  # no parameters: the newest 200
    ids: list[str] = []
    times: list[str] = []
    batch = 0
    while True:
        page = api.call("get_audit_logs", params={"batchId": batch, "batchSize": 150}).json()
        ids += [entry["id"] for entry in page]
        times += [entry["entryTimeUTC"] for entry in page]
        if len(page) < 150:
            break
        batch += 1
    assert len(ids) == len(set(ids)) == total
    assert times == sorted(times, reverse=True)
    assert ids[0] == api.call("get_audit_logs", params={"batchSize": 1}).json()[0]["id"]
    assert api.call("get_audit_logs", params={"batchSize": 25, "batchId": 1}).json()[0]["id"] == ids[25]
    sim.seed_audit_log(1000)
    assert sim.audit_log_size == total + 1000


def test_activity_log_paging_and_filters(sim: Simulator, api: RawApi) -> None:
    sim.seed_activity_log(100_000)
    size = sim.activity_log_size
    assert size >= 100_000
    started = time.perf_counter()
    page = api.call("get_activity_log", params={"offset": 60_000, "rowLimit": 1000}).json()
    assert time.perf_counter() - started < 1.0  # computed on demand, not stored
    assert len(page) == 1000
    run_ids = [entry["runId"] for entry in page]
    assert run_ids == sorted(run_ids, reverse=True)
    assert len(api.call("get_activity_log").json()) == 200  # the IICS default row limit
    assert api.call("get_activity_log", params={"offset": size}).json() == []
    assert len(api.call("get_activity_log", params={"offset": size - 3, "rowLimit": 10}).json()) == 3
    # filters
    task = sim.task("mt_load_orders")
    by_task = api.call("get_activity_log", params={"taskId": task.id, "rowLimit": 1000, "offset": 500}).json()
    assert len(by_task) == 1000
    assert {entry["objectId"] for entry in by_task} == {task.id}
    one = page[10]
    by_run = api.call("get_activity_log", params={"taskId": one["objectId"], "runId": one["runId"]}).json()
    assert by_run == [one]
    assert api.call("get_activity_log", params={"taskId": task.id, "runId": one["runId"]}).json() in ([], [one])
    assert api.call("get_activity_log", params={"taskId": task.id, "runId": 1}).json() == []
    assert api.call("get_activity_log", params={"runId": one["runId"]}).status_code == 400  # runId needs taskId
    assert api.call("get_activity_log", params={"taskId": "0100000Z999999999999"}).json() == []
    for bad in ({"rowLimit": 0}, {"rowLimit": 1001}, {"offset": -1}, {"runId": "abc"}):
        assert api.call("get_activity_log", params=bad).status_code == 400, bad


def test_reset_restores_the_seed(sim: Simulator, api: RawApi) -> None:
    seeded = api.call("list_connections").json()
    api.call("create_connection", json=ORACLE)
    sim.seed_connections(10)
    sim.reset()
    assert sim.stats.requests == 0
    assert api.call("list_connections").json() == seeded  # sessions survive a reset
    assert sim.stats.requests == 1
