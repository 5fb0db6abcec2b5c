"""The SQL call order equals ``queue_rules.order_key`` on both backends, for random queues with ties."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from central.db import create_central_engine, session_factory
from central.models import Ticket
from central.queue_select import Served, count_ahead, first_waiting, take_next
from hallclient.domain.queue_rules import order_key, window_serves

T = Ticket.__table__
DAY = dt.date(2025, 3, 3)
NOW = dt.datetime(2025, 3, 3, 2, 30, tzinfo=dt.UTC)  # 10:30 in the hall
W03 = Served("W03", ("B",), ("accept", "consult"))


@pytest.fixture
def sessions(central_db: str) -> Iterator[sessionmaker[Session]]:
    engine = create_central_engine(central_db)
    yield session_factory(engine)
    engine.dispose()


def _random_tickets(rng: random.Random, count: int) -> list[dict[str, Any]]:
    minutes = [rng.randrange(0, 40) for _ in range(count // 2)]  # few distinct times: many ties
    seqs = rng.sample(range(1, 1500), count)  # three and four digits: B999 before B1000
    tickets = []
    for seq in seqs:
        kind, zone = rng.choice([("accept", "B"), ("accept", "B"), ("accept", "E"), ("consult", None)])
        appointment = rng.random() < 0.3
        tickets.append({
            "id": str(uuid.uuid4()), "service_date": DAY, "number": f"{'C' if zone is None else zone}{seq:03d}",
            "kind": kind, "zone_code": zone, "status": rng.choice(["waiting"] * 6 + ["called", "done"]),
            "priority": rng.random() < 0.15, "issued_at": NOW - dt.timedelta(hours=1),
            "queue_at": NOW - dt.timedelta(minutes=rng.choice(minutes)),
            "appointment_at": NOW + dt.timedelta(minutes=rng.randrange(-30, 40)) if appointment else None,
            "checked_in_at": NOW - dt.timedelta(minutes=5) if appointment and rng.random() < 0.8 else None,
            "target_window_id": rng.choice([None] * 8 + ["W03", "W04"]), "recall_count": 0, "reactivated": False,
            "offline": False, "lookup_id": str(uuid.uuid4()), "issued_by": "test", "version": 1,
        })
    return tickets


def _eligible(row: Any) -> bool:
    if row.status != "waiting":
        return False
    if row.target_window_id is not None:
        return row.target_window_id == W03.window_id
    return window_serves(row, W03.zones, W03.kinds)


@pytest.mark.parametrize("seed", range(4))
def test_call_order_in_sql_is_order_key(sessions: sessionmaker[Session], seed: int) -> None:
    rng = random.Random(seed)
    with sessions.begin() as session:
        session.execute(insert(T), _random_tickets(rng, 60))
        rows = session.execute(select(T)).all()
    expected = [r.id for r in sorted(filter(_eligible, rows), key=lambda r: order_key(r, NOW))]
    assert len(expected) > 10

    called = []
    while True:
        with sessions.begin() as session:
            row = take_next(session.connection(), DAY, NOW, W03)
            if row is None:
                break
            session.execute(update(T).where(T.c.id == row.id).values(status="called"))
            called.append(row.id)
    assert called == expected


@pytest.mark.parametrize("seed", range(4))
def test_first_waiting_and_people_ahead_follow_order_key(sessions: sessionmaker[Session], seed: int) -> None:
    rng = random.Random(100 + seed)
    with sessions.begin() as session:
        session.execute(insert(T), _random_tickets(rng, 60))
        conn = session.connection()
        rows = conn.execute(select(T)).all()
        queue_b = sorted((r for r in rows if r.status == "waiting" and (r.kind, r.zone_code) == ("accept", "B")),
                         key=lambda r: order_key(r, NOW))
        assert [r.id for r in first_waiting(conn, DAY, NOW, "accept", "B", 5)] == [r.id for r in queue_b[:5]]
        assert [count_ahead(conn, r, NOW) for r in queue_b] == list(range(len(queue_b)))


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_call_statements_run_as_built_with_no_list_expanded_per_call(dialect: str) -> None:
    """An IN list is re-rendered on every execution; the windows' fixed lists are written as equalities."""
    from sqlalchemy.dialects import postgresql, sqlite

    from central.queue_select import _window_tiers
    from central.queue_window import _CURRENT

    engine_dialect = postgresql.dialect() if dialect == "postgresql" else sqlite.dialect()
    for statement in (*_window_tiers(dialect, ("A", "B"), ("accept", "consult")), _CURRENT):
        sql = str(statement.compile(dialect=engine_dialect))
        assert "POSTCOMPILE" not in sql, sql
