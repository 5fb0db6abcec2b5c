"""The outbox: mutations waiting to reach the central system, written in the same transaction.

No other path sends a mutation to the centre. An op for a record waits behind any earlier op for
the same record that is still pending or was rejected; ops for other records flow past it. The
centre's answers are noted here too (:meth:`OutboxService.settle`), in one transaction with the
records it sent back, so a crash between "the centre applied it" and "we know" only means the op
is sent again and answered ``duplicate``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import OutboxOp
from hallclient.changes import Changes, OpResult
from hallclient.errors import ConflictError, NotFoundError
from hallclient.hall import Service, mutation, query
from hallclient.ids import new_id
from hallclient.services import synclog
from hallclient.services.replica import FeedEntry, settle

PENDING = "pending"
REJECTED = "rejected"

#: The centre's verdicts on one op (``POST /api/v1/ops``).
APPLIED, DUPLICATE, BLOCKED = "applied", "duplicate", "blocked"
VERDICTS = frozenset({APPLIED, DUPLICATE, REJECTED, BLOCKED})

BATCH = 500


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    rejected: int
    by_type: dict[str, int]


@dataclass(frozen=True)
class OutboxItem:
    op_id: str
    type: str
    record_key: str
    payload: dict[str, Any]
    created_at: dt.datetime
    device_id: str
    attempts: int
    last_error: str | None
    state: str


@dataclass(frozen=True)
class OpAnswer:
    """The centre's verdict on one op; ``record`` is its current version of the record (applied/duplicate)."""

    op_id: str
    status: str
    reason: str | None = None
    record: FeedEntry | None = None


def _item(op: OutboxOp) -> OutboxItem:
    return OutboxItem(op.op_id, op.type, op.record_key, op.payload, op.created_at, op.device_id, op.attempts,
                      op.last_error, op.state)


class OutboxService(Service):
    def add(self, session: Session, op_type: str, record_key: str, payload: dict[str, Any]) -> str:
        """Queue an op inside the caller's transaction; returns its op id (the idempotency key)."""
        op_id = new_id()
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

    @query
    def next_batch(self, session: Session, limit: int = BATCH) -> list[OutboxItem]:
        """The oldest sendable ops: pending, and not behind a rejected op of the same record."""
        held = select(OutboxOp.record_key).where(OutboxOp.state == REJECTED)
        rows = session.scalars(select(OutboxOp).where(OutboxOp.state == PENDING, OutboxOp.record_key.not_in(held))
                               .order_by(OutboxOp.id).limit(limit))
        return [_item(op) for op in rows]

    @query
    def problems(self, session: Session) -> list[OutboxItem]:
        """The "同步问题" list: rejected ops with the centre's reason, oldest first."""
        return [_item(op) for op in session.scalars(
            select(OutboxOp).where(OutboxOp.state == REJECTED).order_by(OutboxOp.id))]

    @query
    def pending_for(self, session: Session, record_key: str) -> list[OutboxItem]:
        return [_item(op) for op in session.scalars(
            select(OutboxOp).where(OutboxOp.record_key == record_key).order_by(OutboxOp.id))]

    @mutation
    def settle(self, session: Session, answers: Sequence[OpAnswer]) -> OpResult[int]:
        """Note the centre's verdicts; returns how many ops left the pending state.

        Applied and duplicate ops leave the outbox and their record is brought up to the centre's
        version (unless more local ops for it still wait); a rejected op stays, visible, with the
        reason; a blocked one stays pending behind its record's rejected op.
        """
        ops = {op.op_id: op for op in session.scalars(
            select(OutboxOp).where(OutboxOp.op_id.in_([a.op_id for a in answers])))}
        done: list[str] = []
        confirmed: list[FeedEntry] = []
        lines: list[synclog.LogLine] = []
        settled = 0
        for answer in answers:
            op = ops.get(answer.op_id)
            if op is None or op.state != PENDING:
                continue  # a reply we have already noted
            if answer.status in (APPLIED, DUPLICATE):
                done.append(op.op_id)
                if answer.record is not None:
                    confirmed.append(answer.record)
            else:
                op.attempts += 1
                op.last_error = answer.reason
                if answer.status == BLOCKED:
                    continue
                op.state = REJECTED
            settled += 1
            lines.append(synclog.line(synclog.PUSH, op.type, answer.status, answer.reason, op.op_id))
        if done:
            session.execute(delete(OutboxOp).where(OutboxOp.op_id.in_(done))
                            .execution_options(synchronize_session=False))  # the rows loaded above are not used again
        _applied, changes = settle(session, confirmed)
        synclog.write(session, lines)
        return OpResult(settled, changes | Changes(outbox=True, sync=True))

    @mutation
    def note_failure(self, session: Session, op_ids: Sequence[str], message: str) -> OpResult[None]:
        """The batch did not get through (offline, timeout, bad reply): count the attempt, keep the reason."""
        session.execute(update(OutboxOp).where(OutboxOp.op_id.in_(op_ids))
                        .values(attempts=OutboxOp.attempts + 1, last_error=message))
        return OpResult(None, Changes(sync=True))

    @mutation
    def retry(self, session: Session, op_id: str, actor: str) -> OpResult[None]:
        """The user's "重试" on a rejected op: it goes back to the queue (ahead of its record's later ops)."""
        op = session.scalars(select(OutboxOp).where(OutboxOp.op_id == op_id)).one_or_none()
        if op is None:
            raise NotFoundError("待同步操作 {op_id} 不存在", op_id=op_id)
        if op.state != REJECTED:
            raise ConflictError("该操作未被拒绝，无需重试")
        op.state = PENDING
        self.hall.record_audit(session, actor, "sync.retry", op.record_key, op_id=op_id, type=op.type)
        synclog.write(session, [synclog.line(synclog.PUSH, op.type, "retry", op.last_error, op_id)])
        return OpResult(None, Changes(outbox=True, sync=True, keys=frozenset({op.record_key})))
