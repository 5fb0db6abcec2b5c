"""Tickets issued and called while the centre was unreachable, arriving later as outbox ops (issue 4 §7).

A guide desk issues offline from numbers the centre leased to it (``queue_numbers``), so an offline
number never collides with another. A window may call a number it has never heard of (the applicant
shows the slip). Both name an offline ticket by the same id, derived from its day and number
(``queue_rules.offline_ticket_id``), so whichever op arrives first creates the ticket and the other
completes it: the issue fills in what the slip says, the call what happened at the window.

The ops wrapper (``central.ops``) records the returned ticket in the change feed; the events are
kept here, with the times the counter noted, and reach the other counters through the ticket.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from central.auth import Principal
from central.models import NumberLease, Ticket, Zone
from central.ops import Op, register_op
from central.queue import (
    AT_WINDOW,
    BY_NUMBER,
    NEW_TICKET,
    ZONE,
    TicketRow,
    add_event,
    change,
    lock_window,
)
from central.serialize import ticket_data
from hallclient.domain import queue_rules as rules
from hallclient.domain.ids import validate_id_card, validate_phone
from hallclient.domain.queue_rules import TicketEventType as Ev
from hallclient.domain.tickets import CONSULT_PREFIX, STATUS_LABELS, TicketKind, TicketStatus, display_number
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError
from hallclient.ids import new_id

T = Ticket.__table__
L = NumberLease.__table__
Z = Zone.__table__

ISSUE, CALL, FINISH = "ticket.issue_offline", "ticket.call_offline", "ticket.finish_offline"
#: ``issued_by`` of a ticket a window called before the guide desk's issue arrived.
PLACEHOLDER = ""

_LEASE = select(L).where(L.c.id == bindparam("b_id"))
_BY_PREFIX = select(Z.c.code).where(Z.c.ticket_prefix == bindparam("b_prefix"))
_TICKET = select(T).where(T.c.id == bindparam("b_id")).with_for_update()


def _may(principal: Principal, role: str) -> None:
    if role not in principal.roles and "admin" not in principal.roles:
        raise HallError("账号 {user} 无权执行此离线操作", user=principal.username)


def _answer(row: TicketRow) -> dict[str, Any]:
    return {"record": {"entity": "ticket", "key": row.id, "data": ticket_data(row._mapping)}}


def _slip(conn: Connection, payload: dict[str, Any], day: dt.date, principal: Principal) -> dict[str, Any]:
    """What the offline slip says, checked as the online issue would check it."""
    kind = TicketKind(payload["kind"])
    zone = payload.get("zone_code")
    if zone is not None and conn.execute(ZONE, {"b_code": zone}).first() is None:
        raise NotFoundError("受理区 {code} 不存在", code=zone)
    issued_at = dt.datetime.fromisoformat(payload["issued_at"])
    appointment = rules.appointment_today(
        dt.datetime.fromisoformat(payload["appointment_at"]) if payload.get("appointment_at") else None, day)
    reason = payload.get("priority_reason") or None
    return {"kind": kind, "zone_code": zone if kind == TicketKind.ACCEPT else None,
            "item_code": payload.get("item_code"), "priority": reason is not None, "priority_reason": reason,
            "appointment_at": appointment, "checked_in_at": issued_at if appointment else None,
            "phone": validate_phone(payload["phone"]) if payload.get("phone") else None,
            "id_number": validate_id_card(payload["id_number"], today=day) if payload.get("id_number") else None,
            "issued_at": issued_at, "queue_at": issued_at, "offline": True, "lease_id": payload["lease_id"],
            "lookup_id": payload["lookup_id"], "issued_by": principal.username}


def issue_offline(session: Session, payload: dict[str, Any], principal: Principal, _op: Op) -> dict[str, Any]:
    """A ticket the guide desk issued from its lease; completes a window's earlier offline call of it."""
    _may(principal, "guide")
    conn = session.connection()
    day = dt.date.fromisoformat(payload["service_date"])
    prefix, seq = rules.parse_number(payload["number"])
    number = display_number(prefix, seq)
    lease = conn.execute(_LEASE, {"b_id": payload["lease_id"]}).first()
    if lease is None or (lease.service_date, lease.prefix) != (day, prefix) or not lease.first <= seq <= lease.last:
        raise ConflictError("号码 {number} 不在本导服台领取的离线号段内", number=number)
    slip = _slip(conn, payload, day, principal)
    known = conn.execute(BY_NUMBER, {"b_day": day, "b_number": number}).first()
    if known is None:
        row = conn.execute(NEW_TICKET, {**slip, "id": payload["id"], "service_date": day, "number": number,
                                        "status": TicketStatus.WAITING, "recall_count": 0, "reactivated": False,
                                        "version": 1}).one()
    elif known.issued_by == PLACEHOLDER:
        row = change(conn, known.id, **slip)
    else:
        raise ConflictError("号码 {number} 已被使用，离线号段冲突", number=number)
    add_event(conn, row, Ev.ISSUE, slip["issued_at"], None, principal.username,
              {"offline": True, "kind": row.kind, "zone": row.zone_code})
    return _answer(row)


