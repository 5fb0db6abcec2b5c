"""The report's cell values and how they read as text (CSV, PDF); XLSX keeps them as numbers instead.

A cell's Python type says what it is: ``Fraction`` a rate (shown as a percentage), ``float`` minutes
(one decimal), ``int`` a count, ``datetime`` a time of the hall's day, ``str`` text; ``None`` is a
figure that is not defined (no data, no denominator) and reads "—", never 0.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from fractions import Fraction

from hallclient.clock import to_hall

Cell = str | int | float | Fraction | dt.datetime | dt.date | None

#: Shown for a figure that is not defined.
UNDEFINED = "—"


def percent(value: Fraction) -> str:
    """``66.7%``: one decimal, rounded half up as people expect (exact integers, no float surprise).

    floor(p/q·1000 + ½) = (2000·p + q) // 2q: the same rounding as Fraction arithmetic, without
    building Fractions (a hundred windows' rates per refresh made it a tenth of the redraw)."""
    tenths = (2000 * value.numerator + value.denominator) // (2 * value.denominator)
    return f"{tenths // 10}.{tenths % 10}%"


def minutes(value: float) -> str:
    return f"{value:.1f}"


def local_time(moment: dt.datetime) -> str:
    """``09:05``, in the hall's time zone."""
    return to_hall(moment).strftime("%H:%M")


def text(cell: Cell) -> str:
    if cell is None:
        return UNDEFINED
    if isinstance(cell, Fraction):
        return percent(cell)
    if isinstance(cell, float):
        return minutes(cell)
    if isinstance(cell, dt.datetime):
        return local_time(cell)
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def display_width(value: str) -> int:
    """Columns the text takes in a fixed-width view: 2 for each wide (CJK, full-width) character, else 1."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in value)
