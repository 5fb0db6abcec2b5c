"""A simulated busy hall day (5,000 tickets, 100 windows) for the dashboard's benchmark and screenshot.

The day is generated (seeded, so every run sees the same day) at 15:00, with tickets waiting, at the
windows and finished, no-shows, transfers, cancellations, pauses, evaluations with 差评 awaiting their
callback, open cases near their promised dates and results waiting for pickup — every panel of the
manager's dashboard has something to show. It is plain records, no storage: ``bench/dashboard.py``
measures with it and ``hallclient snapshot`` draws ``manager.png`` from it.
"""

from __future__ import annotations

import datetime as dt
import random

from hallclient.clock import HALL_TZ
from hallclient.dashboard.records import (
    CaseRecord,
    EvaluationRecord,
    HallDay,
    OpenWork,
    ResultRecord,
    Stay,
    TicketRecord,
    Transfer,
    WindowRecord,
    WindowSpan,
    ZoneRecord,
)
from hallclient.domain.cases import CaseStatus
from hallclient.domain.evaluation import BAD_LEVELS as BAD
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import TicketKind, TicketStatus
from hallclient.domain.workdays import HolidayCalendar

DAY = dt.date(2025, 9, 30)
NOW = dt.datetime(2025, 9, 30, 15, 0, tzinfo=HALL_TZ)
OPEN = dt.datetime(2025, 9, 30, 8, 30, tzinfo=HALL_TZ)
ZONES = (ZoneRecord("A", "投资项目审批"), ZoneRecord("B", "商事登记"), ZoneRecord("D", "不动产登记"),
         ZoneRecord("E", "社会事务"), ZoneRecord("F", "公用事业"))
QUEUES = [(TicketKind.ACCEPT.value, z.code) for z in ZONES] + [(TicketKind.CONSULT.value, None),
                                                              (TicketKind.PICKUP.value, None)]
TICKETS, WINDOWS = 5000, 100


def _minutes(rng: random.Random, low: float, high: float) -> dt.timedelta:
    return dt.timedelta(minutes=rng.uniform(low, high))


def _ticket(rng: random.Random, seq: int, queue: tuple[str, str | None], window: str) -> TicketRecord:
    issued = OPEN + (NOW - OPEN) * seq / TICKETS
    called = issued + _minutes(rng, 0, 50)
    common = {"id": f"t{seq}", "number": f"{(queue[1] or queue[0][0]).upper()}{seq:04d}",
              "item_code": f"item-{seq % 40}", "priority": rng.random() < 0.05, "issued_at": issued}
    if called > NOW:
        status = TicketStatus.CANCELLED if rng.random() < 0.02 else TicketStatus.WAITING
        return TicketRecord(**common, stays=(Stay(*queue, issued),), status=status,
                            finished_at=NOW if status == TicketStatus.CANCELLED else None)
    stays = [Stay(*queue, issued, called)]
    transfers = []
    moved = called + _minutes(rng, 2, 8)
    if rng.random() < 0.03 and moved < NOW:
        target = rng.choice(QUEUES)
        transfers.append(Transfer(moved, queue[1], window, target[1], None, "材料属其他受理区"))
        called = moved + _minutes(rng, 0, 20)
        stays.append(Stay(*target, moved, called if called <= NOW else None))
        if called > NOW:
            return TicketRecord(**common, stays=tuple(stays), status=TicketStatus.WAITING, transfers=tuple(transfers))
    finished = called + _minutes(rng, 3, 20)
    no_show = rng.random() < 0.05
    if finished > NOW:
        return TicketRecord(**common, stays=tuple(stays), status=TicketStatus.SERVING, serving_at=called,
                            window_id=window, clerk=f"clerk-{window}", transfers=tuple(transfers))
    return TicketRecord(**common, stays=tuple(stays), status=TicketStatus.NO_SHOW if no_show else TicketStatus.DONE,
                        serving_at=None if no_show else called + dt.timedelta(minutes=1), finished_at=finished,
                        window_id=window, clerk=f"clerk-{window}", recall_count=3 if no_show else 0, no_show=no_show,
                        transfers=tuple(transfers))


def _evaluation(rng: random.Random, ticket: TicketRecord) -> EvaluationRecord:
    level = None if rng.random() < 0.1 else Level(rng.choices([1, 2, 3, 4, 5], [60, 25, 8, 4, 3])[0])
    return EvaluationRecord(f"ticket:{ticket.id}", ticket.window_id, ticket.clerk, ticket.item_code, level,
                            ticket.finished_at or NOW, case_number=f"2025-{ticket.id}",
                            callback_due=DAY + dt.timedelta(days=1) if level in BAD else None)


def busy_day(seed: int = 7) -> tuple[HallDay, OpenWork]:
    """A generated 5,000-ticket, 100-window day at 15:00 and a backlog of cases and results."""
    rng = random.Random(seed)
    windows = tuple(WindowRecord(f"w{n}", n, f"{n} 号窗口") for n in range(1, WINDOWS + 1))
    serves = {w.id: QUEUES[i % len(QUEUES)] for i, w in enumerate(windows)}
    by_queue = {q: [w for w, served in serves.items() if served == q] for q in QUEUES}
    tickets = []
    for seq in range(TICKETS):
        queue = rng.choice(QUEUES)
        tickets.append(_ticket(rng, seq, queue, rng.choice(by_queue[queue])))
    spans = []
    for window in windows:
        pause = OPEN + _minutes(rng, 30, 400)
        back = pause + _minutes(rng, 5, 40)
        spans += [WindowSpan(window.id, WindowStatus.OPEN, OPEN, pause, clerk=f"clerk-{window.id}"),
                  WindowSpan(window.id, WindowStatus.PAUSED, pause, back if back < NOW else None, "午休",
                             f"clerk-{window.id}")]
        if back < NOW:
            spans.append(WindowSpan(window.id, WindowStatus.OPEN, back, clerk=f"clerk-{window.id}"))
    evaluations = tuple(_evaluation(rng, t) for t in tickets if t.status == TicketStatus.DONE)
    day = HallDay(DAY, tuple(tickets), windows, tuple(spans), ZONES, evaluations,
                  {f"item-{n}": f"事项 {n}" for n in range(40)})
    cases = tuple(CaseRecord(f"C{n}", (f"item-{n % 40}",), CaseStatus.DEPT_PROCESSING, NOW - dt.timedelta(days=20),
                             DAY + dt.timedelta(days=rng.randint(-1, 40))) for n in range(2000))
    results = tuple(ResultRecord(f"r{n}", f"C{n}", NOW - dt.timedelta(days=rng.randint(0, 6))) for n in range(500))
    return day, OpenWork(cases, results, tuple(e for e in evaluations if e.callback_due is not None))


def calendar() -> HolidayCalendar:
    """Weekends only (the benchmark measures speed, not the holiday schedule)."""
    return HolidayCalendar({}, [])
