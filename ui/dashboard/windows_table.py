"""The windows table: window, clerk, status and for how long, current ticket, served today, average
service, pause time and 好评率 — one row per window known today (a deleted one marked 已删除)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from hallclient.dashboard.windows import WindowRow
from hallclient.domain.queue_rules import WindowStatus
from ui.dashboard.table_model import TextTable
from ui.dashboard.texts import UNDEFINED, minutes, rate, state

_STATE_COLOURS = {WindowStatus.OPEN: "#2f9e44", WindowStatus.PAUSED: "#d9480f", WindowStatus.CLOSED: "#7b8794"}
_IDLE_COLOUR, _REMOVED_COLOUR = "#1d5fa8", "#9aa5b1"
_STATE_COLUMN = 2


class WindowsTable(TextTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("窗口"), self.tr("工作人员"), self.tr("状态"), self.tr("持续"), self.tr("当前号码"),
                          self.tr("今日办结"), self.tr("平均办理"), self.tr("暂停时长"), self.tr("好评率")],
                         parent=parent)

    def draw(self, rows: Sequence[WindowRow]) -> None:
        drawn = []
        for row in rows:
            colour = _REMOVED_COLOUR if row.removed else _IDLE_COLOUR if row.idle else _STATE_COLOURS[row.state]
            drawn.append(((self.tr("{n} 号").format(n=row.label) if row.number is not None else row.label,
                           row.clerk or UNDEFINED, state(row), minutes(row.for_minutes), row.current or UNDEFINED,
                           str(row.tickets.served), minutes(row.tickets.service.mean), minutes(row.paused_minutes),
                           rate(row.evaluations.good_rate)), (_STATE_COLUMN, colour), row.pause_reason))
        self.table.set_rows(drawn)
