"""Printing ticket slips at the guide desk, with the outcome told in the panel's message line.

The ticket exists before its slip is printed, so a printer problem never loses a ticket: the line
says what is wrong in Chinese (缺纸, 未连接 ...) and offers "重新打印", which prints the ticket's
current place in the queue. Layout and printing run on the network pool (a network printer may take
seconds to time out); nothing here blocks the Qt thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hallclient import clock
from hallclient.domain.tickets import TicketKind
from hallclient.services.queue import Placement
from printers.errors import PrinterError
from printers.job import print_blocks
from printers.slips import TicketSlip, ticket_layout
from ui import ops
from ui.context import AppContext
from ui.queue.message import MessageLine


def ticket_slip(hall_name: str, placement: Placement) -> TicketSlip:
    """The slip of a placed ticket; the phone is the centre's masked copy (the layout masks again)."""
    ticket = placement.ticket
    return TicketSlip(hall_name=hall_name, number=ticket.number, kind=TicketKind(ticket.kind),
                      zone_name=ticket.zone_name or "", people_ahead=placement.people_ahead,
                      wait_minutes=placement.wait_minutes, issued_at=clock.to_hall(ticket.issued_at),
                      lookup_id=ticket.lookup_id, phone=ticket.phone, offline=ticket.offline,
                      priority=ticket.priority)


class SlipPrinter:
    """Prints a panel's slips on the ``ticket_printer`` and reports in its :class:`MessageLine`."""

    def __init__(self, ctx: AppContext, line: MessageLine) -> None:
        self.ctx, self.line = ctx, line

    async def print(self, placement: Placement) -> bool:
        """Print the slip; True when it came out. The message line says what happened either way."""
        settings = self.ctx.hall.settings
        url, paper_mm = settings["ticket_printer"], int(settings["ticket_paper_mm"])
        number = placement.ticket.number
        if not url:
            self.line.show_message(QCoreApplication.translate(
                "queue", "{number} 号已发放。未设置取号打印机，未打印小票（请在“系统 → 设置 → 打印机”中设置）")
                .format(number=number), "warning")
            return False
        hall_name = await ops.db(lambda: self.ctx.hall.config.setting("hall.name", ""))
        slip = ticket_slip(hall_name, placement)
        try:
            warnings = await ops.net(lambda: print_blocks(url, ticket_layout(slip, paper_mm)))
        except PrinterError as exc:
            self.line.show_message(QCoreApplication.translate("queue", "{number} 号已发放，但小票未打印：{reason}")
                                   .format(number=number, reason=ops.message_of(exc)), "error",
                                   action=QCoreApplication.translate("queue", "重新打印"),
                                   on_action=lambda: self.reprint(placement.ticket.id))
            return False
        text = QCoreApplication.translate("queue", "{number} 号小票已打印").format(number=number)
        if warnings:
            text += "；" + "；".join(QCoreApplication.translate("core", w.value) for w in warnings)
        self.line.show_message(text, "warning" if warnings else "info")
        return True

    def reprint(self, ticket_id: str) -> None:
        """Print the ticket again with its place in the queue as it is now."""
        ops.spawn(self._reprint(ticket_id), on_error=self.line.show_error, key=(self, "print"))

    async def _reprint(self, ticket_id: str) -> None:
        placement = await ops.db(lambda: self.ctx.hall.queue.placement(ticket_id))
        if placement is None:
            self.line.show_message(QCoreApplication.translate("queue", "该号码已不在本机记录中，无法重新打印"), "error")
            return
        await self.print(placement)
