"""How the queue screens word tickets: kinds, queues, durations and estimated waits, translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from hallclient.domain.tickets import KIND_LABELS, STATUS_LABELS, TicketKind, TicketStatus
from hallclient.services.queue import QueueCount, TicketView


def kind_name(kind: str) -> str:
    """咨询号 / 受理号 / 取件号."""
    names = {TicketKind.CONSULT: QCoreApplication.translate("queue", "咨询号"),
             TicketKind.ACCEPT: QCoreApplication.translate("queue", "受理号"),
             TicketKind.PICKUP: QCoreApplication.translate("queue", "取件号")}
    return names[TicketKind(kind)]


def queue_label(kind: str, zone_name: str | None) -> str:
    """A queue's name: the zone for 受理号 (a hall's own name, untranslated), else the kind's label."""
    return zone_name or QCoreApplication.translate("core", KIND_LABELS[TicketKind(kind)])


def count_label(count: QueueCount) -> str:
    """The name of a counted queue (its label is the zone's name or the core's kind label)."""
    return queue_label(count.kind, count.label if count.zone_code else None)


def ticket_queue(ticket: TicketView) -> str:
    """"受理号 · 商事登记" / "咨询号"."""
    return f"{kind_name(ticket.kind)} · {ticket.zone_name}" if ticket.zone_name else kind_name(ticket.kind)


def status_name(status: str) -> str:
    return QCoreApplication.translate("core", STATUS_LABELS[TicketStatus(status)])


def wait_text(minutes: int | None) -> str:
    """"约 12 分钟", or "—" when no window serves the queue (no estimate)."""
    return "—" if minutes is None else QCoreApplication.translate("queue", "约 {n} 分钟").format(n=minutes)


def duration(span: dt.timedelta | None) -> str:
    """``12:05`` (minutes:seconds), ``1:02:03`` past an hour; "—" when it has not begun."""
    if span is None:
        return "—"
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
