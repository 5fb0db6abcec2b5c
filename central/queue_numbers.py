"""Ticket numbers: a counter row per hall day and prefix, so numbers restart daily and never repeat.

Online numbers count up from 1 (``UPDATE ... RETURNING`` on the row, whose lock on PostgreSQL or the
write lock on SQLite makes the bump atomic; the row is created with the day's first number). Blocks
leased to guide desks for offline issuing are taken from the top of the three-digit range down
(``B980``–``B999`` first), so leasing leaves no gap in the numbers the hall sees every day and an
offline slip is recognisable. Should the online numbers ever reach the leased ones, they jump past
the top, and later leases are taken above them: no number is ever given twice.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from central.models import NumberLease, TicketCounter
from central.prepared import run
from central.queue_sql import insert_ignore
from hallclient.ids import new_id

C = TicketCounter.__table__
L = NumberLease.__table__

#: The highest three-digit number; offline leases are taken downward from it.
TOP = 999

_THIS = (C.c.service_date == bindparam("b_day"), C.c.prefix == bindparam("b_prefix"))
_BUMP = update(C).where(*_THIS).values(value=C.c.value + 1).returning(C.c.value, C.c.leased_from)
_JUMP = update(C).where(*_THIS).values(value=TOP + 1).returning(C.c.value)
_LOCK = select(C.c.value, C.c.leased_from).where(*_THIS).with_for_update()
_SET = update(C).where(*_THIS).values(value=bindparam("b_value"), leased_from=bindparam("b_from"))
_LEASE = insert(L)


@functools.cache
def _create(dialect: str) -> Any:
    return insert_ignore(dialect, C).values(service_date=bindparam("b_day"), prefix=bindparam("b_prefix"), value=0,
                                            leased_from=TOP + 1)


def take(conn: Connection, day: dt.date, prefix: str) -> tuple[int, bool]:
    """The next online number; returns (it, whether it is the prefix's first of the day)."""
    params = {"b_day": day, "b_prefix": prefix}
    row = run(conn, _BUMP, params).first()
    first_today = row is None
    if row is None:
        run(conn, _create(conn.dialect.name), params)
        row = run(conn, _BUMP, params).one()
    value, leased_from = row
    if leased_from <= value <= TOP:  # reached the numbers leased for offline issuing
        value = run(conn, _JUMP, params).scalar_one()
    return value, first_today


@dataclass(frozen=True)
class Lease:
    id: str
    service_date: dt.date
    prefix: str
    first: int
    last: int


def lease(conn: Connection, day: dt.date, prefix: str, size: int, username: str, device_id: str | None,
          now: dt.datetime) -> Lease:
    """Reserve a block of ``size`` numbers for one guide desk and remember whose it is."""
    params = {"b_day": day, "b_prefix": prefix}
    run(conn, _create(conn.dialect.name), params)
    value, leased_from = run(conn, _LOCK, params).one()
    if leased_from - size > value:
        first, last = leased_from - size, leased_from - 1
        run(conn, _SET, {**params, "b_value": value, "b_from": first})
    else:  # the online numbers have come this far: lease above them
        first = max(value, TOP) + 1
        last = first + size - 1
        run(conn, _SET, {**params, "b_value": last, "b_from": leased_from})
    block = Lease(new_id(), day, prefix, first, last)
    run(conn, _LEASE, {"id": block.id, "service_date": day, "prefix": prefix, "first": first, "last": last,
                          "username": username, "device_id": device_id, "leased_at": now})
    return block
