"""The queue authority (DOMAIN.md §3): how a transition is recorded, and the guide desk's actions.

Every function runs inside the request's one write transaction and works in Core SQL on the
session's connection (on these hot paths an ORM session would cost more than the queries). Each
change of a ticket appends a TicketEvent with its time, window and clerk, bumps the ticket's
``version`` (so a counter never applies an older state over a newer one) and records the ticket in
the change feed; the function returns the JSON reply that ``queue_idempotency`` keeps for retries.
The windows' actions are in ``queue_window``, the ops of offline counters in ``queue_offline``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Update, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from central import feed
from central import queue_idempotency as idempotency
from central import queue_numbers as numbers
from central.models import HallSetting, ServiceItem, Ticket, TicketEvent, Window, Zone
from central.prepared import run
from central.queue_select import TicketRow, first_waiting
from central.queue_wait import forget_windows, position
from central.serialize import ticket_data, window_data
from hallclient import clock
from hallclient.domain import queue_rules as rules
from hallclient.domain.ids import validate_id_card, validate_phone
from hallclient.domain.queue_rules import TicketEventType as Ev
from hallclient.domain.tickets import (
    CONSULT_PREFIX,
    PICKUP_PREFIX,
    STATUS_LABELS,
    TicketKind,
    TicketStatus,
    display_number,
)
from hallclient.errors import ConflictError, NotFoundError, ValidationError
from hallclient.ids import new_id

T = Ticket.__table__
E = TicketEvent.__table__
W = Window.__table__
Z = Zone.__table__
S = ServiceItem.__table__
H = HallSetting.__table__

Reply = dict[str, Any]

AT_WINDOW = (TicketStatus.CALLED, TicketStatus.SERVING)
BEHIND_SETTING = "queue.skip_reactivate_behind"

# The statements are built once: building one costs more than running it (``queue_select``).
_TICKET = select(T).where(T.c.id == bindparam("b_id")).with_for_update()
BY_NUMBER = select(T).where(T.c.service_date == bindparam("b_day"), T.c.number == bindparam("b_number")) \
    .with_for_update()
_BY_ID = select(T).where(T.c.id == bindparam("b_id"))
_BY_LOOKUP = select(T).where(T.c.lookup_id == bindparam("b_lookup"))
_ZONE_TICKETS = select(func.count()).select_from(T).where(
    T.c.service_date == bindparam("b_day"), T.c.kind == TicketKind.ACCEPT, T.c.zone_code == bindparam("b_zone"))
NEW_TICKET = insert(T).returning(T)
_NEW_EVENT = insert(E).returning(E.c.id)
_WINDOW = select(W).where(W.c.id == bindparam("b_id")).with_for_update()
ZONE = select(Z).where(Z.c.code == bindparam("b_code"))
_ITEM_ZONE = select(S.c.zone_code).where(S.c.code == bindparam("b_code"))
_PREFIXES = select(Z.c.ticket_prefix).order_by(Z.c.sort_order)
_SETTING = select(H.c.value).where(H.c.key == bindparam("b_key"))
@functools.cache
def _update(table: str, columns: frozenset[str]) -> Update:
    """``UPDATE`` of these columns of one ticket (bumping its version) or window, returning the row."""
    target = T if table == T.name else W
    values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in columns}
    if target is T:
        values["version"] = T.c.version + 1
    return update(target).where(target.c.id == bindparam("b_id")).values(values).returning(target)


@dataclass(frozen=True)
class Actor:
    """Who acts (recorded as the clerk) and the device their token belongs to."""

    username: str
    device_id: str | None = None


@dataclass(frozen=True)
class NewTicket:
    """What the guide desk asks for; ``appointment_at`` checks an appointment in (预约签到)."""

    kind: TicketKind
    zone_code: str | None = None
    item_code: str | None = None
    phone: str | None = None
    id_number: str | None = None
    priority_reason: str | None = None
    appointment_at: dt.datetime | None = None


# --- recording -------------------------------------------------------------------------------------


def change(conn: Connection, ticket_id: str, **values: Any) -> TicketRow:
    params = {f"v_{name}": value for name, value in values.items()}
    return run(conn, _update(T.name, frozenset(values)), {"b_id": ticket_id, **params}).one()


def add_event(conn: Connection, row: TicketRow, event: Ev, now: dt.datetime, window_id: str | None, clerk: str,
              detail: dict[str, Any] | None = None) -> Reply:
    """Append a transition to the ticket's history; returns it as the feed carries it (with its id)."""
    event_id = run(conn, _NEW_EVENT, {"ticket_id": row.id, "event": event, "at": now, "window_id": window_id,
                                         "clerk": clerk, "detail": detail or None}).scalar_one()
    return {"id": event_id, "ticket_id": row.id, "event": event.value, "at": now.isoformat(),
            "window_id": window_id, "clerk": clerk, "detail": detail or None}


def record_transition(session: Session, row: TicketRow, event: Ev, now: dt.datetime, window_id: str | None,
                      clerk: str, **detail: Any) -> Reply:
    """Record a transition; the ticket and the event each go in the feed (a counter keeps only the
    newest entry of a record, so an event inside the ticket's entry could be skipped). Returns the
    ticket as replied, with the event that made it."""
    happened = add_event(session.connection(), row, event, now, window_id, clerk, detail)
    data = ticket_data(row._mapping)
    feed.record(session, "ticket", row.id, data)
    feed.record(session, "ticket_event", str(happened["id"]), {k: v for k, v in happened.items() if k != "id"})
    return {"id": row.id, **data, "event": happened}


def set_window(session: Session, window_id: str, **values: Any) -> Reply:
    params = {f"v_{name}": value for name, value in values.items()}
    conn = session.connection()
    row = run(conn, _update(W.name, frozenset(values)), {"b_id": window_id, **params}).one()
    forget_windows(conn)
    data = window_data(row)  # type: ignore[arg-type]
    feed.record(session, "window", row.id, data)
    return {"id": row.id, **data}


def lock_window(conn: Connection, window_id: str) -> Row[Any]:
    row = run(conn, _WINDOW, {"b_id": window_id}).first()
    if row is None:
        raise NotFoundError("窗口 {window} 不存在", window=window_id)
    return row


def hall_day(now: dt.datetime) -> dt.date:
    return clock.to_hall(now).date()


# --- issuing ---------------------------------------------------------------------------------------


def _zone_for(conn: Connection, request: NewTicket) -> Row[Any] | None:
    """The zone whose queue a 受理号 joins: the one picked, or the service item's."""
    code = request.zone_code
    if request.item_code:
        item_zone = run(conn, _ITEM_ZONE, {"b_code": request.item_code}).scalar()
        if item_zone is None:
            raise NotFoundError("事项 {code} 不存在", code=request.item_code)
        if code and code != item_zone:
            raise ValidationError("事项 {item} 不属于所选受理区 {zone}", item=request.item_code, zone=code)
        code = item_zone
    zone = None
    if code:
        zone = run(conn, ZONE, {"b_code": code}).first()
        if zone is None:
            raise NotFoundError("受理区 {code} 不存在", code=code)
    if request.kind != TicketKind.ACCEPT:
        return None  # 咨询号 and 取件号 have one queue each, whatever the applicant came for
    if zone is None:
        raise ValidationError("受理号须选择受理区或事项")
    return zone


def _prefix(kind: TicketKind, zone: Row[Any] | None) -> str:
    if kind == TicketKind.ACCEPT:
        assert zone is not None
        return zone.ticket_prefix
    return CONSULT_PREFIX if kind == TicketKind.CONSULT else PICKUP_PREFIX


def _refuse_past_cap(conn: Connection, zone: Row[Any], day: dt.date) -> None:
    if zone.daily_cap is None:
        return
    issued = run(conn, _ZONE_TICKETS, {"b_day": day, "b_zone": zone.code}).scalar_one()
    check = rules.check_issue(zone.name, issued, 0, None, zone.daily_cap)
    if check.verdict == rules.IssueVerdict.REFUSE:
        raise ConflictError(check.template or "", **check.params)


def _warning(zone: Row[Any] | None, waiting: int) -> Reply | None:
    """The guide desk's warning past the zone's level, as a translatable template with parameters."""
    if zone is None:
        return None
    check = rules.check_issue(zone.name, 0, waiting, zone.warn_level, None)
    if check.verdict != rules.IssueVerdict.WARN:
        return None
    return {"template": check.template, "params": check.params, "message": check.message}


def issue(session: Session, actor: Actor, request: NewTicket) -> Reply:
    """Issue a ticket (its number, its history, its feed entries); :func:`placement` tells its place."""
    conn = session.connection()
    now = clock.now()
    day = hall_day(now)
    zone = _zone_for(conn, request)
    phone = validate_phone(request.phone) if request.phone else None
    id_number = validate_id_card(request.id_number, today=day) if request.id_number else None
    appointment = rules.appointment_today(request.appointment_at, day)
    reason = (request.priority_reason or "").strip() or None
    if zone is not None:
        _refuse_past_cap(conn, zone, day)
    prefix = _prefix(request.kind, zone)
    seq, first_today = numbers.take(conn, day, prefix)
    if first_today:
        idempotency.forget_before(conn, now - idempotency.KEEP)
    row = run(conn, NEW_TICKET, dict(
        id=new_id(), service_date=day, number=display_number(prefix, seq), kind=request.kind,
        zone_code=zone.code if zone is not None else None, item_code=request.item_code,
        status=TicketStatus.WAITING, priority=reason is not None, priority_reason=reason,
        appointment_at=appointment, checked_in_at=now if appointment else None, phone=phone, id_number=id_number,
        issued_at=now, queue_at=now, recall_count=0, reactivated=False, offline=False,
        lookup_id=new_id(), issued_by=actor.username, version=1,
    )).one()
    # the queue it joined, so the dashboard can tell a transferred ticket's first queue (issue 7)
    joined = record_transition(session, row, Ev.ISSUE, now, None, actor.username, kind=row.kind, zone=row.zone_code)
    return {"ticket": joined}


