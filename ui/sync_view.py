"""同步状态: what waits to reach the centre, what it refused and why, uploads, and the sync log.

Everything shown is read in one call on the database worker (``ops.db``) and refreshed, at most a
few times a second, when the core reports sync changes or the engine a new state, so a counter
draining ten thousand ops keeps a responsive window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallclient import clock
from hallclient.changes import Changes
from hallclient.domain.consultation import OP_LABELS
from hallclient.services.files import UploadInfo
from hallclient.services.outbox import OutboxItem, OutboxSummary
from hallclient.services.synclog import LogLine
from sync.engine import SyncState
from ui import ops
from ui.context import AppContext
from ui.statusbar import StateRelay, describe

LOG_LINES = 100
#: The view redraws at most this often while a drain or an upload reports progress.
REFRESH_MS = 500


@dataclass(frozen=True)
class Snapshot:
    summary: OutboxSummary
    problems: list[OutboxItem]
    uploads: list[UploadInfo]
    log: list[LogLine]


def _time(moment: dt.datetime | None) -> str:
    return clock.to_hall(moment).strftime("%m-%d %H:%M:%S") if moment else "—"


def _op_label(op_type: str) -> str:
    return QCoreApplication.translate("core", OP_LABELS.get(op_type, op_type))


class _Rows(QAbstractTableModel):
    """Rows of strings for a read-only table: a reset is cheap and only visible rows are drawn."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class _Table(QTableView):
    """A read-only table that redraws only when its rows changed (the view refreshes often)."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._model = _Rows(headers)
        self.setModel(self._model)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

    def row_count(self) -> int:
        return self._model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self._model.rows[row][column]

    def show_rows(self, rows: list[tuple[str, ...]]) -> bool:
        """Show ``rows``; False (and nothing redrawn) when they are shown already."""
        if rows == self._model.rows:
            return False
        self._model.beginResetModel()
        self._model.rows = rows
        self._model.endResetModel()
        return True

    def set_widget(self, row: int, column: int, widget: QWidget) -> None:
        self.setIndexWidget(self._model.index(row, column), widget)


class SyncView(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("syncView")
        self.setWindowTitle(self.tr("同步状态"))
        self.resize(900, 700)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.times_label = QLabel()
        self.pending = _Table([self.tr("待同步操作"), self.tr("条数")])
        self.uploads = _Table([self.tr("文件"), self.tr("大小"), self.tr("进度"), self.tr("状态"), self.tr("原因")])
        self.problems = _Table([self.tr("时间"), self.tr("操作"), self.tr("记录"), self.tr("尝试次数"),
                                self.tr("中心系统的答复"), ""])
        self.log = _Table([self.tr("时间"), self.tr("方向"), self.tr("内容"), self.tr("结果"), self.tr("说明")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = buttons.addButton(self.tr("立即同步"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(ctx.sync.sync_now)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.times_label)
        sections = ((self.tr("待同步（按类型）"), self.pending, 1), (self.tr("上传"), self.uploads, 1),
                    (self.tr("同步问题"), self.problems, 2), (self.tr("同步日志"), self.log, 3))
        for title, table, stretch in sections:
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            layout.addWidget(box, stretch)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: ops.spawn(self.refresh(), parent=self))
        self._relay = StateRelay(self)
        self._relay.changed.connect(self.show_state)
        ctx.sync.add_listener(self._relay.changed.emit)
        ctx.bridge.changed.connect(self._on_changes)
        self.show_state(ctx.sync.state)

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        if changes.sync or changes.outbox:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        ops.spawn(self.refresh(), parent=self)

    def show_state(self, state: SyncState) -> None:
        text = describe(state)
        if state.message:
            text += f"（{state.message}）"
        if state.warning:
            text += " · " + state.warning
        self.state_label.setText(text)
        self.times_label.setText(self.tr("上次推送成功：{push}　上次接收成功：{pull}").format(
            push=_time(state.last_push), pull=_time(state.last_pull)))
        self.schedule_refresh()

    async def refresh(self) -> None:
        hall = self.ctx.hall
        snapshot = await ops.db(lambda: Snapshot(hall.outbox.summary(), hall.outbox.problems(), hall.files.uploads(),
                                                 hall.synclog.recent(LOG_LINES)))
        if not self.isVisible():
            return
        self.pending.show_rows([(_op_label(t), str(n)) for t, n in sorted(snapshot.summary.by_type.items())])
        self._show_uploads(snapshot.uploads)
        self._show_problems(snapshot.problems)
        self.log.show_rows([(_time(line.at), self._direction(line.direction), _op_label(line.type),
                          self._outcome(line.outcome), line.message or "") for line in snapshot.log])

    def _show_uploads(self, uploads: list[UploadInfo]) -> None:
        states = {"pending": self.tr("等待上传"), "uploading": self.tr("上传中"), "done": self.tr("已上传"),
                  "failed": self.tr("上传失败")}
        rows = [(u.filename, f"{u.size / 1024**2:.1f} MB", f"{100 * u.offset // max(u.size, 1)}%",
                 states.get(u.state, u.state), u.last_error or "") for u in uploads]
        if not self.uploads.show_rows(rows):
            return
        for row, upload in enumerate(uploads):
            if upload.state == "failed":
                self.uploads.set_widget(row, 4, self._retry_button(
                    lambda sha=upload.sha256: self.ctx.hall.files.retry_upload(sha, actor=self.ctx.user.username),
                    upload.last_error or ""))

    def _show_problems(self, problems: list[OutboxItem]) -> None:
        rows = [(_time(p.created_at), _op_label(p.type), p.record_key.split(":", 1)[-1][:8], str(p.attempts),
                 p.last_error or "", "") for p in problems]
        if not self.problems.show_rows(rows):
            return
        for row, problem in enumerate(problems):
            self.problems.set_widget(row, 5, self._retry_button(
                lambda op_id=problem.op_id: self.ctx.hall.outbox.retry(op_id, actor=self.ctx.user.username)))

    def _retry_button(self, retry: Callable[[], object], reason: str = "") -> QPushButton:
        button = QPushButton(self.tr("重试") if not reason else self.tr("重试：{reason}").format(reason=reason))
        button.setObjectName("retryButton")
        button.clicked.connect(lambda: ops.spawn(self._retry(retry), parent=self))
        return button

    async def _retry(self, retry: Callable[[], object]) -> None:
        await ops.db(retry)
        self.ctx.sync.sync_now()

    def _direction(self, direction: str) -> str:
        return {"push": self.tr("推送"), "pull": self.tr("接收"), "upload": self.tr("上传")}.get(direction, direction)

    def _outcome(self, outcome: str) -> str:
        return {"applied": self.tr("已送达"), "duplicate": self.tr("已送达（重复）"), "rejected": self.tr("被拒绝"),
                "done": self.tr("完成"), "failed": self.tr("失败"), "retry": self.tr("重试"),
                "restart": self.tr("重新上传")}.get(outcome, outcome)
