"""The centre's side of 好差评: the ``evaluation.record`` / ``evaluation.followup`` ops and the rater look-up.

A counter sends each closed evaluation once through its outbox; ``applied_ops`` makes a resent op a
duplicate, and the unique ``service_ref`` refuses a second evaluation of the same service from any
counter, so nothing is counted twice. The checks are the client's own (``hallclient.domain``), run
again here. Every stored evaluation is echoed in the change feed (entity ``evaluation``) with its
follow-up, without the rater: who rated is looked up from the case or the ticket only when a role
allowed to call back asks (:func:`rater_contact`), and that look-up is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth import Principal
from central.models import AuditEvent, Case, Evaluation, EvaluationFollowUp, Ticket, Window
from central.ops import Op, register_op
from hallclient import clock
from hallclient.domain.evaluation import is_bad
from hallclient.domain.evaluation_wire import evaluation_columns, evaluation_wire, followup_columns
from hallclient.domain.followup import FollowUpState, apply_update, check_update
from hallclient.domain.rating import ServiceKind
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError

ENTITY = "evaluation"
#: Who may push ratings (the window PCs) and who may follow them up (and see the rater).
RECORD_ROLES = frozenset({"clerk", "guide", "manager", "admin"})
CALLBACK_ROLES = frozenset({"manager", "admin"})


def _answer(session: Session, row: Evaluation) -> dict[str, Any]:
    session.flush()
    follow = session.get(EvaluationFollowUp, row.id)
    return {"record": {"entity": ENTITY, "key": row.id, "data": evaluation_wire(row, follow)}}


def record_evaluation(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    if not RECORD_ROLES & set(principal.roles):
        raise HallError("账号 {user} 无权上报评价", user=principal.username)
    columns = evaluation_columns(payload)
    if session.get(Evaluation, payload["id"]) is not None:
        raise ConflictError("评价 {id} 已存在", id=payload["id"])
    if session.scalar(select(Evaluation.id).where(Evaluation.service_ref == columns["service_ref"])) is not None:
        raise ConflictError("服务 {ref} 已有评价，一次服务只能评价一次", ref=columns["service_ref"])
    if session.get(Window, columns["window_id"]) is None:
        raise ValidationError("窗口 {window} 不存在", window=columns["window_id"])
    follow = payload.get("followup")
    if is_bad(columns["level"]) != (follow is not None):
        raise ValidationError("差评必须且只有差评带有回访整改记录")
    row = Evaluation(id=payload["id"], **columns, device_id=op.device_id, received_at=clock.now())
    session.add(row)
    if follow is not None:
        session.flush()
        session.add(EvaluationFollowUp(evaluation_id=row.id, **followup_columns(follow)))
    return _answer(session, row)


def update_followup(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    if not CALLBACK_ROLES & set(principal.roles):
        raise HallError("账号 {user} 无权登记差评回访整改", user=principal.username)
    row = session.get(EvaluationFollowUp, payload["id"])
    if row is None:
        raise NotFoundError("评价 {id} 没有差评回访记录", id=payload["id"])
    checked = check_update(payload["fields"], FollowUpState(row.called_back_at, row.rectified_at,
                                                              row.applicant_satisfied))
    apply_update(row, checked, dt.datetime.fromisoformat(payload["at"]), principal.username)
    evaluation = session.get(Evaluation, row.evaluation_id)
    assert evaluation is not None
    return _answer(session, evaluation)


register_op("evaluation.record", record_evaluation)
register_op("evaluation.followup", update_followup)


def rater_contact(session: Session, evaluation_id: str, principal: Principal) -> dict[str, Any]:
    """Who rated, for the callback: the case's applicant (and agent), or the ticket's phone.

    Only for :data:`CALLBACK_ROLES`; every look-up is written to the audit trail (DOMAIN.md §9).
    """
    if not CALLBACK_ROLES & set(principal.roles):
        raise HallError("只有大厅管理员可以查看评价人信息")
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise NotFoundError("评价 {id} 不存在", id=evaluation_id)
    contact: dict[str, Any] = {"name": None, "phone": None, "agent_name": None, "agent_phone": None}
    case = (session.scalar(select(Case).where(Case.number == evaluation.case_number))
            if evaluation.case_number else None)
    if case is not None:
        contact.update(name=case.applicant_name, phone=case.phone, agent_name=case.agent_name,
                       agent_phone=case.agent_phone)
    elif evaluation.service_kind == ServiceKind.TICKET:
        ticket = session.get(Ticket, evaluation.service_ref.split(":", 1)[1])
        if ticket is not None:
            contact.update(phone=ticket.phone)
    session.add(AuditEvent(at=clock.now(), actor=principal.username, action="evaluation.rater",
                           target=f"{ENTITY}:{evaluation_id}", detail={"case_number": evaluation.case_number}))
    return {"evaluation_id": evaluation_id, "case_number": evaluation.case_number, **contact}
