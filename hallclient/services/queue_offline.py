"""Issuing and calling tickets while the centre is unreachable (issue 4 §7), each with its outbox op.

The guide desk issues from blocks of numbers the centre leased to it while online, so its offline
numbers never collide with anyone's; a window calls tickets by the number on the applicant's slip,
known here or not. Every action changes the local replica and queues an op in the same transaction;
the centre applies the ops when the counter is back (``central.queue_offline``). An offline ticket
is named by its day and number (``offline_ticket_id``), so a window's call and the guide desk's issue
of it meet at the centre whichever comes first. Full phone and ID numbers travel only in the op:
the local ticket keeps them masked, like every ticket the centre sends.

Pausing needs the centre, so a window that is offline is not held back by a pause it cannot lift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import NumberLease, ServiceItem, Ticket, Zone
from hallclient.domain.ids import validate_id_card, validate_phone
from hallclient.domain.masking import mask_id_number, mask_phone
from hallclient.domain.queue_rules import appointment_today, offline_ticket_id, parse_number
from hallclient.domain.tickets import CONSULT_PREFIX, PICKUP_PREFIX, STATUS_LABELS, TicketKind, TicketStatus
from hallclient.domain.tickets import display_number as numbered
from hallclient.errors import ConflictError, NotFoundError, ValidationError
from hallclient.hall import Hall
from hallclient.ids import new_id

ISSUE, CALL, FINISH = "ticket.issue_offline", "ticket.call_offline", "ticket.finish_offline"
AT_WINDOW = (TicketStatus.CALLED, TicketStatus.SERVING)


def _hall_day(now: dt.datetime) -> dt.date:
    return clock.to_hall(now).date()


def record_key(ticket_id: str) -> str:
    return f"ticket:{ticket_id}"


# --- leases ----------------------------------------------------------------------------------------


def store_leases(session: Session, leases: Sequence[dict[str, Any]]) -> None:
    """Keep the blocks the centre leased (storing one again never resets how far it was used)."""
    for lease in leases:
        if session.get(NumberLease, lease["id"]) is None:
            session.add(NumberLease(id=lease["id"], service_date=dt.date.fromisoformat(lease["service_date"]),
                                    prefix=lease["prefix"], first=lease["first"], last=lease["last"],
                                    next=lease["first"]))


def hall_prefixes(session: Session) -> list[str]:
    return [*session.scalars(select(Zone.ticket_prefix).order_by(Zone.sort_order)), CONSULT_PREFIX, PICKUP_PREFIX]


def leases_left(session: Session) -> dict[str, int]:
    """Numbers still unused in today's leases, for every prefix of the hall (0: none left)."""
    left = dict(session.execute(
        select(NumberLease.prefix, func.sum(NumberLease.last - NumberLease.next + 1))
        .where(NumberLease.service_date == clock.hall_today(), NumberLease.next <= NumberLease.last)
        .group_by(NumberLease.prefix)).all())
    return {prefix: int(left.get(prefix, 0)) for prefix in hall_prefixes(session)}


def _take_number(session: Session, day: dt.date, prefix: str) -> tuple[str, str]:
    lease = session.scalars(select(NumberLease).where(
        NumberLease.service_date == day, NumberLease.prefix == prefix, NumberLease.next <= NumberLease.last,
    ).order_by(NumberLease.first)).first()
    if lease is None:
        raise ConflictError("字头 {prefix} 的离线号段已用完，恢复与中心系统的连接后才能取号", prefix=prefix)
    seq = lease.next
    lease.next += 1
    return numbered(prefix, seq), lease.id


# --- issuing ---------------------------------------------------------------------------------------


def _queue_for(session: Session, kind: TicketKind, zone_code: str | None,
               item_code: str | None) -> tuple[str | None, str]:
    """(zone, prefix) of the queue a ticket joins, from this counter's copy of the hall and catalog."""
    if item_code:
        item = session.get(ServiceItem, item_code)
        if item is None:
            raise NotFoundError("事项 {code} 不存在", code=item_code)
        if zone_code and zone_code != item.zone_code:
            raise ValidationError("事项 {item} 不属于所选受理区 {zone}", item=item_code, zone=zone_code)
        zone_code = item.zone_code
    zone = session.get(Zone, zone_code) if zone_code else None
    if zone_code and zone is None:
        raise NotFoundError("受理区 {code} 不存在", code=zone_code)
    if kind != TicketKind.ACCEPT:
        return None, CONSULT_PREFIX if kind == TicketKind.CONSULT else PICKUP_PREFIX
    if zone is None:
        raise ValidationError("受理号须选择受理区或事项")
    return zone.code, zone.ticket_prefix


