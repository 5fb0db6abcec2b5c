"""Paused time for any day: the centre's pause intervals reach the cache through the feed (``window_pause``)
and the dashboard's 暂停时长, paused/open counts and the "paused over 15 minutes" alert follow them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from hallclient import clock
from hallclient.cache.models import WindowPause
from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.compute import compute
from hallclient.domain.queue_rules import WindowStatus
from hallclient.hall import Hall
from hallclient.services.dashboard import DayInputs, DaySource
from hallclient.services.replica import FeedEntry
from sync.pull import pull_all
from tests.dashboard.fixtures import DAY, at
from tests.dashboard.test_source import _seq, apply, event, ticket, window, zones

NEXT = DAY + dt.timedelta(days=1)


def pause(pid: int, wid: str, start: str, end: str | None, reason: str, end_day: dt.date = DAY) -> FeedEntry:
    """A ``window_pause`` entry as ``central.serialize.pause_data`` shapes it."""
    return FeedEntry(next(_seq), "window_pause", str(pid), {
        "window_id": wid, "service_date": DAY.isoformat(), "started_at": at(start).isoformat(),
        "ended_at": None if end is None else at(end, end_day).isoformat(), "reason": reason, "clerk": "张三"})


#: w1 serves B001 08:35–08:50, pauses 09:00–09:20 and again from 10:40 (still paused at 11:00).
MORNING = [
    *zones(), window("w1", 1, "paused", "10:40", "接听电话"), window("w2", 2, "open", "08:30"),
    ticket("b1", "B001", "B", "done", "08:30", window_id="w1", clerk="张三", called_at="08:35", serving_at="08:36",
           finished_at="08:50"),
    event(1, "b1", "issue", "08:30", kind="accept", zone="B"), event(2, "b1", "call", "08:35", "w1"),
    event(3, "b1", "start", "08:36", "w1"), event(4, "b1", "finish", "08:50", "w1"),
    ticket("b2", "B002", "B", "done", "08:40", window_id="w2", clerk="李四", called_at="08:45", serving_at="08:46",
           finished_at="09:05"),
    event(5, "b2", "issue", "08:40", kind="accept", zone="B"), event(6, "b2", "call", "08:45", "w2"),
    event(7, "b2", "start", "08:46", "w2"), event(8, "b2", "finish", "09:05", "w2"),
    pause(1, "w1", "09:00", None, "系统维护"),  # the pause as it began ...
    pause(1, "w1", "09:00", "09:20", "系统维护"),  # ... and its end, a newer entry of the same record
    pause(2, "w1", "10:40", None, "接听电话"),
]


def _board(inputs: DayInputs, now: dt.datetime) -> Dashboard:
    return compute(inputs.day, now, calendar=inputs.calendar, open_work=inputs.open_work, settings=inputs.settings)


def test_today_counts_both_pauses_up_to_now_and_alerts_on_the_running_one(hall: Hall) -> None:
    apply(hall, MORNING)
    board = _board(hall.dashboard.read(DaySource(DAY), at("11:00")), at("11:00"))
    rows = {row.window_id: row for row in board.windows}
    w1 = rows["w1"]
    assert w1.paused_minutes == 20 + 20  # 09:00–09:20, then 10:40 until the moment described (11:00)
    assert (w1.state, w1.since, w1.for_minutes, w1.pause_reason) == (WindowStatus.PAUSED, at("10:40"), 20, "接听电话")
    assert rows["w2"].paused_minutes == 0 and rows["w2"].state == WindowStatus.OPEN
    assert (board.window_counts.open, board.window_counts.paused) == (1, 1)
    [alert] = [a for a in board.alerts if a.key.startswith("window-paused:")]
    assert alert.key == f"window-paused:w1:{at('10:40').astimezone(dt.UTC).isoformat()}"
    assert alert.params["minutes"] == 20
    at_0910 = _board(hall.dashboard.read(DaySource(DAY), at("11:00")), at("09:10"))  # inside the first pause
    assert {r.window_id: r.state for r in at_0910.windows}["w1"] == WindowStatus.PAUSED


def test_a_past_day_counts_its_pauses_and_one_across_its_end(hall: Hall) -> None:
    apply(hall, [*MORNING, pause(2, "w1", "10:40", "11:10", "接听电话"), window("w1", 1, "open", "11:10"),
                 pause(3, "w1", "17:30", "08:10", "下班未恢复", end_day=NEXT)])
    inputs = hall.dashboard.day(DAY, at("11:00", DAY + dt.timedelta(days=3)))
    board = _board(inputs, inputs.read_at)
    rows = {row.window_id: row for row in board.windows}
    w1, w2 = rows["w1"], rows["w2"]
    assert w1.paused_minutes == 20 + 30 + 390  # the last pause counts up to the day's end (24:00)
    assert (w1.state, w1.since, w1.for_minutes) == (WindowStatus.PAUSED, at("17:30"), 390)
    assert (w2.state, w2.paused_minutes) == (WindowStatus.CLOSED, 0)  # open 08:45–09:05, not all day
    assert [s.start for s in inputs.day.spans if s.window_id == "w2"] == [at("08:45")]
    assert (board.window_counts.open, board.window_counts.paused, board.window_counts.closed) == (0, 1, 1)
    assert [a.params["minutes"] for a in board.alerts if a.key.startswith("window-paused:w1:")] == [390]
    # the next day: the overnight pause counts from midnight, as the window resumed (served) that day
    next_day = hall.dashboard.day(NEXT, at("11:00", DAY + dt.timedelta(days=3)))
    assert {r.window_id: r.paused_minutes for r in _board(next_day, next_day.read_at).windows}["w1"] == 8 * 60 + 10


def test_a_pause_carried_over_from_an_earlier_day_alone_does_not_make_a_window_paused_today(hall: Hall) -> None:
    apply(hall, [*zones(), window("w1", 1, "paused", "17:30", "下班"), pause(1, "w1", "17:30", None, "下班")])
    inputs = hall.dashboard.read(DaySource(NEXT), at("09:00", NEXT))
    board = _board(inputs, at("09:00", NEXT))
    assert board.window_counts.paused == 0 and not [a for a in board.alerts if a.key.startswith("window-paused")]


def _window_action(client: Any, action: str, **body: Any) -> None:
    client.json("POST", f"/queue/windows/W03/{action}", json=body, headers={"Idempotency-Key": str(uuid.uuid4())})


def test_a_pause_at_the_real_centre_reaches_the_dashboard_through_the_feed(hall: Hall, client: Any) -> None:
    _window_action(client, "pause", reason="系统维护")
    pull_all(hall, client)
    today = clock.hall_today()
    inputs = hall.dashboard.read(DaySource(today), clock.now())
    [(pause_id, ended, reason)] = hall.run(lambda s: s.execute(
        select(WindowPause.id, WindowPause.ended_at, WindowPause.reason)).all())
    assert (ended, reason) == (None, "系统维护")
    [span] = [s for s in inputs.day.spans if s.window_id == "W03"]
    assert (span.state, span.end, span.reason) == (WindowStatus.PAUSED, None, "系统维护")
    _window_action(client, "resume")
    pull_all(hall, client)
    [(same_id, ended)] = hall.run(lambda s: s.execute(select(WindowPause.id, WindowPause.ended_at)).all())
    assert same_id == pause_id and ended is not None  # the resume updated the same interval
    inputs = hall.dashboard.read(DaySource(today), clock.now())
    assert next((s.state, s.end) for s in inputs.day.spans if s.window_id == "W03") == (WindowStatus.PAUSED, ended)
