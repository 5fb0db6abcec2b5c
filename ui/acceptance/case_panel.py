"""受理: the case at the window from the called ticket to the decision's papers.

Two pages: the intake form until the case is opened, then the case — its header, the checklist
beside the scanning / documents / timeline tabs, and the actions 受理决定 (F9) and 补正材料到齐
(F10). The panel follows the window's called ticket: a new ticket brings a fresh form with the
ticket's item, unless a case still being checked is open (it stays until decided). Ctrl+N starts a
walk-in case; a case of the day (or any, by number) can be reopened, e.g. when the applicant comes
back with the corrections.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallclient.changes import Changes
from hallclient.domain.cases import DECISION_LABELS, CaseStatus, Decision
from hallclient.domain.decision import Outcome
from hallclient.domain.masking import mask_name
from hallclient.hall import Hall
from hallclient.services.case_views import CaseDetail, CaseSummary
from hallclient.services.cases import CHECKING
from hallclient.services.catalog import ItemDetail
from hallclient.services.queue import TicketView
from hallclient.services.scans import MaterialUpload
from ui import ops
from ui.acceptance.case_header import CaseHeader
from ui.acceptance.checklist import ChecklistView
from ui.acceptance.decision_dialog import DecisionDialog
from ui.acceptance.documents_view import DocumentsView
from ui.acceptance.elicence_dialog import ELicenceDialog
from ui.acceptance.intake import IntakeForm
from ui.acceptance.paperwork import NO_PAPERS, papers_for
from ui.acceptance.scan_panel import ScanPanel
from ui.acceptance.timeline import TimelineView
from ui.context import AppContext
from ui.queue.dialogs import ask
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel

_UNSET = object()


@dataclass(frozen=True)
class CaseView:
    """One consistent read of everything the panel shows."""

    ticket: TicketView | None
    case: CaseDetail | None
    items: list[ItemDetail]
    pages: dict[str, int]
    uploads: dict[str, MaterialUpload]
    today: list[CaseSummary]


def load_view(hall: Hall, window_id: str, case_id: str | None) -> CaseView:
    """On the database worker: the called ticket, the open case and what its checklist needs."""
    current = hall.queue.current(window_id) if window_id else None
    case = hall.cases.get(case_id) if case_id else None
    ids = [row.id for row in case.checklist] if case else []
    return CaseView(current.ticket if current else None, case, hall.catalog.items(case.item_codes) if case else [],
                    hall.scans.page_counts(ids), hall.scans.uploads(ids),
                    hall.cases.today(window_id) if window_id else [])


class CasePanel(LivePanel):
    #: (case id) the case was accepted or refused here: that service ended, the evaluation device is prompted
    case_decided = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CasePanel", "受理"), parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.case: CaseDetail | None = None
        self.items: list[ItemDetail] = []
        self.ticket: TicketView | None = None
        self.view: CaseView | None = None
        self.outcome: Outcome | None = None  # the decision made here, while its case is open
        self.dialog: DecisionDialog | ELicenceDialog | None = None  # the open question (tests answer it)
        self._intake_for: object = _UNSET  # the ticket id the form was last started for

        self.new_button = QPushButton(self.tr("新办件  (Ctrl+N)"))
        self.today_box = QComboBox()
        self.today_box.setObjectName("todayCases")
        self.number_box = QLineEdit(placeholderText=self.tr("按办件编号打开"))
        self.number_box.setObjectName("caseNumberBox")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.today_box, 2)
        toolbar.addWidget(self.number_box, 2)

        self.intake = IntakeForm(ctx)
        self.header = CaseHeader()
        self.checklist = ChecklistView(ctx)
        self.scans = ScanPanel(ctx)
        self.documents = DocumentsView(ctx)
        self.timeline = TimelineView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self.scans, self.tr("扫描"))
        self.tabs.addTab(self.documents, self.tr("文书"))
        self.tabs.addTab(self.timeline, self.tr("办理时间线"))
        splitter = QSplitter()
        splitter.addWidget(self.checklist)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        self.decide_button = QPushButton(self.tr("受理决定  (F9)"))
        self.decide_button.setObjectName("primaryButton")
        self.supplement_button = QPushButton(self.tr("补正材料到齐  (F10)"))
        self.message = MessageLine()
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addWidget(self.supplement_button)
        actions.addWidget(self.decide_button)
        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.header)
        case_layout.addWidget(splitter, 1)
        case_layout.addLayout(actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.intake)
        self.stack.addWidget(case_page)
        self.body.addLayout(toolbar)
        self.body.addWidget(self.stack, 1)

        self.intake.opened.connect(self.open_case)
        self.new_button.clicked.connect(self.new_case)
        self.today_box.activated.connect(lambda index: self._open_listed(self.today_box.itemData(index)))
        self.number_box.returnPressed.connect(self.open_by_number)
        self.checklist.selected.connect(self._material_selected)
        self.checklist.scan_requested.connect(self._scan)
        self.checklist.elicence_requested.connect(self.open_elicences)
        self.checklist.files_dropped.connect(self._files_dropped)
        self.checklist.failed.connect(self.message.show_error)
        self.decide_button.clicked.connect(self.open_decision)
        self.supplement_button.clicked.connect(self.supplement)
        for keys, slot in (("Ctrl+N", self.new_case), ("F9", self.decide_button.click),
                           ("F10", self.supplement_button.click)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._show_actions()

    # --- live data -------------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        uploading = self.view is not None and any(u.state != "done" for u in self.view.uploads.values())
        return changes.cases or changes.tickets or changes.catalog or (changes.sync and uploading)

    async def refresh(self) -> None:
        hall, window_id, case_id = self.ctx.hall, self.ctx.window_id, self.case_id
        view = self.view = await ops.db(lambda: load_view(hall, window_id, case_id))
        if not self.intake.items.bundles.count():
            await self.intake.items.load_bundles()
        self.ticket = view.ticket
        self._follow_ticket(view.ticket)
        self._show_today(view.today)
        if view.case is not None and view.case.id == self.case_id:
            self._show_case(view)
        await self.scans.refresh()

    def _follow_ticket(self, ticket: TicketView | None) -> None:
        """A newly called ticket starts a fresh form, unless the open case is still being checked (or is
        that ticket's own): then the clerk finishes it first and starts the new one with Ctrl+N."""
        ticket_id = ticket.id if ticket else None
        if ticket_id == self._intake_for:
            return
        self._intake_for = ticket_id
        case = self.case
        if self.case_id is not None and (case is None or case.ticket_id == ticket_id or case.status in CHECKING):
            if ticket is not None and (case is None or case.ticket_id != ticket_id):
                self.message.show_message(self.tr("已呼叫 {number} 号；当前办件核验完毕后按 Ctrl+N 为其受理").format(
                    number=ticket.number), "warning")
            return
        self.new_case()

    def _show_today(self, cases: list[CaseSummary]) -> None:
        self.today_box.clear()
        self.today_box.addItem(self.tr("今日办件（{n}）…").format(n=len(cases)), None)
        for case in cases:
            self.today_box.addItem(f"{case.number}　{mask_name(case.applicant_name)}　"
                                   f"{QCoreApplication.translate('core', case.status_label)}", case.id)

    def _show_case(self, view: CaseView) -> None:
        case = self.case = view.case
        assert case is not None
        self.items = view.items
        self.header.show_case(case, view.items)
        self.checklist.show_case(case, view.pages, view.uploads)
        self.timeline.show_case(case)
        row = self.checklist.current()
        self.scans.show_material(case.id, row, view.uploads.get(row.id) if row else None)
        self._show_actions()

    def _show_actions(self) -> None:
        status = self.case.status if self.case is not None else None
        self.decide_button.setEnabled(status in CHECKING)
        self.supplement_button.setVisible(status == CaseStatus.CORRECTION_START)

    # --- opening cases ---------------------------------------------------------------------------

    def new_case(self) -> None:
        """A fresh form for the called ticket (or a walk-in)."""
        self.case_id, self.case, self.outcome = None, None, None
        self.documents.show_papers(NO_PAPERS)
        self.scans.show_material(None, None, None)
        self.stack.setCurrentWidget(self.intake)
        self.intake.start(self.ticket)
        self._show_actions()

    def open_case(self, case_id: str) -> None:
        """Show ``case_id`` (just opened, or reopened) with the cursor on its first material."""
        changed = case_id != self.case_id
        self.case_id = case_id
        if changed:
            self.case, self.outcome = None, None
            self.documents.show_papers(NO_PAPERS)
            self.message.clear()
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentWidget(self.scans)
        ops.spawn(self._opened(), parent=self, key=(self, "open"))

    async def _opened(self) -> None:
        await self.refresh()
        self.checklist.table.setFocus()

    def _open_listed(self, case_id: str | None) -> None:
        if case_id is not None:
            self.open_case(case_id)

    def open_by_number(self) -> None:
        number = self.number_box.text().strip()
        if not number:
            return

        async def find() -> None:
            found = await ops.db(lambda: self.ctx.hall.cases.by_number(number))
            if found is None:
                self.message.show_message(self.tr("未找到办件 {number}").format(number=number), "error")
                return
            self.number_box.clear()
            self.open_case(found.id)

        ops.spawn(find(), on_error=self.message.show_error)

    # --- the checklist's requests ----------------------------------------------------------------

    def _material_selected(self, material_id: str) -> None:
        row = next((r for r in self.checklist.rows if r.id == material_id), None)
        uploads = self.view.uploads if self.view is not None else {}
        self.scans.show_material(self.case_id, row, uploads.get(material_id))
        ops.spawn(self.scans.refresh(), on_error=self.scans.message.show_error, key=(self, "pages"))

    def _scan(self, material_id: str) -> None:
        """Key 3: scan this material — the scanning tab, the cursor on its pages."""
        self.checklist.select(material_id)
        self.tabs.setCurrentWidget(self.scans)
        self.scans.pages.setFocus()

    def _files_dropped(self, material_id: str, paths: list[Path]) -> None:
        self.checklist.select(material_id)
        self.tabs.setCurrentWidget(self.scans)
        ops.spawn(self.scans.import_files(material_id, paths), on_error=self.scans.message.show_error)

    def open_elicences(self, material_id: str) -> None:
        """Key 4: the e-licence library for this material, looked up by the applicant's ID or USCC."""
        row = next((r for r in self.checklist.rows if r.id == material_id), None)
        if self.case is None or row is None:
            return
        dialog = self.dialog = ELicenceDialog(self.ctx, self.case, row, self)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        # a failed look-up (centre unreachable) is said in the dialog, which stays open to retry or cancel
        ops.spawn(dialog.load(), on_error=dialog.message.show_error, key=(self, "elicence"))

    def _closed(self, dialog: ELicenceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # --- the decision ----------------------------------------------------------------------------

    def open_decision(self) -> None:
        """F9: the rules' outcome, the clerk's confirmation, then the papers and the print dialog."""
        case = self.case
        if case is None or case.status not in CHECKING or isinstance(self.dialog, DecisionDialog):
            return
        hall, actor = self.ctx.hall, self.ctx.user.username

        async def preview(signed: bool) -> Outcome:
            return await ops.db(lambda: hall.cases.preview_decision(case.id, signed))

        async def decide(choice: Decision | None, reason: str | None, signed: bool) -> Outcome:
            return await ops.db(lambda: hall.cases.decide(case.id, choice, reason, signed, actor=actor).value)

        self.dialog = DecisionDialog(case, self.items, preview, decide, self)
        ops.spawn(self._decide(self.dialog), on_error=self.message.show_error, key=(self, "decide"))

    async def _decide(self, dialog: DecisionDialog) -> None:
        dialog.reload()
        try:
            if not await ask(dialog):
                return
            outcome = dialog.outcome
        finally:
            self.dialog = None
        assert outcome is not None and self.case_id is not None
        self.outcome = outcome
        self.message.show_message(self.tr("已作出决定：{decision}").format(
            decision=QCoreApplication.translate("core", DECISION_LABELS[outcome.decision])))
        if outcome.status != CaseStatus.CORRECTION_START:  # 补正: the service goes on when they come back
            self.case_decided.emit(self.case_id)
        self.documents.show_papers(await papers_for(self.ctx, self.case_id, outcome))
        self.tabs.setCurrentWidget(self.documents)
        await self.documents.print_all()
        self.checklist.table.setFocus()  # back at the case once the dialogs are gone

    def supplement(self) -> None:
        """F10: the applicant is back with the corrections — check again, then decide again."""
        case = self.case
        if case is None or case.status != CaseStatus.CORRECTION_START:
            return
        hall, actor = self.ctx.hall, self.ctx.user.username

        async def run() -> None:
            await ops.db(lambda: hall.cases.supplement(case.id, actor=actor))
            self.documents.show_papers(NO_PAPERS)
            self.tabs.setCurrentWidget(self.scans)
            self.message.show_message(self.tr("已登记补正材料到齐，请重新核验材料后按 F9 作出决定"))
            self.checklist.table.setFocus()

        ops.spawn(run(), on_error=self.message.show_error, key=(self, "supplement"))
