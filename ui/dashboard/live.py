"""The live dashboard's engine room: change-sets in, a computed :class:`Dashboard` out, never on the Qt thread.

Feed pages arrive in bursts (a page of a hundred changes, then another); every change-set that concerns
the dashboard is merged into one pending set and a refresh starts after a short pause
(:attr:`LiveDashboard.coalesce_ms`), so a burst costs one refresh. A refresh reads the cache on the
database worker (``hall.dashboard.read``: only what the pending set says changed), computes on the
network pool (``DashboardEngine``: only the groups that changed) and hands the result to ``draw`` on the
Qt thread. One refresh runs at a time; changes that arrive meanwhile start the next one when it ends, so
none is lost and an older answer never overwrites a newer one. A slow tick refreshes even without
changes, because waits grow with the clock.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hallclient import clock
from hallclient.changes import Changes
from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.compute import DashboardEngine
from hallclient.dashboard.timebase import hall_date
from hallclient.services.dashboard import DayInputs, DaySource
from ui import ops
from ui.context import AppContext

log = logging.getLogger(__name__)

Draw = Callable[[Dashboard, DayInputs], None]


def concerns(changes: Changes) -> bool:
    return changes.tickets or changes.hall or changes.catalog or changes.cases or changes.results or \
        changes.evaluations


class LiveDashboard(QObject):
    coalesce_ms = 250
    tick_ms = 15_000

    def __init__(self, ctx: AppContext, draw: Draw, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._draw = ctx, draw
        self.engine = DashboardEngine()
        self.source: DaySource | None = None
        self._pending: Changes | None = None  # None: read everything
        self._running = False
        self.active = self.held = False
        self.refreshes = 0
        self._timer = QTimer(self, singleShot=True, interval=self.coalesce_ms, timeout=self._start)
        self._tick = QTimer(self, interval=self.tick_ms, timeout=lambda: self.poke(Changes()))

    def hold(self) -> None:
        """Stop following the cache for good (a screenshot or benchmark draws a day of its own)."""
        self.set_active(False)
        self.held = True

    def set_active(self, active: bool) -> None:
        """Refresh only while the dashboard is on screen; coming back catches up with what was missed."""
        self.active = active and not self.held
        if self.active:
            self._tick.start()
            self._schedule(0)
        else:
            self._tick.stop()

    def poke(self, changes: Changes | None) -> None:
        """Note what changed (``None``: everything) and refresh soon if the dashboard is on screen."""
        self._pending = None if changes is None or self._pending is None else self._pending | changes
        if self.active:
            self._schedule(self.coalesce_ms)

    def _schedule(self, delay: int) -> None:
        if not self._timer.isActive():
            self._timer.start(delay)

    def _start(self) -> None:
        if not self._running:
            self._running = True
            ops.spawn(self._refresh(), on_error=lambda exc: log.error("dashboard refresh failed", exc_info=exc))

    async def _refresh(self) -> None:
        changes, self._pending = self._pending, Changes()
        try:
            now = clock.now()
            if self.source is None or self.source.day != hall_date(now):
                self.source, changes = DaySource(hall_date(now)), None
            inputs = await self._read(self.source, now, changes)
            if inputs.settings != self.engine.settings:
                self.engine = DashboardEngine(inputs.settings)
            board = await ops.net(self.engine.compute, inputs.day, now, calendar=inputs.calendar,
                                  open_work=inputs.open_work)
            if not self.held:  # a refresh that was on its way when the screen was held draws nothing
                self._draw(board, inputs)
            self.refreshes += 1
        except BaseException:
            self._pending = None  # read everything next time: the pending set of this refresh is gone
            raise
        finally:
            self._running = False
            if self.active and self._pending != Changes():
                self._schedule(self.coalesce_ms)

    async def _read(self, source: DaySource, now: dt.datetime, changes: Changes | None) -> DayInputs:
        hall = self.ctx.hall
        return await ops.db(lambda: hall.dashboard.read(source, now, changes))
