"""Applying the central system's change feed to the local cache.

A page of changes and the new cursor are written in one transaction, so a crash never leaves the
cursor ahead of the data (or behind it and re-applying is harmless: every applier is an upsert).
A change never overwrites a record that still has pending or rejected outbox ops: the counter's own
edit wins until the centre has seen it. The cursor moves on regardless, so such a change is kept
(:class:`~hallclient.cache.models.HeldChange`, newest per record) and applied by :func:`settle` when
the record's last op clears — together with the record the centre sent back in the op's answer,
whichever is newer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import (
    CalendarDay,
    CalendarYear,
    HallSetting,
    HeldChange,
    OutboxOp,
    SyncCursor,
    Window,
    WindowPause,
    Zone,
)
from hallclient.changes import Changes, OpResult
from hallclient.hall import Service, mutation, query
from hallclient.services import synclog
from hallclient.services.catalog import store_bundle, store_item

log = logging.getLogger(__name__)

FEED = "changes"


@dataclass(frozen=True)
class FeedEntry:
    """One entry of ``GET /api/v1/changes``: ``data`` None means the record was deleted."""

    seq: int
    entity: str
    key: str
    data: dict[str, Any] | None


Applier = Callable[[Session, str, dict[str, Any] | None, int], None]


def _store_simple(model: type, pk: str, fields: Sequence[str]) -> Applier:
    def store(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
        row = session.get(model, key)
        if data is None:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = model(**{pk: key})
            session.add(row)
        for name in fields:
            if name in data:
                setattr(row, name, data[name])
        row.server_seq = seq

    return store


def _store_window(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    if data is not None and data.get("status_since"):
        data = {**data, "status_since": dt.datetime.fromisoformat(data["status_since"])}
    _store_window_fields(session, key, data, seq)


_store_window_fields = _store_simple(
    Window, "id", ("number", "name", "kind", "zones", "ticket_kinds", "department", "status", "status_since",
                   "pause_reason", "clerk"))


def _store_window_pause(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """A window's pause interval, stored under the centre's id; its end arrives as a newer entry."""
    row = session.get(WindowPause, int(key))
    if data is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = WindowPause(id=int(key))
        session.add(row)
    row.window_id, row.reason, row.clerk = data["window_id"], data["reason"], data.get("clerk")
    row.service_date = dt.date.fromisoformat(data["service_date"])
    row.started_at = dt.datetime.fromisoformat(data["started_at"])
    row.ended_at = dt.datetime.fromisoformat(data["ended_at"]) if data.get("ended_at") else None
    row.server_seq = seq


def _store_calendar_year(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """A whole year of holiday exceptions replaces what the counter had for that year."""
    year = int(key)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for day in session.scalars(select(CalendarDay).where(CalendarDay.day.between(start, end))):
        session.delete(day)
    row = session.get(CalendarYear, year)
    if data is None:
        if row is not None:
            session.delete(row)
        return
    session.flush()
    for entry in data["days"]:
        session.add(CalendarDay(day=dt.date.fromisoformat(entry["day"]), is_workday=entry["workday"],
                                name=entry.get("name", "")))
    if row is None:
        row = CalendarYear(year=year)
        session.add(row)
    row.published_at = dt.datetime.fromisoformat(data["published_at"]) if data.get("published_at") else None
    row.server_seq = seq


#: entity name → (applier, which change flag it raises)
APPLIERS: dict[str, tuple[Applier, str]] = {
    "zone": (_store_simple(Zone, "code", ("name", "ticket_prefix", "warn_level", "daily_cap", "sort_order")),
             "hall"),
    "window": (_store_window, "hall"),
    "window_pause": (_store_window_pause, "hall"),
    "hall_setting": (_store_simple(HallSetting, "key", ("value",)), "hall"),
    "calendar_year": (_store_calendar_year, "hall"),
    "item": (store_item, "catalog"),
    "bundle": (store_bundle, "catalog"),
}


#: entity → the model whose primary key is the feed key, for entities that arrive by the thousand
MODELS: dict[str, type] = {}

_PREFETCHED = "replica_prefetched"
_NEW_ROWS = "replica_new_rows"


def register_applier(entity: str, applier: Applier, flag: str, *, model: type | None = None) -> None:
    """Let a service own the storing of its entity (tickets, cases, results ...).

    With ``model``, the rows a page touches are loaded in one query before the appliers run, and
    the appliers find them with :func:`existing` without a query each.
    """
    APPLIERS[entity] = (applier, flag)
    if model is not None:
        MODELS[entity] = model


def _prefetch(session: Session, newest: dict[str, FeedEntry]) -> dict[tuple[type, str], Any]:
    """The rows of registered models that the page touches, in one query per entity (None: absent)."""
    by_entity: dict[str, list[str]] = {}
    for entry in newest.values():
        if entry.entity in MODELS:
            by_entity.setdefault(entry.entity, []).append(entry.key)
    rows: dict[tuple[type, str], Any] = {}
    for entity, keys in by_entity.items():
        model = MODELS[entity]
        column = model.__mapper__.primary_key[0]  # type: ignore[attr-defined]
        rows.update({(model, key): None for key in keys})
        rows.update({(model, getattr(row, column.key)): row
                     for row in session.scalars(select(model).where(column.in_(keys)))})
    return rows


def insert_later(session: Session, model: type, values: dict[str, Any]) -> None:
    """Queue a new row of a prefetched model: :func:`settle` inserts a page's new rows in one statement."""
    session.info.setdefault(_NEW_ROWS, {}).setdefault(model, []).append(values)


