"""Holiday calendars for the domain tests, built the way the central service seeds them (DOMAIN.md §5)."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from hallclient.domain.workdays import HolidayCalendar

D = dt.date

#: An invented but plausible 2027 schedule (the real one is published late in 2026): 元旦, a nine-day
#: 春节 from 除夕 (5 Feb) with makeup Sunday 31 Jan and Saturday 20 Feb, 清明, 劳动节, 端午, 中秋, 国庆.
SCHEDULE_2027 = {
    D(2027, 1, 1): False,
    **{D(2027, 2, day): False for day in range(5, 14)},
    D(2027, 1, 31): True,
    D(2027, 2, 20): True,
    D(2027, 4, 5): False,
    **{D(2027, 5, day): False for day in range(1, 6)},
    D(2027, 4, 25): True,
    D(2027, 5, 8): True,
    D(2027, 6, 9): False,
    D(2027, 9, 15): False,
    **{D(2027, 10, day): False for day in range(1, 8)},
    D(2027, 9, 26): True,
    D(2027, 10, 9): True,
}


def _seeded() -> tuple[dict[dt.date, bool], set[int]]:
    exceptions = {day: False for day in chinese_calendar.holidays}
    exceptions.update({day: True for day in chinese_calendar.workdays})
    return exceptions, {day.year for day in exceptions}


@pytest.fixture(scope="session")
def calendar() -> HolidayCalendar:
    """What chinese_calendar 1.11.0 knows: 2004–2026 published, 2027 not."""
    exceptions, years = _seeded()
    assert max(years) == 2026
    return HolidayCalendar(exceptions, years)


@pytest.fixture(scope="session")
def calendar_2027() -> HolidayCalendar:
    """The same after an administrator added the 2027 schedule."""
    exceptions, years = _seeded()
    return HolidayCalendar(exceptions | SCHEDULE_2027, years | {2027})
