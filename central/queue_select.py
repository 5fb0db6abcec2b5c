"""The call order (DOMAIN.md §3) in SQL: the key of ``queue_rules.order_key``, tier by tier.

The key is (tier, time, length of number, number): 爱心通道 tickets first by queue time, then
checked-in appointments due now by appointment time, then everybody else by queue time. Each tier
is one query whose ORDER BY follows an index (``ix_tickets_waiting`` / ``ix_tickets_appointments``),
so finding the next ticket costs the same with 30 or 30,000 waiting, and the tiers are asked in
order, so the first ticket found is the one ``order_key`` ranks first.

On PostgreSQL each tier query locks its row with ``FOR UPDATE SKIP LOCKED``: concurrent callers
each get a different ticket, and a ticket another caller has just taken (changed and committed) is
re-checked and passed over. Only the row that is returned is ever locked, so a caller never makes
another believe the queue is empty while a ticket stays waiting. SQLite's ``BEGIN IMMEDIATE``
serialises the callers instead (and ignores the lock clause).

The statements are built once per dialect with bind parameters: building a statement of this size
costs several times more than running it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, bindparam, case, false, func, or_, select, true, tuple_
from sqlalchemy.sql.elements import ColumnElement

from central.models import Ticket
from central.prepared import run
from central.queue_sql import binary, one_of
from hallclient.dbtypes import UTCDateTime
from hallclient.domain.queue_rules import DEFAULT_APPOINTMENT_GRACE, order_key
from hallclient.domain.tickets import TicketStatus

T = Ticket.__table__
#: ``order_key``'s tier of walk-in tickets (neither 爱心通道 nor an appointment due now)
WALK_IN_TIER = 2
TicketRow = Row[Any]


@dataclass(frozen=True)
class Served:
    """What a window may call: its own transfers, and the kinds and zones it serves."""

    window_id: str
    zones: Collection[str]
    kinds: Collection[str]


def _served(zones: tuple[str, ...], kinds: tuple[str, ...]) -> ColumnElement[bool]:
    zoned = or_(T.c.zone_code.is_(None), one_of(T.c.zone_code, zones))
    return or_(T.c.target_window_id == bindparam("window_id"),
               and_(T.c.target_window_id.is_(None), one_of(T.c.kind, kinds), zoned))


def _queue(zoned: bool) -> ColumnElement[bool]:
    """The tickets of one queue: a kind, and for 受理号 a zone."""
    return and_(T.c.kind == bindparam("kind"), T.c.zone_code == bindparam("zone") if zoned else T.c.zone_code.is_(None))


def queue_params(kind: str, zone_code: str | None) -> tuple[str, dict[str, Any]]:
    """The ``where`` name and parameters that select the queue of (``kind``, ``zone_code``)."""
    return ("zoned" if zone_code is not None else "unzoned"), {"kind": kind, "zone": zone_code}


_DUE = and_(T.c.appointment_at <= bindparam("due_by", type_=UTCDateTime()), T.c.checked_in_at.is_not(None))
_NOT_DUE = or_(T.c.appointment_at.is_(None), T.c.checked_in_at.is_(None),
               T.c.appointment_at > bindparam("due_by", type_=UTCDateTime()))


def _by_number(dialect: str) -> tuple[ColumnElement[Any], ColumnElement[str]]:
    """The tie-break of ``order_key``: the shorter number first, then by code point."""
    return func.length(T.c.number), binary(dialect, T.c.number)


def condition(where: str) -> ColumnElement[bool]:
    """A queue's tickets (``where`` from :func:`queue_params`), with bind parameters."""
    return _queue(where == "zoned")


def _waiting(where: ColumnElement[bool]) -> ColumnElement[bool]:
    return and_(T.c.service_date == bindparam("day"), T.c.status == TicketStatus.WAITING, where)


@functools.cache
def _window_tiers(dialect: str, zones: tuple[str, ...], kinds: tuple[str, ...]) -> tuple[Select[Any], ...]:
    """Per window configuration (a hall has a handful), so no IN list is expanded on every call."""
    return _tiers(dialect, _served(zones, kinds), True)


@functools.cache
def _queue_tiers(dialect: str, where: str) -> tuple[Select[Any], ...]:
    return _tiers(dialect, condition(where), False)


