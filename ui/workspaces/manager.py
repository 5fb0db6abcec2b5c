"""大厅管理: the hall manager's live dashboard of queues, windows, deadlines and ratings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from hallclient.changes import Changes
from ui import ops
from ui.workspaces.base import Workspace, panel


class ManagerWorkspace(Workspace):
    NAME = "manager"
    ROLE = "manager"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ManagerWorkspace", "大厅管理")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        tiles = QWidget()
        grid = QGridLayout(tiles)
        names = (self.tr("等候人数"), self.tr("最长等候"), self.tr("平均等候"), self.tr("已服务"),
                 self.tr("过号率"), self.tr("好评率"))
        for index, name in enumerate(names):
            tile = QLabel(f"<div style='font-size:12pt'>{name}</div><div style='font-size:28pt'>—</div>")
            tile.setObjectName("figureTile")
            grid.addWidget(tile, 0, index)
        self.windows = QTableWidget(0, 4)
        self.windows.setHorizontalHeaderLabels([self.tr("窗口"), self.tr("名称"), self.tr("受理区"),
                                                self.tr("状态")])
        self.windows.horizontalHeader().setStretchLastSection(True)
        self.windows.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(tiles)
        layout.addWidget(panel(self.tr("窗口"), self.windows), 3)
        layout.addWidget(panel(self.tr("趋势与提醒"), hint=self.tr("排队趋势、即将超期办件与差评回访提醒")), 2)

    def concerns(self, changes: Changes) -> bool:
        return changes.hall or changes.tickets

    async def refresh(self) -> None:
        windows = await ops.db(self.ctx.hall.config.windows)
        self.windows.setRowCount(len(windows))
        status = {"open": self.tr("服务中"), "paused": self.tr("暂停"), "closed": self.tr("未开启")}
        for row, w in enumerate(windows):
            for col, value in enumerate((f"{w.number}", w.name, "、".join(w.zones), status.get(w.status, w.status))):
                self.windows.setItem(row, col, QTableWidgetItem(value))
