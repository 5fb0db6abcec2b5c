"""What a window does (DOMAIN.md §3): call next or by number, recall, skip, start, finish, transfer, pause.

Every action locks the window row first (PostgreSQL), so one window's actions are serialised — a
double-clicked 呼叫 finds the first call's ticket at the window and is refused — while different
windows only meet on the ticket rows (``queue_select``). The action's ticket must be the one the
clerk sees at the window: a stale screen acts on nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, bindparam, insert, select, update
from sqlalchemy.orm import Session

from central import feed
from central.models import Ticket, Window, WindowPause
from central.prepared import run
from central.queue import (
    AT_WINDOW,
    BY_NUMBER,
    ZONE,
    Actor,
    Reply,
    TicketRow,
    change,
    hall_day,
    lock_window,
    record_transition,
    set_window,
)
from central.queue_select import Served, take_next
from central.queue_sql import one_of
from central.serialize import pause_data
from hallclient import clock
from hallclient.domain import queue_rules as rules
from hallclient.domain.queue_rules import TicketEventType as Ev
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import STATUS_LABELS, TicketKind, TicketStatus, display_number
from hallclient.errors import ConflictError, NotFoundError, ValidationError

T = Ticket.__table__
W = Window.__table__
P = WindowPause.__table__

_CURRENT = select(T).where(T.c.window_id == bindparam("b_window"), one_of(T.c.status, AT_WINDOW),
                           T.c.service_date == bindparam("b_day"))
_WINDOW_EXISTS = select(W.c.id).where(W.c.id == bindparam("b_id"))
_PAUSE = insert(P).returning(P)
_END_PAUSE = update(P).where(P.c.window_id == bindparam("b_window"), P.c.ended_at.is_(None)) \
    .values(ended_at=bindparam("b_at")).returning(P)




def _ready_to_call(window: Row[Any]) -> None:
    if window.status == WindowStatus.PAUSED:
        raise ConflictError("{window} 号窗口已暂停服务，请先恢复服务再叫号", window=window.number)


def _current(conn: Connection, window: Row[Any], day: dt.date) -> TicketRow | None:
    return run(conn, _CURRENT, {"b_window": window.id, "b_day": day}).first()


def _at_window(conn: Connection, window: Row[Any], ticket_id: str, day: dt.date, action: str,
               *statuses: TicketStatus) -> TicketRow:
    """The window's current ticket, which must be the one the clerk sees (a stale screen acts on nothing)."""
    current = _current(conn, window, day)
    if current is None:
        raise ConflictError("{window} 号窗口当前没有已呼叫的号码", window=window.number)
    if current.id != ticket_id:
        raise ConflictError("{window} 号窗口当前号码是 {number}，请刷新后再操作", window=window.number,
                            number=current.number)
    if current.status not in statuses:
        raise ConflictError("{number} 号{status}，不能{action}", number=current.number, action=action,
                            status=STATUS_LABELS[TicketStatus(current.status)])
    return current


def _open(session: Session, window: Row[Any], now: dt.datetime, actor: Actor) -> None:
    """A call opens the window for the clerk who made it (the display and estimates count it)."""
    if window.status != WindowStatus.OPEN or window.clerk != actor.username:
        set_window(session, window.id, status=WindowStatus.OPEN, clerk=actor.username,
                    status_since=now if window.status != WindowStatus.OPEN else window.status_since)


def _finish(session: Session, window: Row[Any], row: TicketRow, now: dt.datetime, actor: Actor,
            case_number: str | None = None) -> Reply:
    changed = change(session.connection(), row.id, status=TicketStatus.DONE, finished_at=now,
                      case_number=case_number or row.case_number)
    return record_transition(session, changed, Ev.FINISH, now, window.id, actor.username)


def _clear(session: Session, window: Row[Any], day: dt.date, now: dt.datetime, actor: Actor,
           finish_current: bool) -> Reply | None:
    """Before a call the window must be free: its current ticket is finished when asked, else refused."""
    current = _current(session.connection(), window, day)
    if current is None:
        return None
    if not finish_current:
        raise ConflictError("{number} 号尚未办结，请先办结或过号，再呼叫下一位", number=current.number)
    return _finish(session, window, current, now, actor)


