"""``hall.evaluations``: one 好差评 per service, from the prompt to the outbox (DOMAIN.md §7).

A prompt opens the service's evaluation row at once (status ``prompted``): the unique
``service_ref`` is what refuses a second prompt for the same service, before any device is asked.
Closing it — the applicant's rating, or 未评价 on timeout — is one transaction that stores the
level, opens the 差评 follow-up, queues the ``evaluation.record`` op and appends the audit entry,
so the centre learns of every closed evaluation exactly once and a crash cannot lose half of it. A
prompt that was open when the counter stopped is closed as 未评价 (``interrupted``) at the next
start (:meth:`EvaluationService.close_stale`), never as a good rating.

The centre echoes every evaluation in the change feed (entity ``evaluation``, with its follow-up),
so the hall manager's PC sees the ratings of every window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import (
    Case,
    CaseItem,
    Consultation,
    Evaluation,
    EvaluationFollowUp,
    Result,
    ServiceItem,
    Ticket,
)
from hallclient.cache.models import Window as WindowRow
from hallclient.changes import Changes, OpResult
from hallclient.domain.evaluation import LEVEL_LABELS, UNRATED_LABEL, Level
from hallclient.domain.evaluation_wire import evaluation_columns, evaluation_wire, followup_columns
from hallclient.domain.rating import PROMPTED, RATED, UNRATED, Answer, Closure, ServiceEnd, ServiceKind
from hallclient.domain.tickets import KIND_LABELS, TicketKind
from hallclient.errors import ConflictError, NotFoundError, ValidationError
from hallclient.hall import Service, mutation, query
from hallclient.services.followups import open_followup
from hallclient.services.replica import register_applier

ENTITY = "evaluation"
FLAG = "evaluations"
OP_RECORD = "evaluation.record"


def record_key(evaluation_id: str) -> str:
    return f"{ENTITY}:{evaluation_id}"


@dataclass(frozen=True)
class EvaluationInfo:
    """An evaluation as stored; ``level`` None is 未评价 (or still waiting while ``status`` is prompted)."""

    id: str
    service_ref: str
    service_kind: str
    case_number: str | None
    item_code: str | None
    window_id: str
    clerk: str
    level: int | None
    reasons: tuple[str, ...]
    reason_text: str | None
    dimensions: dict[str, int]
    status: str
    closure: str | None
    prompted_at: dt.datetime
    rated_at: dt.datetime | None
    device: str
    has_followup: bool

    @property
    def label(self) -> str:
        """非常满意 … 非常不满意, 未评价 (Chinese source text: the UI translates it in context ``core``)."""
        return LEVEL_LABELS[Level(self.level)] if self.level is not None else UNRATED_LABEL


def _info(e: Evaluation, has_followup: bool) -> EvaluationInfo:
    return EvaluationInfo(e.id, e.service_ref, e.service_kind, e.case_number, e.item_code, e.window_id, e.clerk,
                          e.level, tuple(e.reasons or ()), e.reason_text, dict(e.dimensions or {}), e.status,
                          e.closure, e.prompted_at, e.rated_at, e.device, has_followup)


def store_evaluation(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier: the centre's version of an evaluation and its follow-up."""
    row = session.get(Evaluation, key)
    if data is None:
        if row is not None:
            session.delete(row)
        return
    columns = evaluation_columns(data)
    if row is None:
        clash = session.scalar(select(Evaluation).where(Evaluation.service_ref == columns["service_ref"]))
        if clash is not None:  # a local prompt for a service the centre already has: the centre wins
            session.delete(clash)
            session.flush()
        row = Evaluation(id=key)
        session.add(row)
    for name, value in columns.items():
        setattr(row, name, value)
    row.server_seq = seq
    session.flush()
    follow = session.get(EvaluationFollowUp, key)
    if data.get("followup") is None:
        if follow is not None:
            session.delete(follow)
        return
    if follow is None:
        follow = EvaluationFollowUp(evaluation_id=key)
        session.add(follow)
    for name, value in followup_columns(data["followup"]).items():
        setattr(follow, name, value)


register_applier(ENTITY, store_evaluation, FLAG)


def _window_label(session: Session, window_id: str) -> str:
    number = session.scalar(select(WindowRow.number).where(WindowRow.id == window_id))
    return f"{number} 号窗口" if number is not None else window_id


def _item_name(session: Session, code: str | None) -> str:
    if code is None:
        return ""
    return session.scalar(select(ServiceItem.name).where(ServiceItem.code == code)) or code


