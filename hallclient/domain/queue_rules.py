"""Pure queue rules (DOMAIN.md §3): call order, reactivation, recall limit, estimated wait, daily cap.

The services apply these rules inside their transactions (which also make sure two windows never
get the same ticket); here they are plain functions over anything shaped like a ticket, so the
client, the central service and the tests share one definition of "who is next".
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from hallclient.domain.tickets import TicketStatus
from hallclient.errors import ConflictError

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


class IssueVerdict(StrEnum):
    OK = "ok"
    WARN = "warn"  # issue, but tell the applicant the wait is long
    REFUSE = "refuse"  # daily cap reached


@dataclass(frozen=True)
class IssueCheck:
    verdict: IssueVerdict
    message: str | None = None


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
        return IssueCheck(
            IssueVerdict.REFUSE,
            f"{zone_name}今日已取号 {issued_today} 张，达到每日上限 {daily_cap} 张，请改日办理或预约",
        )
    if warn_level is not None and waiting >= warn_level:
        return IssueCheck(
            IssueVerdict.WARN,
            f"{zone_name}当前等候 {waiting} 人，已达预警人数 {warn_level} 人，请提醒申请人等候时间较长",
        )
    return IssueCheck(IssueVerdict.OK)
