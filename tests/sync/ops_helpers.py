"""Building raw ``POST /api/v1/ops`` requests and reading the central database, for the sync tests."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select

from central.models import AppliedOp, Change, Consultation


def create_op(consultation_id: str | None = None, **fields: Any) -> dict[str, Any]:
    cid = consultation_id or str(uuid.uuid4())
    payload = {"id": cid, "staff": "guide1", "started_at": dt.datetime.now(dt.UTC).isoformat(), **fields}
    return {"op_id": str(uuid.uuid4()), "type": "consultation.create", "record_key": f"consultation:{cid}",
            "payload": payload}


def update_op(consultation_id: str, **fields: Any) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "type": "consultation.update", "record_key": f"consultation:{consultation_id}",
            "payload": {"id": consultation_id, **fields}}


def central_read(central: Any, fn: Any) -> Any:
    """Run ``fn(session)`` against the running central service's database."""
    return central.app.state.central.run_read(fn)


def consultation_notes(central: Any) -> dict[str, str]:
    return central_read(central, lambda s: {c.id: c.note for c in s.scalars(select(Consultation))})


def applied_count(central: Any) -> int:
    return central_read(central, lambda s: s.scalar(select(func.count()).select_from(AppliedOp)))


def feed_notes(central: Any, consultation_id: str) -> list[str]:
    """The notes of every feed entry of one consultation, in sequence order."""
    return central_read(central, lambda s: [c.data["note"] for c in s.scalars(
        select(Change).where(Change.entity == "consultation", Change.key == consultation_id).order_by(Change.seq))])