def _refs_of_ticket(session: Session, ticket_id: str) -> list[str]:
    """The services a ticket's visit may already have been rated for: its cases and its hand-outs."""
    cases = session.scalars(select(Case.id).where(Case.ticket_id == ticket_id))
    results = session.scalars(select(Result.id).where(Result.pickup_ticket_id == ticket_id))
    return [f"{ServiceKind.CASE.value}:{c}" for c in cases] + [f"{ServiceKind.HANDOUT.value}:{r}" for r in results]


def _refuse_known(session: Session, end: ServiceEnd) -> None:
    known = session.scalar(select(Evaluation).where(Evaluation.service_ref == end.service_ref))
    if known is None:
        return
    if known.status == PROMPTED:
        raise ConflictError("本次服务正在等待申请人评价，请勿重复发起")
    raise ConflictError("本次服务已经评价过（一次服务只能评价一次），不能再次发起评价")


class EvaluationService(Service):
    # --- which service ended ----------------------------------------------------------------------

    @query
    def end_of_ticket(self, session: Session, ticket_id: str, clerk: str, clerk_name: str) -> ServiceEnd | None:
        """The service a finished ticket ends; None when the visit was already put up for rating.

        One visit, one evaluation: a 受理号 whose case was decided, or a 取件号 whose result was handed
        out, was rated at that moment (``case:`` / ``handout:``), so its 办结 does not prompt again.
        """
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFoundError("号码 {id} 不存在", id=ticket_id)
        if session.scalar(select(Evaluation.id).where(Evaluation.service_ref.in_(_refs_of_ticket(session, ticket_id)))):
            return None
        window = ticket.window_id or self.hall.settings["window_id"]
        item = _item_name(session, ticket.item_code) or KIND_LABELS[TicketKind(ticket.kind)]
        return ServiceEnd(ServiceKind.TICKET, ticket.id, window, _window_label(session, window), clerk, clerk_name,
                          ticket.case_number, ticket.item_code, item)

    @query
    def end_of_case(self, session: Session, case_id: str, clerk: str, clerk_name: str) -> ServiceEnd:
        """The acceptance service of a case (accepted or refused)."""
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError("办件 {id} 不存在", id=case_id)
        return self._case_end(session, case, ServiceKind.CASE, case.id, case.window_id, clerk, clerk_name)

    @query
    def end_of_handout(self, session: Session, handout_ref: str, case_number: str, window_id: str, clerk: str,
                       clerk_name: str) -> ServiceEnd:
        """The hand-out of a case's result (``handout_ref``: the hand-out's own id)."""
        case = session.scalar(select(Case).where(Case.number == case_number))
        if case is None:  # a result of a case accepted at another window: the number is all we know
            return ServiceEnd(ServiceKind.HANDOUT, handout_ref, window_id, _window_label(session, window_id), clerk,
                              clerk_name, case_number, None, "")
        return self._case_end(session, case, ServiceKind.HANDOUT, handout_ref, window_id, clerk, clerk_name)

    @query
    def end_of_consultation(self, session: Session, consultation_id: str, clerk: str,
                            clerk_name: str) -> ServiceEnd:
        c = session.get(Consultation, consultation_id)
        if c is None:
            raise NotFoundError("咨询登记 {id} 不存在", id=consultation_id)
        window = c.window_id or self.hall.settings["window_id"]
        code = c.item_codes[0] if c.item_codes else None
        return ServiceEnd(ServiceKind.CONSULTATION, c.id, window, _window_label(session, window), clerk, clerk_name,
                          None, code, _item_name(session, code) or KIND_LABELS[TicketKind.CONSULT])

    def _case_end(self, session: Session, case: Case, kind: ServiceKind, ref: str, window_id: str, clerk: str,
                  clerk_name: str) -> ServiceEnd:
        codes = list(session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id)
                                     .order_by(CaseItem.position)))
        names = [_item_name(session, c) for c in codes]
        item = names[0] + (f" 等 {len(names)} 项" if len(names) > 1 else "") if names else ""
        return ServiceEnd(kind, ref, window_id, _window_label(session, window_id), clerk, clerk_name, case.number,
                          codes[0] if codes else None, item)

    # --- prompt and close -------------------------------------------------------------------------

    @query
    def check_new(self, session: Session, end: ServiceEnd) -> None:
        """Raise ConflictError if ``end`` was put up for rating before (checked before touching a device)."""
        _refuse_known(session, end)

    @mutation
    def open(self, session: Session, end: ServiceEnd, device: str) -> OpResult[EvaluationInfo]:
        """Open the evaluation of ``end`` (one per service); raises ConflictError for a second prompt."""
        _refuse_known(session, end)
        if not end.window_id:
            raise ValidationError("本机尚未设置窗口，无法发起评价")
        row = Evaluation(id=str(uuid.uuid4()), service_ref=end.service_ref, service_kind=end.kind.value,
                         case_number=end.case_number, item_code=end.item_code, window_id=end.window_id,
                         clerk=end.clerk, level=None, reasons=[], reason_text=None, dimensions={},
                         prompted_at=clock.now(), rated_at=None, device=device, status=PROMPTED, closure=None,
                         server_seq=0)
        session.add(row)
        session.flush()
        key = record_key(row.id)
        self.hall.record_audit(session, end.clerk, "evaluation.prompt", key, window_id=end.window_id,
                               service=end.service_ref, device=device)
        return OpResult(_info(row, False), Changes(evaluations=True, keys=frozenset({key})))

    @mutation
    def close(self, session: Session, evaluation_id: str, answer: Answer | None,
              closure: Closure = Closure.RATED) -> OpResult[EvaluationInfo]:
        """Record the applicant's ``answer`` (None: 未评价 because of ``closure``) — once.

        A 差评 opens its follow-up; the ``evaluation.record`` op and the audit entry are written in
        the same transaction. A second close of the same evaluation raises ConflictError.
        """
        info, changes = self._close(session, evaluation_id, answer, closure)
        return OpResult(info, changes)

    def _close(self, session: Session, evaluation_id: str, answer: Answer | None,
               closure: Closure) -> tuple[EvaluationInfo, Changes]:
        row = session.get(Evaluation, evaluation_id)
        if row is None:
            raise NotFoundError("评价 {id} 不存在", id=evaluation_id)
        if row.status != PROMPTED:
            raise ConflictError("本次服务的评价已记录，不能重复提交")
        if answer is None:
            if closure == Closure.RATED:
                raise ValidationError("未评价须说明原因（超时、被下一次服务替代或中断）")
            row.status, row.closure = UNRATED, closure.value
        else:
            row.status, row.closure, row.level = RATED, Closure.RATED.value, int(answer.level)
            row.reasons, row.reason_text = list(answer.reasons), answer.text or None
            row.dimensions = dict(answer.dimensions)
            row.rated_at = clock.now()
        follow = open_followup(session, row) if answer is not None and answer.bad else None
        session.flush()
        key = record_key(row.id)
        self.hall.outbox.add(session, OP_RECORD, key, evaluation_wire(row, follow))
        self.hall.record_audit(session, row.clerk, "evaluation.close", key, window_id=row.window_id,
                               service=row.service_ref, status=row.status, closure=row.closure)
        return _info(row, follow is not None), Changes(evaluations=True, outbox=True, keys=frozenset({key}))

    @mutation
    def close_stale(self, session: Session, older_than: dt.timedelta) -> OpResult[int]:
        """Close prompts left open longer than ``older_than`` (the counter stopped) as 未评价."""
        limit = clock.now() - older_than
        stale = list(session.scalars(select(Evaluation.id).where(Evaluation.status == PROMPTED,
                                                                 Evaluation.prompted_at < limit)))
        changes = Changes()
        for evaluation_id in stale:
            changes |= self._close(session, evaluation_id, None, Closure.INTERRUPTED)[1]
        return OpResult(len(stale), changes)

    # --- reads -----------------------------------------------------------------------------------

    @query
    def get(self, session: Session, evaluation_id: str) -> EvaluationInfo | None:
        row = session.get(Evaluation, evaluation_id)
        return None if row is None else _info(row, session.get(EvaluationFollowUp, row.id) is not None)

    @query
    def by_service(self, session: Session, service_ref: str) -> EvaluationInfo | None:
        row = session.scalar(select(Evaluation).where(Evaluation.service_ref == service_ref))
        return None if row is None else _info(row, session.get(EvaluationFollowUp, row.id) is not None)

    @query
    def recent(self, session: Session, window_id: str | None = None, limit: int = 50) -> list[EvaluationInfo]:
        stmt = select(Evaluation).order_by(Evaluation.prompted_at.desc()).limit(limit)
        if window_id:
            stmt = stmt.where(Evaluation.window_id == window_id)
        rows = list(session.scalars(stmt))
        with_followup = set(session.scalars(select(EvaluationFollowUp.evaluation_id).where(
            EvaluationFollowUp.evaluation_id.in_([r.id for r in rows]))))
        return [_info(r, r.id in with_followup) for r in rows]
