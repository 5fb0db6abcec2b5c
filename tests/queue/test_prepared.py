"""``central.prepared.run`` reads and writes exactly what ``Connection.execute`` does, on both backends."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.exc import ArgumentError, MultipleResultsFound, NoResultFound

from central import prepared
from central.db import create_central_engine
from central.models import Change, Ticket
from central.queue import NEW_TICKET, _update
from central.queue_sql import one_of

T = Ticket.__table__
C = Change.__table__
NOW = dt.datetime(2025, 3, 3, 2, 30, 15, 123456, tzinfo=dt.UTC)


@pytest.fixture
def engine(central_db: str) -> Iterator[Engine]:
    engine = create_central_engine(central_db)
    yield engine
    engine.dispose()


def _ticket(number: str, **values: Any) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "service_date": NOW.date(), "number": number, "kind": "accept",
            "zone_code": "B", "item_code": None, "status": "waiting", "priority": False, "priority_reason": None,
            "appointment_at": None, "checked_in_at": None, "phone": None, "id_number": None, "issued_at": NOW,
            "queue_at": NOW, "recall_count": 0, "reactivated": False, "offline": False,
            "lookup_id": str(uuid.uuid4()), "issued_by": "test", "version": 1, **values}


def test_rows_read_back_typed_as_through_sqlalchemy(engine: Engine) -> None:
    by_zone = select(T).where(T.c.service_date == bindparam("day"), one_of(T.c.zone_code, ("B", "E")),
                              T.c.status == "waiting").order_by(T.c.number)
    with engine.begin() as conn:
        inserted = prepared.run(conn, NEW_TICKET, _ticket("B001", priority=True, appointment_at=NOW)).one()
        conn.execute(insert(T), [_ticket("B002"), _ticket("E003", status="called")])
        expected = conn.execute(by_zone, {"day": NOW.date()}).all()
        got = prepared.run(conn, by_zone, {"day": NOW.date()})
        assert [tuple(row) for row in got] == [tuple(row) for row in expected]
    assert got[0]._mapping == dict(expected[0]._mapping)
    assert inserted._mapping == dict(expected[0]._mapping)
    assert (got[0].priority, got[0].appointment_at, got[0].service_date) == (True, NOW, NOW.date())
    assert got[0].appointment_at.tzinfo is not None and isinstance(got[0].priority, bool)


def test_updates_return_the_new_row_and_lists_run_for_each(engine: Engine) -> None:
    with engine.begin() as conn:
        row = prepared.run(conn, NEW_TICKET, _ticket("B001")).one()
        changed = prepared.run(conn, _update(T.name, frozenset({"status", "called_at"})),
                               {"b_id": row.id, "v_status": "called", "v_called_at": NOW}).one()
        assert (changed.status, changed.called_at, changed.version) == ("called", NOW, 2)
        top = conn.execute(select(C.c.seq).order_by(C.c.seq.desc()).limit(1)).scalar() or 0
        entries = [{"seq": top + i, "entity": "test", "key": str(i), "data": {"i": i, "名": "张"}, "at": NOW}
                   for i in (1, 2)]
        assert prepared.run(conn, C.insert(), entries) == []
        stored = conn.execute(select(C.c.data).where(C.c.seq > top).order_by(C.c.seq)).scalars().all()
    assert stored == [{"i": 1, "名": "张"}, {"i": 2, "名": "张"}]


def test_result_methods_match_sqlalchemy(engine: Engine) -> None:
    numbers = select(T.c.number).where(T.c.status == bindparam("status")).order_by(T.c.number)
    with engine.begin() as conn:
        conn.execute(insert(T), [_ticket("B001"), _ticket("B002")])
        assert prepared.run(conn, numbers, {"status": "waiting"}).scalars() == ["B001", "B002"]
        assert prepared.run(conn, numbers, {"status": "waiting"}).scalar() == "B001"
        assert prepared.run(conn, numbers, {"status": "done"}).first() is None
        with pytest.raises(MultipleResultsFound):
            prepared.run(conn, numbers, {"status": "waiting"}).one()
        with pytest.raises(NoResultFound):
            prepared.run(conn, numbers, {"status": "done"}).scalar_one()
        with pytest.raises(ArgumentError, match="status"):
            prepared.run(conn, numbers, {})


def test_an_expanding_in_list_is_refused(engine: Engine) -> None:
    with engine.begin() as conn, pytest.raises(ValueError, match="one_of"):
        prepared.run(conn, select(T.c.id).where(T.c.zone_code.in_(["A", "B"])))
