"""Pure queue rules (DOMAIN.md §3): call order, reactivation, recall limit, estimated wait, daily cap.

The services apply these rules inside their transactions (which also make sure two windows never
get the same ticket); here they are plain functions over anything shaped like a ticket, so the
client, the central service and the tests share one definition of "who is next".
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from hallclient.clock import HALL_TZ, to_hall
from hallclient.domain.tickets import TicketStatus
from hallclient.errors import ConflictError, ValidationError

#: A checked-in appointment counts as due this long before its time (local practice, configurable).
DEFAULT_APPOINTMENT_GRACE = dt.timedelta(minutes=10)
#: A reactivated ticket goes behind this many waiting tickets (DOMAIN.md §3 default).
DEFAULT_REACTIVATION_BEHIND = 3
#: Recalls (重呼) allowed before the clerk must skip the ticket.
MAX_RECALLS = 3
#: Service time assumed when a zone has no recent history, in minutes.
DEFAULT_SERVICE_MINUTES = 8.0
#: Waiting tickets in a zone at which the guide desk warns (DOMAIN.md §3 default; no cap by default).
DEFAULT_WARN_LEVEL = 30
#: "Recent" service times for the estimated wait: those finished within this span (DOMAIN.md §3, issue 4).
SERVICE_HISTORY = dt.timedelta(hours=1)


class WindowStatus(StrEnum):
    CLOSED = "closed"  # nobody has called there yet today
    OPEN = "open"
    PAUSED = "paused"  # 暂停服务, with a reason


class TicketEventType(StrEnum):
    """The transitions of DOMAIN.md §3, each recorded with its time, window and clerk."""

    ISSUE = "issue"
    CALL = "call"
    RECALL = "recall"
    SKIP = "skip"  # 过号
    REACTIVATE = "reactivate"
    START = "start"
    TRANSFER = "transfer"
    FINISH = "finish"
    CANCEL = "cancel"

_JUST_AFTER = dt.timedelta(microseconds=1)


class QueuedTicket(Protocol):
    """The fields of a ticket the rules read (``hallclient.cache.models.Ticket`` has them all)."""

    @property
    def number(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def zone_code(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def priority(self) -> bool: ...
    @property
    def appointment_at(self) -> dt.datetime | None: ...
    @property
    def checked_in_at(self) -> dt.datetime | None: ...
    @property
    def queue_at(self) -> dt.datetime: ...


T = TypeVar("T", bound=QueuedTicket)


def is_due_appointment(ticket: QueuedTicket, now: dt.datetime, grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE) -> bool:
    """A checked-in appointment whose time is at most ``grace`` away (or already past)."""
    return (
        ticket.appointment_at is not None
        and ticket.checked_in_at is not None
        and ticket.appointment_at <= now + grace
    )


def order_key(
    ticket: QueuedTicket, now: dt.datetime, grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE
) -> tuple[int, dt.datetime, int, str]:
    """Sort key for calling: 爱心通道 priority, then due appointments, then first come (DOMAIN.md §3).

    Priority and walk-in tickets are ordered by ``queue_at`` (a transferred ticket keeps its original
    issue time there); due appointments by their appointment time. Ties go to the lower number
    (shorter first, so ``B999`` precedes ``B1000``).
    """
    if ticket.priority:
        tier, at = 0, ticket.queue_at
    elif is_due_appointment(ticket, now, grace):
        tier, at = 1, ticket.appointment_at or ticket.queue_at
    else:
        tier, at = 2, ticket.queue_at
    return tier, at, len(ticket.number), ticket.number


def window_serves(ticket: QueuedTicket, window_zones: Collection[str], window_kinds: Collection[str]) -> bool:
    """A window calls only the kinds it serves, and zoned tickets only of its zones (DOMAIN.md §2, §3)."""
    return ticket.kind in window_kinds and (ticket.zone_code is None or ticket.zone_code in window_zones)


def pick_next(
    candidates: Iterable[T],
    window_zones: Collection[str],
    window_kinds: Collection[str],
    now: dt.datetime,
    grace: dt.timedelta = DEFAULT_APPOINTMENT_GRACE,
) -> T | None:
    """The waiting ticket this window should call next, or ``None`` if it has nobody to call."""
    eligible = [
        t for t in candidates if t.status == TicketStatus.WAITING and window_serves(t, window_zones, window_kinds)
    ]
    return min(eligible, key=lambda t: order_key(t, now, grace), default=None)


def check_recall(recall_count: int, limit: int = MAX_RECALLS) -> None:
    """Refuse a recall past the limit; the clerk then skips the ticket (过号, DOMAIN.md §3)."""
    if recall_count >= limit:
        raise ConflictError("已重呼 {count} 次，达到上限，请按过号处理", count=recall_count)


def check_reactivation(status: str, reactivated: bool) -> None:
    """Only a skipped (过号) ticket can be reactivated, and only once (DOMAIN.md §3)."""
    if status != TicketStatus.NO_SHOW:
        raise ConflictError("只有过号的号码可以重新激活")
    if reactivated:
        raise ConflictError("该号码已重新激活过一次，请重新取号")


def reactivated_queue_at(
    waiting_in_order: Sequence[QueuedTicket], now: dt.datetime, behind: int = DEFAULT_REACTIVATION_BEHIND
) -> dt.datetime:
    """The new ``queue_at`` of a reactivated ticket: just after the ``behind``-th waiting ticket.

    ``waiting_in_order`` is the zone's waiting list sorted by :func:`order_key`. The ticket lands one
    microsecond after the ``behind``-th ticket's ``queue_at`` and is ranked as a walk-in (the caller
    clears its priority and appointment, which would otherwise put it first again); priority tickets
    and due appointments still go first, so it waits behind at least ``behind`` tickets. With fewer
    waiting it goes to the end, as if it were issued ``now``.
    """
    if len(waiting_in_order) < behind:
        return now
    return waiting_in_order[behind - 1].queue_at + _JUST_AFTER


def windows_serving(
    windows: Iterable[tuple[str, Collection[str], Collection[str]]], kind: str, zone_code: str | None
) -> int:
    """How many windows share the queue of (``kind``, ``zone_code``), from (status, zones, kinds) triples.

    Open windows count; before any of them has opened (first thing in the morning) the estimate
    assumes those that are not paused will, rather than refusing to estimate at all.
    """
    serving = [status for status, zones, kinds in windows
               if kind in kinds and (zone_code is None or zone_code in zones) and status != WindowStatus.PAUSED]
    open_now = sum(status == WindowStatus.OPEN for status in serving)
    return open_now or len(serving)


def service_minutes(called_at: dt.datetime, finished_at: dt.datetime) -> float:
    """A ticket's service time: from the call to the finish, the time its window was taken."""
    return (finished_at - called_at).total_seconds() / 60


