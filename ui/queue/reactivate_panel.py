"""过号激活 at the guide desk: a skipped applicant comes back, the guide finds the number and re-queues it.

The rule (once, behind the next few waiting — DOMAIN.md §3) is checked here from the local replica for
an instant answer and again by the centre, which decides the new place. Today's skipped tickets are
listed, so the guide can also pick one with the arrow keys instead of typing (Ctrl+J jumps here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from hallclient import clock
from hallclient.changes import Changes
from hallclient.domain import queue_rules as rules
from hallclient.domain.tickets import TicketStatus
from hallclient.errors import NotFoundError
from sync.queue_api import QueueApi
from ui import ops
from ui.context import AppContext
from ui.queue.busy import OneAtATime
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel
from ui.queue.slip import SlipPrinter
from ui.queue.texts import queue_label, wait_text

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class ReactivatePanel(LivePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReactivatePanel", "过号激活"), parent)
        self.ctx = ctx
        self.api = QueueApi(ctx.hall, ctx.client)
        self.number = QLineEdit(placeholderText=self.tr("过号的号码，如 B023 (Ctrl+J)"), maxLength=8)
        self.number.setObjectName("issueField")
        self.button = QPushButton(self.tr("重新排队"))
        self.skipped = QListWidget()
        self.skipped.setObjectName("skippedList")
        self.message = MessageLine()
        self.printer = SlipPrinter(ctx, self.message)
        self.actions = OneAtATime(self.message.show_error, lambda busy: self.button.setEnabled(not busy))
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.button)
        self.body.addLayout(row)
        self.body.addWidget(self.skipped, 1)
        self.body.addWidget(self.message)
        self.number.returnPressed.connect(self.reactivate)
        self.button.clicked.connect(self.reactivate)
        self.skipped.itemActivated.connect(self._picked)
        QShortcut(QKeySequence("Ctrl+J"), self, activated=self.number.setFocus)

    def concerns(self, changes: Changes) -> bool:
        return changes.tickets

    async def refresh(self) -> None:
        tickets = await ops.db(lambda: self.ctx.hall.queue.tickets([TicketStatus.NO_SHOW]))
        self.skipped.clear()
        for ticket in sorted(tickets, key=lambda t: t.finished_at or t.issued_at, reverse=True):
            skipped_at = clock.to_hall(ticket.finished_at).strftime("%H:%M") if ticket.finished_at else ""
            text = self.tr("{number}　{queue}　{time} 过号").format(
                number=ticket.number, queue=queue_label(ticket.kind, ticket.zone_name), time=skipped_at)
            if ticket.reactivated:
                text += self.tr("（已激活过，需重新取号）")
            item = QListWidgetItem(text)
            item.setData(NUMBER_ROLE, ticket.number)
            self.skipped.addItem(item)

    def _picked(self, item: QListWidgetItem) -> None:
        self.number.setText(item.data(NUMBER_ROLE))
        self.reactivate()

    def reactivate(self) -> None:
        number = self.number.text().strip().upper()
        self.actions.start(lambda: self._reactivate(number))

    async def _reactivate(self, number: str) -> None:
        if not number:
            self.message.show_message(self.tr("请输入过号的号码"), "error")
            return
        ticket = await ops.db(lambda: self.ctx.hall.queue.find(number))
        if ticket is None:
            raise NotFoundError("今天没有 {number} 号，请核对号码", number=number)
        rules.check_reactivation(ticket.status, ticket.reactivated)
        placed = await ops.net(lambda: self.api.reactivate(ticket.id))
        self.number.clear()
        self.message.show_message(
            self.tr("{number} 号已重新排队，前面 {n} 人，预计等候 {wait}").format(
                number=placed.ticket.number, n=placed.people_ahead, wait=wait_text(placed.wait_minutes)),
            action=self.tr("打印小票"), on_action=lambda: self.printer.reprint(placed.ticket.id))
