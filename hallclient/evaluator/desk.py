"""The evaluation desk of one window: a service ends → the device prompts → a rating or 未评价 is stored.

One prompt at a time per window. :meth:`EvaluationDesk.prompt` opens the evaluation in the core first
(so a second prompt for the same service is refused before the device is touched), then shows it on
the device and starts the timeout. Whatever the device sends back is checked by the same rules for
every driver (:func:`~hallclient.domain.rating.answer_from_wire`); a bad answer is refused on the
device and the prompt stays up. The first of (a valid answer, the timeout, the next service's prompt)
*takes* the prompt under a lock and closes it — so a late answer after the timeout, a repeated
answer, or a device that reconnects and sends again can never be stored twice; they are told
"本次评价已结束". A device that disconnects mid-rating keeps its prompt open until the timeout: the
drivers re-show it when the device comes back, and if it does not, the service is 未评价.

The clerk sees :class:`DeskStatus` — connected, waiting, rated, timed out — never the level before it
is stored (nor after: the status says only that it was rated). Listeners are called on the desk's
threads; the UI marshals them to Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from hallclient.domain.rating import Closure, ServiceEnd, answer_from_wire
from hallclient.errors import ConflictError, HallError
from hallclient.evaluator.device import RATED, REFUSED, SUPERSEDED, TIMEOUT, Prompt, RatingDevice
from hallclient.hall import Hall
from hallclient.services.evaluations import EvaluationInfo

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")


class Phase(StrEnum):
    IDLE = "idle"
    WAITING = "waiting"  # the rating screen is up
    RATED = "rated"
    TIMED_OUT = "timed_out"  # 未评价
    SUPERSEDED = "superseded"  # 未评价: the next service was prompted first


@dataclass(frozen=True)
class DeskStatus:
    """What the clerk's device card shows (no level, on purpose)."""

    device: str
    connected: bool
    phase: Phase
    service_ref: str | None = None
    case_number: str | None = None
    shown: bool = False
    problem: HallError | None = None


@dataclass
class _Active:
    evaluation_id: str
    prompt: Prompt
    timer: threading.Timer


