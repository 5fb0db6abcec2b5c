"""The windows table: one row per window that existed today, and the open/paused/idle counts.

- **state**: the window's span containing the moment described (open, paused, closed; no span:
  closed), **since** its start and **for** how long — a closed window is closed since its last span
  ended (``None`` if it never opened);
- **current ticket**: the ticket called or being served there (the latest call if the data shows more);
- **served**, **service time**: the :class:`~hallclient.dashboard.figures.TicketStats` of the tickets
  last called there (so a deleted window's tickets still count, on a row marked ``removed``);
- **paused today**: the paused spans' overlap with the day up to the moment, in minutes;
- **好评率**: §7 over the evaluations made at that window;
- **idle**: open with no current ticket. Counts leave out removed windows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from hallclient.dashboard.figures import TicketStats, TicketTally, tally, ticket_stats
from hallclient.dashboard.records import HallDay, WindowRecord, WindowSpan
from hallclient.dashboard.stats import grouped
from hallclient.dashboard.ticketfacts import TicketFacts
from hallclient.dashboard.timebase import MINUTE, Elapsed, day_bounds
from hallclient.domain.evaluation import EvaluationFigures
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import TicketStatus

_AT_WINDOW = frozenset({TicketStatus.CALLED, TicketStatus.SERVING})


@dataclass(frozen=True)
class WindowRow:
    """One row of the windows table (module docstring)."""

    window_id: str
    number: int | None
    name: str
    removed: bool
    clerk: str | None
    state: WindowStatus
    since: dt.datetime | None
    for_minutes: float | None
    pause_reason: str | None
    current: str | None
    tickets: TicketStats
    paused_minutes: float
    evaluations: EvaluationFigures

    @property
    def label(self) -> str:
        """The window as the hall names it: its number, else its name or id (a removed window)."""
        return str(self.number) if self.number is not None else self.name or self.window_id

    @property
    def idle(self) -> bool:
        return self.state == WindowStatus.OPEN and self.current is None


@dataclass(frozen=True)
class WindowCounts:
    """Windows open (serving or idle), idle, paused and closed at the moment (removed ones left out)."""

    open: int
    idle: int
    paused: int
    closed: int


def _state_at(spans: Sequence[WindowSpan], moment: dt.datetime) -> tuple[WindowSpan | None, dt.datetime | None]:
    """The span holding ``moment`` (``None``: closed) and since when the window is in that state."""
    current = None
    closed_since = None
    for span in spans:
        if span.start <= moment and (span.end is None or span.end > moment):
            if current is None or span.start >= current.start:
                current = span
        elif span.end is not None and span.end <= moment and (closed_since is None or span.end > closed_since):
            closed_since = span.end
    if current is None:
        return None, closed_since
    return current, current.start


def _paused_minutes(spans: Sequence[WindowSpan], day_start: dt.datetime, moment: dt.datetime,
                    elapsed: Elapsed) -> float:
    total = 0.0
    for span in spans:
        end = span.end or moment
        if span.state != WindowStatus.PAUSED or not elapsed.ordered(span.start, end):
            continue
        low, high = max(span.start, day_start), min(end, moment)
        if high > low:
            total += (high - low).total_seconds() / MINUTE
    return total


@dataclass(frozen=True)
class WindowTickets:
    """What a window's tickets say, whatever the moment: their tally, the current ticket, the last one called."""

    tally: TicketTally
    current: TicketFacts | None
    last_called: TicketFacts | None


def window_tickets(facts: Sequence[TicketFacts]) -> WindowTickets:
    called = [f for f in facts if f.last_call is not None]
    current = max((f for f in called if f.ticket.status in _AT_WINDOW), key=_call_order, default=None)
    return WindowTickets(tally(facts), current, max(called, key=_call_order, default=None))


def _call_order(facts: TicketFacts) -> tuple[float, str]:
    return facts.last_call or 0.0, facts.ticket.number


def _row(window: WindowRecord, spans: Sequence[WindowSpan], tickets: WindowTickets, evaluations: EvaluationFigures,
         target: dt.timedelta, day_start: dt.datetime, moment: dt.datetime, elapsed: Elapsed) -> WindowRow:
    span, since = _state_at(spans, moment)
    clerk = span.clerk if span is not None and span.clerk else None
    if clerk is None and tickets.last_called is not None:
        clerk = tickets.last_called.ticket.clerk
    return WindowRow(
        window_id=window.id, number=window.number, name=window.name, removed=window.removed, clerk=clerk,
        state=WindowStatus.CLOSED if span is None else span.state, since=since,
        for_minutes=None if since is None else elapsed.minutes(since, moment),
        pause_reason=span.reason if span is not None and span.state == WindowStatus.PAUSED else None,
        current=None if tickets.current is None else tickets.current.ticket.number,
        tickets=ticket_stats(tickets.tally, moment.timestamp(), target),
        paused_minutes=_paused_minutes(spans, day_start, moment, elapsed), evaluations=evaluations,
    )


def window_rows(day: HallDay, mentioned: Iterable[str], tickets_of: Callable[[str], WindowTickets],
                evaluations_of: Callable[[str], EvaluationFigures], target: dt.timedelta, moment: dt.datetime,
                elapsed: Elapsed) -> tuple[WindowRow, ...]:
    """Rows for every known window and every other window the day's records mention (those as removed)."""
    known = {w.id: w for w in day.windows}
    spans_by_window = grouped(day.spans, lambda s: s.window_id)
    for window_id in [*spans_by_window, *mentioned]:
        known.setdefault(window_id, WindowRecord(window_id, None, removed=True))
    day_start, _ = day_bounds(day.day)
    rows = [_row(w, spans_by_window.get(w.id, []), tickets_of(w.id), evaluations_of(w.id), target, day_start,
                 moment, elapsed) for w in known.values()]
    return tuple(sorted(rows, key=lambda r: (r.number is None, r.number or 0, r.window_id)))


def window_counts(rows: Sequence[WindowRow]) -> WindowCounts:
    present = [r for r in rows if not r.removed]
    return WindowCounts(
        open=sum(r.state == WindowStatus.OPEN for r in present),
        idle=sum(r.idle for r in present),
        paused=sum(r.state == WindowStatus.PAUSED for r in present),
        closed=sum(r.state == WindowStatus.CLOSED for r in present),
    )
