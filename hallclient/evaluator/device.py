"""The one interface of an evaluation device, whatever carries it (a Qt screen, a serial line, HTTP).

The desk (:class:`~hallclient.evaluator.desk.EvaluationDesk`) calls :meth:`RatingDevice.show` and
:meth:`RatingDevice.finish`; the driver calls back the desk's :class:`DeviceEvents` from whatever
thread it reads on — connected or not, the prompt is on screen, an answer arrived (unchecked: the
desk checks it with the same rules for every driver), or something unusable came in. Drivers never
store anything and never decide whether an answer counts: that keeps "nothing lost, nothing counted
twice" in one place.
"""

from __future__ import annotations

import base64
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Protocol

from hallclient.errors import HallError

#: The ways a prompt can end on the device (``refused``: the answer was not accepted, the prompt stays).
RATED, TIMEOUT, SUPERSEDED, REFUSED = "rated", "timeout", "superseded", "refused"


@dataclass(frozen=True)
class Prompt:
    """What the device shows: the service, the window and the clerk, and how long it may wait."""

    prompt_id: str
    service_ref: str
    case_number: str | None
    item_name: str
    window_label: str
    clerk_name: str
    clerk_id: str
    photo: bytes | None
    timeout_s: float

    def wire(self, *, photo: bool = True) -> dict[str, Any]:
        """JSON for a device; the photo (base64) only where the transport can carry it."""
        data: dict[str, Any] = {"id": self.prompt_id, "service": self.service_ref, "case": self.case_number,
                                "item": self.item_name, "window": self.window_label, "clerk": self.clerk_name,
                                "clerk_id": self.clerk_id, "timeout": self.timeout_s}
        if photo and self.photo:
            data["photo"] = base64.b64encode(self.photo).decode("ascii")
        return data

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Prompt:
        photo = data.get("photo")
        return cls(str(data["id"]), str(data.get("service") or ""), data.get("case"), str(data.get("item") or ""),
                   str(data.get("window") or ""), str(data.get("clerk") or ""), str(data.get("clerk_id") or ""),
                   base64.b64decode(photo) if photo else None, float(data.get("timeout") or 60))


class DeviceEvents(Protocol):
    """What a driver reports (the desk implements it; every method returns at once)."""

    def device_connected(self, connected: bool) -> None: ...

    def device_shown(self, prompt_id: str) -> None: ...

    def device_answered(self, prompt_id: str, answer: Any) -> None: ...

    def device_problem(self, error: HallError) -> None: ...


class RatingDevice(ABC):
    """A driver. ``kind`` is stored with each evaluation (``builtin``, ``serial``, ``tablet``)."""

    kind = ""

    def __init__(self) -> None:
        self.connected = False
        self._events: DeviceEvents | None = None

    def start(self, events: DeviceEvents) -> None:
        """Begin reporting to ``events`` (open the port, start polling ...)."""
        self._events = events

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if self._events is not None:
                self._events.device_connected(connected)

    @abstractmethod
    def show(self, prompt: Prompt) -> None:
        """Put the rating screen up for ``prompt`` (replacing any other); must not block for long."""

    @abstractmethod
    def finish(self, prompt_id: str, outcome: str, error: HallError | None = None) -> None:
        """The desk is done with ``prompt_id`` (``outcome`` one of the constants above); ``refused``
        keeps the prompt up and tells the applicant ``error``."""

    def close(self) -> None:
        """Stop reporting and release the port or connection."""
        self._events = None