class EvaluationDesk:
    """Runs the prompts of one window on one device. Thread-safe; :meth:`prompt` blocks on the core."""

    def __init__(self, hall: Hall, device: RatingDevice, *, timeout_s: float = 60.0,
                 photo_dir: Path | None = None, placeholder: bytes | None = None) -> None:
        self.hall, self.device, self.timeout_s = hall, device, float(timeout_s)
        self.photo_dir, self.placeholder = photo_dir, placeholder
        self._lock = threading.Lock()
        self._active: _Active | None = None
        self._jobs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluation-desk")
        self._listeners: list[Callable[[DeskStatus], None]] = []
        self.status = DeskStatus(device.kind, device.connected, Phase.IDLE)
        self._started = False

    # --- life ------------------------------------------------------------------------------------

    def start(self) -> EvaluationDesk:
        """Close prompts a previous run left open (as 未评价), then start the device."""
        if not self._started:
            self._started = True
            self.hall.evaluations.close_stale(dt.timedelta(seconds=self.timeout_s))
            self.device.start(self)
            self._set(connected=self.device.connected)  # a screen may have attached before the start
        return self

    def close(self) -> None:
        with self._lock:
            active, self._active = self._active, None
        if active is not None:
            active.timer.cancel()
            self._close(active, None, Closure.INTERRUPTED)
        self.device.close()
        self._jobs.shutdown(wait=True)

    def subscribe(self, listener: Callable[[DeskStatus], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        listener(self.status)
        return lambda: self._listeners.remove(listener)

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self.status = replace(self.status, **changes)
            status = self.status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:  # a closed view must not stop the desk
                log.exception("desk listener %r failed", listener)

    # --- prompting -------------------------------------------------------------------------------

    def prompt(self, end: ServiceEnd) -> EvaluationInfo:
        """Prompt the device for ``end``; raises ConflictError if that service was prompted before.

        An earlier prompt still open is closed first as 未评价 (superseded): the applicant has left.
        """
        self.hall.evaluations.check_new(end)
        with self._lock:
            earlier, self._active = self._active, None
        if earlier is not None:
            earlier.timer.cancel()
            self._close(earlier, None, Closure.SUPERSEDED)
            self.device.finish(earlier.prompt.prompt_id, SUPERSEDED)
        info = self.hall.evaluations.open(end, self.device.kind).value
        prompt = Prompt(info.id, end.service_ref, end.case_number, end.item_name, end.window_label, end.clerk_name,
                        end.clerk, self._photo(end.clerk), self.timeout_s)
        timer = threading.Timer(self.timeout_s, lambda: self._jobs.submit(self._expire, info.id))
        timer.daemon = True
        with self._lock:
            self._active = _Active(info.id, prompt, timer)
        timer.start()
        self._set(phase=Phase.WAITING, service_ref=end.service_ref, case_number=end.case_number, shown=False,
                  problem=None)
        self.device.show(prompt)
        return info

    def _photo(self, clerk: str) -> bytes | None:
        """The clerk's photo from ``photos/<username>.png|jpg`` in the data dir, else the placeholder."""
        for suffix in PHOTO_SUFFIXES if self.photo_dir is not None else ():
            path = self.photo_dir / f"{clerk}{suffix}"  # type: ignore[operator]
            if path.is_file():
                try:
                    return path.read_bytes()
                except OSError:
                    log.warning("clerk photo %s unreadable", path)
        return self.placeholder

    def _take(self, evaluation_id: str) -> _Active | None:
        """Remove and return the active prompt if it is ``evaluation_id`` (whoever takes it closes it)."""
        with self._lock:
            active = self._active
            if active is None or active.evaluation_id != evaluation_id:
                return None
            self._active = None
        active.timer.cancel()
        return active

    def _close(self, active: _Active, answer: Any, closure: Closure) -> bool:
        try:
            self.hall.evaluations.close(active.evaluation_id, answer, closure)
        except ConflictError:
            log.info("evaluation %s was closed already", active.evaluation_id)
            return False
        return True

    def _expire(self, evaluation_id: str) -> None:
        active = self._take(evaluation_id)
        if active is None:
            return
        self._close(active, None, Closure.TIMEOUT)
        self.device.finish(evaluation_id, TIMEOUT)
        self._set(phase=Phase.TIMED_OUT)

    def _answer(self, prompt_id: str, data: Any) -> None:
        try:
            answer = answer_from_wire(data)
        except HallError as exc:
            with self._lock:
                open_ = self._active is not None and self._active.evaluation_id == prompt_id
            self.device.finish(prompt_id, REFUSED, exc if open_ else ConflictError("本次评价已结束，请勿重复提交"))
            if open_:
                self._set(problem=exc)
            return
        active = self._take(prompt_id)
        if active is None:
            self.device.finish(prompt_id, REFUSED, ConflictError("本次评价已结束，请勿重复提交"))
            return
        try:
            stored = self._close(active, answer, Closure.RATED)
        except Exception as exc:  # the cache failed: the row stays "prompted" and closes as 未评价 at next start
            log.exception("storing evaluation %s failed", prompt_id)
            self.device.finish(prompt_id, REFUSED, HallError("评价暂时无法保存，请告知窗口工作人员"))
            self._set(phase=Phase.IDLE, problem=exc if isinstance(exc, HallError) else None)
            return
        self.device.finish(prompt_id, RATED)
        if stored:
            self._set(phase=Phase.RATED, problem=None)

    # --- DeviceEvents (any thread; nothing blocks the caller) --------------------------------------

    def device_connected(self, connected: bool) -> None:
        self._set(connected=connected)

    def device_shown(self, prompt_id: str) -> None:
        with self._lock:
            current = self._active is not None and self._active.evaluation_id == prompt_id
        if current:
            self._set(shown=True)

    def device_answered(self, prompt_id: str, answer: Any) -> None:
        self._jobs.submit(self._answer, prompt_id, answer)

    def device_problem(self, error: HallError) -> None:
        log.warning("evaluation device %s: %s", self.device.kind, error)
        self._set(problem=error)

    @property
    def active_prompt(self) -> Prompt | None:
        """The prompt on the device now (a driver re-shows it when its device reconnects)."""
        with self._lock:
            return self._active.prompt if self._active is not None else None
