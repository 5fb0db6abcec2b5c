"""The holiday calendar the central service distributes (DOMAIN.md §5).

Seeded from ``chinese_calendar`` for the years it knows; an administrator adds a newly published
year with ``hallclient central calendar import FILE``. Each year travels as one feed entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import chinese_calendar
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from central import feed
from central.models import CalendarDay, CalendarYear
from hallclient import clock

HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def year_data(session: Session, year: int) -> dict[str, Any]:
    row = session.get(CalendarYear, year)
    days = session.scalars(
        select(CalendarDay).where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .order_by(CalendarDay.day)
    )
    return {
        "published_at": row.published_at.isoformat() if row and row.published_at else None,
        "days": [{"day": d.day.isoformat(), "workday": d.is_workday, "name": d.name} for d in days],
    }


def store_year(session: Session, year: int, days: list[tuple[dt.date, bool, str]], source: str) -> None:
    """Replace ``year``'s exceptions and publish the year in the feed."""
    session.execute(
        delete(CalendarDay).where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    )
    session.add_all(CalendarDay(day=d, is_workday=w, name=n) for d, w, n in days)
    row = session.get(CalendarYear, year) or CalendarYear(year=year)
    row.published_at = clock.now()
    row.source = source
    session.add(row)
    session.flush()
    feed.record(session, "calendar_year", str(year), year_data(session, year))


def packaged_years() -> dict[int, list[tuple[dt.date, bool, str]]]:
    """Every year ``chinese_calendar`` knows, as (day, is_workday, Chinese name) exceptions."""
    years: dict[int, list[tuple[dt.date, bool, str]]] = {}
    for day, name in chinese_calendar.holidays.items():
        years.setdefault(day.year, []).append((day, False, HOLIDAY_NAMES.get(str(name), str(name))))
    for day, name in chinese_calendar.workdays.items():
        years.setdefault(day.year, []).append((day, True, HOLIDAY_NAMES.get(str(name), str(name)) + "调休"))
    return {year: sorted(days) for year, days in years.items()}


def seed_if_empty(session: Session, since: int = 2018) -> None:
    """Load the packaged schedule (from ``since`` on) into a central database that has none."""
    if session.scalar(select(CalendarYear.year).limit(1)) is not None:
        return
    for year, days in packaged_years().items():
        if year >= since:
            store_year(session, year, days, f"chinese_calendar {chinese_calendar.__version__}")
