"""A deadline in an unpublished year is 暂定 and becomes final when the schedule arrives through the feed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from central import feed
from central.models import ServiceItem
from central.serialize import item_data
from hallclient.changes import Changes
from hallclient.cli import main
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.pull import pull_all
from sync.push import push_all
from tests.cases.conftest import COMPANY, check_all, open_case

JOINT = "TEST-JOINT-45"

#: A plausible 2027 schedule (the real one is published late in 2026).
SCHEDULE_2027 = {
    "year": 2027,
    "holidays": [
        {"name": "元旦", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]},
        {"name": "春节", "days": [f"2027-02-{d:02d}" for d in range(5, 14)]},
        {"name": "清明节", "days": ["2027-04-03", "2027-04-04", "2027-04-05"]},
        {"name": "劳动节", "days": [f"2027-05-{d:02d}" for d in range(1, 6)]},
        {"name": "端午节", "days": ["2027-06-09", "2027-06-10", "2027-06-11"]},
        {"name": "中秋节", "days": ["2027-09-15", "2027-09-16", "2027-09-17"]},
        {"name": "国庆节", "days": [f"2027-10-{d:02d}" for d in range(1, 8)]},
    ],
    "workdays": [{"name": "春节调休", "days": ["2027-01-31", "2027-02-20"]},
                 {"name": "国庆节调休", "days": ["2027-09-26", "2027-10-09"]}],
}


def _add_joint_item(central: Any) -> None:
    """An item handled jointly by two departments with a 45-working-day limit (Art. 26)."""

    def add(session: Any) -> None:
        item = ServiceItem(code=JOINT, name="联合审批测试事项", zone_code="B", departments=["甲局", "乙局"], kind=2,
                           legal_limit_days=45, promised_limit_days=45, materials=[
                               {"key": "application", "name": "申请书", "required": True, "deferrable": False,
                                "form": "original", "copies": 1, "source": "self", "elicence": None,
                                "sample": None, "note": None}])
        session.add(item)
        feed.record(session, "item", JOINT, item_data(item))

    central.app.state.central.run_write(add)


def test_provisional_deadline_is_recomputed_when_the_year_is_published(
        central: Any, hall: Hall, client: CentralClient, tmp_path: Path) -> None:
    _add_joint_item(central)
    pull_all(hall, client)
    hall.settings.update(window_id="W05")
    assert 2027 not in hall.calendar.published_years()
    case_id = open_case(hall, (JOINT,), COMPANY)
    check_all(hall, case_id)
    promised = hall.cases.decide(case_id, None, None, False, actor="demo").value.promised
    assert promised.date.year == 2027 and promised.provisional
    case = hall.cases.get(case_id)
    assert case.deadline.provisional and case.deadline.date == promised.date
    push_all(hall, client)
    assert client.json("GET", f"/cases/{case_id}")["data"]["deadline_provisional"] is True
    offline_id = open_case(hall, (JOINT,), COMPANY)  # decided here, not yet sent: only this counter knows it
    check_all(hall, offline_id)
    hall.cases.decide(offline_id, None, None, False, actor="demo")

    schedule = tmp_path / "2027.json"
    schedule.write_text(json.dumps(SCHEDULE_2027, ensure_ascii=False), encoding="utf-8")
    db_url = central.app.state.central.reader_engine.url.render_as_string(hide_password=False)
    assert main(["central", "--db", db_url, "calendar", "import", str(schedule)]) == 0

    seen: list[Changes] = []
    hall.subscribe(lambda changes, _initiator: seen.append(changes))
    pull_all(hall, client)
    assert 2027 in hall.calendar.published_years()
    case = hall.cases.get(case_id)
    assert not case.deadline.provisional
    calendar = hall.calendar.current()
    assert calendar.working_days_between(dt.date(2026, 11, 22), case.deadline.date) == 45
    assert any(c.cases for c in seen)  # views showing cases are told
    # the stored dates (lists, documents) were recomputed on arrival, not only on read — also for the case
    # the centre has not seen yet (its echo cannot do it)
    listed = {c.id: c for c in hall.cases.today()}
    assert (listed[offline_id].promised_date, listed[offline_id].deadline_provisional) == (case.deadline.date, False)
    assert (listed[case_id].promised_date, listed[case_id].deadline_provisional) == (case.deadline.date, False)
    stored = client.json("GET", f"/cases/{case_id}")["data"]  # the centre recomputed it too
    assert (stored["promised_date"], stored["deadline_provisional"]) == (case.deadline.date.isoformat(), False)


def test_the_correction_days_do_not_count(desk: Hall) -> None:
    """A case accepted, sent back to 补正 by a department for two days, keeps its working days."""
    from hallclient.cache.models import Case, CaseStatusChange
    from hallclient.services.calendar import load_calendar
    from hallclient.services.case_deadlines import store_deadline

    case_id = open_case(desk)
    check_all(desk, case_id)
    before = desk.cases.decide(case_id, None, None, False, actor="demo").value.promised.date

    def pause(session: Any) -> None:
        case = session.get(Case, case_id)
        for status, day in ((6, 23), (7, 24)):
            case.history.append(CaseStatusChange(status=status, at=dt.datetime(2026, 11, day, 3, tzinfo=dt.UTC),
                                                 actor="部门", window_id=None))
        case.status = 7
        session.flush()
        store_deadline(session, case, load_calendar(session), dt.date(2026, 11, 24))

    desk.run(pause)
    after = desk.cases.get(case_id).deadline.date
    assert desk.calendar.current().working_days_between(before, after) == 2
