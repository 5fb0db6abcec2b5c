"""Case deadlines on the centre: its own calendar and catalog, the same domain function as the counters.

The centre recomputes a case's deadline whenever it learns of a status change (window ops, back
office) and when an administrator imports a year's holiday schedule, so its feed carries final
dates as soon as they can be final — also to counters that were offline when the schedule came.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import CalendarDay, CalendarYear, Case, CaseItem, CaseStatusChange, ServiceItem
from hallclient import clock
from hallclient.domain.cases import CaseStatus
from hallclient.domain.decision import case_deadline, rules_of
from hallclient.domain.workdays import HolidayCalendar

#: Statuses of an accepted case still running against its deadline.
RUNNING = (CaseStatus.ACCEPTED, CaseStatus.CORRECTION_START, CaseStatus.CORRECTION_END, CaseStatus.DEPT_PROCESSING,
           CaseStatus.SPECIAL_START, CaseStatus.SPECIAL_END)


def central_calendar(session: Session) -> HolidayCalendar:
    exceptions = {row.day: row.is_workday for row in session.scalars(select(CalendarDay))}
    years = session.scalars(select(CalendarYear.year).where(CalendarYear.published_at.is_not(None)))
    return HolidayCalendar(exceptions, years)


def refresh_deadline(session: Session, case: Case, calendar: HolidayCalendar, today: dt.date) -> bool:
    """Recompute an accepted case's promised date from its timeline; returns whether it moved."""
    if case.accepted_at is None:
        return False
    codes = session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id)
                            .order_by(CaseItem.position))
    items = [rules_of(session.get(ServiceItem, code)) for code in codes]
    history = [(CaseStatus(h.status), clock.to_hall(h.at)) for h in session.scalars(
        select(CaseStatusChange).where(CaseStatusChange.case_id == case.id).order_by(CaseStatusChange.id))]
    deadline = case_deadline(items, clock.to_hall(case.accepted_at).date(), history, calendar, today=today)
    moved = (case.promised_date, case.deadline_provisional) != (deadline.date, deadline.provisional)
    case.promised_date, case.deadline_provisional = deadline.date, deadline.provisional
    return moved


def recompute_running(session: Session) -> list[Case]:
    """After a calendar change: every running case whose deadline moved (for the caller's feed entries)."""
    calendar, today = central_calendar(session), clock.hall_today()
    running = session.scalars(select(Case).where(Case.accepted_at.is_not(None),
                                                 Case.status.in_([int(s) for s in RUNNING])))
    return [case for case in running if refresh_deadline(session, case, calendar, today)]
