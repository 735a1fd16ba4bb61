"""Simulator: finding things (by name, task list, lookup by path and id, object references, the q operators), over
real sockets in both layouts."""

from __future__ import annotations

from typing import Any

import pytest

from iics_client.testing import Simulator

from .raw import RawApi

pytestmark = pytest.mark.e2e


def _ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("operation", "name", "listing"),
    [
        ("get_agent_by_name", "prod-agent-01", "list_agents"),
        ("get_runtime_environment_by_name", "Hosted Agent", "list_runtime_environments"),  # a space in the path
        ("get_schedule_by_name", "Weekdays_Hourly", "list_schedules"),
        ("get_mapping_task_by_name", "mt_load_orders", "list_mapping_tasks"),
        ("get_taskflow_by_name", "lt_finance_close", "list_taskflows"),
    ],
)
def test_by_name_returns_the_full_object(api: RawApi, operation: str, name: str, listing: str) -> None:
    listed = next(item for item in _ok(api.call(listing)) if item["name"] == name)
    by_id = {"list_agents": "get_agent", "list_runtime_environments": "get_runtime_environment",
             "list_schedules": "get_schedule", "list_mapping_tasks": "get_mapping_task",
             "list_taskflows": "get_taskflow"}[listing]  # fmt: skip
    full = _ok(api.call(operation, name=name))
    assert full == _ok(api.call(by_id, id=listed["id"]))  # not the list's abridged form
    assert _ok(api.call(operation, name=name.upper()))["id"] == listed["id"]  # names match case-insensitively
    missing = api.call(operation, name="no such " + name)
    assert missing.status_code == 404


def test_by_name_for_mapping_tasks_follows_the_layout(sim: Simulator, api: RawApi) -> None:
    missing = api.call("get_mapping_task_by_name", name="nope")
    if sim.layout.name == "iics":  # a v2 resource in real IICS: /saas/api/v2/mttask/name/..., v2 error body
        assert "/saas/api/v2/mttask/name/nope" in str(missing.url)
        assert missing.json()["@type"] == "error"
    else:
        assert "/api/v2/mttask/name/nope" in str(missing.url)
        assert set(missing.json()) == {"error"}


def test_task_list_by_type(sim: Simulator, api: RawApi) -> None:
    sim.seed_mapping_tasks(3)
    mapping_tasks = _ok(api.call("list_tasks", params={"type": "MTT"}))
    assert {task["name"] for task in mapping_tasks} >= {"mt_load_customers", "mt_bench_00002"}
    assert set(mapping_tasks[0]) == {"id", "orgId", "name", "description", "createTime", "updateTime", "createdBy",
                                     "updatedBy"}  # fmt: skip
    assert [task["name"] for task in _ok(api.call("list_tasks", params={"type": "DSS"}))] == ["dss_sync_contacts"]
    task = _ok(api.call("list_tasks", params={"type": "PCS"}))[0]
    started = api.call("start_job", json={"@type": "job", "taskId": task["id"], "taskType": "PCS"})
    assert started.status_code == 200  # the ids are v2 task ids
    for bad in ({"type": "WORKFLOW"}, {"type": "NOPE"}, {}):
        assert api.call("list_tasks", params=bad).status_code == 400


def test_lookup_by_path_and_by_id(sim: Simulator, api: RawApi) -> None:
    task, flow = sim.task("mt_gl_close"), sim.task("lt_nightly_load")
    body = {"objects": [{"path": "Finance/Close/mt_gl_close", "type": "MTT"}, {"id": flow.federated_id},
                        {"path": "sales/LOADS", "type": "folder"}]}  # fmt: skip
    found = _ok(api.call("lookup_objects", json=body))["objects"]
    assert [(obj["id"], obj["path"], obj["type"]) for obj in found[:2]] == [
        (task.federated_id, "Finance/Close/mt_gl_close", "MTT"),
        (flow.federated_id, "Sales/lt_nightly_load", "WORKFLOW"),
    ]
    assert (found[2]["path"], found[2]["type"]) == ("Sales/Loads", "FOLDER")  # path and type are case-insensitive
    assert set(found[0]) == {"id", "path", "type", "description", "updatedBy", "updateTime"}
    # the id is what start_job needs for a task outside Default
    job = {"@type": "job", "taskFederatedId": found[0]["id"], "taskType": "MTT"}
    assert _ok(api.call("start_job", json=job))["taskId"] == task.id


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"objects": [{"path": "Finance/Close/mt_gl_close"}]}, 400),  # a path needs its type
        ({"objects": []}, 400),
        ({"objects": "Finance"}, 400),
        ({"objects": ["Finance"]}, 400),
        ([{"id": "x"}], 400),
        ({"objects": [{"path": "Finance/Close/mt_gl_close", "type": "DSS"}]}, 404),  # right path, wrong type
        ({"objects": [{"id": "nope"}]}, 404),
    ],
)
def test_lookup_rejects(api: RawApi, body: Any, status: int) -> None:
    assert api.call("lookup_objects", json=body).status_code == status


