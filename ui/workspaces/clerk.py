"""综合窗口: the window clerk's workspace — call tickets, accept cases, hand results out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.workspaces.base import Workspace, panel


class ClerkWorkspace(Workspace):
    NAME = "clerk"
    ROLE = "clerk"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClerkWorkspace", "综合窗口")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        current = QWidget()
        current_layout = QVBoxLayout(current)
        self.ticket_label = QLabel("—")
        self.ticket_label.setObjectName("ticketNumber")
        current_layout.addWidget(self.ticket_label)
        current_layout.addWidget(QLabel(self.tr("当前无办理中的号票")))
        buttons = QWidget()
        grid = QGridLayout(buttons)
        labels = (self.tr("呼叫下一位 (F1)"), self.tr("重呼 (F2)"), self.tr("过号 (F3)"), self.tr("开始办理"),
                  self.tr("转移"), self.tr("办结"), self.tr("暂停服务"))
        for index, text in enumerate(labels):
            button = QPushButton(text)
            button.setObjectName("bigButton")
            button.setEnabled(False)
            grid.addWidget(button, index // 2, index % 2)
        left = QVBoxLayout()
        left.addWidget(panel(self.tr("当前号票"), current))
        left.addWidget(panel(self.tr("叫号"), buttons))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(panel(self.tr("受理"), hint=self.tr("呼叫号票后在此受理办件、核验材料")), 5)
