"""The central database: an engine for a URL (SQLite file or PostgreSQL) and its migrations."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from central import feed
from hallclient import migrate
from hallclient.sqlite import create_sqlite_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def create_central_engine(url: str) -> Engine:
    """SQLite gets the client's durability pragmas; PostgreSQL a pool sized for many counters."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "central.db")
        path.parent.mkdir(parents=True, exist_ok=True)
        return create_sqlite_engine(path, pool_size=20)
    return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    migrate.upgrade(MIGRATIONS, engine)


def session_factory(engine: Engine, signal: feed.FeedSignal | None = None) -> sessionmaker[Session]:
    """Sessions whose commits write their recorded feed entries (and wake long-polls via ``signal``)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    feed.install(factory, signal or feed.FeedSignal())
    return factory
