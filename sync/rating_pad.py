"""The network rating tablet, relayed per window through the central service (``/api/v1/rating-pads``).

:class:`TabletDevice` is the window PC's driver: it puts the prompt (with the clerk's photo) on the
relay, long-polls the relay's state for the tablet's presence, "shown" and answer, and finishes the
prompt. :class:`PadClient` is the tablet's side (the 评价器 workspace of a client logged in with the
``evaluator`` role, or any tablet app speaking the same HTTP): long-poll for the prompt, post the
answer. Why a relay: the tablet and the window PC both already reach the centre, and neither has to
accept connections (hall Wi-Fi usually isolates clients). See ``docs/evaluation-devices.md``.

Network calls of the driver run on its own threads, never on the caller's: a slow centre delays the
tablet, not the clerk; if the prompt cannot be delivered, the desk's timeout records 未评价.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hallclient.domain.rating_pad import PadState
from hallclient.errors import HallError
from hallclient.evaluator.device import REFUSED, Prompt, RatingDevice
from sync.client import CentralClient
from sync.errors import CentralError

log = logging.getLogger(__name__)


def _path(window_id: str, action: str) -> str:
    return f"/rating-pads/{window_id}/{action}"


class TabletDevice(RatingDevice):
    kind = "tablet"

    def __init__(self, client: CentralClient, window_id: str, *, wait_s: float = 10.0, retry_s: float = 1.0) -> None:
        super().__init__()
        self.client, self.window_id, self.wait_s, self.retry_s = client, window_id, wait_s, retry_s
        self._stop = threading.Event()
        self._sends = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tablet-send")
        self._thread: threading.Thread | None = None
        self._current: str | None = None
        self._delivered: set[str] = set()  # answers already handed to the desk (by prompt id + version)
        self._shown: str | None = None

    def start(self, events: Any) -> None:
        super().start(events)
        self._thread = threading.Thread(target=self._run, name=f"tablet-{self.window_id}", daemon=True)
        self._thread.start()

    def show(self, prompt: Prompt) -> None:
        self._current = prompt.prompt_id
        self._sends.submit(self._call, "PUT", "prompt", {"prompt_id": prompt.prompt_id, "prompt": prompt.wire()})

    def finish(self, prompt_id: str, outcome: str, error: HallError | None = None) -> None:
        if outcome != REFUSED and self._current == prompt_id:
            self._current = None
        self._sends.submit(self._call, "POST", "finish", {"prompt_id": prompt_id, "outcome": outcome,
                                                          "message": str(error)[:200] if error else None})

    def close(self) -> None:
        self._stop.set()
        self._sends.shutdown(wait=True)
        if self._thread is not None:
            self._thread.join(timeout=1)  # a daemon: a long-poll in flight just ends with the program
        super().close()

    def _call(self, method: str, action: str, body: dict[str, Any]) -> None:
        try:
            self.client.json(method, _path(self.window_id, action), json=body)
        except CentralError as exc:
            log.warning("rating tablet relay %s %s failed: %s", method, action, exc)
            if self._events is not None:
                self._events.device_problem(exc)

    def _run(self) -> None:
        version = -1
        while not self._stop.is_set():
            try:
                body = self.client.json("GET", _path(self.window_id, "status"),
                                        params={"version": version, "wait": self.wait_s},
                                        timeout=(self.client.timeout[0], self.wait_s + 10))
                state = PadState.of(body)
            except (CentralError, KeyError, TypeError, ValueError) as exc:
                log.debug("rating tablet status failed: %s", exc)
                self._set_connected(False)
                self._stop.wait(self.retry_s)
                continue
            version = state.version
            self._set_connected(state.pad_online)
            self._report(state)

    def _report(self, state: PadState) -> None:
        events = self._events
        if events is None or state.prompt_id is None or state.prompt_id != self._current:
            return
        if state.shown and self._shown != state.prompt_id:
            self._shown = state.prompt_id
            events.device_shown(state.prompt_id)
        if state.answer is not None:
            key = f"{state.prompt_id}@{state.version}"
            if key not in self._delivered:
                self._delivered.add(key)
                events.device_answered(state.prompt_id, state.answer)


class PadClient:
    """The tablet's side of the relay (blocking calls: run them off any UI thread)."""

    def __init__(self, client: CentralClient, window_id: str) -> None:
        self.client, self.window_id = client, window_id

    def next(self, version: int = -1, wait: float = 20.0) -> PadState:
        """The window's prompt once the relay changed from ``version`` (or after ``wait`` seconds)."""
        return PadState.of(self.client.json("GET", _path(self.window_id, "next"),
                                            params={"version": version, "wait": wait},
                                            timeout=(self.client.timeout[0], wait + 10)))

    def answer(self, prompt_id: str, answer: dict[str, Any]) -> PadState:
        """Send the applicant's rating; :class:`~sync.errors.Refused` (409) when the prompt is over."""
        return PadState.of(self.client.json("POST", _path(self.window_id, "answer"),
                                            json={"prompt_id": prompt_id, "answer": answer}))
