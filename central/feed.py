"""The change feed: every central mutation appends entries that counters pull in order.

Services call :func:`record` while they work; the entries are numbered and written in the same
transaction just before it commits (:func:`install`). Taking the single counter row with
``UPDATE ... RETURNING`` last keeps the row lock as short as possible and makes sequence order equal
commit order, so a reader that has seen N can never later find an N-1 appear.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, event, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from central.models import Change, FeedCounter
from hallclient import clock

_PENDING = "feed_pending"


def record(session: Session, entity: str, key: str, data: dict[str, Any] | None) -> None:
    """Queue a feed entry for ``entity``/``key`` (``data`` None: deleted) in this transaction."""
    session.info.setdefault(_PENDING, []).append((entity, key, data))


class FeedSignal:
    """Wakes long-polls in this process as soon as a transaction with feed entries commits.

    Other worker processes are found by polling; this only shortens the wait in the common case.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.generation = 0
        self.closed = False

    def notify(self) -> None:
        with self._cond:
            self.generation += 1
            self._cond.notify_all()

    def close(self) -> None:
        """The service is stopping: end every long-poll now instead of at its deadline."""
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self.generation != seen or self.closed, timeout)
            return self.generation


def _write_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()
    last = session.execute(
        update(FeedCounter).where(FeedCounter.id == 1).values(value=FeedCounter.value + len(pending))
        .returning(FeedCounter.value)
    ).scalar_one()
    first = last - len(pending) + 1
    at = clock.now()
    session.execute(
        insert(Change),
        [{"seq": first + i, "entity": e, "key": k, "data": d, "at": at} for i, (e, k, d) in enumerate(pending)],
    )
    session.info["feed_written"] = True


def install(factory: sessionmaker[Session], signal: FeedSignal) -> None:
    """Hook feed writing and wake-ups into every session the factory makes."""

    @event.listens_for(factory, "before_commit")
    def _before_commit(session: Session) -> None:
        _write_pending(session)

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        if session.info.pop("feed_written", False):
            signal.notify()

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)
        session.info.pop("feed_written", None)


_LATEST = select(func.coalesce(func.max(Change.seq), 0))


def latest_seq(db: Session | Connection) -> int:
    """The newest sequence number (a session or, on hot paths, a plain connection)."""
    return db.execute(_LATEST).scalar() or 0


def page(session: Session, after: int, limit: int) -> list[Change]:
    return list(session.scalars(select(Change).where(Change.seq > after).order_by(Change.seq).limit(limit)))
