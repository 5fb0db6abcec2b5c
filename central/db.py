"""The central database: an engine for a URL (SQLite file or PostgreSQL) and its migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from central import feed
from central.prepared import driver_cursor
from hallclient import migrate
from hallclient.sqlite import create_sqlite_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def create_central_engine(url: str) -> Engine:
    """SQLite gets the client's durability pragmas; PostgreSQL a pool sized for many counters."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "central.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_sqlite_engine(path, pool_size=20)
        _queue_writers(engine, path)
    else:
        engine = create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)
    _savepoints_on_the_driver(engine)
    return engine


def _savepoints_on_the_driver(engine: Engine) -> None:
    """Send SAVEPOINT, RELEASE and ROLLBACK TO straight to the driver.

    SQLAlchemy runs each as a new statement through its whole execution path, and as every
    savepoint has a new name (``sa_savepoint_N``, counting up per connection) each is compiled anew
    and takes a slot of the statement cache. Group commit wraps every queue write in one: the two
    statements cost a fifth of a call-next. The connection events (``savepoint``...) still fire.
    """

    def run(connection: Connection, sql: str) -> None:
        with driver_cursor(connection) as cursor:
            cursor.execute(sql)

    dialect = engine.dialect

    def quoted(name: str) -> str:
        return dialect.identifier_preparer.format_savepoint(None, name)

    dialect.do_savepoint = lambda conn, name: run(conn, f"SAVEPOINT {quoted(name)}")  # type: ignore[method-assign]
    dialect.do_release_savepoint = (  # type: ignore[method-assign]
        lambda conn, name: run(conn, f"RELEASE SAVEPOINT {quoted(name)}"))
    dialect.do_rollback_to_savepoint = (  # type: ignore[method-assign]
        lambda conn, name: run(conn, f"ROLLBACK TO SAVEPOINT {quoted(name)}"))


_LOCK_FD = "write_lock_fd"


def _queue_writers(engine: Engine, path: Path) -> None:
    """Make SQLite writers wait in line on an OS file lock rather than in SQLite's busy handler.

    The busy handler retries by polling (every 100 ms once a wait grows), so with several worker
    processes each running dozens of writer threads a writer can lose every race for the whole busy
    timeout and fail with "database is locked". A blocked ``flock`` wakes the moment the lock is free,
    so writers take turns. Read-only connections never take it (WAL readers do not block the writer).
    POSIX only: elsewhere the busy handler alone serialises the writers, as before.
    """
    try:
        import fcntl
    except ImportError:
        return
    lock_file = f"{path}.writelock"

    @event.listens_for(engine, "connect")
    def _open(_dbapi_connection: Any, record: Any) -> None:
        record.info[_LOCK_FD] = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)

    @event.listens_for(engine, "close")
    def _close(_dbapi_connection: Any, record: Any) -> None:
        os.close(record.info.pop(_LOCK_FD))

    @event.listens_for(engine, "engine_connect")  # before any BEGIN IMMEDIATE on the connection
    def _lock(conn: Connection) -> None:
        if not conn.get_execution_options().get("readonly", False):
            fcntl.flock(conn.connection.info[_LOCK_FD], fcntl.LOCK_EX)

    @event.listens_for(engine, "checkin")
    def _unlock(_dbapi_connection: Any, record: Any) -> None:
        if _LOCK_FD in record.info:
            fcntl.flock(record.info[_LOCK_FD], fcntl.LOCK_UN)


def upgrade(engine: Engine) -> None:
    migrate.upgrade(MIGRATIONS, engine)


def session_factory(engine: Engine, signal: feed.FeedSignal | None = None) -> sessionmaker[Session]:
    """Sessions whose commits write their recorded feed entries (and wake long-polls via ``signal``)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    feed.install(factory, signal or feed.FeedSignal())
    return factory
