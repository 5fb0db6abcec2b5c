"""The per-item sync log: written inside the transactions that push, pull and upload, read by the sync view.

Each row says what happened to one op, one feed page or one file, so a clerk can answer "did my
entry reach the centre?" without reading the program log. The table keeps the newest
:data:`KEEP` rows; older ones are pruned as new ones arrive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import SyncLogEntry
from hallclient.hall import Service, query

KEEP = 20_000

PUSH, PULL, UPLOAD = "push", "pull", "upload"
#: Outcomes that mean "it got through".
SUCCESS = ("applied", "duplicate", "done")


@dataclass(frozen=True)
class LogLine:
    at: dt.datetime
    direction: str
    op_id: str | None
    type: str
    outcome: str
    message: str | None


def write(session: Session, lines: Sequence[LogLine]) -> None:
    """Append ``lines`` in the caller's transaction and prune the oldest beyond :data:`KEEP`."""
    if not lines:
        return
    session.connection().execute(insert(SyncLogEntry.__table__), [
        {"at": line.at, "direction": line.direction, "op_id": line.op_id, "type": line.type,
         "outcome": line.outcome, "message": line.message} for line in lines])
    newest = session.scalar(select(func.max(SyncLogEntry.id))) or 0
    if newest > KEEP:
        session.execute(delete(SyncLogEntry).where(SyncLogEntry.id <= newest - KEEP))


def line(direction: str, type_: str, outcome: str, message: str | None = None, op_id: str | None = None) -> LogLine:
    return LogLine(clock.now(), direction, op_id, type_, outcome, message)


class SyncLogService(Service):
    @query
    def recent(self, session: Session, limit: int = 200) -> list[LogLine]:
        rows = session.scalars(select(SyncLogEntry).order_by(SyncLogEntry.id.desc()).limit(limit))
        return [LogLine(r.at, r.direction, r.op_id, r.type, r.outcome, r.message) for r in rows]

    @query
    def last_success(self, session: Session, direction: str) -> dt.datetime | None:
        """When ``direction`` last succeeded (an op applied, a page pulled, a file uploaded)."""
        return session.scalar(select(func.max(SyncLogEntry.at)).where(
            SyncLogEntry.direction == direction, SyncLogEntry.outcome.in_(SUCCESS)))
