"""Every figure of the fixed day (``fixtures.py``) against values computed by hand, the arithmetic in comments."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.compute import compute
from hallclient.dashboard.figures import LongestWait, TicketStats
from hallclient.dashboard.stats import Summary
from hallclient.dashboard.windows import WindowCounts
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import WindowStatus
from tests.dashboard.fixtures import HALL_DAY, NOW, OPEN_WORK, TRANSFER_B005, at, hall_calendar


@pytest.fixture(scope="module")
def board() -> Dashboard:
    return compute(HALL_DAY, NOW, calendar=hall_calendar(), open_work=OPEN_WORK)


def test_hall_counts(board: Dashboard) -> None:
    hall = board.hall
    assert hall.tickets == 25
    # Never called: B010, B011, B012, B013 (cancelled), D004, D006, Q002 → 25 − 7 = 18.
    assert hall.called == 18
    # 办结: B001 B002 B003 B005 B006 B007 B008, D001 D002 D003 D005, Q001, C001 C002 C003 = 15.
    assert hall.served == 15
    # Skipped at least once: B004, D005 (later served), C004 → 过号率 3 ÷ 18 = 1/6.
    assert hall.no_shows == 3
    assert hall.no_show_rate == Fraction(1, 6)
    assert hall.transferred == 1  # B005
    # Waiting at 11:00: B010 B011 B012, D004 D006, Q002 (B013 was cancelled).
    assert hall.waiting == 6


def test_waits_over_served_tickets(board: Dashboard) -> None:
    # Served waits: B001 5, B002 18, B003 5, B005 20+20=40 (transferred: both stays), B006 20, B007 35,
    # B008 50, D001 30, D002 14, D003 30, D005 4+26=30 (reactivated: both stays), Q001 2, C001 1, C002 5, C003 1.
    # Sorted: 1 1 2 5 5 5 14 18 20 30 30 30 35 40 50; sum 286 → mean 286/15 = 19.07.
    # p90 nearest rank: ceil(0.9 × 15) = 14th value = 40.
    assert board.hall.wait == Summary(15, pytest.approx(286 / 15), 40.0)
    # Within the 20-minute target (≤ 20): 1 1 2 5 5 5 14 18 20 = 9 of 15 = 3/5.
    assert board.hall.within_target == 9
    assert board.hall.within_target_rate == Fraction(3, 5)


def test_service_times(board: Dashboard) -> None:
    # B001 14, B002 14, B003 14, B005 19, B006 20 (call 09:20 → 09:40, never started), B007 14, B008 24,
    # D001 19, D002 23, D003 38, D005 3, Q001 17, C001 8, C002 9, C003 10 (call → finish): sum 246 → 16.4.
    # Sorted: 3 8 9 10 14 14 14 14 17 19 19 20 23 24 38 → 14th = 24.
    assert board.hall.service == Summary(15, pytest.approx(16.4), 24.0)


def test_longest_current_wait(board: Dashboard) -> None:
    # B010 since 10:00 → 60; D004 since 10:10 → 50; Q002 since 10:20 → 40; B011 30; B012 20; D006 10.
    assert board.hall.longest == LongestWait("B010", 60.0)


def test_waits_in_the_last_hour(board: Dashboard) -> None:
    # Served tickets whose last call was in (10:00, 11:00]: B008 (10:20, wait 50) and C003 (10:31, wait 1).
    # C002 was called at 10:00 sharp: outside. Mean 51/2 = 25.5; p90 rank ceil(1.8) = 2 → 50.
    assert board.recent == Summary(2, 25.5, 50.0)


def test_queues(board: Dashboard) -> None:
    rows = {row.label: row.stats for row in board.queues}
    assert list(rows) == ["商事登记", "不动产登记", "社会事务", "咨询", "取件"]
    # 商事登记: B001–B013 without B005 (transferred to D) = 12; called B001–B004, B006–B009 = 8;
    # served B001 B002 B003 B006 B007 B008 = 6; no-show B004 → 1/8.
    # Waits 5 18 5 20 35 50 → sorted 5 5 18 20 35 50, sum 133 → 22.17, p90 rank ceil(5.4) = 6 → 50;
    # within target 5 5 18 20 = 4 of 6. Service 14 14 14 20 14 24: sum 100 → 16.67, p90 24.
    b = rows["商事登记"]
    assert (b.tickets, b.called, b.served, b.no_shows, b.transferred, b.waiting) == (12, 8, 6, 1, 0, 3)
    assert b.no_show_rate == Fraction(1, 8)
    assert b.wait == Summary(6, pytest.approx(133 / 6), 50.0)
    assert b.within_target_rate == Fraction(2, 3)
    assert b.service == Summary(6, pytest.approx(100 / 6), 24.0)
    assert b.longest == LongestWait("B010", 60.0)
    # 不动产登记: D001–D006 and B005 = 7; called D001 D002 D003 D005 B005 = 5, all served; no-show D005 → 1/5.
    # Waits 30 14 30 30 40: sum 144 → 28.8, p90 rank ceil(4.5) = 5 → 40; within target: 14 only → 1/5.
    # Service 19 23 38 3 19: sum 102 → 20.4, sorted 3 19 19 23 38 → 38.
    d = rows["不动产登记"]
    assert (d.tickets, d.called, d.served, d.no_shows, d.transferred, d.waiting) == (7, 5, 5, 1, 1, 2)
    assert d.no_show_rate == Fraction(1, 5)
    assert d.wait == Summary(5, pytest.approx(28.8), 40.0)
    assert d.within_target_rate == Fraction(1, 5)
    assert d.service == Summary(5, pytest.approx(20.4), 38.0)
    assert d.longest == LongestWait("D004", 50.0)
    # 社会事务: configured, no tickets — every rate and mean undefined, not 0.
    assert rows["社会事务"] == TicketStats(0, 0, 0, 0, 0, 0, None, Summary(0, None, None), 0, Summary(0, None, None))
    assert rows["社会事务"].no_show_rate is None and rows["社会事务"].within_target_rate is None
    # 咨询: C001–C004; waits 1 5 1 → 7/3, p90 rank ceil(2.7) = 3 → 5; service 8 9 10 → 9; no-show C004 → 1/4.
    c = rows["咨询"]
    assert (c.tickets, c.called, c.served, c.no_shows, c.waiting) == (4, 4, 3, 1, 0)
    assert c.wait == Summary(3, pytest.approx(7 / 3), 5.0)
    assert c.service == Summary(3, 9.0, 10.0)
    assert c.no_show_rate == Fraction(1, 4)
    # 取件: Q001 served (wait 2, service 17), Q002 waiting 40.
    q = rows["取件"]
    assert (q.tickets, q.called, q.served, q.waiting) == (2, 1, 1, 1)
    assert q.no_show_rate == 0
    assert q.longest == LongestWait("Q002", 40.0)
    # Every ticket is in exactly one queue: 12 + 7 + 0 + 4 + 2 = 25.
    assert sum(s.tickets for s in rows.values()) == board.hall.tickets


def test_windows_table(board: Dashboard) -> None:
    w1, w2, w3, w4 = board.windows
    # Window 1: open since 10:20 (after the 10:00–10:20 pause) → 40 min; serving B009.
    # Last called there: B001 B002 B006 B007 B008 B009 (B005 went on to window 2) → 6 tickets, 5 served.
    # Service 14 14 20 14 24: sum 86 → 17.2. Paused today 20 min. Ratings e1–e5: 4 rated, 3 good → 3/4.
    assert (w1.number, w1.clerk, w1.state, w1.since, w1.for_minutes) == (1, "张三", WindowStatus.OPEN, at("10:20"), 40)
    assert (w1.current, w1.tickets.tickets, w1.tickets.served) == ("B009", 6, 5)
    assert w1.tickets.service.mean == pytest.approx(17.2)
    assert w1.paused_minutes == 20
    assert w1.evaluations.good_rate == Fraction(3, 4)
    assert not w1.idle and not w1.removed
    # Window 2: paused since 10:35 (系统故障) → 25 min, nothing current; B003 B004 D002 B005 D003 → 5
    # tickets, 4 served; service 14 23 19 38: sum 94 → 23.5. Ratings e6–e9: rated 3, good 2 → 2/3.
    assert (w2.state, w2.since, w2.for_minutes, w2.pause_reason) == (WindowStatus.PAUSED, at("10:35"), 25, "系统故障")
    assert (w2.current, w2.tickets.tickets, w2.tickets.served) == (None, 5, 4)
    assert w2.tickets.service.mean == pytest.approx(23.5)
    assert w2.paused_minutes == 25
    assert w2.evaluations.good_rate == Fraction(2, 3)
    # Window 3: open since 08:30 → 150 min, nobody at the window (C004 skipped at 10:50) → idle.
    assert (w3.state, w3.for_minutes, w3.current, w3.idle) == (WindowStatus.OPEN, 150, None, True)
    assert w3.tickets.service.mean == 9
    # Window 4 was deleted at 09:30: its row stays, marked removed; its tickets (D005 Q001 D001) still count:
    # service 3 17 19 → 13; closed since 09:30 → 90 min.
    assert (w4.removed, w4.state, w4.since, w4.for_minutes) == (True, WindowStatus.CLOSED, at("09:30"), 90)
    assert (w4.tickets.tickets, w4.tickets.served, w4.tickets.service.mean) == (3, 3, 13)
    assert w4.evaluations.unrated_rate == Fraction(1, 2)
    # Counts leave the removed window out: open 1 and 3, idle 3, paused 2.
    assert board.window_counts == WindowCounts(open=2, idle=1, paused=1, closed=0)


def test_items(board: Dashboard) -> None:
    rows = {row.code: row for row in board.items}
    assert list(rows) == ["BDC-001", "BDC-002", "SB-001", "SB-002"]
    assert rows["SB-001"].name == "有限责任公司设立登记"
    # SB-001: B001 B002 B003 B008 B009 B012 = 6 tickets; served waits 5 18 5 50 → 78/4 = 19.5.
    # Ratings e1 (1), e2 (2), e5 (1), e6 (3): all good → 好评率 1.
    sb1 = rows["SB-001"]
    assert (sb1.stats.tickets, sb1.stats.served, sb1.stats.wait.mean) == (6, 4, 19.5)
    assert sb1.ratings.figures.good_rate == 1
    # SB-002: B004 B006 B007 B010; served waits 20 35 → 27.5. e3 未评价, e4 差评 not called back:
    # 好评率 0/1, 未评率 1/2, 差评回复率 0/1.
    sb2 = rows["SB-002"]
    assert (sb2.stats.tickets, sb2.stats.wait.mean) == (4, 27.5)
    assert sb2.ratings.figures.good_rate == 0
    assert sb2.ratings.figures.unrated_rate == Fraction(1, 2)
    assert sb2.ratings.figures.reply_rate == 0
    # BDC-001: B005 D001 D002 D004 Q001; waits 40 30 14 2 → 21.5. e7 (5, called back), e8 (2, default),
    # e11 (2), e12 未评价: 好评率 2/3; 主动评价好评率 e7, e11 → 1/2; 差评回复率 1/1; 回访整改率 0/1.
    bdc1 = rows["BDC-001"].ratings.figures
    assert rows["BDC-001"].stats.wait.mean == 21.5
    assert (bdc1.good_rate, bdc1.active_good_rate, bdc1.reply_rate, bdc1.rectification_rate) == (
        Fraction(2, 3), Fraction(1, 2), 1, 0)
    # BDC-002: D003 D005, waits 30 30; its only rating (e9) is 未评价 → 好评率 undefined, 未评率 1.
    bdc2 = rows["BDC-002"]
    assert bdc2.stats.wait.mean == 30
    assert bdc2.ratings.figures.good_rate is None
    assert bdc2.ratings.figures.unrated_rate == 1


def test_ratings_breakdown_and_hall_evaluation_figures(board: Dashboard) -> None:
    # Levels: 1 → e1 e5 e10; 2 → e2 e8 e11; 3 → e6; 4 → e4; 5 → e7; 未评价 → e3 e9 e12.
    assert board.ratings.levels == {Level(1): 3, Level(2): 3, Level(3): 1, Level(4): 1, Level(5): 1}
    assert board.ratings.unrated == 3
    f = board.ratings.figures
    # 好评率 (1+2+3) 7 ÷ rated 9; 主动评价 leaves out e8 (default): 6 ÷ 8; 未评率 3 ÷ 12;
    # 差评 e4, e7: 差评回复率 1 ÷ 2 (e7), 回访整改率 0 ÷ 2.
    assert (f.good_rate, f.active_good_rate, f.unrated_rate, f.reply_rate, f.rectification_rate) == (
        Fraction(7, 9), Fraction(3, 4), Fraction(1, 4), Fraction(1, 2), 0)


def test_timeline(board: Dashboard) -> None:
    line = board.timeline
    # From the step of the first issue (B001 08:30) to the step holding the moment (11:00): 11 steps.
    assert line.times == tuple(at(f"{h:02d}:{m:02d}") for h, m in [
        (8, 30), (8, 45), (9, 0), (9, 15), (9, 30), (9, 45), (10, 0), (10, 15), (10, 30), (10, 45), (11, 0)])
    # Arrivals: 08:30 B001 B002 C001 D001 D005 B003 B004 Q001 | 08:45 B005 D002 | 09:00 B006 B007 | 09:15 D003 |
    # 09:30 B008 | 09:45 B009 C002 | 10:00 B010 D004 | 10:15 Q002 | 10:30 B011 C003 C004 B012 | 10:45 B013 D006.
    assert line.arrivals == (8, 2, 2, 1, 1, 2, 2, 1, 4, 2, 0)
    # Served (办结 time): 08:40 C001 | 08:50 B001 | 09:00 B003, 09:04 Q001, 09:05 B002 | 09:25 D001,
    # 09:28 D002, 09:29 D005 | 09:40 B006 | 09:50 B005 | 10:00 B007, 10:10 C002 | — | 10:30 D003,
    # 10:41 C003 | 10:45 B008.
    assert line.served == (1, 1, 3, 3, 1, 1, 2, 0, 2, 1, 0)
    assert sum(line.arrivals) == board.hall.tickets and sum(line.served) == board.hall.served
    # Waiting sampled at each step (entry ≤ t < call): e.g. B at 08:45 = B002, B004, B005 (entered 08:45;
    # B003 left at 08:45 sharp) = 3; D at 09:00 = D001, D002, D005 (reactivated 09:00) = 3; D at 09:15 =
    # D005 and B005 (transferred in at 09:10) = 2.
    assert line.waiting == {
        ("accept", "B"): (1, 3, 2, 2, 2, 1, 3, 3, 3, 3, 3),
        ("accept", "D"): (0, 1, 3, 2, 1, 1, 0, 1, 1, 1, 2),
        ("accept", "E"): (0,) * 11,
        ("consult", None): (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0),
        ("pickup", None): (0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1),
    }
    # The last sample (11:00) is the waiting count now.
    assert {queue: values[-1] for queue, values in line.waiting.items()} == {
        row.queue: row.stats.waiting for row in board.queues}


def test_wait_histogram(board: Dashboard) -> None:
    # Waits 1 1 2 | 5 5 5 | 14 | 18 | 20 | 30 30 30 35 40 | 50 | — in bins 0 5 10 15 20 30 45 60+.
    assert board.histogram.edges == (0, 5, 10, 15, 20, 30, 45, 60)
    assert board.histogram.counts == (3, 3, 1, 1, 1, 5, 1, 0)


def test_transfers_and_clock(board: Dashboard) -> None:
    assert [(row.number, row.transfer) for row in board.transfers] == [("B005", TRANSFER_B005)]
    assert board.clock_anomalies == 0
    assert board.moment == NOW
