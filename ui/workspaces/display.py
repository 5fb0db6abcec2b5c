"""叫号屏: the hall display — the board of calls, spoken by the voice; F11 shows it full screen.

Full screen takes the board out of the main window into a window of its own on the last screen (the
hall's television when the display PC drives two), and F11 or Esc brings it back. A display PC —
logged in with an account that has only the display role — goes full screen the first time it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.queue.board import DisplayBoard
from ui.queue.panel import PanelHost
from ui.queue.voice import announcer_for
from ui.workspaces.base import Workspace, panel


class DisplayWorkspace(PanelHost, Workspace):
    NAME = "display"
    ROLE = "display"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DisplayWorkspace", "叫号屏")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.announcer = announcer_for(ctx.hall.settings, self)
        self.board = DisplayBoard(ctx, self.announcer)
        self.panels = (self.board,)
        self._shown_once = False
        self.placeholder = panel(self.tr("叫号屏已全屏显示"), hint=self.tr("按 F11 或 Esc 退出全屏"))
        self.placeholder.hide()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.board)
        self.column.addWidget(self.placeholder)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)
        # the board's own keys, live only while it is a window of its own (else F11 would be ambiguous)
        self.leave_keys = [QShortcut(QKeySequence(key), self.board, activated=self.leave_full_screen, enabled=False)
                           for key in (Qt.Key.Key_F11, Qt.Key.Key_Escape)]

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._shown_once and set(self.ctx.user.roles) == {self.ROLE}:
            QTimer.singleShot(0, self.enter_full_screen)
        self._shown_once = True

    @property
    def full_screen(self) -> bool:
        return self.board.isWindow()

    def toggle_full_screen(self) -> None:
        if self.full_screen:
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    def enter_full_screen(self) -> None:
        """Move the board into its own full-screen window (on the last screen)."""
        if self.full_screen:
            return
        self.column.removeWidget(self.board)
        self.board.setParent(None)
        self.board.setWindowTitle(self.title())
        self.board.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        screens = QGuiApplication.screens()
        if screens:
            self.board.setGeometry(screens[-1].geometry())
        self.placeholder.show()
        self.board.showFullScreen()
        for shortcut in self.leave_keys:
            shortcut.setEnabled(True)

    def leave_full_screen(self) -> None:
        if not self.full_screen:
            return
        for shortcut in self.leave_keys:
            shortcut.setEnabled(False)
        self.board.hide()
        self.board.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.placeholder.hide()
        self.column.insertWidget(0, self.board)
        self.board.show()