def _placeholder(conn: Connection, payload: dict[str, Any], day: dt.date, number: str, prefix: str,
                 at: dt.datetime) -> TicketRow:
    """A ticket known only by its number so far: its queue follows from the prefix."""
    zone = conn.execute(_BY_PREFIX, {"b_prefix": prefix}).scalar()
    kind = TicketKind.ACCEPT if zone else TicketKind.CONSULT if prefix == CONSULT_PREFIX else TicketKind.PICKUP
    return conn.execute(NEW_TICKET, {
        "id": payload["id"], "service_date": day, "number": number, "kind": kind, "zone_code": zone,
        "status": TicketStatus.WAITING, "priority": False, "issued_at": at, "queue_at": at, "recall_count": 0,
        "reactivated": False, "offline": True, "lookup_id": new_id(), "issued_by": PLACEHOLDER,
        "version": 1}).one()


def call_offline(session: Session, payload: dict[str, Any], principal: Principal, _op: Op) -> dict[str, Any]:
    """A window called a number by hand while offline."""
    _may(principal, "clerk")
    conn = session.connection()
    day = dt.date.fromisoformat(payload["service_date"])
    prefix, seq = rules.parse_number(payload["number"])
    number = display_number(prefix, seq)
    at = dt.datetime.fromisoformat(payload["at"])
    window = lock_window(conn, payload["window_id"])
    row = conn.execute(BY_NUMBER, {"b_day": day, "b_number": number}).first()
    if row is None:
        row = _placeholder(conn, payload, day, number, prefix, at)
    if row.status != TicketStatus.WAITING:
        raise ConflictError("{number} 号{status}，{window} 号窗口的离线呼叫未能同步", number=number,
                            status=STATUS_LABELS[TicketStatus(row.status)], window=window.number)
    called = change(conn, row.id, status=TicketStatus.CALLED, called_at=at, last_called_at=at, window_id=window.id,
                    clerk=principal.username, recall_count=0)
    add_event(conn, called, Ev.CALL, at, window.id, principal.username, {"offline": True})
    return _answer(called)


def finish_offline(session: Session, payload: dict[str, Any], principal: Principal, _op: Op) -> dict[str, Any]:
    """A window finished, while offline, the ticket it had called."""
    _may(principal, "clerk")
    conn = session.connection()
    at = dt.datetime.fromisoformat(payload["at"])
    window = lock_window(conn, payload["window_id"])
    row = conn.execute(_TICKET, {"b_id": payload["id"]}).first()
    if row is None:
        raise NotFoundError("号码不存在（编号 {id}）", id=payload["id"])
    if row.status not in AT_WINDOW or row.window_id != window.id:
        raise ValidationError("{number} 号不在 {window} 号窗口办理，离线办结未能同步", number=row.number,
                              window=window.number)
    done = change(conn, row.id, status=TicketStatus.DONE, finished_at=at)
    add_event(conn, done, Ev.FINISH, at, window.id, principal.username, {"offline": True})
    return _answer(done)


register_op(ISSUE, issue_offline)
register_op(CALL, call_offline)
register_op(FINISH, finish_offline)
