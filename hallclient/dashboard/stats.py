"""Small statistics with the dashboard's conventions: an empty set gives ``None`` ("—"), never 0 or a division error.

Percentiles use the nearest-rank method (the smallest value with at least p % of the values at or
below it): it always returns an observed wait, which the manager can find in the ticket list, and
needs no interpolation convention. Rates are exact fractions, as in
:mod:`hallclient.domain.evaluation`; the display rounds them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def rate(part: int, whole: int) -> Fraction | None:
    """``part ÷ whole``, or ``None`` when nothing was counted."""
    return Fraction(part, whole) if whole else None


def percentile(ordered: Sequence[float], percent: int) -> float | None:
    """Nearest rank: ``ordered[ceil(percent·n/100) − 1]`` of values sorted ascending."""
    if not ordered:
        return None
    rank = max(1, (percent * len(ordered) + 99) // 100)
    return ordered[rank - 1]


@dataclass(frozen=True)
class Summary:
    """How many durations (minutes), their mean and 90th percentile (``None`` when there are none)."""

    count: int
    mean: float | None
    p90: float | None


def summarize(ordered: Sequence[float]) -> Summary:
    """The summary of values sorted ascending (``math.fsum``: the mean does not depend on their grouping)."""
    mean = math.fsum(ordered) / len(ordered) if ordered else None
    return Summary(len(ordered), mean, percentile(ordered, 90))

def grouped(rows: Iterable[T], key: Callable[[T], K | None]) -> dict[K, list[T]]:
    """``rows`` split by ``key`` in their order; rows whose key is ``None`` (no window, no item) are left out."""
    groups: defaultdict[K, list[T]] = defaultdict(list)
    for row in rows:
        value = key(row)
        if value is not None:
            groups[value].append(row)
    return dict(groups)
