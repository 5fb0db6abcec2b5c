"""The outbox: mutations waiting to reach the central system, written in the same transaction.

No other path sends a mutation to the centre. An op for a record waits behind any earlier op for
the same record that is still pending or was rejected; ops for other records flow past it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import OutboxOp
from hallclient.hall import Service, query

PENDING = "pending"
REJECTED = "rejected"


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    rejected: int
    by_type: dict[str, int]


class OutboxService(Service):
    def add(self, session: Session, op_type: str, record_key: str, payload: dict[str, Any]) -> str:
        """Queue an op inside the caller's transaction; returns its op id (the idempotency key)."""
        op_id = str(uuid.uuid4())
        session.add(
            OutboxOp(op_id=op_id, type=op_type, record_key=record_key, payload=payload,
                     created_at=clock.now(), device_id=self.hall.device_id)
        )
        return op_id

    @query
    def summary(self, session: Session) -> OutboxSummary:
        rows = session.execute(
            select(OutboxOp.state, OutboxOp.type, func.count()).group_by(OutboxOp.state, OutboxOp.type)
        )
        by_state: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        for state, op_type, count in rows:
            by_state[state] += count
            if state == PENDING:
                by_type[op_type] += count
        return OutboxSummary(by_state[PENDING], by_state[REJECTED], dict(by_type))
