"""Alerts for the hall manager: trouble to see before applicants complain (issue 7).

Each alert has a **stable key**: the same situation gives the same key on every refresh, so the UI
and the log show it once; a new situation (another pause, a case that went from due to overdue)
gets a new key. The message is a Chinese template plus parameters, like a ``HallError``, so the UI
translates the template before formatting. The conditions:

- a zone's waiting count has reached its warning level (``>=``, the guide desk's rule in
  :func:`hallclient.domain.queue_rules.check_issue`) — warning;
- a queue's longest current wait is over the wait target — warning;
- a window has been paused longer than the limit (15 min) — warning;
- an open case whose promised date is at most 1 working day away — warning — or past — critical
  (cases whose clock is paused by 补正/特别程序 wait; working days from the hall's calendar);
- a 差评 whose callback is due today — warning — or overdue — critical;
- a result waiting for pickup more than 3 working days after it arrived — warning.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from hallclient.dashboard.figures import QueueRow
from hallclient.dashboard.records import CaseRecord, EvaluationRecord, ResultRecord, ZoneRecord
from hallclient.dashboard.timebase import hall_date
from hallclient.dashboard.windows import WindowRow
from hallclient.domain.cases import FINISHED_STATUSES, PAUSING_STATUSES, CaseStatus
from hallclient.domain.evaluation import is_bad
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.workdays import HolidayCalendar


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


_RANK = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}

# The messages, as module constants so that ``tools/translations.py`` extracts them (context "core")
# and the UI can show them in English; the parameters are filled in after translating.
ZONE_WAITING = "{zone}当前等候 {waiting} 人，已达预警人数 {warn} 人"
WAIT_OVER_TARGET = "{queue}最长已等候 {minutes} 分钟（{number} 号），超过目标 {target} 分钟"
WINDOW_PAUSED = "{window} 号窗口已暂停服务 {minutes} 分钟，原因：{reason}"
CASE_OVERDUE = "办件 {case} 已超过承诺办结日期 {date}，逾期 {days} 个工作日"
CASE_OVERDUE_PROVISIONAL = "办件 {case} 已超过承诺办结日期 {date}（暂定），逾期 {days} 个工作日"
CASE_DUE = "办件 {case} 承诺办结日期为 {date}，剩余 {days} 个工作日"
CASE_DUE_PROVISIONAL = "办件 {case} 承诺办结日期为 {date}（暂定），剩余 {days} 个工作日"
CALLBACK_OVERDUE = "差评 {case} 的回访已于 {date} 到期，尚未回访"
CALLBACK_DUE = "差评 {case} 的回访今日（{date}）到期，尚未回访"
PICKUP_WAITING = "办件 {case} 的结果已到件 {days} 个工作日，尚未领取"

#: Cases that no longer run against a deadline.
_CLOSED_CASES = FINISHED_STATUSES | {CaseStatus.WITHDRAWN_BEFORE, CaseStatus.NOT_ACCEPTED, CaseStatus.REFUSED,
                                     CaseStatus.WITHDRAWN, CaseStatus.REVOKED}


@dataclass(frozen=True)
class Alert:
    """One alert: stable ``key``, ``severity``, and the message as ``template`` + ``params``."""

    key: str
    severity: Severity
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def zone_alerts(queues: Sequence[QueueRow], zones: Sequence[ZoneRecord]) -> list[Alert]:
    """Zones whose waiting count (all kinds of ticket of the zone) has reached the warning level."""
    alerts = []
    for zone in zones:
        waiting = sum(row.stats.waiting for row in queues if row.queue[1] == zone.code)
        if zone.warn_level is not None and waiting >= zone.warn_level:
            alerts.append(Alert(f"zone-waiting:{zone.code}", Severity.WARNING,
                                ZONE_WAITING,
                                {"zone": zone.name, "waiting": waiting, "warn": zone.warn_level}))
    return alerts


def wait_alerts(queues: Sequence[QueueRow], target: dt.timedelta) -> list[Alert]:
    """Queues whose longest current wait is over the target (one alert per queue, not per ticket)."""
    limit = target.total_seconds() / 60
    return [Alert(f"wait-over-target:{row.queue[0]}:{row.queue[1] or ''}", Severity.WARNING,
                  WAIT_OVER_TARGET,
                  {"queue": row.label, "minutes": int(longest.minutes), "number": longest.number,
                   "target": int(limit)})
            for row in queues if (longest := row.stats.longest) is not None and longest.minutes > limit]


def pause_alerts(windows: Sequence[WindowRow], limit: dt.timedelta) -> list[Alert]:
    """Windows paused longer than ``limit``; the key names the pause, so a new pause alerts again."""
    minutes = limit.total_seconds() / 60
    return [Alert(f"window-paused:{row.window_id}:{row.since.isoformat()}", Severity.WARNING,
                  WINDOW_PAUSED,
                  {"window": row.label, "minutes": int(row.for_minutes), "reason": row.pause_reason or "—"})
            for row in windows
            if row.state == WindowStatus.PAUSED and not row.removed and row.since is not None
            and row.for_minutes is not None and row.for_minutes > minutes]


def _case_alert(case: CaseRecord, promised: dt.date, today: dt.date,
                workdays_between: Callable[[dt.date, dt.date], int]) -> Alert:
    params: dict[str, Any] = {"case": case.number, "date": promised.isoformat()}
    if promised < today:
        params["days"] = workdays_between(promised, today)
        return Alert(f"case-overdue:{case.number}", Severity.CRITICAL,
                     CASE_OVERDUE_PROVISIONAL if case.provisional else CASE_OVERDUE, params)
    params["days"] = workdays_between(today, promised)
    return Alert(f"case-due:{case.number}", Severity.WARNING,
                 CASE_DUE_PROVISIONAL if case.provisional else CASE_DUE, params)


def case_alerts(cases: Iterable[CaseRecord], today: dt.date, due_within: int,
                calendar: HolidayCalendar) -> list[Alert]:
    """Open cases due within ``due_within`` working days or overdue (module docstring).

    "Due within n working days": the promised date is at most the n-th working day after today.
    """
    due_by = calendar.add_working_days(today, due_within).date
    workdays_between = functools.cache(calendar.working_days_between)  # a backlog shares few dates
    alerts = []
    for case in cases:
        if (case.promised_date is None or case.promised_date > due_by or case.finished_at is not None
                or case.status in _CLOSED_CASES or case.status in PAUSING_STATUSES):
            continue
        alerts.append(_case_alert(case, case.promised_date, today, workdays_between))
    return alerts


def callback_alerts(followups: Iterable[EvaluationRecord], today: dt.date) -> list[Alert]:
    """差评 not yet called back whose callback is due today (warning) or before (critical)."""
    alerts = []
    for evaluation in followups:
        due = evaluation.callback_due
        if not is_bad(evaluation.level) or evaluation.called_back_at is not None or due is None or due > today:
            continue
        params = {"case": evaluation.case_number or evaluation.service_ref, "date": due.isoformat()}
        if due < today:
            alerts.append(Alert(f"callback-overdue:{evaluation.service_ref}", Severity.CRITICAL,
                                CALLBACK_OVERDUE, params))
        else:
            alerts.append(Alert(f"callback-due:{evaluation.service_ref}", Severity.WARNING,
                                CALLBACK_DUE, params))
    return alerts


def pickup_alerts(results: Iterable[ResultRecord], today: dt.date, limit: int,
                  calendar: HolidayCalendar) -> list[Alert]:
    """Results not collected more than ``limit`` working days after arriving (the arrival day is day 0)."""
    workdays_since = functools.cache(lambda day: calendar.working_days_between(day, today))
    alerts = []
    for result in results:
        if result.handed_out_at is not None:
            continue
        days = workdays_since(hall_date(result.arrived_at))
        if days > limit:
            alerts.append(Alert(f"pickup-waiting:{result.id}", Severity.WARNING,
                                PICKUP_WAITING,
                                {"case": result.case_number, "days": days}))
    return alerts


def ordered(alerts: Iterable[Alert]) -> tuple[Alert, ...]:
    """Most severe first, then by key (a stable order for the list and the log)."""
    return tuple(sorted(alerts, key=lambda a: (_RANK[a.severity], a.key)))
