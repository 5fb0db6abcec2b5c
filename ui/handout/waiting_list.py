"""待出件: the results waiting at the window, longest waiting first, with how long each has waited.

Shown at the window (出件 tab) and at the guide desk; it refreshes when results change (the change
feed brings the back office's 办结 within the long-poll). A document that failed its SHA-256 check is
shown as such — never as the result — until a later download matches.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from hallclient.changes import Changes
from hallclient.domain.cases import CASE_STATUS_LABELS, CaseStatus
from hallclient.domain.masking import mask_name
from hallclient.services.results import ResultView
from ui import ops
from ui.context import AppContext
from ui.queue.panel import LivePanel

ID_ROLE = Qt.ItemDataRole.UserRole


def waited_text(minutes: int) -> str:
    """「35 分钟」「2 小时 5 分」「3 天 4 小时」: how long a result has waited, at a glance."""
    if minutes < 60:
        return QCoreApplication.translate("WaitingResults", "{m} 分钟").format(m=minutes)
    if minutes < 24 * 60:
        return QCoreApplication.translate("WaitingResults", "{h} 小时 {m} 分").format(h=minutes // 60, m=minutes % 60)
    return QCoreApplication.translate("WaitingResults", "{d} 天 {h} 小时").format(d=minutes // 1440,
                                                                                 h=minutes % 1440 // 60)


def document_text(result: ResultView) -> tuple[str, str]:
    """What the list says of the document, and its colour: verified, rejected (why) or still coming."""
    if result.document_verified:
        return QCoreApplication.translate("WaitingResults", "已核验"), "#1e7b34"
    if result.document_error:
        return QCoreApplication.translate("WaitingResults", "校验不符，待重新下载"), "#b42318"
    return QCoreApplication.translate("WaitingResults", "下载中"), "#6b7280"


class WaitingResults(LivePanel):
    """The list; ``chosen`` gives the result id a row was activated (double click, Enter) for."""

    chosen = Signal(str)
    HEADERS = (QT_TRANSLATE_NOOP("WaitingResults", "办件编号"), QT_TRANSLATE_NOOP("WaitingResults", "申请人"),
               QT_TRANSLATE_NOOP("WaitingResults", "办理事项"), QT_TRANSLATE_NOOP("WaitingResults", "办理结果"),
               QT_TRANSLATE_NOOP("WaitingResults", "结果文书"), QT_TRANSLATE_NOOP("WaitingResults", "取件号"),
               QT_TRANSLATE_NOOP("WaitingResults", "已等待"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WaitingResults", "待出件"), parent)
        self.ctx = ctx
        self.results: list[ResultView] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("waitingResults")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("WaitingResults", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # a long item name (or several items) wraps in its row instead of ending in "…": the clerk
        # compares it with the paper result in hand
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item: self.chosen.emit(item.data(ID_ROLE)))
        self.body.addWidget(self.table, 1)

    def concerns(self, changes: Changes) -> bool:
        return changes.results

    async def refresh(self) -> None:
        self.show_results(await ops.db(self.ctx.hall.results.waiting))

    def show_results(self, results: list[ResultView]) -> None:
        self.results = results
        self.heading.setText(QCoreApplication.translate("WaitingResults", "待出件（{n}）").format(n=len(results)))
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            document, colour = document_text(result)
            cells = (result.case_number, mask_name(result.applicant_name), "、".join(result.item_names),
                     QCoreApplication.translate("core", CASE_STATUS_LABELS[CaseStatus(result.outcome)]), document,
                     result.pickup_number or "", waited_text(result.waited_minutes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, result.id)
                if column == 2:
                    item.setToolTip(text)
                if column == 4:
                    item.setForeground(QColor(colour))
                    item.setToolTip(result.document_error or "")
                self.table.setItem(row, column, item)

    def row_of(self, result_id: str) -> int:
        return next((i for i, r in enumerate(self.results) if r.id == result_id), -1)
