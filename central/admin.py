"""Administrative commands on a central database (seed the demo, import a calendar year, add users)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from central import calendar, cases, feed, seed
from central.app import prepare_database
from central.case_deadlines import recompute_running
from central.db import create_central_engine, session_factory
from hallclient.errors import ValidationError

T = TypeVar("T")


def _in_transaction(db_url: str, work: Callable[[Session], T]) -> T:
    prepare_database(db_url)
    engine = create_central_engine(db_url)
    try:
        with session_factory(engine).begin() as session:
            return work(session)
    finally:
        engine.dispose()


def seed_demo(db_url: str) -> None:
    _in_transaction(db_url, seed.seed_demo)


def add_user(db_url: str, username: str, password: str, display_name: str, roles: list[str],
             window_id: str | None) -> None:
    _in_transaction(db_url, lambda s: seed.add_user(s, username, password, display_name, roles, window_id))


def parse_calendar_file(path: Path) -> tuple[int, list[tuple[dt.date, bool, str]]]:
    """Read an official schedule: ``{"year": 2027, "holidays": [{"name": "春节", "days": [...]}],
    "workdays": [{"name": "春节调休", "days": [...]}]}`` (ISO dates), checking every day's year."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        year = int(data["year"])
        days = [(dt.date.fromisoformat(d), False, h["name"]) for h in data["holidays"] for d in h["days"]]
        days += [(dt.date.fromisoformat(d), True, w["name"]) for w in data.get("workdays", []) for d in w["days"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError("放假安排文件 {path} 无法读取或格式不正确：{reason}",
                              path=str(path), reason=str(exc)) from exc
    wrong = [d for d, _w, _n in days if d.year != year]
    if wrong:
        raise ValidationError("放假安排文件中的日期 {day} 不属于 {year} 年", day=wrong[0].isoformat(), year=year)
    return year, sorted(days)


def _store_year(session: Session, year: int, days: list[tuple[dt.date, bool, str]], source: str) -> None:
    """The year's schedule and, in the same transaction, every running case's deadline recomputed
    (a provisional 暂定 date becomes final) and echoed in the feed."""
    calendar.store_year(session, year, days, source)
    for case in recompute_running(session):
        feed.record(session, cases.ENTITY, case.id, cases.case_data(session, case))


def import_calendar(db_url: str, path: Path) -> tuple[int, int, int]:
    """Store the year's schedule; returns (year, holidays, makeup workdays) for the report."""
    year, days = parse_calendar_file(path)
    _in_transaction(db_url, lambda s: _store_year(s, year, days, f"imported from {path.name}"))
    workdays = sum(w for _d, w, _n in days)
    return year, len(days) - workdays, workdays