def _call(session: Session, window: Row[Any], row: TicketRow, now: dt.datetime, actor: Actor) -> Reply:
    called = change(session.connection(), row.id, status=TicketStatus.CALLED, called_at=now, last_called_at=now,
                     window_id=window.id, clerk=actor.username, recall_count=0)
    _open(session, window, now, actor)
    return record_transition(session, called, Ev.CALL, now, window.id, actor.username)


def call_next(session: Session, actor: Actor, window_id: str, finish_current: bool = False) -> Reply:
    """Call the next ticket this window serves (``ticket`` None: nobody is waiting for it)."""
    conn = session.connection()
    now = clock.now()
    day = hall_day(now)
    window = lock_window(conn, window_id)
    _ready_to_call(window)
    kinds = set(window.ticket_kinds)
    if not kinds or (kinds == {TicketKind.ACCEPT} and not window.zones):
        raise ConflictError("{window} 号窗口未配置办理的业务（受理区或号码种类），无法叫号，请联系大厅管理员",
                            window=window.number)
    finished = _clear(session, window, day, now, actor, finish_current)
    row = take_next(conn, day, now, Served(window.id, window.zones, window.ticket_kinds))
    return {"ticket": _call(session, window, row, now, actor) if row is not None else None, "finished": finished}


def call_number(session: Session, actor: Actor, window_id: str, number: str, finish_current: bool = False) -> Reply:
    """Call one waiting ticket by its number, out of order (walk-ins, tickets issued offline)."""
    conn = session.connection()
    now = clock.now()
    day = hall_day(now)
    prefix, seq = rules.parse_number(number)
    number = display_number(prefix, seq)
    window = lock_window(conn, window_id)
    _ready_to_call(window)
    finished = _clear(session, window, day, now, actor, finish_current)
    row = run(conn, BY_NUMBER, {"b_day": day, "b_number": number}).first()
    if row is None:
        raise NotFoundError("今天没有 {number} 号，请核对号码", number=number)
    if row.status != TicketStatus.WAITING:
        raise ConflictError("{number} 号{status}，不能呼叫", number=number,
                            status=STATUS_LABELS[TicketStatus(row.status)])
    return {"ticket": _call(session, window, row, now, actor), "finished": finished}


def recall(session: Session, actor: Actor, window_id: str, ticket_id: str) -> Reply:
    """重呼: announce the called ticket again, at most ``MAX_RECALLS`` times."""
    conn = session.connection()
    now = clock.now()
    window = lock_window(conn, window_id)
    row = _at_window(conn, window, ticket_id, hall_day(now), "重呼", TicketStatus.CALLED)
    rules.check_recall(row.recall_count)
    changed = change(conn, row.id, recall_count=row.recall_count + 1, last_called_at=now)
    return {"ticket": record_transition(session, changed, Ev.RECALL, now, window.id, actor.username,
                              count=row.recall_count + 1)}


def skip(session: Session, actor: Actor, window_id: str, ticket_id: str) -> Reply:
    """过号: the applicant did not come; the guide desk may reactivate the ticket once."""
    conn = session.connection()
    now = clock.now()
    window = lock_window(conn, window_id)
    row = _at_window(conn, window, ticket_id, hall_day(now), "过号", TicketStatus.CALLED)
    changed = change(conn, row.id, status=TicketStatus.NO_SHOW, finished_at=now)
    return {"ticket": record_transition(session, changed, Ev.SKIP, now, window.id, actor.username)}


def start(session: Session, actor: Actor, window_id: str, ticket_id: str) -> Reply:
    """开始办理: the applicant is at the window."""
    conn = session.connection()
    now = clock.now()
    window = lock_window(conn, window_id)
    row = _at_window(conn, window, ticket_id, hall_day(now), "开始办理", TicketStatus.CALLED)
    changed = change(conn, row.id, status=TicketStatus.SERVING, serving_at=now)
    return {"ticket": record_transition(session, changed, Ev.START, now, window.id, actor.username)}


