"""A case as JSON — the shape of the ``case.*`` op payloads and of the feed entity ``case`` — and the
feed appliers that store the centre's version of cases and results in this counter's cache.

The centre echoes every stored case (``central.cases.case_data``, the same keys) with the applicant's
ID and phone masked (DOMAIN.md §9). This counter keeps the full values it typed itself when the
masked echo matches them, so its own cases stay usable (e-licence look-up, documents) after sync.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hallclient.cache.models import Case, CaseItem, CaseMaterial, CaseStatusChange, Result, StoredFile
from hallclient.domain.case_wire import CASE_DATES, CASE_FIELDS, CASE_TIMES, MASKED, MATERIAL_FIELDS
from hallclient.services.replica import register_applier

log = logging.getLogger(__name__)

ENTITY = "case"
RESULT_ENTITY = "result"

def record_key(case_id: str) -> str:
    return f"{ENTITY}:{case_id}"


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def material_payload(m: CaseMaterial) -> dict[str, Any]:
    return {"id": m.id, "position": m.position, **{name: getattr(m, name) for name in MATERIAL_FIELDS}}


def history_payload(h: CaseStatusChange) -> dict[str, Any]:
    return {"status": h.status, "at": h.at.isoformat(), "actor": h.actor, "window_id": h.window_id, "note": h.note}


def case_payload(case: Case) -> dict[str, Any]:
    """The whole case (the ``case.open`` payload; the feed's ``case`` entity has the same keys)."""
    return {"id": case.id, **{name: getattr(case, name) for name in CASE_FIELDS},
            **{name: _iso(getattr(case, name)) for name in (*CASE_DATES, *CASE_TIMES)},
            "items": [i.item_code for i in case.items],
            "materials": [material_payload(m) for m in case.materials],
            "history": [history_payload(h) for h in case.history]}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _unmasked(case: Case, name: str, incoming: str | None) -> str | None:
    """Keep our full value where the centre's masked one is its mask (we typed it; they hid it)."""
    local = getattr(case, name, None)
    return local if local and incoming and MASKED[name](local) == incoming else incoming


def store_materials(session: Session, case: Case, materials: list[dict[str, Any]]) -> None:
    """Upsert the checklist rows by id; a file this counter does not hold is not referenced."""
    known = {m.id: m for m in case.materials}
    for data in materials:
        row = known.get(data["id"])
        if row is None:
            row = CaseMaterial(id=data["id"], case_id=case.id)
            case.materials.append(row)
        row.position = data.get("position", 0)
        for name in MATERIAL_FIELDS:
            setattr(row, name, data.get(name))
        if row.file_sha256 and session.get(StoredFile, row.file_sha256) is None:
            row.file_sha256 = None


def store_case(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier: the centre's version of a case replaces ours (its items, checklist and timeline)."""
    case = session.get(Case, key)
    if data is None:
        if case is not None:
            session.delete(case)
        return
    if case is not None and case.server_seq > seq:
        return
    clash = session.scalar(select(Case.id).where(Case.number == data["number"], Case.id != key))
    if clash is not None:
        # Our own case with this number was refused by the centre (two PCs set to one window): it stays
        # here with its sync problem; the centre's case of the same number is not stored beside it.
        log.warning("case %s from the centre not stored: its number %s is used by local case %s",
                    key, data["number"], clash)
        return
    if case is None:
        case = Case(id=key)
        session.add(case)
    for name in CASE_FIELDS:
        value = data.get(name)
        setattr(case, name, _unmasked(case, name, value) if name in MASKED else value)
    for name in CASE_DATES:
        setattr(case, name, _date(data.get(name)))
    for name in CASE_TIMES:
        setattr(case, name, _time(data.get(name)))
    case.server_seq = seq
    session.flush()
    session.execute(delete(CaseItem).where(CaseItem.case_id == key))
    session.execute(delete(CaseStatusChange).where(CaseStatusChange.case_id == key))
    session.expire(case, ["items", "history"])
    session.add_all(CaseItem(case_id=key, item_code=code, position=i) for i, code in enumerate(data["items"]))
    session.add_all(CaseStatusChange(case_id=key, status=h["status"], at=dt.datetime.fromisoformat(h["at"]),
                                     actor=h["actor"], window_id=h.get("window_id"), note=h.get("note"))
                    for h in data["history"])
    store_materials(session, case, data["materials"])
    wanted = {m["id"] for m in data["materials"]}
    for row in [m for m in case.materials if m.id not in wanted]:
        case.materials.remove(row)


RESULT_FIELDS = ("case_id", "case_number", "outcome", "document_name", "document_sha256", "paper", "applicant_name",
                 "id_number", "item_codes", "pickup_ticket_id", "pickup_number", "handed_out_window",
                 "handed_out_clerk", "verified_by", "signature_sha256", "delivery")


def store_result(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier for results: the centre's record (back office and hand-out); whether this counter
    holds a verified copy of the document stays this counter's, until the document itself changes."""
    row = session.get(Result, key)
    if data is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = Result(id=key, arrived_at=dt.datetime.fromisoformat(data["created_at"]), document_verified=False,
                     document_attempts=0)
        session.add(row)
    if row.document_sha256 is not None and row.document_sha256 != data.get("document_sha256"):
        row.document_verified, row.document_error, row.document_attempts = False, None, 0
    for name in RESULT_FIELDS:
        setattr(row, name, data.get(name))
    row.state = data.get("state") or "waiting"
    row.notified_at = _time(data.get("notified_at"))
    row.handed_out_at = _time(data.get("handed_out_at"))
    row.server_seq = seq


register_applier(ENTITY, store_case, "cases")
register_applier(RESULT_ENTITY, store_result, "results")
