"""好差评 on the dashboard: the ratings breakdown and the §7 figures of a set of evaluations.

The figures themselves (好评率, 主动评价好评率, 未评率, 差评回复率, 回访整改率) are defined once, in
:func:`hallclient.domain.evaluation.figures`; here they are counted per window and per item, and
the hall's are the sum of its windows' (every figure is a count, so the counts of disjoint sets add).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hallclient.dashboard.records import EvaluationRecord
from hallclient.domain.evaluation import EvaluationFigures, Level, figures

_FIELDS = [f.name for f in dataclasses.fields(EvaluationFigures)]


@dataclass(frozen=True)
class Ratings:
    """The §7 figures of a set of evaluations, and how many services got each level (codes 1–5)."""

    figures: EvaluationFigures
    levels: Mapping[Level, int]

    @property
    def unrated(self) -> int:
        """未评价: the device timed out (never counted as a good rating)."""
        return self.figures.unrated


def ratings(evaluations: Sequence[EvaluationRecord]) -> Ratings:
    counts = Counter(Level(e.level) for e in evaluations if e.level is not None)
    return Ratings(figures(e.rating() for e in evaluations), {level: counts[level] for level in Level})


def merge_ratings(parts: Sequence[Ratings]) -> Ratings:
    """The ratings of the union of disjoint sets of evaluations."""
    total = EvaluationFigures(*(sum(getattr(p.figures, name) for p in parts) for name in _FIELDS))
    return Ratings(total, {level: sum(p.levels[level] for p in parts) for level in Level})
