"""One action at a time per panel: a second press while a request is under way is ignored.

A network call cannot be taken back once sent, so a preemptive (cancelling) task would be wrong for
issuing or calling: the first request still lands, only its answer is lost. Instead the panel stays
busy until the answer is in, and says so by disabling its buttons — a double click never acts twice.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from ui import ops


class OneAtATime:
    """Runs coroutines from ``start(factory)`` one at a time; ``on_busy(bool)`` follows the state."""

    def __init__(self, on_error: Callable[[BaseException], None], on_busy: Callable[[bool], None]) -> None:
        self.on_error, self.on_busy = on_error, on_busy
        self.busy = False

    def start(self, factory: Callable[[], Coroutine[Any, Any, Any]]) -> bool:
        """Start ``factory()`` unless busy; True when it was started."""
        if self.busy:
            return False
        self._set(True)
        ops.spawn(self._run(factory), on_error=self.on_error)
        return True

    async def _run(self, factory: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        try:
            await factory()
        finally:
            self._set(False)

    def _set(self, busy: bool) -> None:
        self.busy = busy
        self.on_busy(busy)
