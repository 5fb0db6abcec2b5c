"""User-facing failures raised by the core.

A :class:`HallError` carries its message as a Chinese template plus parameters, so the CLI prints it
as is and the UI can pass the template through Qt's translation system (context ``"core"``) before
formatting. Anything else that escapes the core is a bug and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any


class HallError(Exception):
    """A failure the clerk can act on; ``str()`` gives the Chinese message."""

    def __init__(self, template: str, /, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params)


class ValidationError(HallError):
    """Input that does not satisfy a rule (an ID number, a missing reason, an unknown zone)."""


class NotFoundError(HallError):
    """A record the user referred to does not exist."""


class ConflictError(HallError):
    """The action is not allowed in the record's current state (calling a paused window, a second rating)."""


class StorageError(HallError):
    """The local cache or file store cannot be used (full disk, read-only or corrupt)."""
