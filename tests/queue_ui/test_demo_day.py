"""The demo's busy morning: played through the real queue rules, it leaves every screen something to show."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from central import demo_day
from central.admin import seed_demo
from central.db import create_central_engine, session_factory
from central.models import Change, Ticket, Window
from hallclient import clock


def _last_half_past_ten() -> dt.datetime:
    """The hall's latest 10:30 that has passed (today's, or before it yesterday's): a busy morning's end,
    in the past whatever the hour the tests run at."""
    end = dt.datetime.combine(clock.hall_today(), dt.time(10, 30), clock.HALL_TZ).astimezone(dt.UTC)
    return end if end < clock.now() else end - dt.timedelta(days=1)


def test_the_demo_morning_is_busy_and_ends_now(tmp_path: Path, sqlite_central_template: Path) -> None:
    db = tmp_path / "central.db"
    db.write_bytes(sqlite_central_template.read_bytes())
    end = _last_half_past_ten()
    engine = create_central_engine(f"sqlite:///{db}")
    try:
        with session_factory(engine).begin() as session:
            demo_day.play_morning(session, end)
        assert clock.now() > end  # the real clock is back
        with session_factory(engine)() as session:
            tickets = list(session.scalars(select(Ticket)))
            windows = {w.id: w for w in session.scalars(select(Window))}
            fed = session.scalar(select(Change.seq).where(Change.entity == "ticket").limit(1))
    finally:
        engine.dispose()
    statuses = Counter(t.status for t in tickets)
    assert statuses["done"] >= 30 and statuses["waiting"] >= 10 and statuses["no_show"] >= 1
    assert {t.kind for t in tickets} == {"accept", "consult", "pickup"}
    assert any(t.priority for t in tickets) and any(t.reactivated for t in tickets)
    assert any(t.transfer_reason for t in tickets)
    serving = [t for t in tickets if t.window_id == "W05" and t.status == "serving"]
    assert len(serving) == 1  # the demo user's window is busy when the demo opens
    assert windows["W08"].status == "paused" and windows["W08"].pause_reason == demo_day.PAUSE_REASON
    assert all(t.issued_at <= end for t in tickets)
    assert max(t.last_called_at for t in tickets if t.last_called_at) > end - dt.timedelta(minutes=5)
    assert min(t.issued_at for t in tickets) >= end - demo_day.MORNING
    assert fed is not None  # through the change feed, like a real day


def test_the_morning_starts_at_midnight_at_the_earliest() -> None:
    early = dt.datetime.combine(dt.date(2025, 3, 14), dt.time(0, 30), clock.HALL_TZ).astimezone(dt.UTC)
    start = demo_day.morning_start(early)
    assert clock.to_hall(start).date() == dt.date(2025, 3, 14) and start < early
    late = early + dt.timedelta(hours=10)
    assert demo_day.morning_start(late) == late - demo_day.MORNING


def test_seeded_database_plays(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    seed_demo(url)
    demo_day.play(url)
    engine = create_central_engine(url)
    try:
        with session_factory(engine)() as session:
            assert session.scalar(select(Ticket.id).limit(1)) is not None
    finally:
        engine.dispose()
