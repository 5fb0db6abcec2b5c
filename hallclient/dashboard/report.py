"""The day's report (issue 7): every figure of the dashboard as titled tables, ready for CSV, XLSX and A4 PDF.

The report is plain data — sections of rows of cells (:mod:`~hallclient.dashboard.cells`) under
Chinese headings — built from a :class:`~hallclient.dashboard.compute.Dashboard`, so the three
exports show exactly the same numbers as the screen. Any past day can be reported: pass that day's
records; its figures are those at the end of the day.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from hallclient.dashboard.alerts import Severity
from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.cells import Cell
from hallclient.dashboard.compute import DEFAULTS, NO_OPEN_WORK, compute
from hallclient.dashboard.figures import TicketStats
from hallclient.dashboard.records import HallDay, OpenWork
from hallclient.dashboard.settings import DashboardSettings
from hallclient.dashboard.stats import rate
from hallclient.dashboard.windows import WindowRow
from hallclient.domain.evaluation import LEVEL_LABELS, UNRATED_LABEL, EvaluationFigures, Level
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.workdays import HolidayCalendar

REPORT_TITLE = "政务服务大厅运行日报"
STATE_LABELS = {WindowStatus.OPEN: "开放", WindowStatus.PAUSED: "暂停", WindowStatus.CLOSED: "关闭"}
SEVERITY_LABELS = {Severity.CRITICAL: "严重", Severity.WARNING: "警告", Severity.INFO: "提示"}
IDLE_LABEL = "空闲"
REMOVED_LABEL = "已删除"


@dataclass(frozen=True)
class Section:
    """One table: a key for code (``"windows"``), a Chinese title, column headings and rows."""

    key: str
    title: str
    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column(self, heading: str) -> list[Cell]:
        index = self.headings.index(heading)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Report:
    """The day's report: title, hall, day, the moment it describes and its sections in order."""

    title: str
    hall: str
    day: dt.date
    moment: dt.datetime
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


_EVALUATION_HEADINGS = ("评价数", "好评率", "主动评价好评率", "未评率", "差评", "差评回复率", "回访整改率")


def _evaluation_cells(f: EvaluationFigures) -> tuple[Cell, ...]:
    return f.services, f.good_rate, f.active_good_rate, f.unrated_rate, f.bad, f.reply_rate, f.rectification_rate


