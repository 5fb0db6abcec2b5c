"""People ahead of a ticket and its estimated wait (DOMAIN.md §3), for the slip and the QR look-up.

Estimated wait = people ahead ÷ windows serving the queue × median service time of the queue's
tickets finished within the last hour (``queue_rules``, shared with the counters' own estimate).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, bindparam, select

from central.models import Ticket, Window
from central.prepared import run
from central.queue_select import TicketRow, condition, count_ahead, queue_params
from hallclient.domain.queue_rules import SERVICE_HISTORY, estimated_wait_minutes, service_minutes, windows_serving
from hallclient.domain.tickets import TicketStatus

T = Ticket.__table__
V = TypeVar("V")
W = Window.__table__

_WINDOWS = select(W.c.status, W.c.zones, W.c.ticket_kinds)
#: Window states change a few times an hour and a queue's service times drift over the hour, while
#: tickets are issued several times a second: an estimate may use views of them this many seconds old
#: (reading them costs a JSON decode per window and a row per ticket finished in the last hour).
FRESH = dt.timedelta(seconds=2)
_recent: dict[tuple[Any, ...], tuple[dt.datetime, Any]] = {}  # (database URL, what) → (read at, value)
_WINDOWS_READ = ("windows",)


def _fresh(conn: Connection, what: tuple[Any, ...], now: dt.datetime, read: Callable[[], V]) -> V:
    """``read()``, or its value from less than :data:`FRESH` ago (by the hall's clock) in this process."""
    key = (str(conn.engine.url), *what)
    cached = _recent.get(key)
    if cached is not None and dt.timedelta(0) <= now - cached[0] < FRESH:
        return cached[1]
    value = read()
    _recent[key] = (now, value)
    return value


def forget_windows(conn: Connection) -> None:
    """A window changed in this process: the next estimate reads them again."""
    _recent.pop((str(conn.engine.url), *_WINDOWS_READ), None)


@functools.cache
def _finished(where: str) -> Select[Any]:
    return select(T.c.called_at, T.c.finished_at).where(
        T.c.service_date == bindparam("day"), T.c.status == TicketStatus.DONE, condition(where),
        T.c.finished_at >= bindparam("since"))


def position(conn: Connection, ticket: TicketRow, now: dt.datetime) -> tuple[int, int | None]:
    """(people ahead, estimated minutes) of a waiting ticket; (0, None) once it has been called."""
    if ticket.status != TicketStatus.WAITING:
        return 0, None
    ahead = count_ahead(conn, ticket, now)
    where, params = queue_params(ticket.kind, ticket.zone_code)

    def history() -> list[float]:
        finished = run(conn, _finished(where), {**params, "day": ticket.service_date,
                                                   "since": now - SERVICE_HISTORY})
        return [service_minutes(called, done) for called, done in finished if called is not None]

    recent = _fresh(conn, ("history", ticket.kind, ticket.zone_code), now, history)
    windows = _fresh(conn, _WINDOWS_READ, now, lambda: run(conn, _WINDOWS).all())
    serving = windows_serving(windows, ticket.kind, ticket.zone_code)
    return ahead, estimated_wait_minutes(ahead, serving, recent)
