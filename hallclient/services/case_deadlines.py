"""Deadlines of the cases in this cache: the items' rules from the cached catalog, the timeline, the calendar.

The stored ``promised_date`` / ``deadline_provisional`` are recomputed from scratch (never shifted)
whenever the case's timeline or the calendar changes, with the same domain function the centre uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hallclient import clock
from hallclient.cache.models import Case, ServiceItem
from hallclient.domain.cases import CaseStatus
from hallclient.domain.decision import ItemRules, case_deadline, rules_of
from hallclient.domain.workdays import Deadline, HolidayCalendar
from hallclient.errors import NotFoundError

#: An accepted case in these statuses is still running against its deadline.
RUNNING = frozenset({CaseStatus.ACCEPTED, CaseStatus.CORRECTION_START, CaseStatus.CORRECTION_END,
                     CaseStatus.DEPT_PROCESSING, CaseStatus.SPECIAL_START, CaseStatus.SPECIAL_END})


def item_rules(session: Session, codes: Sequence[str]) -> list[ItemRules]:
    """The rules of ``codes`` from the cached catalog, in order; an unknown code is an error."""
    rows = {i.code: i for i in session.scalars(select(ServiceItem).where(ServiceItem.code.in_(codes)))}
    missing = [code for code in codes if code not in rows]
    if missing:
        raise NotFoundError("事项 {code} 不在本机事项目录中，请先与中心系统同步", code=missing[0])
    return [rules_of(rows[code]) for code in codes]


def deadline_of(session: Session, case: Case, calendar: HolidayCalendar, today: dt.date) -> Deadline | None:
    """The deadline of an accepted case as it stands ``today`` (None before acceptance)."""
    if case.accepted_at is None:
        return None
    history = [(CaseStatus(h.status), clock.to_hall(h.at)) for h in case.history]
    rules = item_rules(session, [i.item_code for i in case.items])
    return case_deadline(rules, clock.to_hall(case.accepted_at).date(), history, calendar, today=today)


def store_deadline(session: Session, case: Case, calendar: HolidayCalendar, today: dt.date) -> Deadline | None:
    deadline = deadline_of(session, case, calendar, today)
    if deadline is not None:
        case.promised_date, case.deadline_provisional = deadline.date, deadline.provisional
    return deadline


def recompute_open_cases(session: Session, calendar: HolidayCalendar, today: dt.date) -> list[str]:
    """Recompute every running case's deadline (after a calendar change); returns the ids that moved."""
    moved = []
    cases = session.scalars(select(Case).options(selectinload(Case.items), selectinload(Case.history))
                            .where(Case.accepted_at.is_not(None), Case.status.in_([int(s) for s in RUNNING])))
    for case in cases:
        before = (case.promised_date, case.deadline_provisional)
        try:
            store_deadline(session, case, calendar, today)
        except NotFoundError:
            continue  # an item withdrawn from the catalog: the centre's echo keeps its date current
        if (case.promised_date, case.deadline_provisional) != before:
            moved.append(case.id)
    return moved
