"""差评回访整改: the hall manager's list of follow-ups, and the steps recorded from it.

Embed it with :func:`followup_panel` (the manager workspace has it as a tab). One line per 差评 —
case, item, window, level, reasons, the callback and rectification deadlines (overdue in red) and
the next step; below, the chosen one's steps: callback note and verification, rectification, and
the applicant's verdict. Who rated is not on screen: a role allowed to call back (manager) may ask
the centre for it ("查看评价人"), which the centre audits; others do not get the button.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hallclient.changes import Changes
from hallclient.domain.followup import STAGE_LABELS
from hallclient.domain.masking import mask_phone
from hallclient.services.followups import FollowUpView, may_see_rater
from sync.evaluations import rater_contact
from ui import ops
from ui.context import AppContext
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel

COLUMNS = (QT_TRANSLATE_NOOP("FollowUpPanel", "办件编号"), QT_TRANSLATE_NOOP("FollowUpPanel", "事项"),
           QT_TRANSLATE_NOOP("FollowUpPanel", "窗口"), QT_TRANSLATE_NOOP("FollowUpPanel", "评价"),
           QT_TRANSLATE_NOOP("FollowUpPanel", "原因"), QT_TRANSLATE_NOOP("FollowUpPanel", "回访期限"),
           QT_TRANSLATE_NOOP("FollowUpPanel", "整改期限"), QT_TRANSLATE_NOOP("FollowUpPanel", "进度"))


def core(text: str) -> str:
    return QCoreApplication.translate("core", text)


class FollowUpPanel(LivePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FollowUpPanel", "差评回访整改"), parent)
        self.ctx = ctx
        self.rows: list[FollowUpView] = []
        self.show_closed = QCheckBox(self.tr("显示已办结"))
        self.show_closed.toggled.connect(lambda _on: ops.spawn(self.refresh(), key=(self, "refresh")))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("followupTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("FollowUpPanel", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QLabel()
        self.detail.setObjectName("followupDetail")
        self.detail.setWordWrap(True)
        self.callback = QLineEdit(placeholderText=self.tr("回访情况（与申请人沟通的内容）"))
        self.verified = QCheckBox(self.tr("经核实情况属实"))
        self.callback_button = QPushButton(self.tr("登记回访核实"))
        self.rectification = QLineEdit(placeholderText=self.tr("整改措施与结果"))
        self.rectify_button = QPushButton(self.tr("登记整改"))
        self.satisfied_button = QPushButton(self.tr("申请人对整改满意"))
        self.unsatisfied_button = QPushButton(self.tr("申请人对整改不满意"))
        self.rater_button = QPushButton(self.tr("查看评价人"))
        self.rater_button.setVisible(may_see_rater(ctx.user.roles))
        self.rater = QLabel()
        self.rater.setObjectName("followupRater")
        self.message = MessageLine()
        steps = QGridLayout()
        steps.addWidget(self.callback, 0, 0)
        steps.addWidget(self.verified, 0, 1)
        steps.addWidget(self.callback_button, 0, 2)
        steps.addWidget(self.rectification, 1, 0, 1, 2)
        steps.addWidget(self.rectify_button, 1, 2)
        verdict = QHBoxLayout()
        verdict.addWidget(self.satisfied_button)
        verdict.addWidget(self.unsatisfied_button)
        verdict.addStretch(1)
        verdict.addWidget(self.rater)
        verdict.addWidget(self.rater_button)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.show_closed)
        self.body.addLayout(top)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.detail)
        self.body.addLayout(steps)
        self.body.addLayout(verdict)
        self.body.addWidget(self.message)
        self.callback_button.clicked.connect(self.record_callback)
        self.rectify_button.clicked.connect(
            lambda: self._update(rectification=self.rectification.text()))
        self.satisfied_button.clicked.connect(lambda: self._update(applicant_satisfied=True))
        self.unsatisfied_button.clicked.connect(lambda: self._update(applicant_satisfied=False))
        self.rater_button.clicked.connect(self.show_rater)
        self._selected()
        ctx.bridge.changed.connect(self._on_changes)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        """Load on first show, not in the constructor: a panel built before the event loop runs
        (a benchmark, a test, the start-up shell) must not need one."""
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            ops.spawn(self.refresh(), key=(self, "refresh"))

    def _on_changes(self, changes: Changes, _initiator: object | None) -> None:
        if self.concerns(changes):
            ops.spawn(self.refresh(), key=(self, "refresh"))

    def concerns(self, changes: Changes) -> bool:
        return changes.evaluations

    async def refresh(self) -> None:
        hall, closed = self.ctx.hall, self.show_closed.isChecked()
        chosen = self.current()
        self.rows = await ops.db(lambda: hall.followups.list(include_closed=closed))
        self.table.setRowCount(len(self.rows))
        for row, view in enumerate(self.rows):
            cells = (view.case_number or "—", view.item_name, view.window_label, core(view.level_label),
                     "、".join(core(r) for r in view.reasons),
                     view.callback_due.isoformat(), view.rectify_due.isoformat()
                     + (self.tr("（暂定）") if view.due_provisional else ""), core(STAGE_LABELS[view.stage]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if view.overdue and column == len(cells) - 1:
                    item.setForeground(Qt.GlobalColor.red)
                    item.setText(self.tr("{stage}（已逾期）").format(stage=text))
                self.table.setItem(row, column, item)
        if chosen is not None:
            index = next((i for i, v in enumerate(self.rows) if v.evaluation_id == chosen.evaluation_id), -1)
            if index >= 0:
                self.table.selectRow(index)
        self._selected()

    def current(self) -> FollowUpView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select(self, evaluation_id: str) -> None:
        index = next(i for i, v in enumerate(self.rows) if v.evaluation_id == evaluation_id)
        self.table.selectRow(index)

    def _selected(self) -> None:
        view = self.current()
        for widget in (self.callback, self.verified, self.callback_button, self.rectification, self.rectify_button,
                       self.satisfied_button, self.unsatisfied_button, self.rater_button):
            widget.setEnabled(view is not None)
        self.rater.clear()
        if view is None:
            self.detail.setText(self.tr("选择一条差评查看并登记回访整改"))
            return
        parts = [self.tr("说明：{text}").format(text=view.reason_text or "—")]
        if view.callback_note:
            parts.append(self.tr("回访：{note}").format(note=view.callback_note))
        if view.rectification:
            parts.append(self.tr("整改：{note}").format(note=view.rectification))
        if view.applicant_satisfied is not None:
            parts.append(self.tr("申请人对整改满意") if view.applicant_satisfied else self.tr("申请人对整改不满意"))
        self.detail.setText("；".join(parts))

    def record_callback(self) -> None:
        fields: dict[str, object] = {"callback_note": self.callback.text()}
        if self.verified.isChecked():
            fields["verified"] = True
        self._update(**fields)

    def _update(self, **fields: object) -> None:
        view = self.current()
        if view is None:
            return
        hall, actor = self.ctx.hall, self.ctx.user.username

        async def run() -> None:
            await ops.db(lambda: hall.followups.update(view.evaluation_id, actor=actor, **fields))
            self.callback.clear()
            self.rectification.clear()
            self.message.show_message(self.tr("已登记"))
            await self.refresh()

        self.message.clear()
        ops.spawn(run(), on_error=self.message.show_error, key=(self, "update"))

    def show_rater(self) -> None:
        """Ask the centre who rated (audited there); the phone is shown in full only on this click."""
        view = self.current()
        if view is None or not may_see_rater(self.ctx.user.roles):
            return
        client = self.ctx.client

        async def run() -> None:
            contact = await ops.net(lambda: rater_contact(client, view.evaluation_id))
            who = contact.name or self.tr("（取号时未登记姓名）")
            self.rater.setText(self.tr("评价人：{name} {phone}").format(name=who, phone=contact.phone or ""))
            self.rater.setToolTip(mask_phone(contact.phone))

        ops.spawn(run(), on_error=self.message.show_error, key=(self, "rater"))


def followup_panel(ctx: AppContext, parent: QWidget | None = None) -> FollowUpPanel:
    """The follow-up list for a manager-facing screen (the dashboard embeds this)."""
    return FollowUpPanel(ctx, parent)
