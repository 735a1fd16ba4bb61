"""``iics doctor``: the health check (``client.check()``) as a table or one JSON document, with the likely cause of
anything wrong. Exit 0 when every check passed, 1 otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._terminal import Column, render_fields, render_table
from ._context import Context
from ._exit import ExitCode

if TYPE_CHECKING:
    from .._client import IICSClient
    from .._health import HealthCheck

CHECK_COLUMNS = (
    Column("CHECK", lambda c: c.name),
    Column("RESULT", lambda c: c.status.value.upper()),
    Column("TIME", lambda c: f"{c.seconds * 1000:.0f} ms" if c.seconds is not None else None),
    Column("DETAIL", lambda c: c.detail, width=100),
)


def doctor(ctx: Context, client: IICSClient) -> int:
    report = client.check(max_clock_skew=ctx.args.max_clock_skew)
    if ctx.out.json_mode:
        ctx.out.document(report.to_dict())
    else:
        checks: tuple[HealthCheck, ...] = report.checks
        pairs = [("login URL", report.login_url), ("layout", report.layout), ("pod", report.pod)]
        ctx.out.text(render_fields(pairs) + "\n" + render_table(checks, CHECK_COLUMNS))
        for diagnosis in report.diagnoses:
            ctx.out.text(f"likely cause: {diagnosis.cause.value.replace('_', ' ')}: {diagnosis.message}")
        if report.ok:
            ctx.out.text("all checks passed")
    return ExitCode.OK if report.ok else ExitCode.ERROR
