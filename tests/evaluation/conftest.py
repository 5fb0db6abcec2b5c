"""好差评 tests: service ends and answers the tests share, and a fake applicant screen for the built-in device."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from hallclient.domain.rating import ServiceEnd, ServiceKind
from hallclient.errors import HallError
from hallclient.evaluator.device import Prompt

BAD = {"level": 5, "reasons": ["long_wait", "poor_attitude"], "text": "等了一个多小时",
       "dimensions": {"overall": 5, "efficiency": 5, "competence": 3, "attitude": 4}}
GOOD = {"level": 1}


def end_of(ref: str, kind: ServiceKind = ServiceKind.TICKET, case_number: str | None = "330602-W05-20250101-0001",
           window_id: str = "W05") -> ServiceEnd:
    return ServiceEnd(kind, ref, window_id, "5 号窗口", "clerk05", "周晓梅", case_number, "330602-XK-0201",
                      "企业设立登记")


def wait_for(predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


class FakeScreen:
    """Records what the built-in device asked the screen to do (from the desk's threads)."""

    def __init__(self) -> None:
        self.prompts: list[Prompt] = []
        self.finished: list[tuple[str, str, HallError | None]] = []
        self.lock = threading.Lock()

    def show_prompt(self, prompt: Prompt) -> None:
        with self.lock:
            self.prompts.append(prompt)

    def finish_prompt(self, prompt_id: str, outcome: str, error: HallError | None) -> None:
        with self.lock:
            self.finished.append((prompt_id, outcome, error))
