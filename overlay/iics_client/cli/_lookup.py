"""``iics lookup PATH`` (assets by path, or by id with ``--id``) and ``iics <things> get ID | --name NAME`` (one
agent, runtime environment, schedule, mapping task or linear taskflow, by id or by name as IICS serves them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._exceptions import IICSNotFoundError
from .._objects import object_path
from .._terminal import Column
from ._context import Context
from ._exit import ExitCode

if TYPE_CHECKING:
    from .._client import IICSClient

OBJECT_COLUMNS = (
    Column("TYPE", lambda o: o.type_),
    Column("PATH", lambda o: o.path),
    Column("ID", lambda o: o.id),
    Column("UPDATED", lambda o: o.update_time),
    Column("UPDATED BY", lambda o: o.updated_by),
)


def lookup(ctx: Context, client: IICSClient) -> int:
    """With --type (or --id): IICS's lookup, one request. Without a type: a search of each path's folder, matched
    on the whole path (every asset at that path, whatever its type)."""
    args = ctx.args
    if args.id:
        found = client.lookup(ids=args.paths)
    elif args.type:
        found = client.lookup(args.paths, args.type)
    else:
        found = []
        for path in args.paths:
            wanted = object_path(path)
            folder = wanted.rpartition("/")[0]
            matches = [
                obj
                for obj in client.search_objects(location=folder or None, limit=None)
                if isinstance(obj.path, str) and obj.path.lower() == wanted.lower()
            ]
            if not matches:
                raise IICSNotFoundError(f"no asset at {wanted}")
            found += matches
    ctx.out.listing(found, OBJECT_COLUMNS, what="objects")
    return ExitCode.OK


def by_id_or_name(get: str, get_by_name: str) -> Callable[[Context, Any], int]:
    """A ``get`` command: the object by its id (positional) or by ``--name``, shown as a record."""

    def command(ctx: Context, client: IICSClient) -> int:
        if ctx.args.name is not None:
            found = getattr(client, get_by_name)(ctx.args.name)
        else:
            found = getattr(client, get)(ctx.args.id)
        ctx.out.record(found)
        return ExitCode.OK

    return command