def issue(session: Session, hall: Hall, actor: str, kind: TicketKind, *, zone_code: str | None = None,
          item_code: str | None = None, phone: str | None = None, id_number: str | None = None,
          priority_reason: str | None = None, appointment_at: dt.datetime | None = None) -> Ticket:
    """Issue from this desk's lease; the slip is printed with the offline mark (``ticket.offline``)."""
    now = clock.now()
    day = _hall_day(now)
    zone, prefix = _queue_for(session, kind, zone_code, item_code)
    phone = validate_phone(phone) if phone else None
    id_number = validate_id_card(id_number, today=day) if id_number else None
    appointment = appointment_today(appointment_at, day)
    reason = (priority_reason or "").strip() or None
    number, lease_id = _take_number(session, day, prefix)
    ticket = Ticket(id=offline_ticket_id(day, number), service_date=day, number=number, kind=kind, zone_code=zone,
                    item_code=item_code, status=TicketStatus.WAITING, priority=reason is not None,
                    priority_reason=reason, appointment_at=appointment, checked_in_at=now if appointment else None,
                    phone=mask_phone(phone) or None, id_number=mask_id_number(id_number) or None, issued_at=now,
                    queue_at=now, offline=True, lookup_id=new_id(), recall_count=0, reactivated=False,
                    version=0, server_seq=0)
    session.add(ticket)
    hall.outbox.add(session, ISSUE, record_key(ticket.id), {
        "id": ticket.id, "lease_id": lease_id, "service_date": day.isoformat(), "number": number, "kind": kind.value,
        "zone_code": zone, "item_code": item_code, "phone": phone, "id_number": id_number,
        "priority_reason": reason, "appointment_at": appointment.isoformat() if appointment else None,
        "issued_at": now.isoformat(), "lookup_id": ticket.lookup_id})
    hall.record_audit(session, actor, "queue.issue_offline", record_key(ticket.id), number=number)
    return ticket


# --- at a window -----------------------------------------------------------------------------------


def _placeholder(session: Session, day: dt.date, number: str, prefix: str, now: dt.datetime) -> Ticket:
    """A ticket known only by the number on the applicant's slip; its queue follows from the prefix."""
    zone = session.scalars(select(Zone).where(Zone.ticket_prefix == prefix)).first()
    if zone is None and prefix not in (CONSULT_PREFIX, PICKUP_PREFIX):
        raise ValidationError("{number} 不是本大厅的号码（没有字头 {prefix}）", number=number, prefix=prefix)
    kind = TicketKind.ACCEPT if zone else TicketKind.CONSULT if prefix == CONSULT_PREFIX else TicketKind.PICKUP
    ticket = Ticket(id=offline_ticket_id(day, number), service_date=day, number=number, kind=kind,
                    zone_code=zone.code if zone else None, status=TicketStatus.WAITING, priority=False,
                    issued_at=now, queue_at=now, offline=True, lookup_id=new_id(), recall_count=0,
                    reactivated=False, version=0, server_seq=0)
    session.add(ticket)
    return ticket


def current(session: Session, window_id: str, day: dt.date) -> Ticket | None:
    return session.scalars(select(Ticket).where(Ticket.service_date == day, Ticket.window_id == window_id,
                                                Ticket.status.in_(AT_WINDOW)).order_by(Ticket.called_at.desc())).first()


def finish(session: Session, hall: Hall, actor: str, window_id: str, ticket_id: str) -> Ticket:
    """办结 the window's current ticket while offline."""
    now = clock.now()
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.window_id != window_id or ticket.status not in AT_WINDOW:
        raise ConflictError("该号码不是本窗口当前办理的号码，请刷新后再操作")
    ticket.status, ticket.finished_at = TicketStatus.DONE, now
    hall.outbox.add(session, FINISH, record_key(ticket.id), {"id": ticket.id, "window_id": window_id,
                                                             "at": now.isoformat()})
    hall.record_audit(session, actor, "queue.finish_offline", record_key(ticket.id), window_id, number=ticket.number)
    return ticket


def call(session: Session, hall: Hall, actor: str, window_id: str, number: str,
         finish_current: bool = False) -> tuple[Ticket, Ticket | None]:
    """Call a number by hand while offline; returns (called, the window's ticket finished first)."""
    now = clock.now()
    day = _hall_day(now)
    prefix, seq = parse_number(number)
    number = numbered(prefix, seq)
    at_window = current(session, window_id, day)
    if at_window is not None and not finish_current:
        raise ConflictError("{number} 号尚未办结，请先办结或过号，再呼叫下一位", number=at_window.number)
    finished = finish(session, hall, actor, window_id, at_window.id) if at_window is not None else None
    ticket = session.scalars(select(Ticket).where(Ticket.service_date == day, Ticket.number == number)).first()
    if ticket is None:
        ticket = _placeholder(session, day, number, prefix, now)
    elif ticket.status != TicketStatus.WAITING:
        raise ConflictError("{number} 号{status}，不能呼叫", number=number,
                            status=STATUS_LABELS[TicketStatus(ticket.status)])
    ticket.status, ticket.window_id, ticket.clerk, ticket.recall_count = TicketStatus.CALLED, window_id, actor, 0
    ticket.called_at = ticket.last_called_at = now
    hall.outbox.add(session, CALL, record_key(ticket.id), {"id": ticket.id, "service_date": day.isoformat(),
                                                           "number": number, "window_id": window_id,
                                                           "at": now.isoformat()})
    hall.record_audit(session, actor, "queue.call_offline", record_key(ticket.id), window_id, number=number)
    return ticket, finished
