"""政务服务"好差评" vocabulary and figures (DOMAIN.md §7).

Five levels with the GB/T 39046 codes (1 is best), the four dimensions of a hall (offline) rating,
a standard list of reasons for a 差评, and the figures the hall manager watches.

Definitions of the figures (ours, stated so that client and central compute the same numbers).
国办发〔2019〕51号 and GB/T 39734-2020 define the five levels and the 差评 follow-up; they do not fix
one formula for each rate, and local rules differ, so every choice is spelled out here:

- *services*: every evaluation record, i.e. every service that was put up for rating (一次一评);
- *rated*: a level was recorded, by the applicant or by a system default (some channels of the
  central system record a default rating; this hall never does, a timeout is 未评价);
- *actively rated*: rated by the applicant, i.e. rated and not a default;
- *好评*: levels 1–3 (非常满意、满意、基本满意); *差评*: levels 4–5 (不满意、非常不满意).

- 好评率 = 好评 ÷ rated;
- 主动评价好评率 = actively rated 好评 ÷ actively rated;
- 未评率 = 未评价 ÷ services;
- 差评回复率 = 差评 with a callback recorded ÷ 差评;
- 回访整改率 = 差评 whose rectification is recorded ÷ 差评.

A rate whose denominator is zero is ``None`` (shown as "—"), never 0 % or 100 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from fractions import Fraction


class Level(IntEnum):
    """GB/T 39046 评价等级 codes."""

    VERY_SATISFIED = 1
    SATISFIED = 2
    FAIRLY_SATISFIED = 3
    DISSATISFIED = 4
    VERY_DISSATISFIED = 5


LEVEL_LABELS = {
    Level.VERY_SATISFIED: "非常满意",
    Level.SATISFIED: "满意",
    Level.FAIRLY_SATISFIED: "基本满意",
    Level.DISSATISFIED: "不满意",
    Level.VERY_DISSATISFIED: "非常不满意",
}

#: Shown wherever a service has no rating (device timeout); never counted as good.
UNRATED_LABEL = "未评价"

#: The levels that are 差评 and ask for a reason (DOMAIN.md §7).
BAD_LEVELS = frozenset({Level.DISSATISFIED, Level.VERY_DISSATISFIED})


class Dimension(StrEnum):
    """The dimensions of an offline (hall) rating."""

    OVERALL = "overall"
    EFFICIENCY = "efficiency"
    COMPETENCE = "competence"
    ATTITUDE = "attitude"


DIMENSION_LABELS = {
    Dimension.OVERALL: "整体满意度",
    Dimension.EFFICIENCY: "服务效率",
    Dimension.COMPETENCE: "服务水平",
    Dimension.ATTITUDE: "服务态度",
}


class BadReason(StrEnum):
    """Standard reasons offered with a 差评 (the applicant may add free text)."""

    GUIDE_UNCLEAR = "guide_unclear"
    TOO_MANY_MATERIALS = "too_many_materials"
    REPEATED_VISITS = "repeated_visits"
    LONG_WAIT = "long_wait"
    SLOW_PROCESSING = "slow_processing"
    POOR_ATTITUDE = "poor_attitude"
    UNFAMILIAR_STAFF = "unfamiliar_staff"
    UNCLEAR_NOTICE = "unclear_notice"
    UNREASONABLE_FEES = "unreasonable_fees"
    OTHER = "other"


BAD_REASON_LABELS = {
    BadReason.GUIDE_UNCLEAR: "办事指南不清楚、不准确",
    BadReason.TOO_MANY_MATERIALS: "要求提交的材料过多或重复提交",
    BadReason.REPEATED_VISITS: "需要多次跑动",
    BadReason.LONG_WAIT: "排队等候时间过长",
    BadReason.SLOW_PROCESSING: "办理时间长、超过承诺时限",
    BadReason.POOR_ATTITUDE: "工作人员服务态度差",
    BadReason.UNFAMILIAR_STAFF: "工作人员业务不熟练",
    BadReason.UNCLEAR_NOTICE: "未一次性告知需补正的材料",
    BadReason.UNREASONABLE_FEES: "收费不合理",
    BadReason.OTHER: "其他",
}


def is_bad(level: int | None) -> bool:
    """Whether a recorded level is a 差评 (未评价 is not)."""
    return level in BAD_LEVELS


@dataclass(frozen=True)
class RatingRecord:
    """What the figures need from one evaluation and its follow-up.

    ``level`` is ``None`` for 未评价. ``defaulted`` marks a level recorded by a system default rather
    than by the applicant. ``called_back`` and ``rectified`` record the 差评 follow-up.
    """

    level: Level | None
    defaulted: bool = False
    called_back: bool = False
    rectified: bool = False

    def __post_init__(self) -> None:
        if self.level is not None:
            Level(self.level)  # rejects anything but the five GB/T 39046 codes


@dataclass(frozen=True)
class EvaluationFigures:
    """Counts over a set of evaluations and the rates derived from them (module docstring)."""

    services: int
    rated: int
    good: int
    active: int
    active_good: int
    bad: int
    bad_called_back: int
    bad_rectified: int

    @property
    def unrated(self) -> int:
        return self.services - self.rated

    @property
    def good_rate(self) -> Fraction | None:
        """好评率."""
        return _rate(self.good, self.rated)

    @property
    def active_good_rate(self) -> Fraction | None:
        """主动评价好评率."""
        return _rate(self.active_good, self.active)

    @property
    def unrated_rate(self) -> Fraction | None:
        """未评率."""
        return _rate(self.unrated, self.services)

    @property
    def reply_rate(self) -> Fraction | None:
        """差评回复率."""
        return _rate(self.bad_called_back, self.bad)

    @property
    def rectification_rate(self) -> Fraction | None:
        """回访整改率."""
        return _rate(self.bad_rectified, self.bad)


def figures(records: Iterable[RatingRecord]) -> EvaluationFigures:
    """Count a set of evaluations (e.g. one day, one window, one item) into :class:`EvaluationFigures`."""
    rows = list(records)
    rated = [r for r in rows if r.level is not None]
    active = [r for r in rated if not r.defaulted]
    bad = [r for r in rated if is_bad(r.level)]
    return EvaluationFigures(
        services=len(rows),
        rated=len(rated),
        good=sum(not is_bad(r.level) for r in rated),
        active=len(active),
        active_good=sum(not is_bad(r.level) for r in active),
        bad=len(bad),
        bad_called_back=sum(r.called_back for r in bad),
        bad_rectified=sum(r.rectified for r in bad),
    )


def _rate(part: int, whole: int) -> Fraction | None:
    # Exact: the dashboard rounds for display; comparing with a target such as 99 % stays exact.
    return Fraction(part, whole) if whole else None