def _summary(board: Dashboard, settings: DashboardSettings, hall_name: str) -> Section:
    hall, longest, counts, ratings = board.hall, board.hall.longest, board.window_counts, board.ratings.figures
    target = int(settings.wait_target.total_seconds() // 60)
    rows: list[tuple[str, Cell]] = [
        *([("单位", hall_name)] if hall_name else []), ("日期", board.day), ("统计时刻", board.moment),
        ("取号人数", hall.tickets), ("已呼叫", hall.called), ("办结人数", hall.served),
        ("过号人数", hall.no_shows), ("过号率", hall.no_show_rate), ("转移人数", hall.transferred),
        ("当前等候人数", hall.waiting),
        ("最长等候（分钟）", None if longest is None else longest.minutes),
        ("最长等候号码", None if longest is None else longest.number),
        ("平均等候（分钟）", hall.wait.mean), ("90% 等候（分钟）", hall.wait.p90),
        ("近一小时平均等候（分钟）", board.recent.mean), ("近一小时 90% 等候（分钟）", board.recent.p90),
        (f"{target} 分钟内办结比例", hall.within_target_rate),
        ("平均办理时长（分钟）", hall.service.mean), ("90% 办理时长（分钟）", hall.service.p90),
        ("开放窗口", counts.open), ("空闲窗口", counts.idle), ("暂停窗口", counts.paused),
        *zip(_EVALUATION_HEADINGS, _evaluation_cells(ratings), strict=True),
        ("时钟异常（已按 0 计）", board.clock_anomalies),
    ]
    return Section("summary", "概况", ("指标", "数值"), tuple(rows))


_TICKET_HEADINGS = ("取号", "办结", "过号", "过号率", "平均等候（分钟）", "90% 等候（分钟）", "目标内比例",
                    "平均办理（分钟）")


def _ticket_cells(s: TicketStats) -> tuple[Cell, ...]:
    return s.tickets, s.served, s.no_shows, s.no_show_rate, s.wait.mean, s.wait.p90, s.within_target_rate, \
        s.service.mean


def _queues(board: Dashboard) -> Section:
    rows = tuple((row.label, *_ticket_cells(row.stats), row.stats.transferred, row.stats.waiting,
                  None if row.stats.longest is None else row.stats.longest.minutes) for row in board.queues)
    return Section("queues", "按受理区", ("队列", *_TICKET_HEADINGS, "含转移", "当前等候", "最长等候（分钟）"), rows)


def _state(row: WindowRow) -> str:
    return IDLE_LABEL if row.idle else STATE_LABELS[row.state]


def _windows(board: Dashboard) -> Section:
    rows = tuple((row.label, row.name, row.clerk, _state(row), row.for_minutes, row.current,
                  *_ticket_cells(row.tickets), row.paused_minutes, row.evaluations.good_rate,
                  REMOVED_LABEL if row.removed else "") for row in board.windows)
    return Section("windows", "按窗口", ("窗口", "名称", "工作人员", "状态", "持续（分钟）", "当前号码",
                                       *_TICKET_HEADINGS, "暂停（分钟）", "好评率", "备注"), rows)


def _items(board: Dashboard) -> Section:
    rows = tuple((row.code, row.name, *_ticket_cells(row.stats), *_evaluation_cells(row.ratings.figures))
                 for row in board.items)
    return Section("items", "按事项", ("事项编码", "事项名称", *_TICKET_HEADINGS, *_EVALUATION_HEADINGS), rows)


def _window_ratings(board: Dashboard) -> Section:
    rows = tuple((row.label, row.clerk, *_evaluation_cells(row.evaluations)) for row in board.windows)
    return Section("window_ratings", "评价（按窗口）", ("窗口", "工作人员", *_EVALUATION_HEADINGS), rows)


def _ratings(board: Dashboard) -> Section:
    total = board.ratings.figures.services
    counts = [(LEVEL_LABELS[level], board.ratings.levels[level]) for level in Level]
    counts.append((UNRATED_LABEL, board.ratings.unrated))
    return Section("ratings", "评价等级", ("等级", "数量", "占比"),
                   tuple((label, count, rate(count, total)) for label, count in counts))


def _timeline(board: Dashboard, settings: DashboardSettings) -> Section:
    line = board.timeline
    rows = tuple((time, line.arrivals[k], line.served[k], *(line.waiting[row.queue][k] for row in board.queues))
                 for k, time in enumerate(line.times))
    headings = ("时段", "取号", "办结", *(f"等候·{row.label}" for row in board.queues))
    return Section("timeline", f"分时段（每 {int(settings.step.total_seconds() // 60)} 分钟，等候为时段开始时人数）",
                   headings, rows)


def _histogram(board: Dashboard) -> Section:
    edges = board.histogram.edges
    labels = [f"{a}–{b} 分钟" for a, b in itertools.pairwise(edges)] + [f"{edges[-1]} 分钟以上"]
    return Section("histogram", "等候时长分布（已办结）", ("等候", "人数"),
                   tuple(zip(labels, board.histogram.counts, strict=True)))


def _transfers(board: Dashboard) -> Section:
    windows = {row.window_id: f"{row.label} 号窗口" for row in board.windows}
    zones = {row.queue[1]: row.label for row in board.queues if row.queue[1] is not None}

    def place(window: str | None, zone: str | None) -> str | None:
        return windows.get(window, window) if window is not None else zones.get(zone, zone) if zone else None

    rows = tuple((move.at, row.number, place(move.from_window, move.from_zone), place(move.to_window, move.to_zone),
                  move.reason) for row in board.transfers for move in [row.transfer])
    return Section("transfers", "转移记录", ("时间", "号码", "转出", "转入", "原因"), rows)


def _alerts(board: Dashboard) -> Section:
    return Section("alerts", "提醒", ("级别", "内容"),
                   tuple((SEVERITY_LABELS[a.severity], a.message) for a in board.alerts))


def day_report(board: Dashboard, settings: DashboardSettings = DEFAULTS, hall: str = "") -> Report:
    """The report of a computed day (``settings`` must be those the day was computed with)."""
    sections = (_summary(board, settings, hall), _queues(board), _windows(board), _items(board), _window_ratings(board),
                _ratings(board), _timeline(board, settings), _histogram(board), _transfers(board), _alerts(board))
    return Report(REPORT_TITLE, hall, board.day, board.moment, sections)


def report_for_day(day: HallDay, now: dt.datetime, *, calendar: HolidayCalendar, open_work: OpenWork = NO_OPEN_WORK,
                   settings: DashboardSettings = DEFAULTS, hall: str = "") -> Report:
    """The report of any day from its records (a past day is reported as it stood at its end)."""
    return day_report(compute(day, now, calendar=calendar, open_work=open_work, settings=settings), settings, hall)