def finish(session: Session, actor: Actor, window_id: str, ticket_id: str, case_number: str | None = None) -> Reply:
    """办结: the service is over (optionally naming the case it produced)."""
    conn = session.connection()
    now = clock.now()
    window = lock_window(conn, window_id)
    row = _at_window(conn, window, ticket_id, hall_day(now), "办结", *AT_WINDOW)
    return {"ticket": _finish(session, window, row, now, actor, case_number)}


def transfer(session: Session, actor: Actor, window_id: str, ticket_id: str, reason: str,
             to_zone: str | None = None, to_window: str | None = None) -> Reply:
    """转移: back into another zone's queue, or to one window, keeping the original issue time."""
    conn = session.connection()
    now = clock.now()
    reason = reason.strip()
    if not reason:
        raise ValidationError("请填写转移原因")
    if (to_zone is None) == (to_window is None):
        raise ValidationError("请选择转移到的受理区或窗口（二选一）")
    window = lock_window(conn, window_id)
    row = _at_window(conn, window, ticket_id, hall_day(now), "转移", *AT_WINDOW)
    values: dict[str, Any] = {"status": TicketStatus.WAITING, "queue_at": row.issued_at, "window_id": None,
                              "clerk": None, "recall_count": 0, "transfer_reason": reason, "target_window_id": None}
    if to_zone is not None:
        if run(conn, ZONE, {"b_code": to_zone}).first() is None:
            raise NotFoundError("受理区 {code} 不存在", code=to_zone)
        values.update(kind=TicketKind.ACCEPT, zone_code=to_zone)
    else:
        target = run(conn, _WINDOW_EXISTS, {"b_id": to_window}).scalar()
        if target is None:
            raise NotFoundError("窗口 {window} 不存在", window=to_window)
        if target == window.id:
            raise ValidationError("不能转移到本窗口")
        values["target_window_id"] = target
    changed = change(conn, row.id, **values)
    return {"ticket": record_transition(session, changed, Ev.TRANSFER, now, window.id, actor.username, reason=reason,
                              from_kind=row.kind, from_zone=row.zone_code, to_zone=to_zone, to_window=to_window)}


def _record_pauses(session: Session, rows: Iterable[Row[Any]]) -> None:
    """Pause intervals go in the feed with the window's change, so every counter's dashboard can
    report paused time for any day (the window row only says its present state)."""
    for row in rows:
        feed.record(session, "window_pause", str(row.id), pause_data(row._mapping))


def pause(session: Session, actor: Actor, window_id: str, reason: str) -> Reply:
    """暂停服务 with a reason; the interval is kept for the paused-time report."""
    conn = session.connection()
    now = clock.now()
    reason = reason.strip()
    if not reason:
        raise ValidationError("请填写暂停原因")
    window = lock_window(conn, window_id)
    if window.status == WindowStatus.PAUSED:
        raise ConflictError("{window} 号窗口已处于暂停状态", window=window.number)
    pause_row = run(conn, _PAUSE, {"window_id": window.id, "service_date": hall_day(now), "started_at": now,
                                      "reason": reason, "clerk": actor.username}).one()
    _record_pauses(session, [pause_row])
    return {"window": set_window(session, window.id, status=WindowStatus.PAUSED, status_since=now,
                                  pause_reason=reason, clerk=actor.username)}


def resume(session: Session, actor: Actor, window_id: str) -> Reply:
    """恢复服务: close the pause interval and open the window again."""
    conn = session.connection()
    now = clock.now()
    window = lock_window(conn, window_id)
    if window.status != WindowStatus.PAUSED:
        raise ConflictError("{window} 号窗口未暂停，无需恢复", window=window.number)
    _record_pauses(session, run(conn, _END_PAUSE, {"b_window": window.id, "b_at": now}).all())
    return {"window": set_window(session, window.id, status=WindowStatus.OPEN, status_since=now, pause_reason=None,
                                  clerk=actor.username)}
