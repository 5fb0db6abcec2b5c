"""A busy morning in the demo hall, played through the real queue rules so every screen looks alive.

``hallclient --demo`` and ``hallclient snapshot`` call :func:`play` after seeding: tickets of every
kind arrive over the last hour and a half at the guide desk, nine windows call, recall, skip, serve
and finish them, one ticket is transferred and one skipped ticket reactivated, a window pauses for a
meeting, and the demo user's window W05 is serving an applicant right now. Everything goes through
``central.queue`` and ``central.queue_window`` — the same rules, events and change feed as a real
day — with the shared clock (``hallclient.clock``) moved along the simulated morning and restored
afterwards, so it must run before the demo's other threads use the clock (it does: the central
service is not yet started). The random choices are seeded, so the demo morning is the same every
time, apart from its hour.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import queue
from central import queue_window as window_ops
from central.db import create_central_engine, session_factory
from central.models import HallSetting
from hallclient import clock
from hallclient.domain.tickets import TicketKind

#: Open windows and their clerks (demo users); W05 is the demo user's window.
CLERKS = {"W01": "clerk01", "W02": "clerk02", "W03": "clerk03", "W04": "clerk04", "W05": "demo",
          "W06": "clerk05", "W07": "clerk06", "W08": "clerk07", "W09": "clerk08"}
DEMO_WINDOW = "W05"
PAUSED_WINDOW, PAUSE_REASON = "W08", "业务会商"
GUIDE = queue.Actor("guide1")
MORNING = dt.timedelta(minutes=90)
STEP = dt.timedelta(seconds=30)
#: What applicants come for: (kind, zone, weight).
MIX = ((TicketKind.ACCEPT, "B", 30), (TicketKind.ACCEPT, "D", 20), (TicketKind.ACCEPT, "E", 14),
       (TicketKind.ACCEPT, "A", 6), (TicketKind.ACCEPT, "F", 6), (TicketKind.CONSULT, None, 14),
       (TicketKind.PICKUP, None, 10))
#: Minutes at the window per kind (uniform between the bounds).
SERVICE = {TicketKind.ACCEPT: (4, 14), TicketKind.CONSULT: (2, 6), TicketKind.PICKUP: (1, 4)}
#: Arrivals per minute: steady, then the late-morning rush that leaves people waiting.
RATE, RUSH_RATE, RUSH = 0.6, 1.8, dt.timedelta(minutes=20)


class _Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class _Window:
    """A window's state in the simulation: its ticket, what it does next and when."""

    id: str
    clerk: queue.Actor
    until: dt.datetime
    ticket: dict[str, Any] | None = None
    phase: str = "idle"  # idle → called → serving → idle; "absent" while waiting for a no-show
    recalls_left: int = 0


