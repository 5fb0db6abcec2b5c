"""The hall day's bounds, the moment the figures describe, and durations that a jumping clock cannot make negative.

China has no daylight saving, but a counter PC's clock may jump (a wrong manual setting corrected,
an offline ticket stamped by a PC that was minutes off): a call can then appear before the issue.
Every duration goes through :class:`Elapsed`, which clamps it to zero and counts the anomaly, so a
figure is never negative and the dashboard can say how many timestamps it did not trust.
"""

from __future__ import annotations

import datetime as dt

from hallclient.clock import HALL_TZ

MINUTE = 60.0


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The hall day as ``[local midnight, next local midnight)``."""
    return dt.datetime.combine(day, dt.time(), HALL_TZ), dt.datetime.combine(day + dt.timedelta(days=1), dt.time(),
                                                                              HALL_TZ)


def as_of(day: dt.date, now: dt.datetime) -> dt.datetime:
    """The moment a day's figures describe: ``now`` for today, the day's end for a past day.

    ``now`` is passed in (the core reads no clock) and must be the moment the records describe:
    states such as "waiting" come from the records, durations up to this moment.
    """
    start, end = day_bounds(day)
    return min(max(now, start), end)


def hall_date(moment: dt.datetime) -> dt.date:
    """The hall-local date of an aware moment."""
    return moment.astimezone(HALL_TZ).date()


class Elapsed:
    """Durations in minutes, never negative: a negative one is clamped to 0 and counted in ``anomalies``."""

    __slots__ = ("anomalies",)

    def __init__(self) -> None:
        self.anomalies = 0

    def minutes(self, start: dt.datetime, end: dt.datetime) -> float:
        seconds = (end - start).total_seconds()
        if seconds < 0:
            self.anomalies += 1
            return 0.0
        return seconds / MINUTE

    def ordered(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether ``start <= end``; an interval that ends before it starts is counted as an anomaly."""
        if end < start:
            self.anomalies += 1
            return False
        return True
