"""The rating-pad relay's state as both ends see it: the central service writes it, a tablet reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PadState:
    """What either side sees: the prompt (or None), the answer waiting for the window, the tablet's presence."""

    version: int
    prompt_id: str | None
    prompt: dict[str, Any] | None
    shown: bool
    answer: dict[str, Any] | None
    outcome: str | None
    pad_online: bool

    @classmethod
    def of(cls, body: Any) -> PadState:
        """From the relay's JSON reply."""
        return cls(int(body["version"]), body.get("prompt_id"), body.get("prompt"), bool(body.get("shown")),
                   body.get("answer"), body.get("outcome"), bool(body.get("pad_online")))
