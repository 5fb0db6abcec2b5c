"""The window's current ticket, large: number, queue, marks, masked phone and its ticking times.

Durations are computed from the ticket's timestamps against ``clock.now()`` once a second — the
card never asks the database to tick — so the clerk sees how long the applicant waited before the
call, how long ago the call went out, and how long the service has taken so far.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from hallclient import clock
from hallclient.domain.tickets import TicketStatus
from hallclient.services.queue import TicketView
from ui.queue.panel import restyle
from ui.queue.texts import duration, status_name, ticket_queue


class CurrentTicketCard(QWidget):
    """Shows one :class:`TicketView` (or "no ticket") and ticks its durations every second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currentTicket")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ticket: TicketView | None = None
        self.number = QLabel("—")
        self.number.setObjectName("ticketNumber")
        self.status = QLabel()
        self.status.setObjectName("ticketStatus")
        self.queue = QLabel(self.tr("当前无号票，按 F1 呼叫下一位"))
        self.queue.setObjectName("ticketQueue")
        self.marks = QLabel()
        self.marks.setObjectName("ticketMarks")
        self.marks.setWordWrap(True)
        self.times = QLabel()
        self.times.setObjectName("ticketTimes")
        grid = QGridLayout(self)
        grid.addWidget(self.number, 0, 0, 2, 1)
        grid.addWidget(self.status, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.queue, 2, 0, 1, 2)
        grid.addWidget(self.marks, 3, 0, 1, 2)
        grid.addWidget(self.times, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.timer = QTimer(self, interval=1000, timeout=self.tick)

    def show_ticket(self, ticket: TicketView | None) -> None:
        self.ticket = ticket
        if ticket is None:
            self.number.setText("—")
            self.status.setText("")
            self.queue.setText(self.tr("当前无号票，按 F1 呼叫下一位"))
            self.marks.setText("")
            self.times.setText("")
            self.timer.stop()
            return
        self.number.setText(ticket.number)
        self.status.setText(status_name(ticket.status))
        restyle(self.status, "status", ticket.status)
        self.queue.setText(ticket_queue(ticket))
        self.marks.setText("　".join(self._marks(ticket)))
        self.tick()
        self.timer.start()

    def _marks(self, ticket: TicketView) -> list[str]:
        marks = []
        if ticket.priority:
            marks.append(self.tr("爱心通道：{reason}").format(reason=ticket.priority_reason or ""))
        if ticket.appointment_at is not None:
            marks.append(self.tr("预约 {time}").format(time=clock.to_hall(ticket.appointment_at).strftime("%H:%M")))
        if ticket.transfer_reason:
            marks.append(self.tr("转入：{reason}").format(reason=ticket.transfer_reason))
        if ticket.reactivated:
            marks.append(self.tr("过号激活"))
        if ticket.offline:
            marks.append(self.tr("离线取号"))
        if ticket.phone:
            marks.append(self.tr("手机 {phone}").format(phone=ticket.phone))
        if ticket.recall_count:
            marks.append(self.tr("已重呼 {n}/3").format(n=ticket.recall_count))
        return marks

    def tick(self) -> None:
        """Recompute the durations from the timestamps (every second while a ticket is shown)."""
        ticket = self.ticket
        if ticket is None:
            return
        now = clock.now()
        called = ticket.called_at
        parts = [self.tr("等候 {t}").format(t=duration((called or now) - ticket.issued_at))]
        if ticket.status == TicketStatus.CALLED and called is not None:
            parts.append(self.tr("呼叫后 {t}").format(t=duration(now - (ticket.last_called_at or called))))
        if ticket.serving_at is not None:
            parts.append(self.tr("办理 {t}").format(t=duration(now - ticket.serving_at)))
        self.times.setText("　　".join(parts))
