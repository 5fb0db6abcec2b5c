"""Applying the counters' outbox ops exactly once: the registry of op types and the batch wrapper.

A counter may send the same op any number of times (a lost reply, a crash before it noted the
answer, two retries racing); ``applied_ops`` holds every applied op id with the answer it got, in
the same transaction as the op's effect, so a resent op gets that stored answer (``duplicate``)
instead of a second application.

A batch is first tried the fast way: every op in one transaction, no SAVEPOINTs, the op ids
written together at the end. That is right whenever nothing goes wrong, which is nearly always. If
any op is refused, or a concurrent submission of the same ops collides with this one (a unique
violation), the whole attempt is rolled back and the batch is applied again the careful way: each
op in its own SAVEPOINT, its id inserted *first* — so on PostgreSQL a concurrent duplicate waits for
the first transaction and then finds the id — and a rejected op rolls back alone, with its Chinese
reason, while later ops of the same record are held back (``blocked``).

Appliers never write feed entries themselves: they return ``{"record": {"entity", "key", "data"}}``
and the wrapper records it for applied ops only, after the last SAVEPOINT (the feed's commit hooks
also fire for SAVEPOINTs), so a rejected op cannot leak a feed entry.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, tuple_, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from central import feed
from central.auth import Principal
from central.models import AppliedOp, Change
from hallclient import clock
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError

log = logging.getLogger(__name__)

T = TypeVar("T")

APPLIED, DUPLICATE, REJECTED, BLOCKED = "applied", "duplicate", "rejected", "blocked"


@dataclass(frozen=True)
class Op:
    """One op as a counter sent it."""

    op_id: str
    type: str
    record_key: str
    payload: dict[str, Any]
    device_id: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class Outcome:
    """The per-op answer: ``answer`` for applied/duplicate, ``reason``/``code`` for rejected/blocked."""

    op_id: str
    status: str
    answer: dict[str, Any] | None = None
    reason: str | None = None
    code: str | None = None


Applier = Callable[[Session, dict[str, Any], Principal, Op], dict[str, Any]]
Writer = Callable[[Callable[[Session], T]], T]

_APPLIERS: dict[str, Applier] = {}


def register_op(op_type: str, applier: Applier) -> None:
    """Make ``op_type`` accepted by ``POST /api/v1/ops``.

    ``applier(session, payload, principal, op)`` does the work in the caller's transaction and
    returns the answer; raise a ``HallError`` (``ValidationError``, ``ConflictError`` ...) to reject
    the op with its Chinese message. Name the record it touched as ``answer["record"] = {"entity",
    "key", "data"}`` (``data`` in the feed's shape): it becomes the feed entry, and the counter gets
    the server's current record back with the answer.
    """
    _APPLIERS[op_type] = applier


class _Careful(Exception):
    """The fast attempt met a refusal or a collision: roll it back and go op by op."""


_CODES: tuple[tuple[type[HallError], str], ...] = (
    (ValidationError, "invalid"), (NotFoundError, "not_found"), (ConflictError, "conflict"))


def _reject(op: Op, exc: HallError) -> Outcome:
    code = next((c for cls, c in _CODES if isinstance(exc, cls)), "refused")
    log.info("op %s (%s) rejected: %s", op.op_id, op.type, exc)
    return Outcome(op.op_id, REJECTED, reason=str(exc), code=code)


def _run(session: Session, op: Op, principal: Principal) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The op's effect; returns (the answer to store, the record for the feed). Raises HallError to refuse."""
    applier = _APPLIERS.get(op.type)
    if applier is None:
        raise ValidationError("中心系统不支持操作类型 {type}", type=op.type)
    try:
        answer = applier(session, op.payload, principal, op)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("op %s (%s) has a malformed payload: %r", op.op_id, op.type, exc)
        raise ValidationError("操作内容不符合中心系统的要求：{error}", error=type(exc).__name__) from exc
    record = answer.get("record")
    if record:
        return {**answer, "record": {"entity": record["entity"], "key": record["key"]}}, record
    return answer, None


def _stored(session: Session, op_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored answers of those ``op_ids`` already applied."""
    ids = list(op_ids)
    return {op_id: answer for op_id, answer in session.execute(
        select(AppliedOp.op_id, AppliedOp.answer).where(AppliedOp.op_id.in_(ids)))}


def _applied_row(op: Op, answer: dict[str, Any]) -> dict[str, Any]:
    return {"op_id": op.op_id, "device_id": op.device_id, "type": op.type, "answer": answer,
            "applied_at": clock.now()}


def _fast(session: Session, ops: Sequence[Op], principal: Principal) -> list[Outcome]:
    stored = _stored(session, (op.op_id for op in ops))
    outcomes: list[Outcome] = []
    rows: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    for op in ops:
        if op.op_id in stored:
            outcomes.append(Outcome(op.op_id, DUPLICATE, stored[op.op_id]))
            continue
        try:
            answer, record = _run(session, op, principal)
        except (HallError, IntegrityError, DataError) as exc:
            raise _Careful from exc
        stored[op.op_id] = answer
        rows.append(_applied_row(op, answer))
        records.extend([record] if record else [])
        outcomes.append(Outcome(op.op_id, APPLIED, answer))
    if rows:
        try:
            session.execute(insert(AppliedOp), rows)
        except IntegrityError as exc:  # the same ops committed meanwhile by another submission
            raise _Careful from exc
    _record(session, records)
    return outcomes


def _careful_one(session: Session, op: Op, principal: Principal) -> tuple[Outcome, dict[str, Any] | None]:
    savepoint = session.begin_nested()
    try:
        session.execute(insert(AppliedOp), [_applied_row(op, {})])
    except IntegrityError:
        savepoint.rollback()
        return Outcome(op.op_id, DUPLICATE, _stored(session, [op.op_id])[op.op_id]), None
    try:
        answer, record = _run(session, op, principal)
        session.execute(update(AppliedOp).where(AppliedOp.op_id == op.op_id).values(answer=answer))
    except HallError as exc:
        savepoint.rollback()
        return _reject(op, exc), None
    except (IntegrityError, DataError) as exc:
        savepoint.rollback()
        log.warning("op %s (%s) violates the central schema: %s", op.op_id, op.type, exc.orig)
        return _reject(op, ValidationError("操作内容不符合中心系统的要求：{error}", error=type(exc).__name__)), None
    savepoint.commit()
    return Outcome(op.op_id, APPLIED, answer), record


def _careful(session: Session, ops: Sequence[Op], principal: Principal) -> list[Outcome]:
    stored = _stored(session, (op.op_id for op in ops))
    stopped: set[str] = set()
    outcomes: list[Outcome] = []
    records: list[dict[str, Any]] = []
    for op in ops:
        if op.record_key in stopped:
            outcomes.append(Outcome(op.op_id, BLOCKED, reason="等待同一记录的前一操作", code="blocked"))
            continue
        if op.op_id in stored:
            outcome, record = Outcome(op.op_id, DUPLICATE, stored[op.op_id]), None
        else:
            outcome, record = _careful_one(session, op, principal)
        if outcome.status == REJECTED:
            stopped.add(op.record_key)
        records.extend([record] if record else [])
        outcomes.append(outcome)
    _record(session, records)
    return outcomes


def _record(session: Session, records: list[dict[str, Any]]) -> None:
    for record in records:
        feed.record(session, record["entity"], record["key"], record["data"])


def apply_batch(write: Writer[list[Outcome]], ops: Sequence[Op], principal: Principal) -> list[Outcome]:
    """Apply ``ops`` in order, each exactly once; ``write(fn)`` runs ``fn(session)`` in one transaction."""
    try:
        outcomes = write(lambda session: _fast(session, ops, principal))
    except _Careful:
        outcomes = write(lambda session: _careful(session, ops, principal))
    for op, outcome in zip(ops, outcomes, strict=True):
        if outcome.status in (APPLIED, DUPLICATE):
            log.info("%s op %s (%s) from device %s", "applied" if outcome.status == APPLIED else "duplicate",
                     op.op_id, op.type, op.device_id)
    return outcomes


def current_records(session: Session, refs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Change]:
    """The newest feed entry of each (entity, key): the server's current record and its sequence."""
    wanted = sorted(set(refs))
    found: dict[tuple[str, str], Change] = {}
    for start in range(0, len(wanted), 400):
        chunk = wanted[start:start + 400]
        newest = (select(func.max(Change.seq)).where(tuple_(Change.entity, Change.key).in_(chunk))
                  .group_by(Change.entity, Change.key))
        for change in session.scalars(select(Change).where(Change.seq.in_(newest))):
            found[(change.entity, change.key)] = change
    return found
