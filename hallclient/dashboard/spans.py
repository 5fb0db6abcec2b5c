"""A window's spans of one hall day (open, paused) from what a counter's replica knows about it.

The replica has three kinds of evidence, none of them complete on its own:

- the **pause intervals** the centre records (``window_pause`` in the feed): exactly when the window
  was paused, on any day — ``end`` None while it still is;
- the window's **activity** on the day from its tickets' events: its first call and its last event;
- today only, its **present state** (the window row: open/paused/closed since when, with the reason).

The window counts as open from the first sign that it served (its first call, a resume, or the present
"open since") until now (today) or its last activity (a past day: the day's events end there, and
nothing says it stayed open), minus the pauses. A present pause that no interval covers (a pause
older than the feed's pause entries) still counts from the present state's ``since``. A state carried
over from an earlier day (open or paused overnight) counts only if the window served on the day:
otherwise every window ever opened would read open, or paused since last night, every morning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hallclient.dashboard.records import WindowSpan
from hallclient.domain.queue_rules import WindowStatus


@dataclass(frozen=True)
class Pause:
    """One pause interval of a window (``end`` None: still paused)."""

    window_id: str
    start: dt.datetime
    end: dt.datetime | None
    reason: str
    clerk: str | None = None


@dataclass(frozen=True)
class Present:
    """A window's present state as its row says (only meaningful for today)."""

    status: WindowStatus
    since: dt.datetime | None
    reason: str | None
    clerk: str | None


Activity = tuple[dt.datetime, dt.datetime]  # (first call, last event) of the day


def _minus(start: dt.datetime, end: dt.datetime | None,
           holes: Sequence[tuple[dt.datetime, dt.datetime | None]]) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """``[start, end)`` without the (start-sorted) ``holes``; ``None`` is "not ended"."""
    pieces: list[tuple[dt.datetime, dt.datetime | None]] = []
    cursor: dt.datetime | None = start
    for low, high in holes:
        if cursor is None or (end is not None and low >= end):
            break
        if high is not None and high <= cursor:
            continue
        if low > cursor:
            pieces.append((cursor, low))
        cursor = high
    if cursor is not None and (end is None or cursor < end):
        pieces.append((cursor, end))
    return pieces


def window_spans(window_id: str, pauses: Iterable[Pause], activity: Activity | None, present: Present | None,
                 day_start: dt.datetime, day_end: dt.datetime) -> list[WindowSpan]:
    """The spans of one window on the day ``[day_start, day_end)``; ``present`` only when the day is today."""
    paused = sorted(pauses, key=lambda p: p.start)
    if present is not None and present.status == WindowStatus.PAUSED and present.since is not None \
            and not any(p.end is None for p in paused):
        paused.append(Pause(window_id, present.since, None, present.reason or "", present.clerk))
    clerk = present.clerk if present is not None else None
    spans = [WindowSpan(window_id, WindowStatus.PAUSED, p.start, p.end, p.reason, p.clerk or clerk) for p in paused]
    served = [p.end for p in paused if p.end is not None and day_start <= p.end < day_end]  # resumed
    ends = [*served, *(max(p.start, day_start) for p in paused)]
    if activity is not None:
        served.append(activity[0])
        ends.append(activity[1])
    if present is not None and present.status == WindowStatus.OPEN and present.since is not None \
            and present.since >= day_start:
        served.append(present.since)
    if not served:  # nothing served today: a state carried over from an earlier day does not count
        return [span for span in spans if span.start >= day_start]
    opened = min(served)
    if present is None:
        closed: dt.datetime | None = max(ends)
    else:
        closed = present.since if present.status == WindowStatus.CLOSED else None
    if closed is not None and closed <= opened:
        return spans
    holes = [(p.start, p.end) for p in paused]
    spans += [WindowSpan(window_id, WindowStatus.OPEN, low, high, clerk=clerk)
              for low, high in _minus(opened, closed, holes)]
    return sorted(spans, key=lambda s: s.start)
