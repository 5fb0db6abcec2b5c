"""Properties over arbitrary days, including inconsistent ones a jumping clock produces.

No duration is negative, every rate is within [0, 1], served ≤ called ≤ tickets, the histogram and
the series add up to the totals, and the live engine agrees with a computation from scratch after
any sequence of changes.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.compute import DashboardEngine, compute
from hallclient.dashboard.figures import TicketStats
from hallclient.dashboard.records import EvaluationRecord, HallDay, Stay, TicketRecord, Transfer, WindowSpan
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import TicketStatus
from hallclient.domain.workdays import HolidayCalendar
from tests.dashboard.fixtures import DAY, ZONES, at

QUEUES = [("accept", "B"), ("accept", "D"), ("accept", "X"), ("consult", None), ("pickup", None)]
WINDOWS = ["w1", "w2", "w3"]
CALENDAR = HolidayCalendar({}, [])
START = at("08:00")


def minute(offset: int) -> dt.datetime:
    return START + dt.timedelta(minutes=offset)


#: Minutes from 08:00; steps may be negative (a clock that jumped back).
steps = st.integers(-20, 90)


@st.composite
def tickets(draw: st.DrawFn, number: int) -> TicketRecord:
    status = draw(st.sampled_from(list(TicketStatus)))
    count = draw(st.integers(1, 3))
    entered = draw(st.integers(-30, 700))
    stays = []
    for index in range(count):
        open_stay = index == count - 1 and status in (TicketStatus.WAITING, TicketStatus.CANCELLED)
        called = None if open_stay else entered + draw(steps)
        stays.append(Stay(*draw(st.sampled_from(QUEUES)), minute(entered), None if called is None else minute(called)))
        entered = (entered if called is None else called) + draw(steps)
    finished, serving = draw(st.none() | st.integers(-30, 800)), draw(st.none() | st.integers(-30, 800))
    transfers = tuple(Transfer(s.entered_at, None, None, s.zone, None, "转") for s in stays[1:])
    return TicketRecord(
        f"t{number}", f"B{number:03d}", draw(st.sampled_from([None, "i1", "i2"])), draw(st.booleans()),
        stays[0].entered_at, tuple(stays), status, None if serving is None else minute(serving),
        None if finished is None else minute(finished), draw(st.sampled_from([None, *WINDOWS])), "clerk",
        draw(st.integers(0, 3)), draw(st.booleans()), transfers)


spans = st.builds(lambda window, state, start, length, open_end: WindowSpan(
    window, state, minute(start), None if open_end else minute(start + length), "原因"),
    st.sampled_from(WINDOWS), st.sampled_from(list(WindowStatus)), st.integers(-30, 700), steps, st.booleans())

evaluations = st.builds(lambda ref, window, item, level, defaulted, back, fixed: EvaluationRecord(
    f"e{ref}", window, "clerk", item, None if level is None else Level(level), minute(0), defaulted,
    called_back_at=minute(1) if back else None, rectified_at=minute(2) if fixed else None),
    st.integers(0, 10_000), st.sampled_from([None, *WINDOWS]), st.sampled_from([None, "i1", "i2"]),
    st.none() | st.integers(1, 5), st.booleans(), st.booleans(), st.booleans())


@st.composite
def days(draw: st.DrawFn) -> HallDay:
    count = draw(st.integers(0, 25))
    rated = draw(st.lists(evaluations, max_size=10, unique_by=lambda e: e.service_ref))
    return HallDay(DAY, tuple(draw(tickets(n)) for n in range(count)), spans=tuple(draw(st.lists(spans, max_size=6))),
                   zones=ZONES, evaluations=tuple(rated))


moments = st.integers(-60, 1000).map(minute)


def _stats(board: Dashboard) -> list[TicketStats]:
    return [board.hall, *(r.stats for r in board.queues), *(r.tickets for r in board.windows),
            *(r.stats for r in board.items)]


def _rates(board: Dashboard) -> list[Fraction | None]:
    figures = [board.ratings.figures, *(r.evaluations for r in board.windows),
               *(r.ratings.figures for r in board.items)]
    return [*(rate for s in _stats(board) for rate in (s.no_show_rate, s.within_target_rate)),
            *(rate for f in figures for rate in (f.good_rate, f.active_good_rate, f.unrated_rate, f.reply_rate,
                                                 f.rectification_rate))]


@settings(max_examples=150, deadline=None)
@given(days(), moments)
def test_figures_stay_within_their_bounds(day: HallDay, now: dt.datetime) -> None:
    board = compute(day, now, calendar=CALENDAR)
    for stats in _stats(board):
        assert stats.served <= stats.called <= stats.tickets
        assert stats.within_target <= stats.served
        for summary in (stats.wait, stats.service):
            assert summary.mean is None or summary.mean >= 0
            assert summary.p90 is None or summary.p90 >= 0
        assert stats.longest is None or stats.longest.minutes >= 0
    for row in board.windows:
        assert row.paused_minutes >= 0 and (row.for_minutes is None or row.for_minutes >= 0)
    assert board.recent.count <= board.hall.served
    assert all(rate is None or 0 <= rate <= 1 for rate in _rates(board))
    assert sum(board.histogram.counts) == board.hall.served
    if day.tickets:
        assert sum(board.timeline.arrivals) == board.hall.tickets
        assert sum(board.timeline.served) <= board.hall.served
        assert all(value >= 0 for series in board.timeline.waiting.values() for value in series)
    assert sum(r.stats.tickets for r in board.queues) == board.hall.tickets
    assert sum(r.stats.waiting for r in board.queues) == board.hall.waiting


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(days(), moments), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_the_engine_agrees_with_a_fresh_computation(sequence: list[tuple[HallDay, dt.datetime]],
                                                    rng: random.Random) -> None:
    """Each day of the sequence keeps some records of the previous one (the same objects), as storage does."""
    engine = DashboardEngine()
    previous: tuple[TicketRecord, ...] = ()
    for day, now in sequence:
        kept = [t for t in previous if rng.random() < 0.5 and t.id not in {n.id for n in day.tickets}]
        mixed = HallDay(day.day, tuple(rng.sample([*kept, *day.tickets], len(kept) + len(day.tickets))),
                        spans=day.spans, zones=day.zones, evaluations=day.evaluations)
        assert engine.compute(mixed, now, calendar=CALENDAR) == compute(mixed, now, calendar=CALENDAR)
        previous = mixed.tickets
