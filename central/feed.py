"""The change feed: every central mutation appends entries that counters pull in order.

Services call :func:`record` while they work; the entries are numbered and written in the same
transaction just before it commits (:func:`install`). Entries belong to the (sub)transaction that
recorded them: a rolled-back SAVEPOINT takes its own entries with it and nothing else, a released
one hands them to its parent. Taking the single counter row with
``UPDATE ... RETURNING`` last keeps the row lock as short as possible and makes sequence order equal
commit order, so a reader that has seen N can never later find an N-1 appear.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection, bindparam, event, func, select, update
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from central.models import Change, FeedCounter
from central.prepared import run
from hallclient import clock

_PENDING = "feed_pending"


Entry = tuple[str, str, dict[str, Any] | None]


def _pending(session: Session) -> dict[SessionTransaction, list[Entry]]:
    return session.info.setdefault(_PENDING, {})


def record(session: Session, entity: str, key: str, data: dict[str, Any] | None) -> None:
    """Queue a feed entry for ``entity``/``key`` (``data`` None: deleted) in this transaction."""
    transaction = session.get_nested_transaction() or session.get_transaction()
    assert transaction is not None, "feed.record outside a transaction"
    _pending(session).setdefault(transaction, []).append((entity, key, data))


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


_COUNTER = FeedCounter.__table__
_CHANGES = Change.__table__
_BUMP = (
    update(_COUNTER).where(_COUNTER.c.id == 1).values(value=_COUNTER.c.value + bindparam("n"))
    .returning(_COUNTER.c.value)
)
_NEW_CHANGES = _CHANGES.insert()


def _write_pending(session: Session) -> None:
    transaction = session.get_transaction()
    if session.get_nested_transaction() is not None or transaction is None:
        return  # a SAVEPOINT is being released: its entries move to the parent when it ends
    pending = _pending(session).pop(transaction, None)
    if not pending:
        return
    session.flush()
    # prepared statements on the session's connection: the ORM's bulk paths cost a millisecond per
    # request here, on the hottest path of the service (every queue action ends with this).
    conn = session.connection()
    last = run(conn, _BUMP, {"n": len(pending)}).scalar_one()
    first = last - len(pending) + 1
    at = clock.now()
    run(
        conn,
        _NEW_CHANGES,
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

    @event.listens_for(factory, "after_rollback")  # fires while the rolled-back (sub)transaction is current
    def _after_rollback(session: Session) -> None:
        transaction = session.get_nested_transaction() or session.get_transaction()
        _pending(session).pop(transaction, None)
        if transaction is None or transaction.parent is None:
            session.info.pop("feed_written", None)

    @event.listens_for(factory, "after_transaction_end")
    def _after_end(session: Session, transaction: SessionTransaction) -> None:
        entries = _pending(session).pop(transaction, None)
        if entries and transaction.nested and transaction.parent is not None:
            _pending(session).setdefault(transaction.parent, []).extend(entries)


_LATEST = select(func.coalesce(func.max(Change.seq), 0))


def latest_seq(db: Session | Connection) -> int:
    """The newest sequence number (a session or, on hot paths, a plain connection)."""
    return db.execute(_LATEST).scalar() or 0


def page(session: Session, after: int, limit: int) -> list[Change]:
    return list(session.scalars(select(Change).where(Change.seq > after).order_by(Change.seq).limit(limit)))
