"""``POST /api/v1/ops``: a counter's outbox ops, applied exactly once, answered op by op."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

import central.consultations  # noqa: F401  (registers the consultation.* ops)
from central import API_VERSION, ops
from central.api.deps import CentralState, current_user, state
from central.api.versioned import stamp
from central.auth import Principal
from hallclient import clock

router = APIRouter(tags=["sync"], dependencies=[Depends(stamp)])

MAX_BATCH = 500


class OpIn(BaseModel):
    op_id: str = Field(min_length=1, max_length=36, description="the client's UUID: the idempotency key")
    type: str = Field(min_length=1, max_length=48, examples=["consultation.create"])
    record_key: str = Field(min_length=1, max_length=80, examples=["consultation:0b9e…"])
    payload: dict[str, Any]
    created_at: dt.datetime | None = None
    device_id: str | None = Field(default=None, max_length=36)


class OpsRequest(BaseModel):
    ops: list[OpIn] = Field(max_length=MAX_BATCH)


class RecordOut(BaseModel):
    entity: str
    key: str
    seq: int = Field(description="the change-feed sequence of this version of the record")
    data: dict[str, Any] | None


class OpOutcome(BaseModel):
    op_id: str
    status: Literal["applied", "duplicate", "rejected", "blocked"]
    answer: dict[str, Any] | None = Field(description="applied/duplicate: the stored answer (the same every time)")
    reason: str | None = Field(description="rejected/blocked: why, in Chinese")
    code: str | None
    record: RecordOut | None = Field(description="applied/duplicate: the server's current record")


class OpsReply(BaseModel):
    api_version: int
    server_time: str
    results: list[OpOutcome]


def _apply(central: CentralState, body: OpsRequest, user: Principal) -> OpsReply:
    batch = [ops.Op(o.op_id, o.type, o.record_key, o.payload, o.device_id or user.device_id or "", o.created_at)
             for o in body.ops]
    outcomes = ops.apply_batch(central.run_write, batch, user)
    refs = {(r["entity"], r["key"]) for o in outcomes if o.answer and (r := o.answer.get("record"))}
    current = central.run_read(lambda session: ops.current_records(session, refs)) if refs else {}

    def record_of(outcome: ops.Outcome) -> RecordOut | None:
        ref = (outcome.answer or {}).get("record")
        change = current.get((ref["entity"], ref["key"])) if ref else None
        return None if change is None else RecordOut(entity=change.entity, key=change.key, seq=change.seq,
                                                     data=change.data)

    return OpsReply(api_version=API_VERSION, server_time=clock.now().isoformat(), results=[
        OpOutcome(op_id=o.op_id, status=o.status, answer=o.answer, reason=o.reason, code=o.code, record=record_of(o))
        for o in outcomes])


@router.post("/ops", response_model=OpsReply)
async def push_ops(body: OpsRequest, user: Principal = Depends(current_user),  # noqa: B008
                   central: CentralState = Depends(state)) -> OpsReply:  # noqa: B008
    """Apply the ops in order, each exactly once; the write and the read-back share one thread hop."""
    return await run_in_threadpool(_apply, central, body, user)
