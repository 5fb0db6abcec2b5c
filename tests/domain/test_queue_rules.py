from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from hallclient.domain.queue_rules import (
    IssueCheck,
    IssueVerdict,
    check_issue,
    check_reactivation,
    check_recall,
    estimated_wait_minutes,
    order_key,
    pick_next,
    reactivated_queue_at,
)
from hallclient.errors import ConflictError

NOW = dt.datetime(2025, 3, 3, 10, 0)


def at(minute: int) -> dt.datetime:
    return NOW + dt.timedelta(minutes=minute)


@dataclass
class T:
    number: str
    queue_at: dt.datetime
    kind: str = "accept"
    zone_code: str | None = "B"
    status: str = "waiting"
    priority: bool = False
    appointment_at: dt.datetime | None = None
    checked_in_at: dt.datetime | None = None


def ordered(tickets, now=NOW):
    return [t.number for t in sorted(tickets, key=lambda t: order_key(t, now))]


@pytest.mark.parametrize(
    ("tickets", "expected"),
    [
        ([T("B002", at(-20)), T("B001", at(-30))], ["B001", "B002"]),  # first come
        ([T("B001", at(-30)), T("B009", at(-1), priority=True)], ["B009", "B001"]),  # 爱心通道
        (  # a checked-in appointment due within the 10-minute grace goes before walk-ins
            [T("B001", at(-30)), T("B005", at(-5), appointment_at=at(10), checked_in_at=at(-5))],
            ["B005", "B001"],
        ),
        (  # ... but not one due later, nor one not checked in
            [T("B001", at(-30)), T("B005", at(-5), appointment_at=at(11), checked_in_at=at(-5)),
             T("B006", at(-4), appointment_at=at(0))],
            ["B001", "B005", "B006"],
        ),
        (  # priority beats appointments; appointments among themselves by appointment time
            [T("B005", at(-5), appointment_at=at(5), checked_in_at=at(-5)),
             T("B006", at(-6), appointment_at=at(0), checked_in_at=at(-6)), T("B009", at(-1), priority=True)],
            ["B009", "B006", "B005"],
        ),
        (  # a transferred ticket keeps its original queue time; ties go to the lower number
            [T("B010", at(-2)), T("A003", at(-40)), T("B1000", at(-2)), T("B999", at(-2))],
            ["A003", "B010", "B999", "B1000"],
        ),
    ],
)
def test_order(tickets, expected):
    assert ordered(tickets) == expected


def test_pick_next_respects_window_zones_kinds_and_status():
    tickets = [
        T("A001", at(-50), zone_code="A"),
        T("B001", at(-40), status="called"),
        T("C001", at(-35), kind="consult", zone_code=None),
        T("B002", at(-30)),
        T("Q001", at(-45), kind="pickup", zone_code=None),
    ]
    assert pick_next(tickets, {"B"}, {"accept"}, NOW).number == "B002"
    assert pick_next(tickets, {"B"}, {"accept", "consult"}, NOW).number == "C001"
    assert pick_next(tickets, {"A", "B"}, {"accept", "pickup"}, NOW).number == "A001"
    assert pick_next(tickets, {"D"}, {"accept"}, NOW) is None
    assert pick_next([], {"B"}, {"accept"}, NOW) is None


def test_pick_next_with_a_custom_grace():
    tickets = [T("B001", at(-30)), T("B005", at(-5), appointment_at=at(20), checked_in_at=at(-5))]
    assert pick_next(tickets, {"B"}, {"accept"}, NOW).number == "B001"
    assert pick_next(tickets, {"B"}, {"accept"}, NOW, grace=dt.timedelta(minutes=30)).number == "B005"


def test_reactivated_ticket_goes_behind_the_next_three():
    waiting = [T(f"B00{i}", at(-10 + i)) for i in range(1, 6)]
    new_at = reactivated_queue_at(waiting, NOW)
    assert new_at == waiting[2].queue_at + dt.timedelta(microseconds=1)
    skipped = T("B000", new_at)
    assert ordered([*waiting, skipped]) == ["B001", "B002", "B003", "B000", "B004", "B005"]
    assert reactivated_queue_at(waiting, NOW, behind=1) == waiting[0].queue_at + dt.timedelta(microseconds=1)


def test_reactivated_ticket_goes_to_the_end_when_few_are_waiting():
    assert reactivated_queue_at([T("B001", at(-3)), T("B002", at(-2))], NOW) == NOW
    assert reactivated_queue_at([], NOW) == NOW


def test_reactivated_ticket_still_yields_to_priority():
    waiting = [T("B009", at(-1), priority=True), T("B001", at(-9)), T("B002", at(-8)), T("B003", at(-7))]
    skipped = T("B000", reactivated_queue_at(waiting, NOW))
    assert ordered([*waiting, skipped]) == ["B009", "B001", "B002", "B000", "B003"]


def test_reactivation_only_once_and_only_after_a_skip():
    check_reactivation("no_show", reactivated=False)
    with pytest.raises(ConflictError, match="已重新激活过一次"):
        check_reactivation("no_show", reactivated=True)
    with pytest.raises(ConflictError, match="只有过号"):
        check_reactivation("waiting", reactivated=False)


def test_recall_limit():
    for count in (0, 1, 2):
        check_recall(count)
    with pytest.raises(ConflictError, match="已重呼 3 次"):
        check_recall(3)
    check_recall(3, limit=5)


@pytest.mark.parametrize(
    ("ahead", "windows", "history", "expected"),
    [
        (0, 2, [5.0], 0),
        (6, 2, [], 24),  # default 8 minutes
        (6, 2, [4.0, 5.0, 60.0], 15),  # the median resists one long case
        (5, 2, [3.0, 4.0], 9),  # 2.5 × 3.5 = 8.75, rounded up
        (5, 0, [4.0], None),  # nobody serves the zone
    ],
)
def test_estimated_wait(ahead, windows, history, expected):
    assert estimated_wait_minutes(ahead, windows, history) == expected


@pytest.mark.parametrize(
    ("issued", "waiting", "warn", "cap", "verdict"),
    [
        (10, 5, 30, None, IssueVerdict.OK),
        (100, 29, 30, None, IssueVerdict.OK),
        (100, 30, 30, None, IssueVerdict.WARN),
        (199, 40, 30, 200, IssueVerdict.WARN),
        (200, 0, 30, 200, IssueVerdict.REFUSE),
        (200, 40, None, None, IssueVerdict.OK),
    ],
)
def test_issue_check(issued, waiting, warn, cap, verdict):
    assert check_issue("商事登记", issued, waiting, warn, cap).verdict == verdict


def test_issue_check_messages():
    assert check_issue("商事登记", 10, 3) == IssueCheck(IssueVerdict.OK)
    assert check_issue("商事登记", 10, 31).message == (
        "商事登记当前等候 31 人，已达预警人数 30 人，请提醒申请人等候时间较长"
    )
    assert check_issue("商事登记", 80, 0, daily_cap=80).message == (
        "商事登记今日已取号 80 张，达到每日上限 80 张，请改日办理或预约"
    )
