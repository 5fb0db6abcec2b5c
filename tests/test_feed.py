"""The change feed follows SAVEPOINTs: a rolled-back one loses only its own entries."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from central.app import prepare_database
from central.db import create_central_engine, session_factory
from central.feed import record
from central.models import Change


def _keys(db_url: str) -> list[str]:
    engine = create_central_engine(db_url)
    with engine.connect() as conn:
        keys = [row.key for row in conn.execute(select(Change.key).where(Change.entity == "test").order_by(Change.seq))]
    engine.dispose()
    return keys


def test_savepoints_keep_or_drop_exactly_their_entries(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_database(db_url)
    engine = create_central_engine(db_url)
    with session_factory(engine).begin() as session:
        record(session, "test", "outer-before", {})
        kept = session.begin_nested()
        record(session, "test", "kept", {})
        inner = session.begin_nested()
        record(session, "test", "inner-dropped", {})
        inner.rollback()
        kept.commit()
        dropped = session.begin_nested()
        record(session, "test", "dropped", {})
        dropped.rollback()
        record(session, "test", "outer-after", {})
    engine.dispose()
    assert _keys(db_url) == ["outer-before", "kept", "outer-after"]


def test_a_rolled_back_transaction_writes_nothing(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'central.db'}"
    prepare_database(db_url)
    engine = create_central_engine(db_url)
    session = session_factory(engine)()
    with session.begin():
        record(session, "test", "lost", {})
        session.rollback()
    with session.begin():
        record(session, "test", "written", {})
    session.close()
    engine.dispose()
    assert _keys(db_url) == ["written"]
