"""``hall.followups``: the hall manager's follow-up of every 差评 (DOMAIN.md §7).

A follow-up is opened by :func:`open_followup` in the transaction that stores the 差评, with its two
deadlines counted in working days on the hall calendar (a deadline in a year whose holidays are not
yet published is marked provisional). The manager's entries — callback, verification,
rectification, the applicant's verdict — travel as ``evaluation.followup`` ops on the evaluation's
own record key, so a pulled change never overwrites an entry the centre has not seen yet.

Who rated is deliberately not here: the list shows the case, not the person. Only roles allowed to
call back (:data:`CALLBACK_ROLES`) may ask the centre for the rater's contact
(``sync.evaluations.rater_contact``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import Evaluation, EvaluationFollowUp, HallSetting, ServiceItem, Window
from hallclient.changes import Changes, OpResult
from hallclient.domain.evaluation import BAD_REASON_LABELS, LEVEL_LABELS, Level
from hallclient.domain.followup import (
    CALLBACK_DAYS_SETTING,
    DEFAULT_CALLBACK_DAYS,
    DEFAULT_RECTIFY_DAYS,
    RECTIFY_DAYS_SETTING,
    FollowUpState,
    apply_update,
    check_update,
    stage,
)
from hallclient.errors import NotFoundError
from hallclient.hall import Service, mutation, query
from hallclient.services.calendar import load_calendar

OP_FOLLOWUP = "evaluation.followup"
#: Roles that may call the rater back and therefore see who rated (the manager; admin sees all).
CALLBACK_ROLES = frozenset({"manager", "admin"})


_REASONS = {reason.value: label for reason, label in BAD_REASON_LABELS.items()}


def may_see_rater(roles: Iterable[str]) -> bool:
    return bool(CALLBACK_ROLES & set(roles))


def _days(session: Session, key: str, default: int) -> int:
    row = session.get(HallSetting, key)
    try:
        return int(row.value) if row is not None and row.value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def open_followup(session: Session, evaluation: Evaluation) -> EvaluationFollowUp:
    """Open the follow-up of a 差评 inside the caller's transaction (due dates from the rating's day)."""
    calendar = load_calendar(session)
    day = clock.to_hall(evaluation.rated_at or clock.now()).date()
    callback = calendar.add_working_days(day, _days(session, CALLBACK_DAYS_SETTING, DEFAULT_CALLBACK_DAYS))
    rectify = calendar.add_working_days(day, _days(session, RECTIFY_DAYS_SETTING, DEFAULT_RECTIFY_DAYS))
    row = EvaluationFollowUp(evaluation_id=evaluation.id, created_at=clock.now(), callback_due=callback.date,
                             rectify_due=rectify.date, due_provisional=callback.provisional or rectify.provisional)
    session.add(row)
    return row


@dataclass(frozen=True)
class FollowUpView:
    """One line of the manager's follow-up list (labels are Chinese source text, context ``core``)."""

    evaluation_id: str
    case_number: str | None
    service_kind: str
    item_name: str
    window_label: str
    clerk: str
    level: int
    level_label: str
    reasons: tuple[str, ...]
    reason_text: str | None
    dimensions: dict[str, int]
    rated_at: dt.datetime | None
    callback_due: dt.date
    rectify_due: dt.date
    due_provisional: bool
    called_back_at: dt.datetime | None
    callback_note: str | None
    verified: bool | None
    verification_note: str | None
    rectification: str | None
    rectified_at: dt.datetime | None
    applicant_satisfied: bool | None
    stage: str
    overdue: bool


def _view(e: Evaluation, f: EvaluationFollowUp, window: int | None, item: str | None, today: dt.date) -> FollowUpView:
    current = stage(FollowUpState(f.called_back_at, f.rectified_at, f.applicant_satisfied))
    due = {"callback": f.callback_due, "rectify": f.rectify_due}.get(current)
    return FollowUpView(
        e.id, e.case_number, e.service_kind, item or e.item_code or "", f"{window} 号窗口" if window else e.window_id,
        e.clerk, int(e.level or 0), LEVEL_LABELS[Level(e.level)] if e.level else "",
        tuple(_REASONS.get(r, r) for r in e.reasons),
        e.reason_text, dict(e.dimensions or {}), e.rated_at, f.callback_due, f.rectify_due, f.due_provisional,
        f.called_back_at, f.callback_note, f.verified, f.verification_note, f.rectification, f.rectified_at,
        f.applicant_satisfied, current, due is not None and due < today)


class FollowUpService(Service):
    @query
    def list(self, session: Session, include_closed: bool = False) -> list[FollowUpView]:
        """The follow-ups, most urgent first (open ones by due date; closed ones last)."""
        rows = session.execute(
            select(Evaluation, EvaluationFollowUp, Window.number, ServiceItem.name)
            .join(EvaluationFollowUp, EvaluationFollowUp.evaluation_id == Evaluation.id)
            .outerjoin(Window, Window.id == Evaluation.window_id)
            .outerjoin(ServiceItem, ServiceItem.code == Evaluation.item_code))
        today = clock.hall_today()
        views = [_view(*row, today) for row in rows]
        if not include_closed:
            views = [v for v in views if v.stage != "closed"]
        return sorted(views, key=lambda v: (v.stage == "closed", v.callback_due if v.stage == "callback"
                                            else v.rectify_due, v.rated_at or dt.datetime.min.replace(tzinfo=dt.UTC)))

    @query
    def get(self, session: Session, evaluation_id: str) -> FollowUpView | None:
        return next((v for v in self.list(include_closed=True) if v.evaluation_id == evaluation_id), None)

    @mutation
    def update(self, session: Session, evaluation_id: str, *, actor: str, **fields: Any) -> OpResult[None]:
        """Record a step of the follow-up (``callback_note``, ``verified``, ``verification_note``,
        ``rectification``, ``applicant_satisfied``)."""
        row = session.get(EvaluationFollowUp, evaluation_id)
        if row is None:
            raise NotFoundError("评价 {id} 没有差评回访记录", id=evaluation_id)
        checked = check_update(fields, FollowUpState(row.called_back_at, row.rectified_at, row.applicant_satisfied))
        at = clock.now()
        apply_update(row, checked, at, actor)
        key = f"evaluation:{evaluation_id}"
        self.hall.outbox.add(session, OP_FOLLOWUP, key, {"id": evaluation_id, "fields": checked,
                                                         "at": at.isoformat(), "actor": actor})
        self.hall.record_audit(session, actor, OP_FOLLOWUP, key, fields=sorted(checked))
        return OpResult(None, Changes(evaluations=True, outbox=True, keys=frozenset({key})))
