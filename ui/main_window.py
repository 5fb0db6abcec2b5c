"""The main window: a navigation rail of the workspaces the user's roles allow, and the status bar.

The window is shown as an empty shell the moment Qt is up ("正在启动…"), before the cache is opened
or anyone has logged in; :meth:`MainWindow.attach` fills it once the user is known. The clerk sees
the program respond at once instead of staring at nothing while the core starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.workspaces.base import Workspace


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self._sync_view: QWidget | None = None
        self.setWindowTitle(self.tr("政务服务大厅 · HallClient"))
        self.stack = QStackedWidget()
        self.workspaces: dict[str, Workspace] = {}
        self.starting = QLabel(self.tr("正在启动…"))
        self.starting.setObjectName("startupMessage")
        self.starting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.starting)
        rail = QWidget()
        rail.setObjectName("navRail")
        self._rail_layout = QVBoxLayout(rail)
        self._rail_layout.addStretch(1)
        self._nav = QButtonGroup(self)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        if ctx is not None:
            self.attach(ctx)

    def show_progress(self, message: str) -> None:
        """What the shell says while the core starts ("正在连接中心系统…")."""
        self.starting.setText(message)

    def attach(self, ctx: AppContext) -> None:
        """Build the workspaces the user's roles allow, the status bar and the menu."""
        from ui.statusbar import HallStatusBar
        from ui.workspaces import WORKSPACES

        self.ctx = ctx
        self.stack.removeWidget(self.starting)
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
            self._rail_layout.insertWidget(self._rail_layout.count() - 1, button)
        self.status = HallStatusBar(ctx)
        self.status.details_requested.connect(self.open_sync_view)
        self.setStatusBar(self.status)
        self._build_menu()
        if self.workspaces:
            self.show_workspace(next(iter(self.workspaces)))
        else:
            self.stack.addWidget(self.starting)
            self.show_progress(self.tr("当前账号没有可用的工作区，请联系管理员分配角色"))

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("系统"))
        settings = QAction(self.tr("设置…"), self, shortcut=QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        menu.addAction(settings)
        sync_view = QAction(self.tr("同步状态…"), self, shortcut=QKeySequence("Ctrl+Shift+S"))
        sync_view.triggered.connect(self.open_sync_view)
        menu.addAction(sync_view)
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

    def open_sync_view(self) -> QWidget:
        """The sync status view (one per window, raised when already open)."""
        from ui.sync_view import SyncView

        assert self.ctx is not None
        if self._sync_view is None:
            self._sync_view = SyncView(self.ctx, self)
        self._sync_view.show()
        self._sync_view.raise_()
        return self._sync_view

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        assert self.ctx is not None
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.status.refresh_identity()
