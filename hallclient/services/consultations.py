"""咨询登记 at this counter: each consultation is written with its outbox op in one transaction.

The first record type that travels through the outbox: the guide desk or a window logs who asked
about which items, whether a one-time notice (一次性告知) was given, and when. The centre echoes
every stored consultation in the change feed (entity ``consultation``), which the applier below
stores here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import Consultation
from hallclient.changes import Changes, OpResult
from hallclient.domain.consultation import EDITABLE, check_fields, check_new, columns, parse_time
from hallclient.errors import NotFoundError
from hallclient.hall import Service, mutation, query
from hallclient.services.replica import existing, insert_later, register_applier

ENTITY = "consultation"
#: The change flag consultations raise (the guide desk shows them next to its tickets).
FLAG = "tickets"


@dataclass(frozen=True)
class ConsultationInfo:
    id: str
    ticket_number: str | None
    item_codes: tuple[str, ...]
    note: str
    notice_given: bool
    window_id: str | None
    staff: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    server_seq: int


def record_key(consultation_id: str) -> str:
    return f"{ENTITY}:{consultation_id}"


def _info(c: Consultation) -> ConsultationInfo:
    return ConsultationInfo(c.id, c.ticket_number, tuple(c.item_codes), c.note, c.notice_given, c.window_id, c.staff,
                            c.started_at, c.finished_at, c.server_seq)


def _assign(row: Consultation, fields: dict[str, Any]) -> None:
    for name, value in columns(fields).items():
        setattr(row, name, value)


def store_consultation(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier: the centre's version of a consultation (older sequences than ours are ignored)."""
    row = existing(session, Consultation, key)
    if data is None:
        if row is not None:
            session.delete(row)
        return
    values = {"staff": data["staff"], "started_at": parse_time(data["started_at"], "开始时间"),
              **columns({name: data[name] for name in EDITABLE}), "server_seq": seq}
    if row is None:
        insert_later(session, Consultation, {"id": key, **values})
    elif row.server_seq <= seq:
        for name, value in values.items():
            setattr(row, name, value)


register_applier(ENTITY, store_consultation, FLAG, model=Consultation)


class ConsultationService(Service):
    @mutation
    def create(self, session: Session, *, staff: str, window_id: str | None = None,
               item_codes: Sequence[str] = (), note: str = "", notice_given: bool = False,
               ticket_number: str | None = None, started_at: dt.datetime | None = None,
               finished_at: dt.datetime | None = None) -> OpResult[str]:
        """Log a consultation; returns its id (a UUID made here, so it never clashes with another desk's)."""
        payload = check_new(str(uuid.uuid4()), staff, started_at or clock.now(), {
            "window_id": window_id, "item_codes": list(item_codes), "note": note, "notice_given": notice_given,
            "ticket_number": ticket_number, "finished_at": finished_at})
        row = Consultation(id=payload["id"], staff=staff, started_at=parse_time(payload["started_at"], "开始时间"))
        _assign(row, {name: payload[name] for name in EDITABLE})
        session.add(row)
        key = record_key(row.id)
        self.hall.outbox.add(session, "consultation.create", key, payload)
        self.hall.record_audit(session, staff, "consultation.create", key, window_id=window_id,
                               items=len(payload["item_codes"]))
        return OpResult(row.id, Changes(outbox=True, keys=frozenset({key}), **{FLAG: True}))

    @mutation
    def update(self, session: Session, consultation_id: str, *, actor: str, **fields: Any) -> OpResult[None]:
        """Change editable fields (note, items, notice, finish time ...); only the changed ones travel."""
        row = session.get(Consultation, consultation_id)
        if row is None:
            raise NotFoundError("咨询登记 {id} 不存在", id=consultation_id)
        changed = check_fields(fields)
        _assign(row, changed)
        key = record_key(consultation_id)
        self.hall.outbox.add(session, "consultation.update", key, {"id": consultation_id, **changed})
        self.hall.record_audit(session, actor, "consultation.update", key, window_id=row.window_id,
                               fields=sorted(changed))
        return OpResult(None, Changes(outbox=True, keys=frozenset({key}), **{FLAG: True}))

    @query
    def get(self, session: Session, consultation_id: str) -> ConsultationInfo | None:
        row = session.get(Consultation, consultation_id)
        return None if row is None else _info(row)

    @query
    def recent(self, session: Session, limit: int = 50) -> list[ConsultationInfo]:
        rows = session.scalars(select(Consultation).order_by(Consultation.started_at.desc()).limit(limit))
        return [_info(r) for r in rows]

    @query
    def count(self, session: Session) -> int:
        return session.scalar(select(func.count()).select_from(Consultation)) or 0
