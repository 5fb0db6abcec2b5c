"""取件号 at the guide desk: by case number, ID number or phone, for every waiting result it finds.

The 取件号 is an ordinary ticket of the queue (kind ``pickup``, prefix Q) issued through the queue's
own API, then linked to the results in the outbox (``result.link``), so the window that calls it
finds them. The slip prints like every ticket. The 待出件 list below shows what is waiting and for
how long; a double click on a row fills in its case number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from hallclient.changes import Changes
from hallclient.services.queue import Placement
from sync.results import HandoutApi, PickupIssued
from ui import ops
from ui.context import AppContext
from ui.handout.waiting_list import WaitingResults
from ui.queue.busy import OneAtATime
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel
from ui.queue.slip import SlipPrinter


class PickupPanel(LivePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PickupPanel", "取件号"), parent)
        self.ctx = ctx
        self.api = HandoutApi(ctx.hall, ctx.client)
        self.last: PickupIssued | None = None
        self.query = QLineEdit(placeholderText=self.tr("办件编号、身份证号码或手机号码"), maxLength=40)
        self.query.setObjectName("issueField")
        self.issue_button = QPushButton(self.tr("发取件号"))
        self.issued = QLabel()
        self.issued.setObjectName("issuedDetail")
        self.issued.setWordWrap(True)
        self.message = MessageLine()
        self.printer = SlipPrinter(ctx, self.message)
        self.actions = OneAtATime(self.message.show_error, lambda busy: self.issue_button.setEnabled(not busy))
        self.waiting = WaitingResults(ctx)
        self.waiting.setObjectName("innerPanel")
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.issue_button)
        self.body.addLayout(row)
        self.body.addWidget(self.issued)
        self.body.addWidget(self.message)
        self.body.addWidget(self.waiting, 1)
        self.query.returnPressed.connect(self.issue)
        self.issue_button.clicked.connect(self.issue)
        self.waiting.chosen.connect(self._fill)

    def concerns(self, changes: Changes) -> bool:
        return self.waiting.concerns(changes)

    async def refresh(self) -> None:
        await self.waiting.refresh()

    def _fill(self, result_id: str) -> None:
        row = self.waiting.row_of(result_id)
        if row >= 0:
            self.query.setText(self.waiting.results[row].case_number)
            self.query.setFocus()

    def issue(self) -> None:
        self.actions.start(self._issue)

    async def _issue(self) -> None:
        text = self.query.text()
        picked = await ops.net(lambda: self.api.issue_pickup(text))
        self.last = picked
        self.query.clear()
        self.issued.setText(self.tr("取件号 {number}：{cases}").format(
            number=picked.issued.ticket.number, cases="、".join(r.case_number for r in picked.results)))
        issued = picked.issued
        await self.printer.print(Placement(issued.ticket, issued.people_ahead, issued.wait_minutes))
