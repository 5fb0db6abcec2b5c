"""取号 at the guide desk: pick a queue (F1…) or a service item, add optional details, Enter issues and prints.

The panel asks the centre to issue (``QueueApi.issue``, which falls back to this desk's leased
numbers while the centre is unreachable; the panel tops the leases up when it first shows), shows
the new ticket large with the people ahead and the estimated wait, warns past the zone's warning
level — already when the zone is picked — and shows the centre's refusal past the daily cap.
Printing follows the issue and can fail without losing the ticket (:mod:`ui.queue.slip`). One issue
at a time: Enter pressed again while a request is under way is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from hallclient import clock
from hallclient.changes import Changes
from hallclient.domain import queue_rules as rules
from hallclient.domain.tickets import CONSULT_PREFIX, PICKUP_PREFIX, TicketKind
from hallclient.services.hallconfig import ZoneInfo
from hallclient.services.queue import Placement, QueueCount
from sync.queue_api import Issued, QueueApi
from ui import ops
from ui.context import AppContext
from ui.queue.busy import OneAtATime
from ui.queue.issue_form import FieldError, IssueForm
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel
from ui.queue.queue_buttons import QueueButtons, QueueChoice
from ui.queue.slip import SlipPrinter
from ui.queue.texts import ticket_queue, wait_text

PRIORITY_REASONS = "queue.priority_reasons"


class IssuePanel(LivePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("IssuePanel", "取号"), parent)
        self.ctx = ctx
        self.api = QueueApi(ctx.hall, ctx.client)
        self.choice: QueueChoice | None = None
        self.item: tuple[str, str, str] | None = None  # (code, name, zone_code) of a picked service item
        self.last: Issued | None = None
        self._counts: dict[tuple[str, str | None], QueueCount] = {}
        self._zones: dict[str, ZoneInfo] = {}
        self._leasing = False

        self.queues = QueueButtons()
        self.target = QLabel(self.tr("请选择号码种类或受理区（F1–F7），或在左侧查询事项"))
        self.target.setObjectName("issueTarget")
        self.form = IssueForm()
        self.issue_button = QPushButton(self.tr("取号并打印 (Enter)"))
        self.issue_button.setObjectName("bigButton")
        self.message = MessageLine()
        self.printer = SlipPrinter(ctx, self.message)
        self.actions = OneAtATime(self.message.show_error, lambda busy: self.issue_button.setEnabled(not busy))
        self.number = QLabel()
        self.number.setObjectName("issuedNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.hide()
        self.detail = QLabel(self.tr("本机尚未发放号码。选择号码种类（F1–F7）后按 Enter 取号，小票随即打印。"))
        self.detail.setObjectName("issuedDetail")
        self.detail.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("issueWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.reprint_button = QPushButton(self.tr("重新打印 (Ctrl+R)"))
        self.reprint_button.hide()

        last = QWidget()
        last.setObjectName("issuedCard")
        card = QGridLayout(last)
        card.addWidget(self.number, 0, 0, 3, 1)
        card.addWidget(self.detail, 0, 1)
        card.addWidget(self.warning, 1, 1)
        card.addWidget(self.reprint_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        card.setColumnStretch(1, 1)
        for widget in (self.queues, self.target, self.form, self.issue_button, self.message, last):
            self.body.addWidget(widget)
        self.body.addStretch(1)

        self.queues.chosen.connect(self.choose_queue)
        self.issue_button.clicked.connect(self.issue)
        self.reprint_button.clicked.connect(self.reprint)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, activated=self.issue,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.reprint)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._leasing:  # numbers to issue from if the centre becomes unreachable later today
            self._leasing = True
            ops.spawn(ops.net(self.api.keep_leases), on_error=self.message.show_error)

    # --- live data -------------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        return changes.tickets or changes.hall

    async def refresh(self) -> None:
        hall = self.ctx.hall
        counts, zones, reasons = await ops.db(lambda: (hall.queue.waiting(), hall.config.zones(),
                                                       hall.config.setting(PRIORITY_REASONS, [])))
        self._zones = {zone.code: zone for zone in zones}
        self._counts = {(c.kind, c.zone_code): c for c in counts}
        prefixes: dict[tuple[str, str | None], str] = {(TicketKind.ACCEPT, z.code): z.ticket_prefix for z in zones}
        prefixes |= {(TicketKind.CONSULT, None): CONSULT_PREFIX, (TicketKind.PICKUP, None): PICKUP_PREFIX}
        self.queues.show_queues(counts, prefixes)
        self.queues.select(self.choice)
        self.form.set_reasons(list(reasons))

    # --- choosing what to issue ------------------------------------------------------------------

    def choose_queue(self, choice: QueueChoice) -> None:
        self.choice, self.item = choice, None
        self.queues.select(choice)
        self.target.setText(self.tr("取号：{queue}").format(queue=choice.label))
        self._warn_early(choice.kind, choice.zone_code)
        self.form.phone.setFocus()

    def choose_item(self, code: str, name: str, zone_code: str) -> None:
        """Issue a 受理号 for a service item (picked in the catalog search): its zone's queue."""
        self.item, self.choice = (code, name, zone_code), None
        self.queues.select(None)
        zone = self._zones.get(zone_code)
        self.target.setText(self.tr("按事项取号：{item}（{zone}）")
                            .format(item=name, zone=zone.name if zone else zone_code))
        self._warn_early(TicketKind.ACCEPT, zone_code)
        self.form.phone.setFocus()

    def _warn_early(self, kind: str, zone_code: str | None) -> None:
        """Tell the guide before issuing that the zone is past its warning level (DOMAIN.md §3)."""
        zone, count = self._zones.get(zone_code or ""), self._counts.get((kind, zone_code))
        check = (rules.check_issue(zone.name, 0, count.waiting, zone.warn_level, None)
                 if zone is not None and count is not None else None)
        if check is not None and check.verdict == rules.IssueVerdict.WARN and check.template:
            self.message.show_message(QCoreApplication.translate("core", check.template).format(**check.params),
                                      "warning")
        else:
            self.message.clear()

    # --- issuing ---------------------------------------------------------------------------------

    def issue(self) -> None:
        """Enter / the button: issue once (a second press while the request is under way is ignored)."""
        self.actions.start(self._issue)

    def _request(self) -> tuple[str, str | None, str | None] | None:
        """(kind, zone code, item code) of what was picked, or None."""
        if self.item is not None:
            return TicketKind.ACCEPT.value, None, self.item[0]
        if self.choice is not None:
            return self.choice.kind, self.choice.zone_code, None
        return None

    async def _issue(self) -> None:
        request = self._request()
        if request is None:
            self.message.show_message(self.tr("请先选择号码种类或受理区（F1–F7），或选择事项"), "error")
            return
        try:
            details = self.form.details()
        except FieldError as exc:
            self.message.show_error(exc.error)
            exc.widget.setFocus()
            return
        kind, zone_code, item_code = request
        issued = await ops.net(lambda: self.api.issue(
            kind, zone_code=zone_code, item_code=item_code, phone=details.phone, id_number=details.id_number,
            priority_reason=details.priority_reason, appointment_at=details.appointment_at))
        self.form.reset()
        self.form.phone.setFocus()
        self._show(issued)
        await self.printer.print(Placement(issued.ticket, issued.people_ahead, issued.wait_minutes))

    def _show(self, issued: Issued) -> None:
        self.last = issued
        ticket = issued.ticket
        self.number.setText(ticket.number)
        self.number.show()
        lines = [ticket_queue(ticket),
                 self.tr("前面 {n} 人 · 预计等候 {wait}").format(n=issued.people_ahead,
                                                          wait=wait_text(issued.wait_minutes))]
        marks = []
        if ticket.priority:
            marks.append(self.tr("爱心通道：{reason}").format(reason=ticket.priority_reason or ""))
        if ticket.appointment_at is not None:
            marks.append(self.tr("预约 {time}").format(time=clock.to_hall(ticket.appointment_at).strftime("%H:%M")))
        if ticket.offline:
            marks.append(self.tr("离线取号"))
        if ticket.phone:
            marks.append(self.tr("手机 {phone}").format(phone=ticket.phone))
        if marks:
            lines.append("　".join(marks))
        self.detail.setText("\n".join(lines))
        notes = [ops.message_of(issued.warning)] if issued.warning is not None else []
        if ticket.offline:
            notes.append(self.tr("中心系统暂时无法连接，已从本机离线号段发号；恢复连接后自动同步"))
        self.warning.setVisible(bool(notes))
        self.warning.setText("\n".join(notes))
        self.reprint_button.show()

    def reprint(self) -> None:
        if self.last is not None:
            self.printer.reprint(self.last.ticket.id)
