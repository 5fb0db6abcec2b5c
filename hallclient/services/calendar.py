"""The holiday calendar as this counter knows it, and keeping case deadlines in step with it.

The centre distributes each year's official schedule as one feed entry (``calendar_year``). A
deadline computed before its year was published is provisional (暂定); when the schedule arrives
the deadlines of the open cases are recomputed **in the same transaction** that stores the year
(the applier below wraps the replica's), so a crash can never leave a final-looking calendar beside
stale provisional dates. The change-set of a feed page names one flag per entity, so the ``cases``
flag for that recompute is published right after, through the change bus.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import CalendarDay, CalendarYear
from hallclient.changes import Changes
from hallclient.domain.workdays import Deadline, HolidayCalendar
from hallclient.hall import Hall, Service, query
from hallclient.services import replica
from hallclient.services.case_deadlines import recompute_open_cases

ENTITY = "calendar_year"
_store_year, _year_flag = replica.APPLIERS[ENTITY]


def load_calendar(session: Session) -> HolidayCalendar:
    """The calendar from the cached exception days and published years (a few hundred rows)."""
    exceptions = {row.day: row.is_workday for row in session.scalars(select(CalendarDay))}
    years = session.scalars(select(CalendarYear.year).where(CalendarYear.published_at.is_not(None)))
    return HolidayCalendar(exceptions, years)


def _store_year_and_recompute(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    _store_year(session, key, data, seq)
    session.flush()
    recompute_open_cases(session, load_calendar(session), clock.hall_today())


replica.register_applier(ENTITY, _store_year_and_recompute, _year_flag)


class CalendarService(Service):
    """``hall.calendar``: working days and the published years, for screens, documents and deadlines."""

    def __init__(self, hall: Hall) -> None:
        super().__init__(hall)
        hall.subscribe(self._announce_recomputed)

    def _announce_recomputed(self, changes: Changes, _initiator: object | None) -> None:
        """A calendar year arrived: its applier recomputed the open cases' deadlines; say so."""
        if not changes.cases and any(key.startswith(f"{ENTITY}:") for key in changes.keys):
            self.hall.publish(Changes(cases=True))

    @query
    def current(self, session: Session) -> HolidayCalendar:
        """The calendar as cached now (an immutable value: safe to keep and use on any thread)."""
        return load_calendar(session)

    @query
    def published_years(self, session: Session) -> list[int]:
        return list(session.scalars(select(CalendarYear.year).where(CalendarYear.published_at.is_not(None))
                                    .order_by(CalendarYear.year)))

    def add_working_days(self, start: dt.date, days: int) -> Deadline:
        """The ``days``-th working day after ``start``, provisional where a year is unpublished."""
        return self.current().add_working_days(start, days)

    def is_workday(self, day: dt.date) -> bool:
        return self.current().is_workday(day)
