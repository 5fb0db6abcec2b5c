"""The figure tiles along the top of the dashboard, and the strip of queues with their waiting counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.figures import QueueRow
from ui.dashboard.texts import UNDEFINED, core, minutes, rate


class Tile(QWidget):
    """A name, a big value and a small line under it; ``level`` (ok, warning) colours the value."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashTile")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 8, 8)
        column.setSpacing(2)
        self.name = QLabel(name)
        self.name.setObjectName("dashTileName")
        self.value = QLabel(UNDEFINED)
        self.value.setObjectName("dashTileValue")
        self.note = QLabel(" ")
        self.note.setObjectName("dashTileNote")
        for label in (self.name, self.value, self.note):
            column.addWidget(label)

    def show_value(self, value: str, note: str = "", level: str = "") -> None:
        if self.value.text() != value:
            self.value.setText(value)
        self.note.setText(note or " ")
        if self.value.property("level") != level:
            self.value.setProperty("level", level)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)


class FigureTiles(QWidget):
    """Issue 7's live figures, one tile each (the windows' tile counts open, paused and idle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        names = {
            "waiting": self.tr("当前等候"), "longest": self.tr("最长等候"), "wait_today": self.tr("今日平均等候"),
            "wait_recent": self.tr("近一小时平均等候"), "service": self.tr("平均办理时长"),
            "served": self.tr("已办结"), "no_show": self.tr("过号率"), "within": self.tr("等候达标率"),
            "windows": self.tr("窗口 开放/暂停/空闲"), "good": self.tr("好评率"),
        }
        self.tiles = {key: Tile(name) for key, name in names.items()}
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, index)
            grid.setColumnStretch(index, 1)

    def draw(self, board: Dashboard, target_minutes: int) -> None:
        hall, counts, good = board.hall, board.window_counts, board.ratings.figures.good_rate
        longest = hall.longest
        self.tiles["waiting"].show_value(self.tr("{n} 人").format(n=hall.waiting),
                                         self.tr("今日取号 {n}").format(n=hall.tickets))
        over = longest is not None and longest.minutes > target_minutes
        number = "" if longest is None else self.tr("{number} 号").format(number=longest.number)
        self.tiles["longest"].show_value(minutes(None if longest is None else longest.minutes), number,
                                         "warning" if over else "")
        self.tiles["wait_today"].show_value(minutes(hall.wait.mean),
                                            self.tr("90% ≤ {p90}").format(p90=minutes(hall.wait.p90)))
        self.tiles["wait_recent"].show_value(minutes(board.recent.mean),
                                             self.tr("90% ≤ {p90}").format(p90=minutes(board.recent.p90)))
        self.tiles["service"].show_value(minutes(hall.service.mean),
                                         self.tr("90% ≤ {p90}").format(p90=minutes(hall.service.p90)))
        self.tiles["served"].show_value(self.tr("{n} 人").format(n=hall.served),
                                        self.tr("转移 {n}").format(n=hall.transferred))
        self.tiles["no_show"].show_value(rate(hall.no_show_rate), self.tr("过号 {n} / 已呼叫 {called}").format(
            n=hall.no_shows, called=hall.called))
        self.tiles["within"].show_value(rate(hall.within_target_rate),
                                        self.tr("办结者中等候 ≤ {n} 分钟").format(n=target_minutes))
        self.tiles["windows"].show_value(f"{counts.open} / {counts.paused} / {counts.idle}",
                                         self.tr("未开启 {n}").format(n=counts.closed),
                                         "warning" if counts.paused else "")
        self.tiles["good"].show_value(rate(good), self.tr("评价 {n}，未评价 {u}").format(
            n=board.ratings.figures.services, u=board.ratings.unrated))


class QueueStrip(QWidget):
    """One chip per queue: its name, people waiting and the longest wait (zones in the hall's order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.chips: list[QLabel] = []

    def draw(self, queues: Sequence[QueueRow], warn: dict[str, int | None], target_minutes: int) -> None:
        while len(self.chips) < len(queues):
            chip = QLabel()
            chip.setObjectName("dashQueueChip")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.row.addWidget(chip, 1)
            self.chips.append(chip)
        for index, chip in enumerate(self.chips):
            chip.setVisible(index < len(queues))
            if index >= len(queues):
                continue
            row = queues[index]
            longest = row.stats.longest
            text = self.tr("{queue}  等候 {n} 人").format(queue=core(row.label), n=row.stats.waiting)
            if longest is not None:
                text += self.tr(" · 最长 {m}").format(m=minutes(longest.minutes))
            level = warn.get(row.queue[1] or "")
            busy = (level is not None and row.stats.waiting >= level) or (
                longest is not None and longest.minutes > target_minutes)
            chip.setText(text)
            if chip.property("level") != ("warning" if busy else ""):
                chip.setProperty("level", "warning" if busy else "")
                chip.style().unpolish(chip)
                chip.style().polish(chip)

    def texts(self) -> list[str]:
        return [chip.text() for chip in self.chips if not chip.isHidden()]
