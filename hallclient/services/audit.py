"""Reading the append-only audit trail (writing happens inside each mutation's transaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient.cache.models import AuditEvent
from hallclient.hall import Service, query


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    window_id: str | None
    action: str
    target: str | None
    detail: dict[str, Any]


class AuditService(Service):
    @query
    def recent(self, session: Session, limit: int = 200) -> list[AuditEntry]:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
        return [AuditEntry(r.at, r.actor, r.window_id, r.action, r.target, r.detail) for r in rows]
