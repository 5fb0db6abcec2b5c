"""The live engine, which redoes only what changed, always agrees with a computation from scratch."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hallclient.dashboard.compute import DashboardEngine, compute
from hallclient.dashboard.records import HallDay, Stay, TicketRecord
from hallclient.domain.tickets import TicketStatus
from tests.dashboard.fixtures import DAY, HALL_DAY, NOW, OPEN_WORK, at, hall_calendar

CALENDAR = hall_calendar()


def _tickets(day: HallDay) -> dict[str, TicketRecord]:
    return {t.number: t for t in day.tickets}


def _call(ticket: TicketRecord, window: str, when: dt.datetime) -> TicketRecord:
    stays = (*ticket.stays[:-1], dataclasses.replace(ticket.stays[-1], called_at=when))
    return dataclasses.replace(ticket, stays=stays, status=TicketStatus.CALLED, window_id=window)


def _refresh_agrees(engine: DashboardEngine, day: HallDay, now: dt.datetime) -> None:
    assert engine.compute(day, now, calendar=CALENDAR, open_work=OPEN_WORK) == compute(
        day, now, calendar=CALENDAR, open_work=OPEN_WORK)


def test_refreshes_follow_a_morning_of_changes() -> None:
    engine = DashboardEngine()
    _refresh_agrees(engine, HALL_DAY, NOW)
    tickets = _tickets(HALL_DAY)
    # Window 1 finishes B009 and calls B010; a new ticket is issued.
    done = dataclasses.replace(tickets["B009"], status=TicketStatus.DONE, finished_at=NOW)
    called = _call(tickets["B010"], "w1", NOW)
    issued = TicketRecord("t-B014", "B014", "SB-001", False, NOW, (Stay("accept", "B", NOW),), TicketStatus.WAITING)
    changed = {"B009": done, "B010": called}
    later = dataclasses.replace(HALL_DAY, tickets=(*(changed.get(t.number, t) for t in HALL_DAY.tickets), issued))
    _refresh_agrees(engine, later, NOW + dt.timedelta(minutes=1))
    board = engine.compute(later, NOW + dt.timedelta(minutes=1), calendar=CALENDAR, open_work=OPEN_WORK)
    assert (board.hall.served, board.hall.waiting, board.hall.tickets) == (16, 6, 26)
    # The records come back in another order and a cancelled ticket is gone from storage.
    reordered = dataclasses.replace(later, tickets=tuple(reversed([t for t in later.tickets if t.number != "B013"])))
    _refresh_agrees(engine, reordered, NOW + dt.timedelta(minutes=2))
    # A 差评 is called back: the ratings follow.
    evaluations = tuple(dataclasses.replace(e, called_back_at=NOW) if e.service_ref == "e4" else e
                        for e in reordered.evaluations)
    rated = dataclasses.replace(reordered, evaluations=evaluations)
    _refresh_agrees(engine, rated, NOW + dt.timedelta(minutes=3))
    assert engine.compute(rated, NOW, calendar=CALENDAR).ratings.figures.reply_rate == 1


def test_an_unchanged_day_gives_the_same_dashboard_as_time_passes() -> None:
    engine = DashboardEngine()
    for minutes in (0, 1, 2):
        _refresh_agrees(engine, HALL_DAY, NOW + dt.timedelta(minutes=minutes))


def test_a_new_day_starts_from_scratch() -> None:
    engine = DashboardEngine()
    engine.compute(HALL_DAY, NOW, calendar=CALENDAR)
    tomorrow = DAY + dt.timedelta(days=1)
    first = TicketRecord("t-x", "B001", None, False, at("08:30", tomorrow),
                         (Stay("accept", "B", at("08:30", tomorrow)),), TicketStatus.WAITING)
    board = engine.compute(HallDay(tomorrow, (first,)), at("09:00", tomorrow), calendar=CALENDAR)
    assert (board.day, board.hall.tickets, board.hall.longest.minutes if board.hall.longest else None) == (
        tomorrow, 1, 30)
    assert board.timeline.times == (at("08:30", tomorrow), at("08:45", tomorrow), at("09:00", tomorrow))
    assert board.timeline.waiting[("accept", "B")] == (1, 1, 1)
