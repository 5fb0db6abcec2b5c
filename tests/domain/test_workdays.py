from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hallclient.domain.cases import CaseStatus
from hallclient.domain.workdays import Deadline, HolidayCalendar, pauses_from_history

D = dt.date


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # 2024 春节: holidays 10–17 Feb, makeup Sunday 4 Feb and Sunday 18 Feb.
        (D(2024, 2, 2), 1, D(2024, 2, 4)),
        (D(2024, 2, 2), 6, D(2024, 2, 9)),
        (D(2024, 2, 2), 7, D(2024, 2, 18)),
        (D(2024, 2, 2), 8, D(2024, 2, 19)),
        # 2024 国庆: holidays 1–7 Oct, makeup Sunday 29 Sep and Saturday 12 Oct.
        (D(2024, 9, 27), 1, D(2024, 9, 29)),
        (D(2024, 9, 27), 3, D(2024, 10, 8)),
        (D(2024, 9, 27), 7, D(2024, 10, 12)),
        # 2025 春节: holidays 28 Jan–4 Feb, makeup Sunday 26 Jan and Saturday 8 Feb.
        (D(2025, 1, 24), 1, D(2025, 1, 26)),
        (D(2025, 1, 24), 3, D(2025, 2, 5)),
        (D(2025, 1, 24), 5, D(2025, 2, 7)),
        (D(2025, 1, 24), 6, D(2025, 2, 8)),
        # 2025 国庆+中秋: holidays 1–8 Oct, makeup Sunday 28 Sep and Saturday 11 Oct.
        (D(2025, 9, 26), 3, D(2025, 9, 30)),
        (D(2025, 9, 26), 4, D(2025, 10, 9)),
        (D(2025, 9, 26), 6, D(2025, 10, 11)),
        # 2026 春节: holidays 15–23 Feb, makeup Saturdays 14 and 28 Feb.
        (D(2026, 2, 13), 1, D(2026, 2, 14)),
        (D(2026, 2, 13), 2, D(2026, 2, 24)),
        (D(2026, 2, 13), 6, D(2026, 2, 28)),
        # 2026 国庆: holidays 1–7 Oct, makeup Saturday 10 Oct.
        (D(2026, 9, 30), 1, D(2026, 10, 8)),
        (D(2026, 9, 30), 3, D(2026, 10, 10)),
        # Day 0 is the day of acceptance, even a Sunday; n = 0 is the same day (即办件).
        (D(2025, 3, 2), 1, D(2025, 3, 3)),
        (D(2025, 3, 3), 0, D(2025, 3, 3)),
        (D(2025, 3, 3), 20, D(2025, 3, 31)),
    ],
)
def test_add_working_days_over_real_schedules(calendar, start, n, expected):
    assert calendar.add_working_days(start, n) == Deadline(expected, provisional=False)


def test_is_workday(calendar):
    assert calendar.is_workday(D(2025, 10, 11))  # makeup Saturday
    assert not calendar.is_workday(D(2025, 10, 8))  # holiday Wednesday
    assert not calendar.is_workday(D(2025, 10, 12))  # ordinary Sunday
    assert calendar.is_workday(D(2025, 10, 13))


def test_working_days_between(calendar):
    assert calendar.working_days_between(D(2025, 9, 26), D(2025, 10, 11)) == 6
    assert calendar.working_days_between(D(2025, 10, 11), D(2025, 9, 26)) == -6
    assert calendar.working_days_between(D(2025, 10, 1), D(2025, 10, 1)) == 0


def test_deadline_in_an_unpublished_year_is_provisional_until_the_schedule_arrives(calendar, calendar_2027):
    accepted = D(2026, 11, 22)
    assert not calendar.is_published(2027)
    assert calendar.add_working_days(accepted, 45) == Deadline(D(2027, 1, 25), provisional=True)
    # 元旦 2027 is a Friday and needs no makeup day: same date, now final.
    assert calendar_2027.add_working_days(accepted, 45) == Deadline(D(2027, 1, 25), provisional=False)
    # Within the year, before the schedule is published: the fixed-date 元旦 already counts.
    assert calendar.add_working_days(D(2026, 12, 31), 1) == Deadline(D(2027, 1, 4), provisional=True)


def test_provisional_date_moves_once_the_lunar_holidays_are_known(calendar, calendar_2027):
    # 春节 2027 cannot be computed without the schedule: the provisional date ignores it.
    assert calendar.add_working_days(D(2027, 1, 25), 20) == Deadline(D(2027, 2, 22), provisional=True)
    assert calendar_2027.add_working_days(D(2027, 1, 25), 20) == Deadline(D(2027, 2, 26), provisional=False)


def test_unpublished_year_uses_the_fixed_date_holidays():
    cal = HolidayCalendar({}, published_years=[])
    for day in (D(2030, 1, 1), D(2030, 5, 1), D(2030, 5, 2), D(2030, 10, 1), D(2030, 10, 2), D(2030, 10, 3)):
        assert not cal.is_workday(day)
    assert cal.is_workday(D(2030, 5, 3))  # Friday; 2 days of 劳动节 since 2025
    assert cal.is_workday(D(2030, 10, 4))  # Friday; the rest of the 国庆 week is 调休, unknown yet


def test_exceptions_in_an_unpublished_year_are_not_trusted():
    cal = HolidayCalendar({D(2030, 2, 4): False}, published_years=[])
    assert cal.is_workday(D(2030, 2, 4))


