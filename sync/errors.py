"""How a conversation with the central system can fail, classified for retry decisions.

Each error carries a Chinese message for the status bar and the sync log.
"""

from __future__ import annotations

from hallclient.errors import HallError


class CentralError(HallError):
    """Any failure talking to the central system."""

    retryable = False


class Unreachable(CentralError):
    """No answer: connection refused, DNS, timeout, TLS failure. The counter goes offline."""

    retryable = True


class ServerBusy(CentralError):
    """5xx or 429: the centre is there but cannot answer now."""

    retryable = True

    def __init__(self, template: str, /, retry_after: float | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.retry_after = retry_after


class AuthExpired(CentralError):
    """The session cannot be refreshed: the user must log in again (the outbox stays)."""


class Refused(CentralError):
    """400/403/404/409/422: the centre understood and said no; retrying the same request won't help."""

    def __init__(self, template: str, /, status: int = 0, code: str = "", **params: object) -> None:
        super().__init__(template, **params)
        self.status, self.code = status, code


class BadReply(CentralError):
    """A reply we cannot use: not JSON, truncated, missing fields, or another API version."""

    retryable = True
