"""The status bar: who is logged in, at which window, and whether the counter is online."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from sync.engine import Connection, SyncState
from ui.context import AppContext


class _StateRelay(QObject):
    """Carries sync-state callbacks from the sync thread onto the Qt thread."""

    changed = Signal(object)


class HallStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_label = QLabel()
        self.window_label = QLabel()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection")
        self.sync_button = QPushButton(self.tr("立即同步"))
        self.sync_button.setFlat(True)
        self.sync_button.clicked.connect(ctx.sync.sync_now)
        for widget in (self.user_label, self.window_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.connection_label)
        self.addPermanentWidget(self.sync_button)
        self._relay = _StateRelay(self)
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
        if state.connection == Connection.ONLINE and not state.pending:
            text = self.tr("在线")
        elif state.connection == Connection.ONLINE:
            text = self.tr("在线 · {n} 条待同步").format(n=state.pending)
        elif state.connection == Connection.SYNCING:
            text = (self.tr("同步中 {p}%").format(p=round(state.progress * 100)) if state.progress is not None
                    else self.tr("同步中"))
        elif state.connection == Connection.LOGGED_OUT:
            text = self.tr("登录已过期，请重新登录")
        else:
            text = self.tr("离线 · {n} 条待同步").format(n=state.pending)
        self.connection_label.setText(text)
        self.connection_label.setProperty("state", state.connection.value)
        self.connection_label.setToolTip(state.message)
        self.connection_label.style().unpolish(self.connection_label)
        self.connection_label.style().polish(self.connection_label)