class _Morning:
    def __init__(self, session: Session, sim: _Clock, end: dt.datetime, rng: random.Random) -> None:
        self.session, self.sim, self.end, self.rng = session, sim, end, rng
        self.windows = [_Window(w, queue.Actor(clerk), sim.now) for w, clerk in CLERKS.items()]
        reasons = session.scalar(select(HallSetting.value).where(HallSetting.key == "queue.priority_reasons"))
        self.reasons = [r for r in (reasons or []) if not r.startswith("其他")] or ["老年人"]
        self.skipped: list[str] = []
        self.transferred = self.reactivated = self.paused = False

    def run(self) -> None:
        while self.sim.now + STEP <= self.end:
            self.sim.now += STEP
            self.arrivals()
            for window in self.windows:
                self.work(window)
            self.guide_desk()
        self.demo_window_serving()

    def arrivals(self) -> None:
        rate = RUSH_RATE if self.end - self.sim.now < RUSH else RATE
        for _ in range(self._poisson(rate * STEP.total_seconds() / 60)):
            kind, zone, _w = self.rng.choices(MIX, weights=[w for *_k, w in MIX])[0]
            priority = self.rng.choice(self.reasons) if self.rng.random() < 0.05 else None
            appointment = (self.sim.now + dt.timedelta(minutes=self.rng.randint(0, 15))
                           if kind == TicketKind.ACCEPT and not priority and self.rng.random() < 0.06 else None)
            if appointment is not None and clock.to_hall(appointment).date() != clock.to_hall(self.sim.now).date():
                appointment = None
            phone = f"1{self.rng.choice('3589')}{self.rng.randrange(10**9):09d}" if self.rng.random() < 0.4 else None
            queue.issue(self.session, GUIDE, queue.NewTicket(kind, zone, phone=phone, priority_reason=priority,
                                                             appointment_at=appointment))

    def _poisson(self, mean: float) -> int:
        count, threshold, product = 0, math.exp(-mean), self.rng.random()
        while product > threshold:
            count += 1
            product *= self.rng.random()
        return count

    def work(self, window: _Window) -> None:
        """One step of a window: call when free, start when the applicant arrives, finish when done."""
        if (window.id == PAUSED_WINDOW and self.paused) or self.sim.now < window.until:
            return
        s, now = self.session, self.sim.now
        if window.phase == "idle":
            if window.id == PAUSED_WINDOW and self.end - now < dt.timedelta(minutes=12):
                window_ops.pause(s, window.clerk, window.id, PAUSE_REASON)
                self.paused = True
                return
            window.ticket = window_ops.call_next(s, window.clerk, window.id)["ticket"]
            if window.ticket is None:
                window.until = now + dt.timedelta(minutes=2)
                return
            no_show = self.rng.random() < 0.07
            window.phase = "absent" if no_show else "called"
            window.recalls_left = self.rng.randint(1, 3) if no_show else 0
            window.until = now + dt.timedelta(seconds=self.rng.randint(30, 90))
        elif window.phase == "absent":
            assert window.ticket is not None
            if window.recalls_left:
                window_ops.recall(s, window.clerk, window.id, window.ticket["id"])
                window.recalls_left -= 1
                window.until = now + dt.timedelta(seconds=60)
                return
            window_ops.skip(s, window.clerk, window.id, window.ticket["id"])
            self.skipped.append(window.ticket["id"])
            window.phase, window.ticket = "idle", None
        elif window.phase == "called":
            assert window.ticket is not None
            window_ops.start(s, window.clerk, window.id, window.ticket["id"])
            low, high = SERVICE[TicketKind(window.ticket["kind"])]
            window.phase, window.until = "serving", now + dt.timedelta(minutes=self.rng.uniform(low, high))
            if window.id == DEMO_WINDOW and self.end - now < dt.timedelta(minutes=15):
                window.until = self.end + dt.timedelta(hours=1)  # still at W05 when the demo opens
        else:
            assert window.ticket is not None
            if not self.transferred and window.ticket["zone_code"] == "B":
                window_ops.transfer(s, window.clerk, window.id, window.ticket["id"], "需先办理不动产登记", to_zone="D")
                self.transferred = True
            else:
                window_ops.finish(s, window.clerk, window.id, window.ticket["id"])
            window.phase, window.ticket = "idle", None
            window.until = now + dt.timedelta(seconds=self.rng.randint(20, 60))

    def guide_desk(self) -> None:
        """Once, a skipped applicant comes back to the guide desk and is re-queued."""
        if not self.reactivated and self.skipped and self.end - self.sim.now < dt.timedelta(minutes=40):
            queue.reactivate(self.session, GUIDE, self.skipped.pop(0))
            self.reactivated = True

    def demo_window_serving(self) -> None:
        """Make sure the demo user's window is serving someone when the demo opens."""
        window = next(w for w in self.windows if w.id == DEMO_WINDOW)
        if window.phase == "idle":
            window.ticket = window_ops.call_next(self.session, window.clerk, window.id)["ticket"]
            window.phase = "called" if window.ticket else "idle"
        if window.phase in ("called", "absent") and window.ticket is not None:
            window_ops.start(self.session, window.clerk, window.id, window.ticket["id"])


def morning_start(end: dt.datetime) -> dt.datetime:
    """An hour and a half before ``end``, but not before the hall's day began (numbers restart at midnight)."""
    midnight = dt.datetime.combine(clock.to_hall(end).date(), dt.time(0, 1), clock.HALL_TZ)
    return max(end - MORNING, midnight.astimezone(dt.UTC))


def play_morning(session: Session, end: dt.datetime, seed: int = 20250314) -> None:
    """Play the morning up to ``end`` in ``session``'s transaction (the clock is moved, then restored)."""
    sim = _Clock(morning_start(end))
    clock.set_source(sim)
    try:
        _Morning(session, sim, end, random.Random(seed)).run()
    finally:
        clock.set_source(None)


def play(db_url: str) -> None:
    """Play the demo morning on a seeded central database, ending now."""
    engine = create_central_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            play_morning(session, clock.now())
    finally:
        engine.dispose()
