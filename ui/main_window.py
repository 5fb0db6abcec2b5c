"""The main window: a navigation rail of the workspaces the user's roles allow, and the status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.settings_dialog import SettingsDialog
from ui.statusbar import HallStatusBar
from ui.workspaces import WORKSPACES
from ui.workspaces.base import Workspace


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("政务服务大厅 · HallClient"))
        self.stack = QStackedWidget()
        self.workspaces: dict[str, Workspace] = {}
        rail = QWidget()
        rail.setObjectName("navRail")
        rail_layout = QVBoxLayout(rail)
        self._nav = QButtonGroup(self)
        roles = set(ctx.user.roles)
        for cls in WORKSPACES:
            if cls.ROLE not in roles and "admin" not in roles:
                continue
            workspace = cls(ctx)
            self.workspaces[cls.NAME] = workspace
            index = self.stack.addWidget(workspace)
            button = QToolButton(text=cls.title(), checkable=True)
            button.setObjectName("navButton")
            button.setShortcut(QKeySequence(f"Ctrl+{len(self.workspaces)}"))
            button.clicked.connect(lambda _checked=False, i=index: self.stack.setCurrentIndex(i))
            self._nav.addButton(button, index)
            rail_layout.addWidget(button)
        rail_layout.addStretch(1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.status = HallStatusBar(ctx)
        self.setStatusBar(self.status)
        self._build_menu()
        if self._nav.buttons():
            self._nav.buttons()[0].setChecked(True)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("系统"))
        settings = QAction(self.tr("设置…"), self, shortcut=QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        menu.addAction(settings)
        menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def show_workspace(self, name: str) -> Workspace:
        workspace = self.workspaces[name]
        index = self.stack.indexOf(workspace)
        self.stack.setCurrentIndex(index)
        self._nav.button(index).setChecked(True)
        return workspace

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.status.refresh_identity()