def _insert_new_rows(session: Session) -> None:
    for model, rows in session.info.pop(_NEW_ROWS, {}).items():
        session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]


def existing(session: Session, model: type, key: str) -> Any:
    """The row of ``model`` for ``key`` or None (without a query when :func:`settle` prefetched it)."""
    prefetched = session.info.get(_PREFETCHED, {})
    if (model, key) in prefetched:
        return prefetched[(model, key)]
    return session.get(model, key)


def _newest(entries: Iterable[FeedEntry]) -> dict[str, FeedEntry]:
    """Per record, the entry with the highest sequence (each entry carries the whole record)."""
    newest: dict[str, FeedEntry] = {}
    for entry in entries:
        record_key = f"{entry.entity}:{entry.key}"
        known = newest.get(record_key)
        if known is None or entry.seq > known.seq:
            newest[record_key] = entry
    return newest


def settle(session: Session, entries: Iterable[FeedEntry]) -> tuple[int, Changes]:
    """Apply records the centre sent (feed pages, op answers); hold those whose local ops still wait.

    Returns how many were applied and what changed. A held entry older than the one arriving is
    superseded; a newer one wins over it (another counter edited the record later).
    """
    newest = _newest(entries)
    if not newest:
        return 0, Changes()
    keys = list(newest)
    waiting = set(session.scalars(select(OutboxOp.record_key).where(OutboxOp.record_key.in_(keys)).distinct()))
    held = {h.record_key: h for h in session.scalars(select(HeldChange).where(HeldChange.record_key.in_(keys)))}
    flags: dict[str, bool] = {}
    applied: set[str] = set()
    session.info[_PREFETCHED] = _prefetch(session, {k: e for k, e in newest.items() if k not in waiting})
    try:
        for record_key, entry in newest.items():
            _settle_one(session, record_key, entry, held.get(record_key), record_key in waiting, flags, applied)
        _insert_new_rows(session)
    finally:
        session.info.pop(_PREFETCHED, None)
        session.info.pop(_NEW_ROWS, None)
    return len(applied), Changes(keys=frozenset(applied), **flags)


def _settle_one(session: Session, record_key: str, entry: FeedEntry, held: HeldChange | None, waiting: bool,
                flags: dict[str, bool], applied: set[str]) -> None:
    """Hold ``entry`` (the newer of it and the held one) while local ops wait, else apply it."""
    if held is not None and held.seq > entry.seq:
        entry = FeedEntry(held.seq, held.entity, held.key, held.data)
    if waiting:
        if held is None:
            session.add(HeldChange(record_key=record_key, entity=entry.entity, key=entry.key, seq=entry.seq,
                                   data=entry.data))
        else:
            held.seq, held.data = entry.seq, entry.data
        return
    if held is not None:
        session.delete(held)
    handler = APPLIERS.get(entry.entity)
    if handler is None:
        log.warning("change feed entry %s of unknown entity %r ignored", entry.seq, entry.entity)
        return
    applier, flag = handler
    applier(session, entry.key, entry.data, entry.seq)
    flags[flag] = True
    applied.add(record_key)


class ReplicaService(Service):
    @query
    def cursor(self, session: Session, name: str = FEED) -> int:
        row = session.get(SyncCursor, name)
        return 0 if row is None else row.value

    @query
    def held_count(self, session: Session) -> int:
        """Pulled changes waiting behind this counter's own unsent or rejected ops."""
        return session.scalar(select(func.count()).select_from(HeldChange)) or 0

    @mutation
    def apply_page(self, session: Session, entries: Sequence[FeedEntry], new_cursor: int,
                   name: str = FEED) -> OpResult[int]:
        """Apply ``entries`` and move the cursor to ``new_cursor``; returns how many were applied."""
        applied, changes = settle(session, entries)
        if entries:
            synclog.write(session, [synclog.line(synclog.PULL, name, "done", f"收到 {len(entries)} 条变更")])
        cursor = session.get(SyncCursor, name)
        if cursor is None:
            cursor = SyncCursor(name=name, value=0)
            session.add(cursor)
        cursor.value = max(cursor.value, new_cursor)
        cursor.updated_at = clock.now()
        return OpResult(applied, changes | Changes(sync=True))
