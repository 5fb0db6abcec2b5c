"""Alerts of the fixed day at 11:00: conditions, severities, stable keys and translatable messages."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hallclient.dashboard.alerts import Severity, case_alerts, pickup_alerts
from hallclient.dashboard.compute import compute
from hallclient.domain.workdays import HolidayCalendar
from tests.dashboard.fixtures import DAY, HALL_DAY, NOW, OPEN_WORK, hall_calendar

CRITICAL, WARNING = Severity.CRITICAL, Severity.WARNING


def test_the_days_alerts_most_severe_first() -> None:
    board = compute(HALL_DAY, NOW, calendar=hall_calendar(), open_work=OPEN_WORK)
    assert [(a.key, a.severity, a.message) for a in board.alerts] == [
        # A 差评 of 26 Sep whose callback was due on the 29th.
        ("callback-overdue:ev-old", CRITICAL, "差评 2025-0990 的回访已于 2025-09-29 到期，尚未回访"),
        # Promised Mon 29 Sep; working days after it up to today: 30 Sep → 1.
        ("case-overdue:2025-0002", CRITICAL, "办件 2025-0002 已超过承诺办结日期 2025-09-29，逾期 1 个工作日"),
        ("callback-due:e4", WARNING, "差评 2025-B007 的回访今日（2025-09-30）到期，尚未回访"),
        # 1–8 Oct are holidays, so 9 Oct is the next working day: due within 1 working day.
        ("case-due:2025-0001", WARNING, "办件 2025-0001 承诺办结日期为 2025-10-09，剩余 1 个工作日"),
        ("case-due:2025-0006", WARNING, "办件 2025-0006 承诺办结日期为 2025-09-30（暂定），剩余 0 个工作日"),
        # Arrived Thu 25 Sep: 26, 28 (makeup Sunday), 29, 30 → 4 working days, more than 3.
        ("pickup-waiting:r1", WARNING, "办件 2025-0801 的结果已到件 4 个工作日，尚未领取"),
        ("wait-over-target:accept:B", WARNING, "商事登记最长已等候 60 分钟（B010 号），超过目标 20 分钟"),
        ("wait-over-target:accept:D", WARNING, "不动产登记最长已等候 50 分钟（D004 号），超过目标 20 分钟"),
        ("wait-over-target:pickup:", WARNING, "取件最长已等候 40 分钟（Q002 号），超过目标 20 分钟"),
        # Window 1's 20-minute pause is over; window 2 has been paused 25 minutes (> 15).
        ("window-paused:w2:2025-09-30T10:35:00+08:00", WARNING, "2 号窗口已暂停服务 25 分钟，原因：系统故障"),
        # B has 3 waiting, its warning level is 3; D has 2 of 5; E has no warning level.
        ("zone-waiting:B", WARNING, "商事登记当前等候 3 人，已达预警人数 3 人"),
    ]


def test_templates_and_params_are_kept_apart_for_translation() -> None:
    board = compute(HALL_DAY, NOW, calendar=hall_calendar(), open_work=OPEN_WORK)
    zone = next(a for a in board.alerts if a.key == "zone-waiting:B")
    assert zone.template == "{zone}当前等候 {waiting} 人，已达预警人数 {warn} 人"
    assert dict(zone.params) == {"zone": "商事登记", "waiting": 3, "warn": 3}


def test_keys_are_stable_while_the_situation_lasts() -> None:
    """Ten minutes later the same situations give the same keys (the UI logs each once); messages move on."""
    first = compute(HALL_DAY, NOW, calendar=hall_calendar(), open_work=OPEN_WORK)
    later = compute(HALL_DAY, NOW + dt.timedelta(minutes=10), calendar=hall_calendar(), open_work=OPEN_WORK)
    assert [a.key for a in later.alerts] == [a.key for a in first.alerts]
    paused = next(a for a in later.alerts if a.key.startswith("window-paused:"))
    assert paused.params["minutes"] == 35


def test_a_pause_of_15_minutes_or_less_does_not_alert() -> None:
    spans = tuple(dataclasses.replace(span, start=NOW - dt.timedelta(minutes=15)) if span.end is None and span.reason
                  else span for span in HALL_DAY.spans)
    board = compute(dataclasses.replace(HALL_DAY, spans=spans), NOW, calendar=hall_calendar())
    assert board.windows[1].for_minutes == 15
    assert not any(a.key.startswith("window-paused:") for a in board.alerts)


def test_the_holiday_calendar_decides_what_is_due() -> None:
    """With weekends only (no 国庆), 9 Oct is far away and the result of 26 Sep has waited only 2 days."""
    weekends = HolidayCalendar({}, {2025})
    assert [a.key for a in case_alerts(OPEN_WORK.cases, DAY, 1, weekends)] == ["case-overdue:2025-0002",
                                                                               "case-due:2025-0006"]
    assert pickup_alerts(OPEN_WORK.results, DAY, 3, weekends) == []  # 25 Sep → 26, 29, 30 = 3
    official = hall_calendar()
    assert [a.key for a in pickup_alerts(OPEN_WORK.results, DAY, 3, official)] == ["pickup-waiting:r1"]


def test_a_case_moving_from_due_to_overdue_gets_a_new_key() -> None:
    case = dataclasses.replace(OPEN_WORK.cases[0], promised_date=DAY)
    due = case_alerts([case], DAY, 1, hall_calendar())
    overdue = case_alerts([case], DAY + dt.timedelta(days=9), 1, hall_calendar())
    assert [(a.key, a.severity) for a in due] == [("case-due:2025-0001", WARNING)]
    # 30 Sep → 9 Oct: one working day late (1–8 Oct are holidays).
    assert [(a.key, a.severity, a.params["days"]) for a in overdue] == [("case-overdue:2025-0001", CRITICAL, 1)]
