"""The storage adapter (hall.dashboard) against a real local cache, fed the centre's feed shapes by hand."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any

from hallclient.changes import Changes
from hallclient.dashboard.compute import compute
from hallclient.hall import Hall
from hallclient.services.dashboard import DaySource
from hallclient.services.replica import FeedEntry
from tests.dashboard.fixtures import DAY, at

_seq = itertools.count(1)


def ticket(tid: str, number: str, zone: str | None, status: str, issued: str, kind: str = "accept",
           day: dt.date = DAY, version: int = 1, **fields: Any) -> FeedEntry:
    times = {name: None for name in ("appointment_at", "checked_in_at", "called_at", "last_called_at", "serving_at",
                                     "finished_at")}
    times.update({k: at(v, day).isoformat() for k, v in fields.items() if k.endswith("_at")})
    data = {"service_date": day.isoformat(), "number": number, "kind": kind, "zone_code": zone, "item_code": None,
            "status": status, "priority": False, "priority_reason": None, "case_number": None,
            "window_id": fields.get("window_id"), "target_window_id": None, "clerk": fields.get("clerk"),
            "recall_count": 0, "reactivated": False, "transfer_reason": None, "offline": False, "lookup_id": tid,
            "version": version, "issued_at": at(issued, day).isoformat(), "queue_at": at(issued, day).isoformat(),
            **times, "phone": None, "id_number": None}
    return FeedEntry(next(_seq), "ticket", tid, data)


def event(eid: int, tid: str, name: str, hhmm: str, window: str | None = None, day: dt.date = DAY,
          **detail: Any) -> FeedEntry:
    return FeedEntry(next(_seq), "ticket_event", str(eid), {"ticket_id": tid, "event": name,
                                                             "at": at(hhmm, day).isoformat(), "window_id": window,
                                                             "clerk": "张三" if window else "guide1",
                                                             "detail": detail or None})


def window(wid: str, number: int, status: str, since: str | None, reason: str | None = None) -> FeedEntry:
    return FeedEntry(next(_seq), "window", wid, {
        "number": number, "name": f"{number} 号窗口", "kind": "comprehensive", "zones": ["B", "D"],
        "ticket_kinds": ["accept"], "department": None, "evaluation_device": None, "status": status,
        "status_since": None if since is None else at(since).isoformat(), "pause_reason": reason, "clerk": "张三"})


def zones() -> list[FeedEntry]:
    return [FeedEntry(next(_seq), "zone", code, {"name": name, "ticket_prefix": code, "warn_level": 3,
                                                  "daily_cap": None, "sort_order": i})
            for i, (code, name) in enumerate((("B", "商事登记"), ("D", "不动产登记")))]


def apply(hall: Hall, entries: list[FeedEntry]) -> None:
    hall.replica.apply_page(entries, max(e.seq for e in entries))


MORNING = [
    *zones(),
    window("w1", 1, "open", "08:30"), window("w2", 2, "paused", "10:35", "系统故障"),
    # B001: waited 5, served 14 at w1
    ticket("b1", "B001", "B", "done", "08:30", window_id="w1", clerk="张三", called_at="08:35", serving_at="08:36",
           finished_at="08:50"),
    event(1, "b1", "issue", "08:30", kind="accept", zone="B"), event(2, "b1", "call", "08:35", "w1"),
    event(3, "b1", "start", "08:36", "w1"), event(4, "b1", "finish", "08:50", "w1"),
    # B005 → D: waited 20 in B, 转移 09:10, 20 in D, served 19 at w2
    ticket("b5", "B005", "D", "done", "08:45", window_id="w2", clerk="李四", called_at="09:30", serving_at="09:31",
           finished_at="09:50"),
    event(5, "b5", "issue", "08:45", kind="accept", zone="B"), event(6, "b5", "call", "09:05", "w1"),
    event(7, "b5", "transfer", "09:10", "w1", reason="属不动产登记业务", from_kind="accept", from_zone="B",
          to_zone="D", to_window=None),
    event(8, "b5", "call", "09:30", "w2"), event(9, "b5", "start", "09:31", "w2"),
    event(10, "b5", "finish", "09:50", "w2"),
    # B010 waiting since 10:00; a 过号 at w3 (a window the cache no longer has: deleted mid-day)
    ticket("b10", "B010", "B", "waiting", "10:00"), event(11, "b10", "issue", "10:00", kind="accept", zone="B"),
    ticket("d4", "D004", "D", "no_show", "09:00", window_id="w3", clerk="赵六", called_at="09:10",
           finished_at="09:13"),
    event(12, "d4", "issue", "09:00", kind="accept", zone="D"), event(13, "d4", "call", "09:10", "w3"),
    event(14, "d4", "skip", "09:13", "w3"),
]


def test_a_morning_from_the_cache_gives_the_hand_checked_figures(hall: Hall) -> None:
    apply(hall, MORNING)
    inputs = hall.dashboard.read(DaySource(DAY), at("11:00"))
    board = compute(inputs.day, at("11:00"), calendar=inputs.calendar, open_work=inputs.open_work,
                    settings=inputs.settings)
    h = board.hall
    assert (h.tickets, h.called, h.served, h.no_shows, h.transferred, h.waiting) == (4, 3, 2, 1, 1, 1)
    assert h.wait.mean == (5 + 40) / 2 and h.service.mean == (14 + 19) / 2  # B005 waited 20 + 20
    assert h.longest is not None and (h.longest.number, h.longest.minutes) == ("B010", 60)
    assert [(row.label, row.stats.tickets, row.stats.waiting) for row in board.queues] == [
        ("商事登记", 2, 1), ("不动产登记", 2, 0)]  # a transferred ticket counts where it went
    (move,) = board.transfers
    assert (move.number, move.transfer.from_zone, move.transfer.to_zone) == ("B005", "B", "D")
    rows = {row.window_id: row for row in board.windows}
    assert rows["w3"].removed and rows["w3"].tickets.no_shows == 1  # deleted mid-day: its tickets still count
    assert (rows["w2"].state, rows["w2"].pause_reason, rows["w2"].paused_minutes) == ("paused", "系统故障", 25)
    assert rows["w1"].tickets.served == 1 and rows["w1"].clerk == "张三"
    assert board.window_counts.paused == 1 and board.window_counts.open == 1


def test_a_refresh_keeps_unchanged_records_and_rebuilds_a_changed_ticket(hall: Hall) -> None:
    apply(hall, MORNING)
    source = DaySource(DAY)
    first = hall.dashboard.read(source, at("11:00"))
    apply(hall, [ticket("b10", "B010", "B", "called", "10:00", version=2, window_id="w1", called_at="11:01"),
                 event(15, "b10", "call", "11:01", "w1")])
    second = hall.dashboard.read(source, at("11:02"), Changes(tickets=True))
    old = {t.id: t for t in first.day.tickets}
    new = {t.id: t for t in second.day.tickets}
    assert all(new[i] is old[i] for i in ("b1", "b5", "d4"))
    assert new["b10"] is not old["b10"] and new["b10"].stays[0].called_at == at("11:01")
    assert second.day.evaluations == first.day.evaluations == ()


def test_an_empty_day_and_a_past_day(hall: Hall) -> None:
    empty = hall.dashboard.day(DAY, at("11:00"))
    board = compute(empty.day, at("11:00"), calendar=empty.calendar)
    assert board.hall.tickets == 0 and board.hall.wait.mean is None and board.timeline.times == ()
    apply(hall, MORNING)
    past = hall.dashboard.day(DAY, at("11:00", DAY + dt.timedelta(days=3)))
    assert past.read_at == at("00:00", DAY + dt.timedelta(days=1))
    spans = {s.window_id: s for s in past.day.spans}
    assert (spans["w1"].state, spans["w1"].start, spans["w1"].end) == ("open", at("08:35"), at("09:10"))
    assert hall.dashboard.days_with_tickets() == [DAY]


def test_thousands_of_tickets_read_quickly_and_refresh_cheaply(hall: Hall) -> None:
    entries = [*zones(), window("w1", 1, "open", "08:30")]
    for n in range(3000):
        minute = 8 * 60 + 30 + n % 400
        hhmm = f"{minute // 60:02d}:{minute % 60:02d}"
        entries += [ticket(f"t{n}", f"B{n:04d}", "B", "waiting", hhmm), event(100 + n, f"t{n}", "issue", hhmm,
                                                                               kind="accept", zone="B")]
    apply(hall, entries)
    source = DaySource(DAY)
    started = time.perf_counter()
    first = hall.dashboard.read(source, at("16:00"))
    cold = time.perf_counter() - started
    started = time.perf_counter()
    again = hall.dashboard.read(source, at("16:00"), Changes(tickets=True))
    warm = time.perf_counter() - started
    assert len(first.day.tickets) == 3000 and again.day.tickets == first.day.tickets
    assert all(a is b for a, b in zip(again.day.tickets, first.day.tickets, strict=True))
    assert cold < 5 and warm < 1  # generous on a shared machine; typically ~0.3 s and ~0.02 s
