"""SQLite engines with the durability settings both the cache and a small central service need.

Every connection gets WAL (readers never block the writer), ``synchronous=FULL`` (a committed
transaction survives a power cut), ``foreign_keys=ON`` and a busy timeout; transactions start with
``BEGIN IMMEDIATE`` so that two writers never deadlock upgrading a read lock. ``temp_store=MEMORY``
keeps the savepoint journals (the original of every page a savepoint changes) off the disk: they
only serve a rollback inside an open transaction, and the central service's group commit takes one
savepoint per write (a third off each write's SQL).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PRAGMAS = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
    ("temp_store", "MEMORY"),
)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for name, value in PRAGMAS:
        cursor.execute(f"PRAGMA {name}={value}")
    cursor.close()


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    # pysqlite's own BEGIN handling is disabled (isolation_level=None). Writers take the write lock
    # up front so that two of them never deadlock on a read-then-write upgrade; connections marked
    # ``readonly`` (``engine.execution_options(readonly=True)``) begin deferred and never block.
    readonly = conn.get_execution_options().get("readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def create_sqlite_engine(path: Path, pool_size: int = 2) -> Engine:
    """An engine for ``path`` with the pragmas applied on every new connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=pool_size,
        connect_args={"check_same_thread": False, "isolation_level": None},
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine
