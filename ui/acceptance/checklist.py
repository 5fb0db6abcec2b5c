"""The material checklist: one row per merged material, checked with single keys, still-needed at a glance.

Keys (the legend under the table says the same): ↑/↓ between rows; 1 原件, 2 复印件, 3 扫描, 4 电子证照,
5 免提交（共享）, 6 缺少, 7 有误 (asks for the note the 一次性补正告知书 prints), 0 back to 待核验; +/− the
page count of a received material; A 全部收取 (every required material still unchecked, received in
the form the item asks for). After a state key the cursor moves to the next row. Each key is one
``hall.cases.set_material``; the core refuses what the case's status does not allow.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallclient.domain.cases import MaterialState
from hallclient.domain.catalog import MATERIAL_FORM_LABELS, MaterialForm
from hallclient.domain.checklist import SHARED_SOURCES
from hallclient.domain.decision import PRESENT_STATES
from hallclient.services.case_views import CaseDetail, ChecklistRow
from hallclient.services.scans import MaterialUpload
from ui import ops
from ui.context import AppContext
from ui.queue.dialogs import ask

#: Key → (action, legend text). Actions other than the material states are handled by the panel.
KEYS: dict[Qt.Key, tuple[str, str]] = {
    Qt.Key.Key_1: ("original", QT_TRANSLATE_NOOP("ChecklistView", "原件")),
    Qt.Key.Key_2: ("copy", QT_TRANSLATE_NOOP("ChecklistView", "复印件")),
    Qt.Key.Key_3: ("scan", QT_TRANSLATE_NOOP("ChecklistView", "扫描")),
    Qt.Key.Key_4: ("elicence", QT_TRANSLATE_NOOP("ChecklistView", "电子证照")),
    Qt.Key.Key_5: ("shared", QT_TRANSLATE_NOOP("ChecklistView", "免提交")),
    Qt.Key.Key_6: ("missing", QT_TRANSLATE_NOOP("ChecklistView", "缺少")),
    Qt.Key.Key_7: ("defective", QT_TRANSLATE_NOOP("ChecklistView", "有误")),
    Qt.Key.Key_0: ("pending", QT_TRANSLATE_NOOP("ChecklistView", "待核验")),
}
_STATES = {"original": MaterialState.RECEIVED, "copy": MaterialState.RECEIVED, "shared": MaterialState.NOT_NEEDED,
           "missing": MaterialState.MISSING, "pending": MaterialState.PENDING}
_FORMS = {"original": MaterialForm.ORIGINAL, "copy": MaterialForm.COPY}

#: Row colours: what is still needed stands out (DOMAIN.md §5: tell everything missing at once).
_COLOURS = {"present": "#ebf7ee", "waiting": "#fff4e5", "problem": "#fdecee", "quiet": "#ffffff"}
STATE, NAME, REQUIREMENT, TAKEN = range(4)
TAKEN_WIDTH = 150


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


def row_class(row: ChecklistRow) -> str:
    """present / waiting (required, unchecked) / problem (required, missing or defective) / quiet."""
    if row.state in PRESENT_STATES:
        return "present"
    if not row.required:
        return "quiet"
    return "waiting" if row.state == MaterialState.PENDING else "problem"


class _Table(QTableWidget):
    """The rows; keys and dropped files go to the :class:`ChecklistView`."""

    def __init__(self, view: ChecklistView) -> None:
        super().__init__(0, 4)
        self.view = view
        self.setObjectName("checklistTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        for column in (STATE, REQUIREMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)  # long names wrap, never scroll sideways
        header.setSectionResizeMode(TAKEN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TAKEN, TAKEN_WIDTH)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.view.key(Qt.Key(event.key()), event.text()):
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.rowAt(event.position().toPoint().y())
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if row >= 0 and paths:
            event.acceptProposedAction()
            self.view.files_dropped.emit(self.view.rows[row].id, paths)


class ChecklistView(QWidget):
    """``selected(material_id)`` follows the cursor; ``scan_requested`` / ``elicence_requested`` are
    keys 3 and 4; ``files_dropped(material_id, paths)`` a drop on a row; ``failed`` a refusal."""

    selected = Signal(str)
    scan_requested = Signal(str)
    elicence_requested = Signal(str)
    files_dropped = Signal(str, list)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: CaseDetail | None = None
        self.rows: tuple[ChecklistRow, ...] = ()
        self.dialog: QInputDialog | None = None  # the open note question (tests answer it)
        self.counts = QLabel()
        self.counts.setObjectName("checklistCounts")
        self.needed = QLabel()
        self.needed.setObjectName("checklistNeeded")
        self.needed.setWordWrap(True)
        self.receive_all_button = QPushButton(self.tr("全部收取  (A)"))
        self.table = _Table(self)
        self.table.setHorizontalHeaderLabels([self.tr("状态"), self.tr("材料名称"), self.tr("要求"),
                                              self.tr("收取情况")])
        legend = "   ".join(f"{Qt.Key(key).name[-1]} {self.tr(text)}" for key, (_a, text) in KEYS.items())
        self.legend = QLabel(self.tr("{keys}   A 全部收取   +/− 页数   拖入文件即导入该材料").format(keys=legend))
        self.legend.setObjectName("checklistLegend")
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.receive_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.needed)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.receive_all_button.clicked.connect(self.receive_all)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._moved(row))

    # --- showing ---------------------------------------------------------------------------------

    def show_case(self, case: CaseDetail, pages: dict[str, int], uploads: dict[str, MaterialUpload]) -> None:
        """Redraw the rows in place, keeping the cursor where it is."""
        self.case, self.rows = case, case.checklist
        current = max(self.table.currentRow(), 0)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (_core(row.state_label), row.name, self._requirement(row),
                     self._taken(row, pages.get(row.id, 0), uploads.get(row.id)))
            colour = QBrush(QColor(_COLOURS[row_class(row)]))
            for column, text in enumerate(cells):
                item = self.table.item(index, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(index, column, item)
                item.setText(text)
                item.setBackground(colour)
                if column == NAME:
                    item.setToolTip(self.tr("适用事项：{codes}").format(codes="、".join(row.item_codes)))
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.setCurrentCell(min(current, len(self.rows) - 1), STATE)
        self._show_counts(case)

    def _requirement(self, row: ChecklistRow) -> str:
        if row.source in SHARED_SOURCES:
            return self.tr("部门共享")
        need = self.tr("必需") if row.required else self.tr("可选")
        if row.required and row.deferrable:
            need = self.tr("必需（可容缺）")
        return self.tr("{need}·{form}{n}份").format(
            need=need, form=_core(MATERIAL_FORM_LABELS[MaterialForm(row.required_form)]), n=row.copies)

    def _taken(self, row: ChecklistRow, scanned: int, upload: MaterialUpload | None) -> str:
        """收取情况: the form and pages taken, pages scanned so far, the note, the licence, the upload."""
        parts = []
        if row.state == MaterialState.RECEIVED and row.form:
            parts.append(_core(MATERIAL_FORM_LABELS[MaterialForm(row.form)]))
        if row.pages:
            parts.append(self.tr("{n} 页").format(n=row.pages))
        if scanned and row.state != MaterialState.SCANNED:
            parts.append(self.tr("已扫 {n} 页，未完成").format(n=scanned))
        parts += [text for text in (row.note, row.elicence_number) if text]
        if upload is not None:
            parts.append(upload_text(upload))
        return self.tr("，").join(parts)  # the list separator of the interface language

    def _show_counts(self, case: CaseDetail) -> None:
        required = [r for r in case.checklist if r.required]
        ready = sum(r.state in PRESENT_STATES for r in required)
        needed = case.needed
        self.counts.setText(self.tr("必需材料 {total} 项：已齐 {ready}　待核验 {pending}　缺少 {missing}"
                                    "　有误 {defective}　｜　可选 {optional} 项").format(
            total=len(required), ready=ready, pending=len(needed.pending), missing=len(needed.missing),
            defective=len(needed.defective), optional=len(case.checklist) - len(required)))
        outstanding = needed.pending + needed.missing + needed.defective
        self.needed.setText(self.tr("还需：{names}").format(names="、".join(outstanding)) if outstanding
                            else self.tr("必需材料已齐全，可按 F9 作出受理决定"))
        self.needed.setProperty("level", "waiting" if outstanding else "ok")
        self.needed.style().unpolish(self.needed)
        self.needed.style().polish(self.needed)

    def current(self) -> ChecklistRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select(self, material_id: str) -> None:
        for index, row in enumerate(self.rows):
            if row.id == material_id:
                self.table.setCurrentCell(index, STATE)

    def _moved(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.selected.emit(self.rows[row].id)

    # --- keys ------------------------------------------------------------------------------------

    def key(self, key: Qt.Key, text: str) -> bool:
        """Handle a key of the table; False lets the table have it (arrows, Tab)."""
        row = self.current()
        if key == Qt.Key.Key_A:
            self.receive_all()
            return True
        if row is None:
            return False
        if text in ("+", "-"):
            self._run(self._pages_by(row, 1 if text == "+" else -1))
            return True
        if key not in KEYS:
            return False
        action = KEYS[key][0]
        if action == "scan":
            self.scan_requested.emit(row.id)
        elif action == "elicence":
            self.elicence_requested.emit(row.id)
        elif action == "defective":
            self._run(self._defective(row))
        else:
            self._run(self._set(row, _STATES[action], _FORMS.get(action)))
            self._step()
        return True

    def _step(self) -> None:
        self.table.setCurrentCell(min(self.table.currentRow() + 1, self.table.rowCount() - 1), STATE)

    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        ops.spawn(coro, on_error=self.failed.emit)

    async def _set(self, row: ChecklistRow, state: MaterialState, form: str | None = None, *, pages: int | None = None,
                   note: str | None = None) -> None:
        assert self.case is not None
        hall, case_id, actor = self.ctx.hall, self.case.id, self.ctx.user.username
        await ops.db(lambda: hall.cases.set_material(case_id, row.id, state, form=form, pages=pages, note=note,
                                                     actor=actor))

    async def _pages_by(self, row: ChecklistRow, step: int) -> None:
        if row.state == MaterialState.RECEIVED:
            await self._set(row, row.state, row.form, pages=max(0, row.pages + step), note=row.note)

    async def _defective(self, row: ChecklistRow) -> None:
        dialog = self.dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("材料有误"))
        dialog.setLabelText(self.tr("「{name}」的问题（将写入一次性补正告知书）：").format(name=row.name))
        dialog.setTextValue(row.note or "")
        try:
            if not await ask(dialog):
                return
            note = dialog.textValue()
        finally:
            self.dialog = None
        await self._set(row, MaterialState.DEFECTIVE, note=note)
        self.table.setFocus()
        self._step()

    def receive_all(self) -> None:
        """全部收取: every required material not looked at yet, received as its item asks."""
        self._run(self._receive(tuple(r for r in self.rows if r.required and r.state == MaterialState.PENDING)))

    async def _receive(self, rows: Sequence[ChecklistRow]) -> None:
        for row in rows:
            await self._set(row, MaterialState.RECEIVED, row.required_form)


def upload_text(upload: MaterialUpload) -> str:
    """已保存，等待上传 / 上传中 45% / 已上传 / 上传失败 — the clerk never waits for it."""
    if upload.state == "done":
        return QCoreApplication.translate("ChecklistView", "已上传")
    if upload.state == "failed":
        return QCoreApplication.translate("ChecklistView", "上传失败，请在“同步状态”中重试")
    if upload.state == "uploading" and upload.size:
        return QCoreApplication.translate("ChecklistView", "上传中 {percent}%").format(
            percent=upload.sent * 100 // upload.size)
    return QCoreApplication.translate("ChecklistView", "已保存，等待上传")
