"""The one source of "now", so tests can move time and every record agrees on the hall's day.

Times are stored in UTC; the hall's local day (ticket numbering, reports) uses the hall's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

HALL_TZ = ZoneInfo("Asia/Shanghai")

_source: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)  # noqa: E731


def now() -> dt.datetime:
    """The current time, aware, in UTC."""
    return _source()


def hall_today() -> dt.date:
    """Today in the hall's time zone (the day ticket numbers restart)."""
    return now().astimezone(HALL_TZ).date()


def to_hall(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HALL_TZ)


def set_source(source: Callable[[], dt.datetime] | None) -> None:
    """Replace the time source (tests and simulations); ``None`` restores the real clock."""
    global _source
    _source = source or (lambda: dt.datetime.now(dt.UTC))