def _tiers(dialect: str, where: ColumnElement[bool], locked: bool) -> tuple[Select[Any], ...]:
    waiting = _waiting(where)
    number = _by_number(dialect)
    tiers = (
        select(T).where(waiting, T.c.priority == true()).order_by(T.c.queue_at, *number),
        select(T).where(waiting, T.c.priority == false(), _DUE).order_by(T.c.appointment_at, *number),
        select(T).where(waiting, T.c.priority == false(), _NOT_DUE).order_by(T.c.queue_at, *number),
    )
    limited = tuple(tier.limit(bindparam("limit")) for tier in tiers)
    return tuple(tier.with_for_update(skip_locked=True) for tier in limited) if locked else limited


@functools.cache
def _ahead(dialect: str, where: str) -> Select[Any]:
    tier = case((T.c.priority == true(), 0), (_DUE, 1), else_=2)
    at = case((and_(T.c.priority == false(), _DUE), T.c.appointment_at), else_=T.c.queue_at)
    key = tuple_(tier, at, *_by_number(dialect))
    than = tuple_(bindparam("k_tier"), bindparam("k_at", type_=UTCDateTime()), bindparam("k_length"),
                  bindparam("k_number"))
    return select(func.count()).select_from(T).where(_waiting(condition(where)), key < than)


def take_next(conn: Connection, day: dt.date, now: dt.datetime, served: Served,
              grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE) -> TicketRow | None:
    """Lock and return the ticket the window calls next (``None``: nobody it serves is waiting)."""
    params = {"day": day, "due_by": now + grace, "window_id": served.window_id, "limit": 1}
    for tier in _window_tiers(conn.dialect.name, tuple(sorted(served.zones)), tuple(sorted(served.kinds))):
        row = run(conn, tier, params).first()
        if row is not None:
            return row
    return None


def first_waiting(conn: Connection, day: dt.date, now: dt.datetime, kind: str, zone_code: str | None, limit: int,
                  grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE) -> list[TicketRow]:
    """The first ``limit`` waiting tickets of a queue in call order (no locks)."""
    where, params = queue_params(kind, zone_code)
    found: list[TicketRow] = []
    for tier in _queue_tiers(conn.dialect.name, where):
        found += run(conn, tier, {**params, "day": day, "due_by": now + grace, "limit": limit - len(found)}).all()
        if len(found) == limit:
            break
    return found


@functools.cache
def _waiting_count(where: str) -> Select[Any]:
    return select(func.count()).select_from(T).where(_waiting(condition(where)))


@functools.cache
def _walk_ins_behind(dialect: str, where: str) -> Select[Any]:
    """Walk-in tickets (the last tier) ranked after a walk-in ticket, found from its queue time on."""
    at = bindparam("k_at", type_=UTCDateTime())
    key = tuple_(T.c.queue_at, *_by_number(dialect))
    than = tuple_(at, bindparam("k_length"), bindparam("k_number"))
    return select(func.count()).select_from(T).where(
        _waiting(condition(where)), T.c.priority == false(), _NOT_DUE, T.c.queue_at >= at, key > than)


def count_ahead(conn: Connection, ticket: TicketRow, now: dt.datetime,
                grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE) -> int:
    """Waiting tickets of the same queue that ``order_key`` ranks before ``ticket`` (which waits).

    A walk-in ticket — nearly every ticket, and always a new one — is ranked behind everybody
    waiting except the walk-ins issued after it: counting those few from its queue time on (an index
    range) and the queue's waiting tickets (an index-only count) costs the same with 30 or 3,000
    waiting, where comparing each waiting ticket's key with its own grew with the queue.
    """
    where, params = queue_params(ticket.kind, ticket.zone_code)
    tier, at, length, number = order_key(ticket, now, grace)
    params |= {"day": ticket.service_date, "due_by": now + grace, "k_at": at, "k_length": length, "k_number": number}
    if tier == WALK_IN_TIER:
        waiting = run(conn, _waiting_count(where), params).scalar_one()
        return waiting - 1 - run(conn, _walk_ins_behind(conn.dialect.name, where), params).scalar_one()
    return run(conn, _ahead(conn.dialect.name, where), {**params, "k_tier": tier}).scalar_one()
