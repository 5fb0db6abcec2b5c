"""叫号屏 board: the current call very large, the last 8 calls, waiting per queue, clock and notice.

It reads ``hall.queue.board()`` whenever a change-set with tickets or hall data arrives — other
windows' calls come in through the sync engine's long-poll of the change feed, so a call appears
within the feed's latency, without polling or page reloads. Calls not seen before
(:class:`~hallclient.domain.announcement.CallTracker`) flash and go to the :class:`Announcer` in
call order. The board shows ticket numbers and windows only: tickets carry no names, and phone and
ID numbers are never read here. ``display_window_ids`` (settings) limits it to some windows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallclient import clock
from hallclient.changes import Changes
from hallclient.domain.announcement import CallTracker, spoken_call
from hallclient.services.hallconfig import WindowInfo
from hallclient.services.queue import Board, CallView, QueueCount
from ui import ops
from ui.context import AppContext
from ui.queue.marquee import Marquee
from ui.queue.panel import restyle
from ui.queue.voice import Announcement, Announcer
from ui.queue.waiting_tiles import WaitingTiles

RECENT = 8
FLASHES = 6  # on/off changes of a new call's highlight
FLASH_MS = 400


def window_filter(setting: str) -> tuple[str, ...]:
    """``display_window_ids`` ("W01, W02" or "W01 W02") → ("W01", "W02"); empty: every window."""
    return tuple(part for part in re.split(r"[\s,，;；]+", setting.strip()) if part)


def served_by(queues: Sequence[QueueCount], windows: Sequence[WindowInfo]) -> list[QueueCount]:
    """The queues at least one of ``windows`` calls from (a display for some windows shows only those)."""
    return [q for q in queues if any(q.kind in w.ticket_kinds and (q.zone_code is None or q.zone_code in w.zones)
                                     for w in windows)]


class DisplayBoard(QWidget):
    """The hall display's content; :attr:`calls_shown` fires after new calls are on screen."""

    calls_shown = Signal(list)  # the new CallViews, oldest first

    def __init__(self, ctx: AppContext, announcer: Announcer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx, self.announcer = ctx, announcer
        self.tracker: CallTracker[CallView] = CallTracker()
        self.hall_name = QLabel()
        self.hall_name.setObjectName("displayHall")
        self.clock = QLabel()
        self.clock.setObjectName("displayClock")
        before, _, after = self.tr("请 {number} 号").partition("{number}")
        self.current_before, self.current_after = QLabel(before.strip()), QLabel(after.strip())
        self.current = QLabel("—")
        self.current.setObjectName("displayCurrent")
        for word in (self.current_before, self.current_after):
            word.setObjectName("displayCurrentWord")
        call_line = QHBoxLayout()
        call_line.addStretch(1)
        for label in (self.current_before, self.current, self.current_after):
            call_line.addWidget(label, 0, Qt.AlignmentFlag.AlignBaseline)
        call_line.addStretch(1)
        self.current_window = QLabel(self.tr("欢迎光临，请留意叫号"))
        self.current_window.setObjectName("displayCurrentWindow")
        self.current_window.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_window.setWordWrap(True)  # a long sentence (English) must not widen the screen
        self.call_box = QFrame()
        self.call_box.setObjectName("displayCallBox")
        box = QVBoxLayout(self.call_box)
        box.addStretch(1)
        box.addLayout(call_line)
        box.addWidget(self.current_window)
        box.addStretch(1)
        recent_title = QLabel(self.tr("最近呼叫"))
        recent_title.setObjectName("displayRecentTitle")
        self.recent_rows = [(QLabel(), QLabel()) for _ in range(RECENT)]
        recent = QFrame()
        recent.setObjectName("displayRecent")
        recent_grid = QGridLayout(recent)
        recent_grid.addWidget(recent_title, 0, 0, 1, 2)
        for row, (number, window) in enumerate(self.recent_rows, start=1):
            number.setObjectName("displayRecentNumber")
            window.setObjectName("displayRecentWindow")
            window.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            recent_grid.addWidget(number, row, 0)
            recent_grid.addWidget(window, row, 1)
        self.waiting = WaitingTiles("displayWaitingTile")
        self.notice = Marquee()

        header = QHBoxLayout()
        header.addWidget(self.hall_name)
        header.addStretch(1)
        header.addWidget(self.clock)
        middle = QHBoxLayout()
        middle.setSpacing(18)
        middle.addWidget(self.call_box, 3)
        middle.addWidget(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 0)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.notice)
        self._hall_stale = True
        self._windows: list[WindowInfo] = []
        self._flashes = 0
        self._flash_timer = QTimer(self, interval=FLASH_MS, timeout=self._flash)
        self._clock_timer = QTimer(self, interval=1000, timeout=self._tick)
        self._clock_timer.start()
        self._tick()

    def _tick(self) -> None:
        """The hall's local time (``hallclient.clock``), whatever time zone the display PC is set to."""
        now = clock.to_hall(clock.now())
        moment = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute, now.second))
        self.clock.setText(QLocale().toString(moment, self.tr("yyyy年M月d日 dddd  HH:mm:ss")))

    # --- live data -------------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        self._hall_stale |= changes.hall
        return changes.tickets or changes.hall

    async def refresh(self) -> None:
        """The board on every change; the hall's name, notice and windows only when they changed (a
        call reaches the screen sooner for reading less)."""
        hall = self.ctx.hall
        only = window_filter(hall.settings["display_window_ids"])
        if self._hall_stale:
            windows, name, notice = await ops.db(lambda: (
                hall.config.windows(), hall.config.setting("hall.name", ""), hall.config.setting("hall.notice", "")))
            self._windows = windows
            self.hall_name.setText(name)
            self.notice.setText(notice)
            self._hall_stale = False
        board = await ops.db(lambda: hall.queue.board(RECENT, only or None))
        self._show(board, served_by(board.queues, [w for w in self._windows if w.id in only]) if only else board.queues)

    def _show(self, board: Board, queues: Sequence[QueueCount]) -> None:
        calls = board.calls
        if calls:
            latest = calls[0]
            self.current.setText(latest.number)
            self.current_window.setText(self.tr("到 {window} 号窗口 办理").format(window=latest.window_number))
        for row, (number, window) in enumerate(self.recent_rows):
            call = calls[row] if row < len(calls) else None
            number.setText(call.number if call else "")
            window.setText(self.tr("{n} 号窗口").format(n=call.window_number) if call else "")
        self.waiting.show_counts(queues)
        fresh = self.tracker.new_calls(calls)
        for call in fresh:
            if call.window_number is not None:
                self.announcer.announce(Announcement((call.ticket_id, call.called_at),
                                                     spoken_call(call.number, call.window_number)))
        if fresh:
            self._flashes = FLASHES
            self._flash_timer.start()
            self.calls_shown.emit(fresh)

    def _flash(self) -> None:
        """Alternate the current call's highlight a few times, so eyes find the new number."""
        self._flashes -= 1
        restyle(self.call_box, "flash", self._flashes % 2 == 1)
        if self._flashes <= 0:
            self._flash_timer.stop()
