"""The dashboard's input: frozen records that any storage can produce for one hall day.

Times are aware datetimes (any zone; the hall's day is Asia/Shanghai). The records hold facts only,
never figures: everything derived (waits, rates, states at a moment) is computed from them, so the
live dashboard and a past day's report cannot disagree.

A ticket's waiting is kept as :class:`Stay` s rather than one ``queue_at``/``called_at`` pair, because
a transferred or reactivated ticket waits more than once and in more than one queue: each stay is one
stretch in one queue (entered at issue, transfer or reactivation; ended by the call that follows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from hallclient.domain.cases import CaseStatus
from hallclient.domain.evaluation import Level, RatingRecord
from hallclient.domain.queue_rules import DEFAULT_WARN_LEVEL, WindowStatus
from hallclient.domain.tickets import TicketStatus

#: A queue is a ticket kind and, for zoned tickets, a zone code (``("accept", "B")``, ``("consult", None)``).
QueueKey = tuple[str, str | None]


@dataclass(frozen=True)
class Stay:
    """One stretch of waiting in one queue: from entering it until the call that ended it.

    ``called_at`` is ``None`` while the ticket still waits there, or when it left without a call
    (cancelled: the ticket's ``finished_at`` says when).
    """

    kind: str
    zone: str | None
    entered_at: dt.datetime
    called_at: dt.datetime | None = None

    @property
    def queue(self) -> QueueKey:
        return self.kind, self.zone


@dataclass(frozen=True)
class Transfer:
    """转移: the ticket left a window back into another zone's queue or towards one window, with a reason."""

    at: dt.datetime
    from_zone: str | None
    from_window: str | None
    to_zone: str | None
    to_window: str | None
    reason: str


@dataclass(frozen=True, eq=False)
class TicketRecord:
    """A ticket of the day with its timeline (DOMAIN.md §3).

    ``stays`` is in order and never empty: the first starts at the issue. ``serving_at`` is the start
    of the last service (开始办理; ``None`` if the clerk finished straight after calling), and
    ``finished_at`` the time of 办结, 过号 or cancellation. ``window_id``/``clerk`` are where the ticket
    is or was last called. ``no_show`` says it was skipped (过号) at least once, even if reactivated.
    Compared by identity (``eq=False``): a changed ticket is a new record, which lets callers cache.
    """

    id: str
    number: str
    item_code: str | None
    priority: bool
    issued_at: dt.datetime
    stays: tuple[Stay, ...]
    status: TicketStatus
    serving_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    window_id: str | None = None
    clerk: str | None = None
    recall_count: int = 0
    no_show: bool = False
    transfers: tuple[Transfer, ...] = ()
    appointment_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not self.stays:
            raise ValueError(f"ticket {self.number} has no stay in a queue")

    @property
    def queue(self) -> QueueKey:
        """The queue the ticket is in or was last in (a transferred ticket counts where it went)."""
        return self.stays[-1].queue

    @property
    def called_at(self) -> dt.datetime | None:
        """The first call."""
        return self.stays[0].called_at


@dataclass(frozen=True)
class WindowRecord:
    """A window known today; ``removed`` if it was deleted (its tickets still count)."""

    id: str
    number: int | None
    name: str = ""
    removed: bool = False


@dataclass(frozen=True)
class WindowSpan:
    """An interval of one window's state (open, paused with a reason, closed); ``end`` None: still so."""

    window_id: str
    state: WindowStatus
    start: dt.datetime
    end: dt.datetime | None = None
    reason: str | None = None
    clerk: str | None = None


@dataclass(frozen=True)
class ZoneRecord:
    """A zone (受理区) with the waiting count at which the guide desk warns (``None``: never)."""

    code: str
    name: str
    warn_level: int | None = DEFAULT_WARN_LEVEL


@dataclass(frozen=True)
class EvaluationRecord:
    """One service put up for rating (一次一评) with its 差评 follow-up (DOMAIN.md §7).

    ``level`` is ``None`` for 未评价. ``callback_due``/``rectify_due`` are the follow-up's deadlines,
    ``called_back_at``/``rectified_at`` when they were met. The rater's identity is not here on purpose.
    """

    service_ref: str
    window_id: str | None
    clerk: str | None
    item_code: str | None
    level: Level | None
    prompted_at: dt.datetime
    defaulted: bool = False
    case_number: str | None = None
    rated_at: dt.datetime | None = None
    callback_due: dt.date | None = None
    called_back_at: dt.datetime | None = None
    rectify_due: dt.date | None = None
    rectified_at: dt.datetime | None = None

    def rating(self) -> RatingRecord:
        """The shape :func:`hallclient.domain.evaluation.figures` counts."""
        return RatingRecord(self.level, self.defaulted, self.called_back_at is not None, self.rectified_at is not None)


@dataclass(frozen=True)
class CaseRecord:
    """A case (办件) with its promised completion date (``provisional``: 暂定, DOMAIN.md §5)."""

    number: str
    items: tuple[str, ...]
    status: CaseStatus
    accepted_at: dt.datetime | None
    promised_date: dt.date | None
    provisional: bool = False
    finished_at: dt.datetime | None = None


@dataclass(frozen=True)
class ResultRecord:
    """A result waiting at the hall for pickup (DOMAIN.md §6); ``handed_out_at`` once it is collected."""

    id: str
    case_number: str
    arrived_at: dt.datetime
    handed_out_at: dt.datetime | None = None


@dataclass(frozen=True)
class HallDay:
    """Everything that happened on one hall day: the input of the figures and of the day's report."""

    day: dt.date
    tickets: tuple[TicketRecord, ...] = ()
    windows: tuple[WindowRecord, ...] = ()
    spans: tuple[WindowSpan, ...] = ()
    zones: tuple[ZoneRecord, ...] = ()
    evaluations: tuple[EvaluationRecord, ...] = ()
    item_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenWork:
    """Obligations that outlive a day, for the alerts: cases with deadlines, results, 差评 follow-ups."""

    cases: tuple[CaseRecord, ...] = ()
    results: tuple[ResultRecord, ...] = ()
    followups: tuple[EvaluationRecord, ...] = ()
