"""The hall's configuration as this counter knows it: zones, windows and hall-wide values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient.cache.models import HallSetting, Window, Zone
from hallclient.hall import Service, query


@dataclass(frozen=True)
class ZoneInfo:
    code: str
    name: str
    ticket_prefix: str
    warn_level: int | None
    daily_cap: int | None


@dataclass(frozen=True)
class WindowInfo:
    id: str
    number: int
    name: str
    kind: str
    zones: tuple[str, ...]
    ticket_kinds: tuple[str, ...]
    department: str | None
    status: str
    status_since: dt.datetime | None
    pause_reason: str | None
    clerk: str | None


def zone_info(row: Zone) -> ZoneInfo:
    return ZoneInfo(row.code, row.name, row.ticket_prefix, row.warn_level, row.daily_cap)


def window_info(row: Window) -> WindowInfo:
    return WindowInfo(row.id, row.number, row.name, row.kind, tuple(row.zones), tuple(row.ticket_kinds),
                      row.department, row.status, row.status_since, row.pause_reason, row.clerk)


class HallConfigService(Service):
    @query
    def zones(self, session: Session) -> list[ZoneInfo]:
        return [zone_info(z) for z in session.scalars(select(Zone).order_by(Zone.sort_order, Zone.code))]

    @query
    def windows(self, session: Session) -> list[WindowInfo]:
        return [window_info(w) for w in session.scalars(select(Window).order_by(Window.number))]

    @query
    def setting(self, session: Session, key: str, default: Any = None) -> Any:
        row = session.get(HallSetting, key)
        return default if row is None else row.value
