"""The local cache: pragmas on every connection, migrations as the only schema source, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from hallclient import migrate
from hallclient.cache.models import Base
from hallclient.errors import StorageError
from hallclient.hall import MIGRATIONS, Hall
from hallclient.paths import DataDir


def _pragmas(hall: Hall) -> list[tuple[str, int, int, int]]:
    def read() -> list[tuple[str, int, int, int]]:
        # two DBAPI connections at once: the pool must open a second, fresh one
        conns = [hall.engine.raw_connection(), hall.engine.raw_connection()]
        try:
            return [
                tuple(conn.cursor().execute(f"PRAGMA {name}").fetchone()[0]
                      for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store"))
                for conn in conns
            ]
        finally:
            for conn in conns:
                conn.close()

    return hall.worker.call(read)


def test_every_connection_has_wal_full_sync_foreign_keys_and_memory_temp_store(hall: Hall) -> None:
    assert _pragmas(hall) == [("wal", 2, 1, 2), ("wal", 2, 1, 2)]  # synchronous 2 == FULL, temp_store 2 == MEMORY


def test_schema_comes_from_migrations_and_matches_models(hall: Hall) -> None:
    current, head = hall.worker.call(migrate.revisions, MIGRATIONS, hall.engine)
    assert current == head is not None

    def diff() -> list:
        with hall.engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)

    assert hall.worker.call(diff) == []


def test_audit_trail_refuses_edits(hall: Hall) -> None:
    hall.run(lambda s: hall.record_audit(s, "clerk01", "test.action", "case:1", window_id="W01", note="x"))

    def tamper() -> None:
        with hall.engine.begin() as conn:
            conn.execute(text("UPDATE audit_events SET actor = 'someone else'"))

    with pytest.raises(Exception, match="append-only"):
        hall.worker.call(tamper)
    assert [e.actor for e in hall.audit.recent()] == ["clerk01"]


def test_corrupt_database_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "client")
    data.ensure()
    garbage = b"this is not a database" * 500
    data.database.write_bytes(garbage)
    hall = Hall.open(data)
    try:
        assert hall.quarantined is not None
        assert hall.quarantined.read_bytes() == garbage
        assert hall.catalog.count() == 0  # a fresh, working cache
    finally:
        hall.close()
    with sqlite3.connect(data.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unwritable_data_dir_gives_a_chinese_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        Hall.open(DataDir(blocker / "data"))
    assert "数据目录" in str(info.value) and "不可写" in str(info.value)


def test_worker_refuses_blocking_calls_from_a_ui_thread(hall: Hall) -> None:
    from hallclient.worker import BlockingCallError

    hall.worker.forbid_blocking()
    with pytest.raises(BlockingCallError):
        hall.catalog.count()
    assert hall.worker.submit(lambda: 42).result() == 42
