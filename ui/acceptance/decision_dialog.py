"""受理决定: what the rules say for the checklist as it stands (the core's ``preview_decision``), the
clerk's only choices — the applicant signed the 告知承诺书 (offered when every item allows it), or
不予受理 / 不受理 with a mandatory reason — and the confirmation, which records the decision
(``hall.cases.decide``) and hands the outcome back for its papers.

The dialog never decides anything itself: it shows the core's outcome and the core's refusal.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hallclient.domain.cases import DECISION_LABELS, Decision
from hallclient.domain.decision import Outcome, Problem
from hallclient.domain.workdays import Deadline
from hallclient.services.case_views import CaseDetail
from hallclient.services.catalog import ItemDetail
from ui import ops
from ui.queue.message import MessageLine

Preview = Callable[[bool], Awaitable[Outcome]]
Decide = Callable[[Decision | None, str | None, bool], Awaitable[Outcome]]


def _core(text: str) -> str:
    return QCoreApplication.translate("core", text)


class DecisionDialog(QDialog):
    def __init__(self, case: CaseDetail, items: Sequence[ItemDetail], preview: Preview, decide: Decide,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case, self.preview, self.decide = case, preview, decide
        self.outcome: Outcome | None = None  # the recorded decision, once confirmed
        self.rules: Outcome | None = None  # what the rules say now
        self.setObjectName("decisionDialog")
        self.setWindowTitle(self.tr("受理决定 · {number}").format(number=case.number))
        self.resize(720, 560)
        self.verdict = QLabel()
        self.verdict.setObjectName("decisionVerdict")
        self.detail = QLabel()
        self.detail.setObjectName("decisionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        excluded = [i.name for i in items if not i.commitment_allowed]
        self.commitment = QCheckBox(self.tr("申请人已签署告知承诺书（以承诺代替尚缺的证明材料）"))
        self.commitment.setEnabled(bool(items) and not excluded)
        if excluded:
            self.commitment.setToolTip(self.tr("不适用告知承诺制：{items}").format(items="、".join(excluded)))
        self.by_rules = QRadioButton(self.tr("按材料核验结果决定"), checked=True)
        self.refuse = QRadioButton(self.tr("不予受理（依法不予受理）"))
        self.not_accept = QRadioButton(self.tr("不受理（不属于本机关职权范围）"))
        self.choices = QButtonGroup(self)
        for button in (self.by_rules, self.refuse, self.not_accept):
            self.choices.addButton(button)
        self.reason = QPlainTextEdit(placeholderText=self.tr("理由（必填，将写入不予受理决定书）"))
        self.reason.setMaximumHeight(80)
        self.message = MessageLine()
        self.confirm_button = QPushButton(self.tr("确认并打印  (Enter)"))
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setDefault(True)
        self.confirm_button.setAutoDefault(True)
        cancel = QPushButton(self.tr("取消  (Esc)"))
        cancel.setAutoDefault(False)
        choices = QHBoxLayout()
        for button in (self.by_rules, self.refuse, self.not_accept):
            choices.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.commitment)
        layout.addLayout(choices)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.commitment.toggled.connect(lambda _on: self.reload())
        self.choices.buttonToggled.connect(lambda _b, _on: self._show())
        self.confirm_button.clicked.connect(self.confirm)
        cancel.clicked.connect(self.reject)
        self._show()

    def choice(self) -> Decision | None:
        if self.refuse.isChecked():
            return Decision.REFUSED
        if self.not_accept.isChecked():
            return Decision.NOT_ACCEPTED
        return None

    def reload(self) -> None:
        """Ask the core again (the 告知承诺 box changes what the rules say)."""
        ops.spawn(self.load(), on_error=self.message.show_error, key=(self, "preview"))

    async def load(self) -> None:
        self.rules = await self.preview(self.commitment.isChecked())
        self._show()

    def _show(self) -> None:
        choice = self.choice()
        self.reason.setEnabled(choice is not None)
        self.confirm_button.setFocus()
        if choice is not None:
            self.verdict.setText(_core(DECISION_LABELS[choice]))
            self.verdict.setProperty("decision", "refusal")
            self.detail.setText(self.tr("将出具不予受理决定书（含理由及申请行政复议、提起行政诉讼的权利）。"))
        elif self.rules is None:
            self.verdict.setText(self.tr("正在核对…"))
            self.detail.clear()
        else:
            self.verdict.setText(_core(DECISION_LABELS[self.rules.decision]))
            self.verdict.setProperty("decision", str(self.rules.decision))
            self.detail.setText(self.describe(self.rules))
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def describe(self, outcome: Outcome) -> str:
        """The outcome in a few lines of rich text: why, what is owed and by when, which papers."""
        lines: list[str] = []
        if outcome.decision == Decision.CORRECTION:
            lines.append(self.tr("材料不齐全或有误，出具一次性补正告知书，一次告知全部 {n} 项：").format(
                n=len(outcome.problems)))
            lines += [self._problem(p) for p in outcome.problems]
        elif outcome.decision == Decision.ACCEPT_DEFERRED and outcome.supplement_due is not None:
            lines.append(self.tr("非关键材料容缺受理，请申请人在 {due} 前补交：").format(
                due=self._date(outcome.supplement_due)))
            lines += [self._problem(p) for p in outcome.deferred]
        elif outcome.decision == Decision.ACCEPT_COMMITMENT:
            lines.append(self.tr("以告知承诺代替下列材料：") if outcome.committed
                         else self.tr("申请人已签署告知承诺书。"))
            lines += [self._problem(p) for p in outcome.committed]
        else:
            lines.append(self.tr("申请材料齐全、符合法定形式。"))
        if outcome.promised is not None:
            lines.append(self.tr("承诺办结日期：{day}").format(day=self._date(outcome.promised)))
        lines += [escape(_core(w)) for w in outcome.warnings]
        lines.append(self.tr("将出具：{papers}").format(papers="、".join(_core(d) for d in outcome.documents)))
        return "<br>".join(lines)

    def _problem(self, problem: Problem) -> str:
        text = (self.tr("　· 「{name}」有误").format(name=problem.name) if problem.defective
                else self.tr("　· 缺少「{name}」").format(name=problem.name))
        return escape(f"{text}：{problem.note}" if problem.note else text)

    def _date(self, deadline: Deadline) -> str:
        day = deadline.date.isoformat()
        return self.tr("{day}（暂定）").format(day=day) if deadline.provisional else day

    def confirm(self) -> None:
        choice, reason = self.choice(), self.reason.toPlainText().strip() or None
        ops.spawn(self._confirm(choice, reason), on_error=self.message.show_error, key=(self, "confirm"))

    async def _confirm(self, choice: Decision | None, reason: str | None) -> None:
        self.confirm_button.setEnabled(False)
        try:
            self.outcome = await self.decide(choice, reason, self.commitment.isChecked())
        finally:
            self.confirm_button.setEnabled(True)
        self.accept()
