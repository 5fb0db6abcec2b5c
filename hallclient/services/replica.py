"""Applying the central system's change feed to the local cache.

A page of changes and the new cursor are written in one transaction, so a crash never leaves the
cursor ahead of the data (or behind it and re-applying is harmless: every applier is an upsert).
A change never overwrites a record that still has pending or rejected outbox ops: the counter's own
edit wins until the centre has seen it (its echo arrives later in the feed).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import CalendarDay, CalendarYear, HallSetting, OutboxOp, SyncCursor, Window, Zone
from hallclient.changes import Changes, OpResult
from hallclient.hall import Service, mutation, query
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
    "hall_setting": (_store_simple(HallSetting, "key", ("value",)), "hall"),
    "calendar_year": (_store_calendar_year, "hall"),
    "item": (store_item, "catalog"),
    "bundle": (store_bundle, "catalog"),
}


def register_applier(entity: str, applier: Applier, flag: str) -> None:
    """Let a service own the storing of its entity (tickets, cases, results ...)."""
    APPLIERS[entity] = (applier, flag)


class ReplicaService(Service):
    @query
    def cursor(self, session: Session, name: str = FEED) -> int:
        row = session.get(SyncCursor, name)
        return 0 if row is None else row.value

    @mutation
    def apply_page(self, session: Session, entries: Sequence[FeedEntry], new_cursor: int,
                   name: str = FEED) -> OpResult[int]:
        """Apply ``entries`` and move the cursor to ``new_cursor``; returns how many were applied."""
        held = set(session.scalars(select(OutboxOp.record_key).distinct()))
        flags: dict[str, bool] = {}
        keys: set[str] = set()
        applied = 0
        for entry in entries:
            record_key = f"{entry.entity}:{entry.key}"
            if record_key in held:
                continue  # the counter's own pending edit wins until the centre has seen it
            handler = APPLIERS.get(entry.entity)
            if handler is None:
                log.warning("change feed entry %s of unknown entity %r ignored", entry.seq, entry.entity)
                continue
            applier, flag = handler
            applier(session, entry.key, entry.data, entry.seq)
            flags[flag] = True
            keys.add(record_key)
            applied += 1
        cursor = session.get(SyncCursor, name)
        if cursor is None:
            cursor = SyncCursor(name=name, value=0)
            session.add(cursor)
        cursor.value = max(cursor.value, new_cursor)
        cursor.updated_at = clock.now()
        return OpResult(applied, Changes(sync=True, keys=frozenset(keys), **flags))