def test_object_references_both_ways(sim: Simulator, api: RawApi) -> None:
    customers = sim.task("mt_load_customers")
    uses = _ok(api.call("get_object_references", objectId=customers.federated_id, params={"refType": "uses"}))
    assert uses["id"] == customers.federated_id
    assert [(ref["path"], ref["documentType"]) for ref in uses["references"]] == [
        ("Sales/Loads/m_load_customers", "DTEMPLATE")
    ]
    mapping_task = _ok(api.call("get_mapping_task", id=customers.id))
    assert uses["references"][0]["appContextId"] == mapping_task["mappingId"]  # the id that works on v2
    used_by = _ok(api.call("get_object_references", objectId=customers.federated_id, params={"refType": "usedBy"}))
    assert used_by["count"] == 2
    assert {(ref["path"], ref["documentType"]) for ref in used_by["references"]} == {
        ("Sales/lt_nightly_load", "WORKFLOW"),  # the linear taskflow that runs it
        ("Sales/tf_customer_pipeline", "TASKFLOW"),  # the advanced taskflow that runs it
    }
    assert set(used_by["references"][0]) == {"id", "appContextId", "path", "documentType", "description",
                                             "lastUpdatedTime"}  # fmt: skip
    flow = sim.task("lt_nightly_load")
    flow_uses = _ok(api.call("get_object_references", objectId=flow.federated_id, params={"refType": "Uses"}))
    assert [ref["appContextId"] for ref in flow_uses["references"]] == [customers.id, sim.task("mt_load_orders").id]


def test_object_references_paging(sim: Simulator, api: RawApi) -> None:
    customers = sim.task("mt_load_customers").federated_id
    full = _ok(api.call("get_object_references", objectId=customers, params={"refType": "usedBy"}))
    page = _ok(
        api.call("get_object_references", objectId=customers, params={"refType": "usedBy", "limit": 1, "skip": 1})
    )
    assert page["count"] == full["count"] == 2  # the total, not the page size
    assert page["references"] == full["references"][1:]
    assert _ok(api.call("get_object_references", objectId=customers, params={"refType": "usedBy", "limit": 50}))
    for bad in ({"refType": "usedBy", "limit": 51}, {"refType": "usedBy", "limit": 0}, {"refType": "parents"}, {}):
        assert api.call("get_object_references", objectId=customers, params=bad).status_code == 400, bad
    assert api.call("get_object_references", objectId="nope", params={"refType": "uses"}).status_code == 404


def _paths(api: RawApi, q: str) -> set[str]:
    return {obj["path"] for obj in _ok(api.call("search_objects", params={"q": q, "limit": 200}))["objects"]}


def test_q_operators_and_fields(api: RawApi) -> None:
    everything = _paths(api, "")
    assert _paths(api, "location=='Sales/Loads' and type=='mtt'") == {
        "Sales/Loads/mt_load_customers", "Sales/Loads/mt_load_orders", "Sales/Loads/mt_load_products"}  # fmt: skip
    assert _paths(api, "sourceControl.checkedOutBy=='jdoe@example.com'") == {"Sales/Loads/mt_load_orders"}
    controlled = _paths(api, "sourceControl.sourceControlled==true")
    assert controlled
    assert all(path.startswith("Sales/") for path in controlled)
    assert _paths(api, "sourceControl.sourceControlled!=true") == everything - controlled
    published = _paths(api, "customAttributes.publishedBy=='admin@example.com'")
    assert published == {"Sales/tf_customer_pipeline", "Finance/tf_month_end", "Sales/proc_order_api"}
    assert _paths(api, "type=='TASKFLOW' and customAttributes.publishedBy!='admin@example.com'") == set()


def test_q_time_comparisons(api: RawApi) -> None:
    objects = _ok(api.call("search_objects", params={"limit": 200}))["objects"]
    times = sorted({obj["updateTime"] for obj in objects})
    middle = times[len(times) // 2]
    before = _paths(api, f"updateTime<'{middle}'")
    at_or_after = _paths(api, f"updateTime>={middle}")  # a bare time works too
    assert before
    assert at_or_after
    assert before | at_or_after == _paths(api, "")
    assert not before & at_or_after
    assert _paths(api, f"updateTime=='{middle}'") == _paths(api, f"updateTime>='{middle}' and updateTime<='{middle}'")
    pulled = _paths(api, "sourceControl.lastPullTime>'2000-01-01T00:00:00Z'")
    assert pulled == _paths(api, "sourceControl.sourceControlled==true")


@pytest.mark.parametrize(
    "q",
    [
        "tag!='sales'",  # tag takes == only
        "location!='Sales'",  # so does location
        "updateTime>='yesterday'",
        "type>'MTT'",
        "name=='mt_load_orders'",  # no name field in IICS's q
        "sourceControl.nothing=='x'",
        "type='MTT'",
    ],
)
def test_q_rejects_what_iics_rejects(api: RawApi, q: str) -> None:
    response = api.call("search_objects", params={"q": q})
    assert response.status_code == 400, q