def test_day_zero_in_an_unpublished_year_is_provisional(calendar):
    assert calendar.add_working_days(D(2027, 3, 1), 0) == Deadline(D(2027, 3, 1), provisional=True)
    # Counting starts the day after: a start on 31 Dec of an unpublished year does not matter.
    cal = HolidayCalendar({}, published_years=[2031])
    assert cal.add_working_days(D(2030, 12, 31), 1) == Deadline(D(2031, 1, 1), provisional=False)


def test_negative_days_are_a_bug(calendar):
    with pytest.raises(ValueError):
        calendar.add_working_days(D(2025, 3, 3), -1)


# --- pauses (《行政许可法》Art. 45) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("pauses", "expected"),
    [
        ([], D(2025, 3, 10)),
        ([(D(2025, 3, 5), D(2025, 3, 6))], D(2025, 3, 12)),  # both ends stand still
        ([(D(2025, 3, 5), D(2025, 3, 5))], D(2025, 3, 11)),  # paused and resumed the same day
        ([(D(2025, 3, 8), D(2025, 3, 9))], D(2025, 3, 10)),  # a weekend pause costs nothing
        ([(D(2025, 2, 20), D(2025, 3, 3))], D(2025, 3, 10)),  # ended on the day of acceptance
        ([(D(2025, 3, 5), D(2025, 3, 6)), (D(2025, 3, 6), D(2025, 3, 7))], D(2025, 3, 13)),  # overlap merges
        ([(D(2025, 3, 4), D(2025, 3, 4)), (D(2025, 3, 11), D(2025, 3, 11))], D(2025, 3, 12)),
    ],
)
def test_closed_pauses(calendar, pauses, expected):
    # Accepted Monday 3 March 2025, five working days.
    assert calendar.deadline_with_pauses(D(2025, 3, 3), 5, pauses) == Deadline(expected, provisional=False)


def test_open_pause_is_provisional_and_counts_as_ending_today(calendar):
    start, pauses = D(2025, 3, 3), [(D(2025, 3, 5), None)]
    assert calendar.deadline_with_pauses(start, 5, pauses, today=D(2025, 3, 6)) == Deadline(
        D(2025, 3, 12), provisional=True, paused=True
    )
    assert calendar.deadline_with_pauses(start, 5, pauses, today=D(2025, 3, 10)) == Deadline(
        D(2025, 3, 14), provisional=True, paused=True
    )
    with pytest.raises(ValueError):
        calendar.deadline_with_pauses(start, 5, pauses)


def test_pause_across_a_holiday(calendar):
    # 补正 from 24 Jan to 7 Feb 2025 (spanning 春节 and its makeup Sunday): nothing counts inside.
    deadline = calendar.deadline_with_pauses(D(2025, 1, 22), 3, [(D(2025, 1, 24), D(2025, 2, 7))])
    assert deadline == Deadline(D(2025, 2, 10), provisional=False)


def _at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2025, 3, day, hour)


def test_pauses_from_history():
    history = [
        (CaseStatus.SPECIAL_END, _at(20)),
        (CaseStatus.ACCEPTED, _at(3)),
        (CaseStatus.CORRECTION_START, _at(5)),
        (CaseStatus.CORRECTION_START, _at(6)),  # repeated start keeps the first
        (CaseStatus.CORRECTION_END, _at(6, 16)),
        (CaseStatus.DEPT_PROCESSING, _at(7)),
        (CaseStatus.SPECIAL_START, _at(12)),
        (CaseStatus.CORRECTION_START, _at(14)),  # overlapping pause of the other kind
        (CaseStatus.CORRECTION_END, _at(17)),
    ]
    assert pauses_from_history(history) == [
        (D(2025, 3, 5), D(2025, 3, 6)),
        (D(2025, 3, 12), D(2025, 3, 20)),
        (D(2025, 3, 14), D(2025, 3, 17)),
    ]


def test_pauses_from_history_open_and_stray():
    history = [(CaseStatus.CORRECTION_END, _at(4)), (CaseStatus.ACCEPTED, _at(3)), (CaseStatus.SPECIAL_START, _at(10))]
    assert pauses_from_history(history) == [(D(2025, 3, 10), None)]
    assert pauses_from_history([]) == []


# --- properties ----------------------------------------------------------------------------------

starts = st.dates(min_value=D(2004, 1, 1), max_value=D(2026, 6, 30))
counts = st.integers(min_value=0, max_value=80)


@given(start=starts, n=st.integers(min_value=1, max_value=80))
def test_result_is_a_workday(calendar, start, n):
    deadline = calendar.add_working_days(start, n)
    assert calendar.is_workday(deadline.date)
    assert calendar.working_days_between(start, deadline.date) == n


@given(start=starts, n=counts, m=counts)
def test_adding_composes(calendar, start, n, m):
    first = calendar.add_working_days(start, n)
    assert calendar.add_working_days(first.date, m).date == calendar.add_working_days(start, n + m).date


@given(start=starts, n=counts, m=counts)
def test_monotonic_in_n(calendar, start, n, m):
    if n < m:
        assert calendar.add_working_days(start, n).date < calendar.add_working_days(start, m).date


@given(start=starts, n=counts, offset=st.integers(1, 40), length=st.integers(0, 40))
def test_a_pause_adds_back_exactly_the_working_days_it_swallowed(calendar, start, n, offset, length):
    first = start + dt.timedelta(days=offset)
    last = first + dt.timedelta(days=length)
    paused = calendar.deadline_with_pauses(start, n, [(first, last)])
    plain = calendar.add_working_days(start, n)
    if paused.date > last:
        swallowed = calendar.working_days_between(first - dt.timedelta(days=1), last)
        assert calendar.working_days_between(start, paused.date) == n + swallowed
    else:  # the deadline came before the pause began
        assert paused == plain
        assert paused.date < first
