"""The built-in device: the 评价器 screen of this same program (a second monitor, or a window on a tablet
running the client attached to this counter's process).

The screen attaches itself (:meth:`BuiltinDevice.attach`) and is then "connected"; prompts and
finishes are handed to it as they come (it marshals them to its own thread), and it hands the
applicant's answer back with :meth:`submit`. Without an attached screen the device is disconnected
and a prompt simply waits — the clerk's card says so — until the timeout records 未评价.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from hallclient.errors import HallError
from hallclient.evaluator.device import Prompt, RatingDevice


class Screen(Protocol):
    """The applicant-facing screen as the driver sees it (called from the desk's threads)."""

    def show_prompt(self, prompt: Prompt) -> None: ...

    def finish_prompt(self, prompt_id: str, outcome: str, error: HallError | None) -> None: ...


class BuiltinDevice(RatingDevice):
    kind = "builtin"

    def __init__(self) -> None:
        super().__init__()
        self._screen: Screen | None = None
        self._current: Prompt | None = None
        self._lock = threading.Lock()

    def attach(self, screen: Screen) -> Callable[[], None]:
        """Connect ``screen``; a prompt already waiting is shown at once. Returns the detach function."""
        with self._lock:
            self._screen, current = screen, self._current
        self._set_connected(True)
        if current is not None:
            screen.show_prompt(current)

        def detach() -> None:
            with self._lock:
                if self._screen is not screen:
                    return
                self._screen = None
            self._set_connected(False)

        return detach

    def show(self, prompt: Prompt) -> None:
        with self._lock:
            self._current, screen = prompt, self._screen
        if screen is not None:
            screen.show_prompt(prompt)

    def finish(self, prompt_id: str, outcome: str, error: HallError | None = None) -> None:
        with self._lock:
            screen = self._screen
            if self._current is not None and self._current.prompt_id == prompt_id and outcome != "refused":
                self._current = None
        if screen is not None:
            screen.finish_prompt(prompt_id, outcome, error)

    # --- called by the screen ----------------------------------------------------------------------

    def submit(self, prompt_id: str, answer: Any) -> None:
        if self._events is not None:
            self._events.device_answered(prompt_id, answer)

    def shown(self, prompt_id: str) -> None:
        if self._events is not None:
            self._events.device_shown(prompt_id)
