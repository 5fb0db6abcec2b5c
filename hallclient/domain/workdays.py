"""Working-day arithmetic for deadlines (DOMAIN.md §5).

《行政许可法》Art. 82 counts the time limits of a licence in working days, excluding statutory holidays;
the State Council publishes each year's holidays and 调休 makeup workdays late in the year before. So
the calendar is **data** that the central service distributes (seeded from ``chinese_calendar``), not
code: :class:`HolidayCalendar` holds the exception days and the set of published years.

For a year whose schedule is not yet published the calendar falls back to weekends plus the
fixed-date statutory holidays of the 《全国年节及纪念日放假办法》 as amended in 2024 (in force since
2025): 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct. The lunar holidays (春节, 清明, 端午, 中秋) and the
调休 swaps cannot be known without the official schedule, so every result that touches such a year is
marked provisional (暂定) and must be recomputed once the schedule arrives.

Counting convention (Art. 82 and the usual reading of 《民法典》Art. 201, "开始的当日不计入"): the
day of acceptance is day 0 and is never counted; the deadline is the n-th working day after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from hallclient.domain.cases import PAUSING_STATUSES, CaseStatus

_ONE_DAY = dt.timedelta(days=1)

#: Fixed-date statutory holidays (month, day) used for years without a published schedule.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})

#: A pause of the clock: first and last day it stands still; ``None`` as last day = still paused.
Pause = tuple[dt.date, dt.date | None]


@dataclass(frozen=True)
class Deadline:
    """A computed deadline.

    ``provisional`` (暂定): some day counted, or the deadline itself, lies in a year whose holiday
    schedule is not published, or the clock is still paused; it must be shown as 暂定 on screen and
    on paper and recomputed later (DOMAIN.md §5). ``paused``: the clock is stopped right now (补正 or
    特别程序 in progress), so ``date`` is only the earliest the deadline can be.
    """

    date: dt.date
    provisional: bool
    paused: bool = False


class HolidayCalendar:
    """Working days as the official schedule defines them.

    ``exceptions`` maps a day to whether it is a workday: statutory holidays map to ``False`` and
    调休 makeup workdays (usually a Saturday or Sunday) map to ``True``. Exceptions are honoured only
    in ``published_years``: a year is either published, and its listed days are authoritative, or it
    is not, and the fixed-date fallback applies. A partly synced year therefore never yields a
    half-right deadline that looks final.
    """

    def __init__(self, exceptions: Mapping[dt.date, bool], published_years: Iterable[int]) -> None:
        self._exceptions = dict(exceptions)
        self._published = frozenset(published_years)

    def is_published(self, year: int) -> bool:
        """Whether the official schedule of ``year`` is known (deadlines there are final)."""
        return year in self._published

    def is_workday(self, day: dt.date) -> bool:
        """Monday–Friday except holidays, plus makeup workdays (fixed-date fallback if unpublished)."""
        if day.year in self._published:
            return self._exceptions.get(day, day.weekday() < 5)
        return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS

    def add_working_days(self, start: dt.date, n: int) -> Deadline:
        """The n-th working day after ``start`` (day 0); ``n == 0`` gives ``start`` itself (即办件)."""
        return self.deadline_with_pauses(start, n, [])

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days ``d`` with ``a < d <= b`` (negative if ``b < a``).

        This is the inverse of :meth:`add_working_days`: for a workday ``b``,
        ``working_days_between(a, add_working_days(a, n).date) == n``.
        """
        if b < a:
            return -self.working_days_between(b, a)
        return sum(self.is_workday(a + dt.timedelta(days=i)) for i in range(1, (b - a).days + 1))

    def deadline_with_pauses(
        self, start: dt.date, n: int, pauses: Sequence[Pause], *, today: dt.date | None = None
    ) -> Deadline:
        """The n-th working day after ``start`` not inside a pause (《行政许可法》Art. 45).

        Interval semantics: a pause ``(first, last)`` stops the clock on every day from ``first`` (the
        day the status changed to 补正（开始）/特别程序（开始）) to ``last`` (the day of 补正（结束）/
        特别程序（结束）) inclusive; counting resumes the day after ``last``. Overlapping pauses simply
        merge. Pauses before ``start`` have no effect.

        An open pause (``last is None``) means the deadline cannot be known yet. The rule chosen: it
        is treated as ending on ``today`` (which the caller must then pass, the domain reads no
        clock), so ``date`` is the earliest possible deadline, and the result is ``provisional`` and
        ``paused``; it moves one working day later for every working day the pause stays open.
        """
        if n < 0:
            raise ValueError(f"n must not be negative: {n}")
        closed: list[tuple[dt.date, dt.date]] = []
        for first, last in pauses:
            if last is None:
                if today is None:
                    raise ValueError("an open pause needs today's date")
                last = max(first, today)
            closed.append((first, last))
        paused = any(last is None for _, last in pauses)
        day, counted = start, 0
        provisional = n == 0 and not self.is_published(start.year)
        while counted < n:
            day += _ONE_DAY
            if any(first <= day <= last for first, last in closed):
                continue
            provisional = provisional or not self.is_published(day.year)
            counted += self.is_workday(day)
        return Deadline(day, provisional or paused, paused)


def pauses_from_history(history: Iterable[tuple[CaseStatus, dt.datetime]]) -> list[Pause]:
    """The pause intervals of a case from its status timeline (DOMAIN.md §5, ``PAUSING_STATUSES``).

    Times are hall-local; only their dates matter. Each kind of pause (补正, 特别程序) is tracked
    separately so that they may overlap. A repeated start while already paused keeps the first start;
    an end without a start is ignored (there is no pause to end). A start without an
    end yields an open pause ``(first, None)``.
    """
    ends = {end: start for start, end in PAUSING_STATUSES.items()}
    open_since: dict[CaseStatus, dt.date] = {}
    pauses: list[Pause] = []
    for status, at in sorted(history, key=lambda change: change[1]):
        if status in PAUSING_STATUSES:
            open_since.setdefault(status, at.date())
        elif status in ends and ends[status] in open_since:
            pauses.append((open_since.pop(ends[status]), at.date()))
    pauses.extend((first, None) for first in open_since.values())
    return sorted(pauses, key=lambda pause: pause[0])
