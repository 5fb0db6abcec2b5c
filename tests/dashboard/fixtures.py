"""A small, hand-checked hall day: Tuesday 30 September 2025, seen at 11:00 (the eve of 国庆).

Zones B 商事登记 (warning level 3), D 不动产登记 (warning level 5), E 社会事务 (no warning, no tickets).
Windows: 1 (B), 2 (B, D), 3 (咨询), 4 (D, 取件; deleted at 09:30 — ``removed``).
The expected figures, with their arithmetic, are in ``test_figures.py``; the timelines here are the
source of that arithmetic, so keep the comments in step with the records.

Tickets (times are local; "wait" = Σ call − entry over the ticket's stays; "svc" = serving → finish,
or call → finish when the clerk finished without starting):

=====  ======  ===========================================================  ======  =====  ===========
 no.    queue   timeline                                                      window  wait   svc
=====  ======  ===========================================================  ======  =====  ===========
 B001   B       issued 08:30, called 08:35, serving 08:36, done 08:50         1       5      14
 B002   B       issued 08:32, called 08:50, serving 08:51, done 09:05         1       18     14
 B003   B       爱心通道: issued 08:40, called 08:45 (before B002), 08:46–09:00 2       5      14
 B004   B       issued 08:41, called 09:00, recalled 3×, 过号 09:03           2       (19)   —
 B005   B → D   issued 08:45, called 09:05 at 1, 转移 09:10 to D, called       2       20+20  19
                09:30 at 2, serving 09:31, done 09:50                                 = 40
 B006   B       issued 09:00, called 09:20, done 09:40 (never started)        1       20     20
 B007   B       issued 09:10, called 09:45, serving 09:46, done 10:00         1       35     14
 B008   B       issued 09:30, called 10:20, serving 10:21, done 10:45         1       50     24
 B009   B       issued 09:50, called 10:45, serving since 10:46               1       (55)   —
 B010   B       issued 10:00, waiting (60 at 11:00)                           —
 B011   B       issued 10:30, waiting (30)                                    —
 B012   B       issued 10:40, waiting (20)                                    —
 B013   B       issued 10:50, cancelled 10:55                                 —
 D001   D       issued 08:35, called 09:05, serving 09:06, done 09:25         4       30     19
 D002   D       issued 08:50, called 09:04, serving 09:05, done 09:28         2       14     23
 D003   D       issued 09:20, called 09:50, serving 09:52, done 10:30         2       30     38
 D004   D       issued 10:10, waiting (50)                                    —
 D005   D       issued 08:36, called 08:40 at 4, recalled 2×, 过号 08:45,     4       4+26   3
                reactivated 09:00, called 09:26, serving 09:26, done 09:29            = 30
 D006   D       issued 10:50, waiting (10)                                    —
 Q001   取件    issued 08:44, called 08:46, serving 08:47, done 09:04         4       2      17
 Q002   取件    issued 10:20, waiting (40)                                    —
 C001   咨询    issued 08:31, called 08:32, serving 08:32, done 08:40         3       1      8
 C002   咨询    issued 09:55, called 10:00, serving 10:01, done 10:10         3       5      9
 C003   咨询    appointment 10:30: issued 10:30, called 10:31, done 10:41     3       1      10
 C004   咨询    issued 10:35, called 10:42, recalled 1×, 过号 10:50           3       (7)    —
=====  ======  ===========================================================  ======  =====  ===========

Windows: 1 open 08:30–10:00, paused 10:00–10:20 (会议), open since 10:20 (张三);
2 open 08:30–10:35, paused since 10:35 (系统故障, 李四); 3 open since 08:30 (王五);
4 open 08:30–09:30 (赵六), then deleted.

Evaluations (level: GB/T 39046 code, — = 未评价):

====  ======  ======  =======  =====  ==============================================
 ref   ticket  window  item     level  note
====  ======  ======  =======  =====  ==============================================
 e1    B001    1       SB-001   1
 e2    B002    1       SB-001   2
 e3    B006    1       SB-002   —
 e4    B007    1       SB-002   4      差评, callback due today, not called back
 e5    B008    1       SB-001   1
 e6    B003    2       SB-001   3
 e7    D002    2       BDC-001  5      差评, called back 10:40, not rectified
 e8    B005    2       BDC-001  2      recorded by a system default
 e9    D003    2       BDC-002  —
 e10   C002    3       —        1
 e11   D001    4       BDC-001  2
 e12   Q001    4       BDC-001  —
====  ======  ======  =======  =====  ==============================================
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar

from hallclient.clock import HALL_TZ
from hallclient.dashboard.records import (
    CaseRecord,
    EvaluationRecord,
    HallDay,
    OpenWork,
    ResultRecord,
    Stay,
    TicketRecord,
    Transfer,
    WindowRecord,
    WindowSpan,
    ZoneRecord,
)
from hallclient.domain.cases import CaseStatus
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.tickets import TicketStatus as S
from hallclient.domain.workdays import HolidayCalendar

DAY = dt.date(2025, 9, 30)

ACCEPT, CONSULT, PICKUP = "accept", "consult", "pickup"


def at(hhmm: str, day: dt.date = DAY) -> dt.datetime:
    """A hall-local time on ``day``: ``at("09:05")``."""
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes), HALL_TZ)


NOW = at("11:00")


def stay(queue: tuple[str, str | None], entered: str, called: str | None = None) -> Stay:
    return Stay(queue[0], queue[1], at(entered), None if called is None else at(called))


B, D, C, Q = (ACCEPT, "B"), (ACCEPT, "D"), (CONSULT, None), (PICKUP, None)

CLERKS = {"w1": "张三", "w2": "李四", "w3": "王五", "w4": "赵六"}


def ticket(number: str, item: str | None, stays: tuple[Stay, ...], status: S, window: str | None = None,
           serving: str | None = None, finished: str | None = None, **extra: object) -> TicketRecord:
    return TicketRecord(
        id=f"t-{number}", number=number, item_code=item, priority=bool(extra.pop("priority", False)),
        issued_at=stays[0].entered_at, stays=stays, status=status,
        serving_at=None if serving is None else at(serving), finished_at=None if finished is None else at(finished),
        window_id=window, clerk=CLERKS.get(window or ""), **extra,  # type: ignore[arg-type]
    )


TRANSFER_B005 = Transfer(at("09:10"), "B", "w1", "D", None, "属不动产登记业务")

TICKETS = (
    ticket("B001", "SB-001", (stay(B, "08:30", "08:35"),), S.DONE, "w1", "08:36", "08:50"),
    ticket("B002", "SB-001", (stay(B, "08:32", "08:50"),), S.DONE, "w1", "08:51", "09:05"),
    ticket("B003", "SB-001", (stay(B, "08:40", "08:45"),), S.DONE, "w2", "08:46", "09:00", priority=True),
    ticket("B004", "SB-002", (stay(B, "08:41", "09:00"),), S.NO_SHOW, "w2", None, "09:03", recall_count=3,
           no_show=True),
    ticket("B005", "BDC-001", (stay(B, "08:45", "09:05"), stay(D, "09:10", "09:30")), S.DONE, "w2", "09:31",
           "09:50", transfers=(TRANSFER_B005,)),
    ticket("B006", "SB-002", (stay(B, "09:00", "09:20"),), S.DONE, "w1", None, "09:40"),
    ticket("B007", "SB-002", (stay(B, "09:10", "09:45"),), S.DONE, "w1", "09:46", "10:00"),
    ticket("B008", "SB-001", (stay(B, "09:30", "10:20"),), S.DONE, "w1", "10:21", "10:45"),
    ticket("B009", "SB-001", (stay(B, "09:50", "10:45"),), S.SERVING, "w1", "10:46"),
    ticket("B010", "SB-002", (stay(B, "10:00"),), S.WAITING),
    ticket("B011", None, (stay(B, "10:30"),), S.WAITING),
    ticket("B012", "SB-001", (stay(B, "10:40"),), S.WAITING),
    ticket("B013", None, (stay(B, "10:50"),), S.CANCELLED, None, None, "10:55"),
    ticket("D001", "BDC-001", (stay(D, "08:35", "09:05"),), S.DONE, "w4", "09:06", "09:25"),
    ticket("D002", "BDC-001", (stay(D, "08:50", "09:04"),), S.DONE, "w2", "09:05", "09:28"),
    ticket("D003", "BDC-002", (stay(D, "09:20", "09:50"),), S.DONE, "w2", "09:52", "10:30"),
    ticket("D004", "BDC-001", (stay(D, "10:10"),), S.WAITING),
    ticket("D005", "BDC-002", (stay(D, "08:36", "08:40"), stay(D, "09:00", "09:26")), S.DONE, "w4", "09:26",
           "09:29", recall_count=2, no_show=True),
    ticket("D006", None, (stay(D, "10:50"),), S.WAITING),
    ticket("Q001", "BDC-001", (stay(Q, "08:44", "08:46"),), S.DONE, "w4", "08:47", "09:04"),
    ticket("Q002", None, (stay(Q, "10:20"),), S.WAITING),
    ticket("C001", None, (stay(C, "08:31", "08:32"),), S.DONE, "w3", "08:32", "08:40"),
    ticket("C002", None, (stay(C, "09:55", "10:00"),), S.DONE, "w3", "10:01", "10:10"),
    ticket("C003", None, (stay(C, "10:30", "10:31"),), S.DONE, "w3", None, "10:41", appointment_at=at("10:30")),
    ticket("C004", None, (stay(C, "10:35", "10:42"),), S.NO_SHOW, "w3", None, "10:50", recall_count=1,
           no_show=True),
)

WINDOWS = (
    WindowRecord("w1", 1, "1 号窗口"),
    WindowRecord("w2", 2, "2 号窗口"),
    WindowRecord("w3", 3, "3 号窗口"),
    WindowRecord("w4", 4, "4 号窗口", removed=True),
)

OPEN, PAUSED = WindowStatus.OPEN, WindowStatus.PAUSED
SPANS = (
    WindowSpan("w1", OPEN, at("08:30"), at("10:00"), clerk="张三"),
    WindowSpan("w1", PAUSED, at("10:00"), at("10:20"), "会议", "张三"),
    WindowSpan("w1", OPEN, at("10:20"), None, clerk="张三"),
    WindowSpan("w2", OPEN, at("08:30"), at("10:35"), clerk="李四"),
    WindowSpan("w2", PAUSED, at("10:35"), None, "系统故障", "李四"),
    WindowSpan("w3", OPEN, at("08:30"), None, clerk="王五"),
    WindowSpan("w4", OPEN, at("08:30"), at("09:30"), clerk="赵六"),
)

ZONES = (ZoneRecord("B", "商事登记", 3), ZoneRecord("D", "不动产登记", 5), ZoneRecord("E", "社会事务", None))

ITEM_NAMES = {"SB-001": "有限责任公司设立登记", "SB-002": "有限责任公司变更登记", "BDC-001": "不动产转移登记",
              "BDC-002": "不动产抵押登记"}


def evaluation(ref: str, number: str, window: str, item: str | None, level: int | None,
               rated: str, **extra: object) -> EvaluationRecord:
    return EvaluationRecord(ref, window, CLERKS[window], item, None if level is None else Level(level), at(rated),
                            case_number=f"2025-{number}", rated_at=None if level is None else at(rated),
                            **extra)  # type: ignore[arg-type]


E4_BAD = evaluation("e4", "B007", "w1", "SB-002", 4, "10:01", callback_due=DAY)
EVALUATIONS = (
    evaluation("e1", "B001", "w1", "SB-001", 1, "08:51"),
    evaluation("e2", "B002", "w1", "SB-001", 2, "09:06"),
    evaluation("e3", "B006", "w1", "SB-002", None, "09:41"),
    E4_BAD,
    evaluation("e5", "B008", "w1", "SB-001", 1, "10:46"),
    evaluation("e6", "B003", "w2", "SB-001", 3, "09:01"),
    evaluation("e7", "D002", "w2", "BDC-001", 5, "09:29", callback_due=DAY, called_back_at=at("10:40")),
    evaluation("e8", "B005", "w2", "BDC-001", 2, "09:51", defaulted=True),
    evaluation("e9", "D003", "w2", "BDC-002", None, "10:31"),
    evaluation("e10", "C002", "w3", None, 1, "10:11"),
    evaluation("e11", "D001", "w4", "BDC-001", 2, "09:26"),
    evaluation("e12", "Q001", "w4", "BDC-001", None, "09:05"),
)

HALL_DAY = HallDay(DAY, TICKETS, WINDOWS, SPANS, ZONES, EVALUATIONS, ITEM_NAMES)

#: Open work for the alerts. 2025's official schedule: 国庆 holidays 1–8 October, makeup workdays
#: Sunday 28 September and Saturday 11 October — so the working day after 30 September is 9 October.
OLD_BAD = EvaluationRecord("ev-old", "w1", "张三", "SB-001", Level(5), at("16:00", dt.date(2025, 9, 26)),
                           case_number="2025-0990", callback_due=dt.date(2025, 9, 29))
OPEN_WORK = OpenWork(
    cases=(
        CaseRecord("2025-0001", ("SB-001",), CaseStatus.DEPT_PROCESSING, at("09:00", dt.date(2025, 9, 10)),
                   dt.date(2025, 10, 9)),  # 1 working day left: Oct 9 (1–8 are holidays) — warning
        CaseRecord("2025-0002", ("SB-002",), CaseStatus.ACCEPTED, at("09:00", dt.date(2025, 9, 1)),
                   dt.date(2025, 9, 29)),  # overdue by 1 working day (Sep 30) — critical
        CaseRecord("2025-0003", ("BDC-001",), CaseStatus.DEPT_PROCESSING, at("09:00", dt.date(2025, 9, 12)),
                   dt.date(2025, 10, 10)),  # 2 working days away: no alert
        CaseRecord("2025-0004", ("BDC-002",), CaseStatus.CORRECTION_START, at("09:00", dt.date(2025, 9, 1)),
                   dt.date(2025, 9, 26)),  # 补正 stops the clock: no alert
        CaseRecord("2025-0005", ("SB-001",), CaseStatus.DONE_APPROVED, at("09:00", dt.date(2025, 9, 1)),
                   dt.date(2025, 9, 25), finished_at=at("10:00", dt.date(2025, 9, 24))),  # finished: no alert
        CaseRecord("2025-0006", ("SB-001",), CaseStatus.ACCEPTED, at("09:00", dt.date(2025, 9, 2)),
                   DAY, provisional=True),  # due today, marked 暂定 — warning
    ),
    results=(
        # Arrived Thu 25 Sep: working days 26 (Fri), 28 (Sun, makeup), 29, 30 = 4 > 3 — warning.
        ResultRecord("r1", "2025-0801", at("10:00", dt.date(2025, 9, 25))),
        # Arrived Fri 26 Sep: 28, 29, 30 = 3, not more than 3 — no alert.
        ResultRecord("r2", "2025-0802", at("10:00", dt.date(2025, 9, 26))),
        # Collected: no alert.
        ResultRecord("r3", "2025-0803", at("10:00", dt.date(2025, 9, 20)), at("10:00", dt.date(2025, 9, 22))),
    ),
    followups=(E4_BAD, EVALUATIONS[6], OLD_BAD),
)


def hall_calendar() -> HolidayCalendar:
    """2025 as ``chinese_calendar`` publishes it (how the central service seeds the calendar)."""
    exceptions = {day: False for day in chinese_calendar.holidays if day.year == 2025}
    exceptions.update({day: True for day in chinese_calendar.workdays if day.year == 2025})
    return HolidayCalendar(exceptions, {2025})
