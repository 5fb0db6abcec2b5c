"""Issue 7's bad input: a day with no data, a deleted window, a jumping clock, a past day."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hallclient.dashboard.compute import compute
from hallclient.dashboard.records import EvaluationRecord, HallDay, Stay, TicketRecord, WindowSpan
from hallclient.dashboard.stats import Summary
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import TicketStatus
from tests.dashboard.fixtures import DAY, HALL_DAY, NOW, ZONES, at, hall_calendar

NOTHING = Summary(0, None, None)


def test_a_day_without_data_has_every_figure_defined() -> None:
    board = compute(HallDay(DAY, zones=ZONES), NOW, calendar=hall_calendar())
    hall = board.hall
    assert (hall.tickets, hall.called, hall.served, hall.waiting, hall.longest) == (0, 0, 0, 0, None)
    assert hall.wait == hall.service == board.recent == NOTHING
    assert hall.no_show_rate is None and hall.within_target_rate is None
    assert [row.label for row in board.queues] == ["商事登记", "不动产登记", "社会事务"]
    assert all(row.stats == hall for row in board.queues)
    assert board.windows == () and board.items == () and board.transfers == () and board.alerts == ()
    assert board.timeline.times == board.timeline.arrivals == board.timeline.served == ()
    assert board.histogram.counts == (0,) * 8
    f = board.ratings.figures
    assert (f.services, f.good_rate, f.active_good_rate, f.unrated_rate, f.reply_rate) == (0, None, None, None, None)
    assert board.clock_anomalies == 0


def test_a_window_missing_from_the_records_keeps_a_row_marked_removed() -> None:
    """Tickets and ratings of a window deleted from storage altogether still count, on a row of its own."""
    ticket = TicketRecord("t1", "B001", None, False, at("09:00"), (Stay("accept", "B", at("09:00"), at("09:10")),),
                          TicketStatus.DONE, at("09:11"), at("09:20"), "w9", "钱七")
    rating = EvaluationRecord("e1", "w9", "钱七", None, Level(1), at("09:21"))
    board = compute(HallDay(DAY, (ticket,), evaluations=(rating,)), NOW, calendar=hall_calendar())
    (row,) = board.windows
    assert (row.window_id, row.number, row.label, row.removed, row.clerk) == ("w9", None, "w9", True, "钱七")
    assert (row.tickets.served, row.tickets.service.mean, row.evaluations.good_rate) == (1, 9, 1)
    assert board.hall.served == 1
    assert board.window_counts.open == board.window_counts.closed == 0


def test_a_jumping_clock_never_gives_negative_durations_and_is_counted() -> None:
    called_before_issue = TicketRecord(
        "t1", "B001", None, False, at("09:00"), (Stay("accept", "B", at("09:00"), at("08:50")),), TicketStatus.DONE,
        at("09:05"), at("09:15"))
    finished_before_start = TicketRecord(
        "t2", "B002", None, False, at("09:00"), (Stay("accept", "B", at("09:00"), at("09:10")),), TicketStatus.DONE,
        at("09:30"), at("09:20"))
    issued_after_now = TicketRecord(
        "t3", "B003", None, False, at("11:30"), (Stay("accept", "B", at("11:30")),), TicketStatus.WAITING)
    backwards_pause = WindowSpan("w1", WindowStatus.PAUSED, at("10:00"), at("09:50"), "会议")
    day = HallDay(DAY, (called_before_issue, finished_before_start, issued_after_now), spans=(backwards_pause,))
    board = compute(day, NOW, calendar=hall_calendar())
    # Waits 0 (clamped) and 10; service 10 and 0 (clamped); the future entry waits 0 so far; the pause counts 0.
    assert board.hall.wait == Summary(2, 5.0, 10.0)
    assert board.hall.service == Summary(2, 5.0, 10.0)
    assert board.hall.longest is not None and board.hall.longest.minutes == 0
    assert board.windows[0].paused_minutes == 0
    assert board.clock_anomalies == 4


def test_a_past_day_is_seen_at_its_end() -> None:
    """Any past day can be chosen: its figures are those at midnight, its charts end at its last event."""
    board = compute(HALL_DAY, NOW + dt.timedelta(days=3), calendar=hall_calendar())
    assert board.moment == at("00:00", DAY + dt.timedelta(days=1))
    # B010 still waiting at the day's end: 10:00 → 24:00 = 840 minutes.
    assert board.hall.longest is not None and (board.hall.longest.number, board.hall.longest.minutes) == ("B010", 840)
    # The last event is B013's cancellation at 10:55: the axis ends with the 10:45 step.
    assert board.timeline.times[-1] == at("10:45")
    assert sum(board.timeline.arrivals) == 25
    # Window 2's open pause runs to the end of the day: 10:35 → 24:00 = 805 minutes.
    assert board.windows[1].paused_minutes == 805
    # The same day asked about before it began is seen at its start: nothing has waited yet.
    early = compute(HALL_DAY, at("00:00", DAY) - dt.timedelta(hours=3), calendar=hall_calendar())
    assert early.moment == at("00:00")


def test_a_removed_window_is_left_out_of_the_counts_even_if_its_span_is_open() -> None:
    spans = (*HALL_DAY.spans, WindowSpan("w4", WindowStatus.OPEN, at("10:00")))
    board = compute(dataclasses.replace(HALL_DAY, spans=spans), NOW, calendar=hall_calendar())
    assert board.windows[3].state == WindowStatus.OPEN and board.windows[3].removed
    assert board.window_counts.open == 2
