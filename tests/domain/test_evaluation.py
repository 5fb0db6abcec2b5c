from __future__ import annotations

from fractions import Fraction

import pytest

from hallclient.domain.evaluation import (
    BAD_REASON_LABELS,
    DIMENSION_LABELS,
    LEVEL_LABELS,
    BadReason,
    Level,
    RatingRecord,
    figures,
    is_bad,
)


def test_vocabulary():
    labels = [LEVEL_LABELS[Level(code)] for code in range(1, 6)]
    assert labels == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    assert [is_bad(code) for code in (1, 2, 3, 4, 5, None)] == [False, False, False, True, True, False]
    assert list(DIMENSION_LABELS.values()) == ["整体满意度", "服务效率", "服务水平", "服务态度"]
    assert set(BAD_REASON_LABELS) == set(BadReason)


def test_a_level_must_be_one_of_the_five_codes():
    with pytest.raises(ValueError):
        RatingRecord(level=6)


def rec(level, **kwargs):
    return RatingRecord(None if level is None else Level(level), **kwargs)


def test_figures_by_hand():
    records = [
        rec(1), rec(1), rec(2), rec(3),  # four active 好评
        rec(1, defaulted=True), rec(2, defaulted=True),  # two default ratings (other channels)
        rec(4, called_back=True, rectified=True),
        rec(5, called_back=True),
        rec(4),
        rec(None), rec(None), rec(None),  # 未评价 (device timeout)
        rec(None, called_back=True),  # follow-up flags outside a 差评 are not counted
    ]
    f = figures(records)
    assert (f.services, f.rated, f.unrated, f.good, f.active, f.active_good, f.bad) == (13, 9, 4, 6, 7, 4, 3)
    assert f.good_rate == Fraction(6, 9)  # 66.7 %
    assert f.active_good_rate == Fraction(4, 7)  # 57.1 %
    assert f.unrated_rate == Fraction(4, 13)
    assert f.reply_rate == Fraction(2, 3)
    assert f.rectification_rate == Fraction(1, 3)


@pytest.mark.parametrize(
    ("records", "rates"),
    [
        ([], (None, None, None, None, None)),
        ([rec(None), rec(None)], (None, None, Fraction(1), None, None)),
        ([rec(2), rec(1, defaulted=True)], (Fraction(1), Fraction(1), Fraction(0), None, None)),
        ([rec(1, defaulted=True)], (Fraction(1), None, Fraction(0), None, None)),
        ([rec(5), rec(3)], (Fraction(1, 2), Fraction(1, 2), Fraction(0), Fraction(0), Fraction(0))),
    ],
)
def test_rates_without_a_denominator_are_none(records, rates):
    f = figures(records)
    assert (f.good_rate, f.active_good_rate, f.unrated_rate, f.reply_rate, f.rectification_rate) == rates
