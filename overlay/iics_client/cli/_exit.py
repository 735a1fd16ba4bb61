"""Exit codes of the ``iics`` command, and which error maps to which."""

from __future__ import annotations

from enum import IntEnum

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a tenth of `iics --help`); mypy reads it as True
if TYPE_CHECKING:
    from .._jobs import JobState


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # IICS answered with an error, or it could not be reached
    USAGE = 2  # bad command line or settings (argparse uses 2 as well)
    AUTH = 3  # login failed, or no credentials were given
    JOB_FAILED = 4  # a job run, an export or an import failed
    JOB_WARNING = 5  # finished with warnings (0 with --warning-ok)
    JOB_STOPPED = 6
    TIMEOUT = 7  # --wait gave up; the job itself keeps running
    SUSPENDED = 8  # a taskflow run is suspended (it waits in Monitor to be resumed or terminated)
    PARTIAL = 9  # an import partly failed: some objects were imported, others not
    INTERRUPTED = 130  # Ctrl-C


EXIT_CODE_HELP: tuple[tuple[ExitCode, str], ...] = (
    (ExitCode.OK, "success (a waited-for job or taskflow run ended SUCCESS)"),
    (ExitCode.ERROR, "IICS returned an error, or it could not be reached"),
    (ExitCode.USAGE, "usage error: bad arguments or settings"),
    (ExitCode.AUTH, "authentication failed, or no credentials"),
    (
        ExitCode.JOB_FAILED,
        "the job (or taskflow run) failed; export/import: the export failed, or the import imported nothing",
    ),
    (ExitCode.JOB_WARNING, "the job finished with warnings (0 with --warning-ok)"),
    (ExitCode.JOB_STOPPED, "the job was stopped"),
    (ExitCode.TIMEOUT, "--wait (export/import: --timeout) timed out (the job keeps running)"),
    (ExitCode.SUSPENDED, "the taskflow run is suspended (resume or terminate it in Monitor)"),
    (ExitCode.PARTIAL, "import partly failed: some objects were imported, the failed ones are named"),
    (ExitCode.INTERRUPTED, "interrupted (Ctrl-C)"),
)


def exit_code_table() -> str:
    return "\n".join(f"  {int(code):>3}  {text}" for code, text in EXIT_CODE_HELP)


def for_state(state: JobState, *, warning_ok: bool) -> ExitCode:
    """The exit code of a finished job (RUNNING, seen by a single status look, is not an error)."""
    from .._jobs import JobState  # here, not at the top: the parser (--help) uses this module without the client

    if state is JobState.WARNING:
        return ExitCode.OK if warning_ok else ExitCode.JOB_WARNING
    return {
        JobState.FAILED: ExitCode.JOB_FAILED,
        JobState.STOPPED: ExitCode.JOB_STOPPED,
    }.get(state, ExitCode.OK)


def for_error(error: BaseException) -> ExitCode:
    from .._exceptions import IICSAuthError, IICSConfigurationError, IICSError, IICSJobTimeoutError
    from .._promotion import IICSExportError, IICSImportError, IICSPartialImportError

    if isinstance(error, IICSAuthError):
        return ExitCode.AUTH
    if isinstance(error, IICSConfigurationError):
        return ExitCode.USAGE
    if isinstance(error, IICSJobTimeoutError):
        return ExitCode.TIMEOUT
    if isinstance(error, IICSPartialImportError):
        return ExitCode.PARTIAL
    if isinstance(error, IICSExportError | IICSImportError):
        return ExitCode.JOB_FAILED
    if isinstance(error, IICSError):
        return ExitCode.ERROR
    if isinstance(error, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    return ExitCode.ERROR
