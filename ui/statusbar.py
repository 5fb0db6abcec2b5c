"""The status bar: who is logged in, at which window, and whether the counter is online.

The sync part reads "在线", "离线 · 3 条待同步" or "同步中 45%", with "立即同步" beside it; a local
problem (a wrong clock, a full disk) and the number of sync problems waiting for the user show
next to it, and an expired session turns the button into "重新登录" (the outbox is kept meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStatusBar, QWidget

from sync.engine import Connection, SyncState
from ui.context import AppContext


class StateRelay(QObject):
    """Carries sync-state callbacks from the sync threads onto the Qt thread."""

    changed = Signal(object)


def describe(state: SyncState) -> str:
    """The one-line state, as the status bar and the sync view show it."""
    if state.connection == Connection.ONLINE and not state.pending:
        return QCoreApplication.translate("HallStatusBar", "在线")
    if state.connection == Connection.ONLINE:
        return QCoreApplication.translate("HallStatusBar", "在线 · {n} 条待同步").format(n=state.pending)
    if state.connection == Connection.SYNCING and state.progress is not None:
        return QCoreApplication.translate("HallStatusBar", "同步中 {p}%").format(p=round(state.progress * 100))
    if state.connection == Connection.SYNCING:
        return QCoreApplication.translate("HallStatusBar", "同步中")
    if state.connection == Connection.LOGGED_OUT:
        return QCoreApplication.translate("HallStatusBar", "登录已过期，请重新登录")
    return QCoreApplication.translate("HallStatusBar", "离线 · {n} 条待同步").format(n=state.pending)


class HallStatusBar(QStatusBar):
    #: The user asked for the sync status view (the main window opens it).
    details_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_label = QLabel()
        self.window_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("syncWarning")
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection")
        self.problems_button = QPushButton()
        self.problems_button.setObjectName("syncProblems")
        self.problems_button.setFlat(True)
        self.problems_button.clicked.connect(self.details_requested.emit)
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(self._sync_clicked)
        for widget in (self.user_label, self.window_label):
            self.addWidget(widget)
        for widget in (self.warning_label, self.problems_button, self.connection_label, self.sync_button):
            self.addPermanentWidget(widget)
        self._relay = StateRelay(self)
        self._relay.changed.connect(self.show_state)
        ctx.sync.add_listener(self._relay.changed.emit)
        self.refresh_identity()
        self.show_state(ctx.sync.state)

    def refresh_identity(self) -> None:
        self.user_label.setText(self.tr("用户：{name}").format(name=self.ctx.user.display_name))
        window = self.ctx.window_id
        self.window_label.setText(self.tr("窗口：{window}").format(window=window) if window
                                  else self.tr("未设置窗口"))

    def show_state(self, state: SyncState) -> None:
        self.connection_label.setText(describe(state))
        self.connection_label.setToolTip(state.message)
        if self.connection_label.property("state") != state.connection.value:  # restyling is not free
            self.connection_label.setProperty("state", state.connection.value)
            self.connection_label.style().unpolish(self.connection_label)
            self.connection_label.style().polish(self.connection_label)
        self.warning_label.setText(state.warning)
        self.warning_label.setVisible(bool(state.warning))
        self.problems_button.setText(self.tr("同步问题 {n}").format(n=state.problems))
        self.problems_button.setVisible(state.problems > 0)
        self.sync_button.setText(self.tr("重新登录") if state.connection == Connection.LOGGED_OUT
                                 else self.tr("立即同步"))

    def _sync_clicked(self) -> None:
        if self.ctx.sync.state.connection == Connection.LOGGED_OUT:
            self.log_in_again()
        else:
            self.ctx.sync.sync_now()

    def log_in_again(self) -> QDialog:
        """The session expired: log in again; sync resumes where it stopped, the outbox untouched."""
        from ui.login import LoginDialog

        dialog = LoginDialog(self.ctx.client, self.window())
        dialog.accepted.connect(self.ctx.sync.resume)
        dialog.open()
        return dialog
