"""The pure queue rules added for the queue service: windows serving a queue, numbers, offline ids."""

from __future__ import annotations

import datetime as dt

import pytest

from hallclient.clock import HALL_TZ
from hallclient.domain.queue_rules import (
    IssueVerdict,
    appointment_today,
    check_issue,
    offline_ticket_id,
    parse_number,
    windows_serving,
)
from hallclient.errors import ValidationError

WINDOWS = [("open", ["B"], ["accept", "consult"]), ("closed", ["B", "E"], ["accept"]),
           ("paused", ["B"], ["accept"]), ("open", [], ["consult"]), ("closed", ["D"], ["accept", "pickup"])]


@pytest.mark.parametrize(("kind", "zone", "expected"), [
    ("accept", "B", 1),  # the open one; the closed one does not count once a window is open
    ("accept", "E", 1),  # none open yet (morning): those that are not paused will be
    ("consult", None, 2),
    ("pickup", None, 1),
    ("accept", "F", 0),
])
def test_windows_serving_a_queue(kind: str, zone: str | None, expected: int) -> None:
    assert windows_serving(WINDOWS, kind, zone) == expected


def test_numbers_are_parsed_or_refused_with_the_expected_form() -> None:
    assert parse_number(" b023 ") == ("B", 23)
    assert parse_number("B1000") == ("B", 1000)
    for wrong in ("B23", "023", "B02X", ""):
        with pytest.raises(ValidationError, match="格式不正确，应为字母加三位数字"):
            parse_number(wrong)


def test_an_offline_ticket_id_follows_from_its_day_and_number() -> None:
    day = dt.date(2025, 3, 3)
    assert offline_ticket_id(day, "B980") == offline_ticket_id(day, "B980")
    assert len({offline_ticket_id(day, "B980"), offline_ticket_id(day, "B981"),
                offline_ticket_id(day + dt.timedelta(days=1), "B980")}) == 3


def test_an_appointment_must_be_today_in_the_hall() -> None:
    day = dt.date(2025, 3, 3)
    assert appointment_today(None, day) is None
    assert appointment_today(dt.datetime(2025, 3, 3, 9, 30), day) == dt.datetime(2025, 3, 3, 1, 30, tzinfo=dt.UTC)
    late = dt.datetime(2025, 3, 3, 23, 30, tzinfo=dt.UTC)  # 07:30 the next morning in the hall
    with pytest.raises(ValidationError, match="预约时间 2025-03-04 07:30 不是今天"):
        appointment_today(late, day)
    assert appointment_today(late.astimezone(HALL_TZ), day + dt.timedelta(days=1)) == late


def test_the_issue_check_is_a_translatable_template() -> None:
    check = check_issue("商事登记", 10, 31)
    assert check.verdict == IssueVerdict.WARN
    assert check.template == "{zone}当前等候 {waiting} 人，已达预警人数 {warn} 人，请提醒申请人等候时间较长"
    assert check.params == {"zone": "商事登记", "waiting": 31, "warn": 30}