def placement(conn: Connection, placed: Reply, *, warn: bool) -> Reply:
    """An issued or reactivated ticket's reply with its place in the queue as it is now: people ahead,
    estimated wait and (``warn``, for a new ticket) the zone's warning past its level.

    Not part of the stored answer: on SQLite it is read after the COMMIT, outside the write lock
    (counting a long queue costs as much as the rest of issuing a ticket, and nothing in it needs the
    lock). A retried request gets the same ticket, the first answer, and its place now.
    """
    row = run(conn, _BY_ID, {"b_id": placed["ticket"]["id"]}).one()
    ahead, minutes = position(conn, row, clock.now())
    zone = run(conn, ZONE, {"b_code": row.zone_code}).first() if warn and row.zone_code else None
    return {**placed, "people_ahead": ahead, "wait_minutes": minutes, "warning": _warning(zone, ahead)}


def lease(session: Session, actor: Actor, size: int, prefixes: Sequence[str] | None = None) -> Reply:
    """Lease a block of today's numbers of each prefix (default: all) to the caller's guide desk."""
    conn = session.connection()
    now = clock.now()
    day = hall_day(now)
    known = [*run(conn, _PREFIXES).scalars(), CONSULT_PREFIX, PICKUP_PREFIX]
    unknown = [prefix for prefix in prefixes or () if prefix not in known]
    if unknown:
        raise ValidationError("本大厅没有字头为 {prefix} 的号码", prefix=unknown[0])
    blocks = [numbers.lease(conn, day, prefix, size, actor.username, actor.device_id, now)
              for prefix in prefixes or known]
    return {"leases": [{"id": b.id, "service_date": b.service_date.isoformat(), "prefix": b.prefix,
                        "first": b.first, "last": b.last} for b in blocks]}


# --- at the guide desk -----------------------------------------------------------------------------


def _locked_ticket(conn: Connection, ticket_id: str) -> TicketRow:
    row = run(conn, _TICKET, {"b_id": ticket_id}).first()
    if row is None:
        raise NotFoundError("号码不存在（编号 {id}）", id=ticket_id)
    return row


def reactivate(session: Session, actor: Actor, ticket_id: str) -> Reply:
    """A skipped ticket rejoins its queue once, behind the next few waiting (DOMAIN.md §3); its place
    is told by :func:`placement`."""
    conn = session.connection()
    now = clock.now()
    day = hall_day(now)
    row = _locked_ticket(conn, ticket_id)
    if row.service_date != day:
        raise ConflictError("{number} 号不是今天的号码，请重新取号", number=row.number)
    rules.check_reactivation(row.status, row.reactivated)
    behind = int(run(conn, _SETTING, {"b_key": BEHIND_SETTING}).scalar() or rules.DEFAULT_REACTIVATION_BEHIND)
    waiting = first_waiting(conn, day, now, row.kind, row.zone_code, behind)
    queue_at = rules.reactivated_queue_at(waiting, now, behind)
    changed = change(conn, row.id, status=TicketStatus.WAITING, queue_at=queue_at, priority=False,
                      checked_in_at=None, reactivated=True, window_id=None, clerk=None, target_window_id=None,
                      recall_count=0, finished_at=None)
    return {"ticket": record_transition(session, changed, Ev.REACTIVATE, now, None, actor.username, behind=behind)}


def cancel(session: Session, actor: Actor, ticket_id: str) -> Reply:
    """Cancel a waiting ticket (the applicant left or took the wrong kind)."""
    conn = session.connection()
    now = clock.now()
    row = _locked_ticket(conn, ticket_id)
    if row.status != TicketStatus.WAITING:
        raise ConflictError("{number} 号{status}，只有等候中的号码可以取消", number=row.number,
                            status=STATUS_LABELS[TicketStatus(row.status)])
    changed = change(conn, row.id, status=TicketStatus.CANCELLED, finished_at=now)
    return {"ticket": record_transition(session, changed, Ev.CANCEL, now, None, actor.username)}


def lookup(conn: Connection, lookup_id: str) -> Reply:
    """A ticket found by the QR code on its slip, with its place in the queue (masked like the feed)."""
    row = run(conn, _BY_LOOKUP, {"b_lookup": lookup_id}).first()
    if row is None:
        raise NotFoundError("未找到该号码，请核对小票上的二维码")
    ahead, minutes = position(conn, row, clock.now())
    return {"ticket": {"id": row.id, **ticket_data(row._mapping)}, "people_ahead": ahead, "wait_minutes": minutes}
