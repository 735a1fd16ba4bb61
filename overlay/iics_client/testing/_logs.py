"""Run details and logs: one activity-log entry with its child entries, the session log of a run and its error rows.

Both files are addressed by the activity-log *entry* id (``000...0``), not the run id. A session log is text; a
linear taskflow's run has one log per task, so without ``itemId`` it comes as a zip of them (IICS: "the log or a zip";
which runs get a zip is unconfirmed). ``itemId`` picks one child entry's log. Running jobs have no entry yet: 404.
"""

from __future__ import annotations

import io
import zipfile

from ._data import Json
from ._errors import ApiError
from ._handlers import Backend, Call, Reply, handles

TEXT = "text/plain;charset=UTF-8"
ZIP = "application/zip"
ERROR_ROWS_SHOWN = 100  # rows written to an error-rows file at most


def find_entry(backend: Backend, entry_id: str) -> Json:
    """The top-level activity-log entry with this id (its run is encoded in it), or 404."""
    if len(entry_id) == 20 and entry_id.isdigit():
        found = backend.jobs.log(None, int(entry_id[:-1]), 0, 1)
        if found and found[0]["id"] == entry_id:
            entry: Json = found[0]
            return entry
    raise ApiError(404, f"Activity log entry with id {entry_id} not found.")


@handles("get_activity_log_entry")
def get_activity_log_entry(backend: Backend, call: Call) -> Reply:
    return Reply(body=find_entry(backend, call.params["activityLogId"]))


def _file(name: str, data: bytes, content_type: str) -> Reply:
    disposition = f'attachment; filename="{name}"'
    return Reply(body=data, content_type=content_type, headers={"Content-Disposition": disposition})


def _child(entry: Json, item_id: str) -> Json:
    found: Json | None = next((child for child in entry.get("entries") or [] if child["id"] == item_id), None)
    if found is None:
        raise ApiError(404, f"Activity log entry {entry['id']} has no item {item_id}.")
    return found


@handles("get_session_log")
def get_session_log(backend: Backend, call: Call) -> Reply:
    entry = find_entry(backend, call.params["activityLogId"])
    item_id, child_item_id = call.text("itemId"), call.text("childItemId")
    if child_item_id and not item_id:
        raise ApiError(400, "childItemId needs itemId.")
    if item_id:
        item = _child(entry, item_id)
        if child_item_id:
            item = _child(item, child_item_id)
        return _file(_log_name(item), session_log(entry, item).encode(), TEXT)
    children = entry.get("entries") or []
    if entry["type"] == "WORKFLOW" or len(children) > 1:  # one log per task: a zip
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for child in children:
                archive.writestr(_log_name(child), session_log(entry, child))
        return _file(_log_name(entry).removesuffix(".log") + ".zip", buffer.getvalue(), ZIP)
    return _file(_log_name(entry), session_log(entry, children[0] if children else entry).encode(), TEXT)


@handles("get_error_log")
def get_error_log(backend: Backend, call: Call) -> Reply:
    entry = find_entry(backend, call.params["activityLogId"])
    failed = int(entry.get("totalFailedRows") or 0)
    target = f"TGT_{entry['objectName'].removeprefix('mt_').upper()}"
    lines = ["ROW_NUMBER,ERROR_CODE,ERROR_MESSAGE"]
    lines += [
        f'{row},ORA-01400,"cannot insert NULL into (""DW"".""{target}"".""ID"")"'
        for row in range(1, min(failed, ERROR_ROWS_SHOWN) + 1)
    ]
    name = f"{entry['objectName']}_{entry['runId']}_error.csv"
    return _file(name, ("\n".join(lines) + "\n").encode(), TEXT)


def _log_name(entry: Json) -> str:
    attrs = entry.get("logEntryItemAttrs") or {}
    return str(attrs.get("Session Log File Name") or f"s_{entry['type'].lower()}_{entry['id']}.log")


def session_log(entry: Json, item: Json) -> str:
    """A session log in the shape of Informatica's: timestamped lines with message codes, rows read and written."""
    name = _log_name(item).removesuffix(".log")
    start, end = item["startTimeUtc"][:19].replace("T", " "), item["endTimeUtc"][:19].replace("T", " ")
    node = f"node01_{entry.get('agentId') or 'hosted'}"
    target = f"TGT_{entry['objectName'].removeprefix('mt_').upper()}"

    def line(when: str, level: str, thread: str, code: str, text: str) -> str:
        return f"{when} : {level} : ({entry['runId']} | {thread}) : (IS | Informatica Cloud) : {node} : {code} : {text}"

    by = f"{entry.get('startedBy')} ({entry.get('runContextType')})"
    started = f"Task {entry['objectName']}, run {entry['runId']}, started by {by}."
    written = item.get("successTargetRows", 0)
    inserted = f"Inserted rows - Requested: {written} Applied: {written} Rejected: {item.get('failedTargetRows', 0)}"
    lines = [
        line(start, "INFO", "MAPPING", "TM_6014", f"Initializing session [{name}] at [{start}]."),
        line(start, "INFO", "MAPPING", "TM_6683", "Repository Name: [Informatica Cloud]"),
        line(start, "INFO", "MAPPING", "TM_6101", f"Mapping name: m_{entry['objectName'].removeprefix('mt_')}."),
        line(start, "INFO", "MAPPING", "TM_6024", started),
        line(end, "INFO", "READER_1_1_1", "BLKR_16019", f"Read [{item.get('successSourceRows', 0)}] rows."),
        line(end, "INFO", "WRITER_1_*_1", "WRT_8036", f"Target: {target} (Instance Name: [{target}])"),
        line(end, "INFO", "WRITER_1_*_1", "WRT_8038", inserted),
    ]
    if item["state"] == 3:
        lines.append(line(end, "ERROR", "MAPPING", "TM_6085", str(entry.get("errorMsg") or "The session failed.")))
        lines.append(line(end, "INFO", "MAPPING", "TM_6020", f"Session [{name}] completed with failure at [{end}]."))
    else:
        lines.append(line(end, "INFO", "MAPPING", "TM_6020", f"Session [{name}] completed at [{end}]."))
    return "\n".join(lines) + "\n"
