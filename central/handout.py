"""The centre's side of the hand-out: finding waiting results, verifying the person, and the ``result.*`` ops.

The counters hand results out offline-first through their outbox: ``result.link`` (a 取件号 issued for
the result at the guide desk), ``result.handout`` (已出件: time, window, clerk, signature) and
``result.mail`` (已寄出: carrier and tracking number; the applicant is notified). The op registry
(``central.ops``) applies each op once; a result already handed out or mailed refuses a second
hand-over with the Chinese reason, so a result is never counted twice. The centre holds the full ID
numbers, so it answers the look-ups by ID or phone and checks an ID the counter cannot check itself.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.auth import Principal
from central.case_results import RESULT_ENTITY, result_data
from central.models import Case, CaseItem, CaseResult, HallSetting
from central.ops import Op, register_op
from hallclient import clock
from hallclient.domain.handout import (
    CARRIER_LABELS,
    IdSource,
    Presented,
    Record,
    ResultState,
    check_mailing,
    check_person,
    check_result,
    no_acceptance_record,
    not_waiting,
    pickup_query,
)
from hallclient.domain.masking import mask_id_number, mask_name, mask_phone
from hallclient.errors import HallError, NotFoundError, ValidationError

log = logging.getLogger(__name__)

GUIDE_ROLES = frozenset({"guide", "clerk", "manager", "admin"})
CLERK_ROLES = frozenset({"clerk", "manager", "admin"})


def _allowed(principal: Principal, roles: frozenset[str]) -> None:
    if not roles & set(principal.roles):
        raise HallError("账号 {user} 无权办理出件", user=principal.username)


def _result(session: Session, result_id: Any) -> CaseResult:
    row = session.get(CaseResult, str(result_id))
    if row is None:
        raise NotFoundError("结果 {id} 不存在（中心系统没有对应的办件结果）", id=str(result_id)[:8])
    return row


def _waiting(row: CaseResult) -> None:
    if row.state != ResultState.WAITING:
        at = clock.to_hall(row.handed_out_at).strftime("%m-%d %H:%M") if row.handed_out_at else ""
        raise not_waiting(row.case_number, row.state, at, row.handed_out_window)


def _answer(row: CaseResult) -> dict[str, Any]:
    return {"record": {"entity": RESULT_ENTITY, "key": row.id, "data": result_data(row)}}


def acceptance_record(session: Session, case: Case) -> Record:
    codes = session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id).order_by(CaseItem.position))
    return Record(case.number, case.applicant_type, case.applicant_name, case.id_number, tuple(codes),
                  case.agent_name, case.agent_id_number, case.legal_rep)


def result_record(row: CaseResult) -> Record:
    return Record(row.case_number, "", row.applicant_name or "", row.id_number, tuple(row.item_codes or ()))


# --- reads -----------------------------------------------------------------------------------------


def search(session: Session, text: str) -> list[CaseResult]:
    """The waiting results of the cases a case number, ID number (applicant or agent) or phone names."""
    kind, value = pickup_query(text)
    column = {"case_number": [Case.number], "id_number": [Case.id_number, Case.agent_id_number],
              "phone": [Case.phone, Case.agent_phone]}[kind]
    return list(session.scalars(select(CaseResult).join(Case, Case.id == CaseResult.case_id)
                                .where(or_(*(c == value for c in column)),
                                       CaseResult.state == ResultState.WAITING)
                                .order_by(CaseResult.created_at)))


def verify(session: Session, result_id: str, presented: Presented) -> list[ValidationError]:
    """Every mismatch between the result, its acceptance record and the person at the counter."""
    row = _result(session, result_id)
    case = session.get(Case, row.case_id)
    if case is None:
        return [no_acceptance_record(row.case_number)]
    record = acceptance_record(session, case)
    problems = check_result(record, result_record(row)) + check_person(record, presented, today=clock.hall_today())
    log.info("hand-out check of %s by %s (%s): %d mismatch(es)", row.case_number,
             mask_id_number(presented.id_number), presented.source, len(problems))
    return problems


# --- the ops ---------------------------------------------------------------------------------------


def link_ticket(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    """``result.link``: the 取件号 issued at the guide desk for this result."""
    _allowed(principal, GUIDE_ROLES)
    row = _result(session, payload["id"])
    _waiting(row)
    row.pickup_ticket_id, row.pickup_number = str(payload["ticket_id"]), str(payload["ticket_number"])[:10]
    return _answer(row)


def hand_out(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    """``result.handout``: 已出件 at a window, with the signature's SHA-256 (the PNG comes by upload)."""
    _allowed(principal, CLERK_ROLES)
    row = _result(session, payload["id"])
    _waiting(row)
    row.state = ResultState.HANDED_OUT
    row.handed_out_at = dt.datetime.fromisoformat(payload["at"])
    row.handed_out_window, row.handed_out_clerk = str(payload["window_id"]), str(payload["clerk"])
    row.verified_by = IdSource(payload["verified_by"])
    row.signature_sha256 = str(payload["signature_sha256"])
    log.info("result of %s handed out at %s by %s", row.case_number, row.handed_out_window, row.handed_out_clerk)
    return _answer(row)


def mail(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    """``result.mail``: 已寄出, and the applicant told the tracking number (the demo only logs the SMS)."""
    _allowed(principal, CLERK_ROLES)
    row = _result(session, payload["id"])
    _waiting(row)
    d = payload["delivery"]
    mailing = check_mailing(d["recipient"], d["phone"], d["address"], d["carrier"], d["tracking_number"])
    now = clock.now()
    hall = session.get(HallSetting, "hall.name")
    text = (f"【{hall.value if hall is not None else '政务服务中心'}】您的办件 {row.case_number} 的结果已由"
            f"{CARRIER_LABELS[mailing.carrier]}寄出，运单号 {mailing.tracking_number}，"
            f"收件人 {mask_name(mailing.recipient)}。")
    row.state = ResultState.MAILED
    row.handed_out_at = dt.datetime.fromisoformat(payload["at"])
    row.handed_out_window, row.handed_out_clerk = str(payload["window_id"]), str(payload["clerk"])
    row.delivery = {**mailing.masked(), "notified_at": now.isoformat(), "notice_text": text}
    case = session.get(Case, row.case_id)
    log.info("短信通知（演示，未发送）%s：%s", mask_phone((case.phone if case else None) or mailing.phone), text)
    return _answer(row)


register_op("result.link", link_ticket)
register_op("result.handout", hand_out)
register_op("result.mail", mail)
