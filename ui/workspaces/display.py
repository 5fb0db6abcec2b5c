"""叫号屏: the hall display — the current call in large type, recent calls, waiting, clock, notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallclient.changes import Changes
from ui import ops
from ui.workspaces.base import Workspace


class DisplayWorkspace(Workspace):
    NAME = "display"
    ROLE = "display"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DisplayWorkspace", "叫号屏")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.setProperty("dark", True)
        self.hall_name = QLabel()
        self.hall_name.setObjectName("displayHall")
        self.clock = QLabel()
        self.clock.setObjectName("displayClock")
        header = QHBoxLayout()
        header.addWidget(self.hall_name)
        header.addStretch(1)
        header.addWidget(self.clock)
        self.current = QLabel(self.tr("请稍候"))
        self.current.setObjectName("displayCurrent")
        self.current.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting = QLabel()
        self.waiting.setObjectName("displayWaiting")
        self.waiting.setWordWrap(True)  # a long line would widen the window beyond the screen
        self.notice = QLabel()
        self.notice.setObjectName("displayNotice")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.current, 3)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(self.notice)
        self._timer = QTimer(self, interval=1000, timeout=self._tick)
        self._timer.start()
        self._tick()

    def _tick(self) -> None:
        self.clock.setText(QDateTime.currentDateTime().toString("yyyy-MM-dd  HH:mm:ss"))

    def concerns(self, changes: Changes) -> bool:
        return changes.hall or changes.tickets

    async def refresh(self) -> None:
        config = self.ctx.hall.config
        name = await ops.db(lambda: config.setting("hall.name", ""))
        notice = await ops.db(lambda: config.setting("hall.notice", ""))
        zones = await ops.db(config.zones)
        self.hall_name.setText(name)
        self.notice.setText(notice)
        waiting = self.tr("{zone} {prefix}：{n} 人等候")
        self.waiting.setText("　　".join(waiting.format(zone=z.name, prefix=z.ticket_prefix, n=0) for z in zones))
