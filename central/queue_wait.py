"""People ahead of a ticket and its estimated wait (DOMAIN.md §3), for the slip and the QR look-up.

Estimated wait = people ahead ÷ windows serving the queue × median service time of the queue's
tickets finished within the last hour (``queue_rules``, shared with the counters' own estimate).
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from typing import Any

from sqlalchemy import Connection, Row, Select, bindparam, select

from central.models import Ticket, Window
from central.queue_select import TicketRow, condition, count_ahead, queue_params
from hallclient.domain.queue_rules import SERVICE_HISTORY, estimated_wait_minutes, service_minutes, windows_serving
from hallclient.domain.tickets import TicketStatus

T = Ticket.__table__
W = Window.__table__

_WINDOWS = select(W.c.status, W.c.zones, W.c.ticket_kinds)
#: Window states change a few times an hour, tickets are issued several times a second: an estimate
#: may use a view of the windows this many seconds old (reading them costs a JSON decode each).
WINDOWS_FRESH_S = 2.0
_windows: dict[str, tuple[float, list[Row[Any]]]] = {}  # database URL → (read at, rows)


def _windows_now(conn: Connection) -> list[Row[Any]]:
    url = str(conn.engine.url)
    read_at, rows = _windows.get(url, (-WINDOWS_FRESH_S, []))
    if time.monotonic() - read_at >= WINDOWS_FRESH_S:
        rows = conn.execute(_WINDOWS).all()
        _windows[url] = (time.monotonic(), rows)
    return rows


def forget_windows(conn: Connection) -> None:
    """A window changed in this process: the next estimate reads them again."""
    _windows.pop(str(conn.engine.url), None)


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
    finished = conn.execute(_finished(where), {**params, "day": ticket.service_date, "since": now - SERVICE_HISTORY})
    history = [service_minutes(called, done) for called, done in finished if called is not None]
    serving = windows_serving(_windows_now(conn), ticket.kind, ticket.zone_code)
    return ahead, estimated_wait_minutes(ahead, serving, history)