def estimated_wait_minutes(
    people_ahead: int,
    windows_serving: int,
    recent_service_minutes: Sequence[float],
    default_service_minutes: float = DEFAULT_SERVICE_MINUTES,
) -> int | None:
    """Estimated wait = people ahead ÷ windows serving the zone × recent median service time (§3).

    Rounded up to whole minutes, since an estimate that is too short annoys more than one too long.
    ``None`` when no window serves the zone (no estimate can be given); the median of recent service
    times resists one unusually long case; ``default_service_minutes`` stands in without history.
    """
    if windows_serving <= 0:
        return None
    per_person = statistics.median(recent_service_minutes) if recent_service_minutes else default_service_minutes
    return math.ceil(people_ahead / windows_serving * per_person)


_NUMBER = re.compile(r"([A-Z]{1,4})(\d{3,5})")
#: Offline tickets are named by their day and number, so the guide desk that issued one and a window
#: that called it while both were cut off from the centre give it the same id.
_OFFLINE_IDS = uuid.UUID("6f3c1a52-3d0e-4b8e-9a51-2f7c0c4d9e10")


def parse_number(text: str) -> tuple[str, int]:
    """``" b023 "`` → ``("B", 23)``; a number typed wrong is refused with the expected form."""
    number = text.strip().upper()
    match = _NUMBER.fullmatch(number)
    if match is None:
        raise ValidationError("号码 {number} 格式不正确，应为字母加三位数字，如 B023", number=number)
    return match.group(1), int(match.group(2))


def offline_ticket_id(service_date: dt.date, number: str) -> str:
    return str(uuid.uuid5(_OFFLINE_IDS, f"{service_date.isoformat()}:{number}"))


def appointment_today(at: dt.datetime | None, day: dt.date) -> dt.datetime | None:
    """A checked-in appointment's time in UTC; it must be on the hall day (a naive time is hall time)."""
    if at is None:
        return None
    local = to_hall(at if at.tzinfo is not None else at.replace(tzinfo=HALL_TZ))
    if local.date() != day:
        raise ValidationError("预约时间 {at} 不是今天，请核对预约信息", at=local.strftime("%Y-%m-%d %H:%M"))
    return local.astimezone(dt.UTC)


class IssueVerdict(StrEnum):
    OK = "ok"
    WARN = "warn"  # issue, but tell the applicant the wait is long
    REFUSE = "refuse"  # daily cap reached


@dataclass(frozen=True)
class IssueCheck:
    """The verdict with a Chinese template and its parameters (translatable like a ``HallError``)."""

    verdict: IssueVerdict
    template: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str | None:
        return None if self.template is None else self.template.format(**self.params)


def check_issue(
    zone_name: str,
    issued_today: int,
    waiting: int,
    warn_level: int | None = DEFAULT_WARN_LEVEL,
    daily_cap: int | None = None,
) -> IssueCheck:
    """Whether the guide desk may issue one more ticket for a zone (DOMAIN.md §3 daily cap/warning).

    The cap counts tickets issued today (the zone's capacity for the day); the warning level counts
    people waiting now (how long the new applicant will wait). ``None`` disables either check.
    """
    if daily_cap is not None and issued_today >= daily_cap:
        return IssueCheck(IssueVerdict.REFUSE, "{zone}今日已取号 {issued} 张，达到每日上限 {cap} 张，请改日办理或预约",
                          {"zone": zone_name, "issued": issued_today, "cap": daily_cap})
    if warn_level is not None and waiting >= warn_level:
        return IssueCheck(IssueVerdict.WARN,
                          "{zone}当前等候 {waiting} 人，已达预警人数 {warn} 人，请提醒申请人等候时间较长",
                          {"zone": zone_name, "waiting": waiting, "warn": warn_level})
    return IssueCheck(IssueVerdict.OK)
