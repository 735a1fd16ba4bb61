"""The exception hierarchy: everything iics_client raises derives from IICSError.

Exception text never contains a password or session id: bodies are redacted before they are stored.
"""

from __future__ import annotations

from typing import Any

from ._redact import redact_text

__all__ = [
    "IICSAuthError",
    "IICSBadRequestError",
    "IICSConfigurationError",
    "IICSConnectionError",
    "IICSError",
    "IICSJobTimeoutError",
    "IICSNotFoundError",
    "IICSRateLimitError",
    "IICSServerError",
    "IICSTimeoutError",
    "IICSValidationError",
]


class IICSError(Exception):
    """Base of every error this package raises.

    Attributes:
        status_code: the HTTP status, when a response was received.
        response_body: the response text (redacted), when a response was received.
        method, url: the request that failed, when there was one.
        error_code: IICS's own error code (v2 ``code``, v3 ``error.code``), e.g. ``"UI_10000"``.
        request_id: IICS's request id (v3 ``error.requestId``), for support tickets.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response_body: str | None = None,
        method: str | None = None,
        url: str | None = None,
        error_code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.response_body = None if response_body is None else redact_text(response_body)
        self.method = method
        self.url = url
        self.error_code = error_code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [self.message]
        if self.method and self.url:
            parts.append(f"[{self.method} {self.url}]")
        if self.status_code is not None:
            parts.append(f"(HTTP {self.status_code})")
        if self.error_code:
            parts.append(f"code={self.error_code}")
        if self.request_id:
            parts.append(f"requestId={self.request_id}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # keep the attributes when an error crosses a process boundary (multiprocessing, pickling results)
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[IICSError], message: str, state: dict[str, Any]) -> IICSError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class IICSConfigurationError(IICSError, ValueError):
    """Bad client settings (unknown region, a non-https login URL, a missing credential): raised before any I/O."""


class IICSAuthError(IICSError):
    """Login failed, or a call still answered 401/403 after the allowed re-logins."""


class IICSBadRequestError(IICSError):
    """IICS rejected the request as invalid (400, 409, 422): fix the input, do not retry."""


class IICSNotFoundError(IICSError):
    """404: the object does not exist (or is not visible to this user)."""


class IICSRateLimitError(IICSError):
    """429 after the retries were used up. ``retry_after`` is the server's hint in seconds, when it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class IICSServerError(IICSError):
    """5xx (any, including non-standard ones such as 520) after the retries that were safe were used up."""


class IICSValidationError(IICSError):
    """A response body that does not parse into its model: not JSON, wrong shape, a missing required field."""


class IICSConnectionError(IICSError):
    """The request did not get a response: connection refused or dropped, TLS failure, DNS failure."""


class IICSTimeoutError(IICSConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""


class IICSJobTimeoutError(IICSError, TimeoutError):
    """Waiting for a job (poll_job_status / wait_for_job) ran past its timeout; the job itself may still run."""

    def __init__(self, message: str, *, task_id: str, run_id: int | str, last_state: str | None) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.run_id = run_id
        self.last_state = last_state
