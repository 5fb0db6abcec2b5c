"""Opening the local SQLite cache with the durability settings a counter needs.

The durability pragmas are set on every connection by :mod:`hallclient.sqlite`. A file that SQLite cannot read is moved
aside with a timestamp, never deleted: somebody may still recover a clerk's work from it.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from hallclient.errors import StorageError
from hallclient.sqlite import create_sqlite_engine

log = logging.getLogger(__name__)

def check_integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` on a file, as SQLite words it (``"ok"`` when healthy)."""
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows)


def quarantine(path: Path) -> Path:
    """Move a damaged database (and its WAL/SHM files) aside and return where it went."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if src.exists():
            src.rename(Path(str(target) + suffix))
    log.error("local database %s failed its integrity check; moved to %s", path, target)
    return target


def open_checked(path: Path) -> tuple[Engine, Path | None]:
    """Open ``path``; if it exists but is damaged, quarantine it first and start a fresh file.

    Returns the engine and, when a damaged file was moved aside, where it now lives.
    """
    moved: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        verdict = check_integrity(path)
        if verdict != "ok":
            moved = quarantine(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_sqlite_engine(path)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        raise StorageError("无法打开本地数据库 {path}：{reason}", path=str(path), reason=str(exc)) from exc
    return engine, moved
