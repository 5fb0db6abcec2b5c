"""The dashboard's tables repaint only the rows that changed; chart scales move in steps, not every count."""

from __future__ import annotations

from typing import Any

import pytest


def test_a_changed_row_is_announced_alone_and_a_new_row_resets(qtbot: Any) -> None:
    from ui.dashboard.table_model import TextTableModel

    model = TextTableModel(["窗口", "状态"])
    rows = [((f"{n} 号", "空闲"), None, None) for n in range(1, 101)]
    model.set_rows(list(rows))
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles=None: changed.append((a.row(), a.column(), b.row(), b.column())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    rows[41] = (("42 号", "暂停"), (1, "#d9480f"), "午休")
    rows[7] = (("8 号", "办理中"), None, None)
    model.set_rows(list(rows))
    assert changed == [(7, 0, 7, 1), (41, 0, 41, 1)] and not resets
    assert model.data(model.index(41, 1)) == "暂停"

    model.set_rows(list(rows))  # the same rows again: nothing to repaint
    assert len(changed) == 2
    model.set_rows([*rows, (("101 号", "空闲"), None, None)])
    assert resets == [True] and model.rowCount() == 101


@pytest.mark.parametrize(("highest", "top"), [(0, 1.5), (1, 1.5), (7, 8.0), (9, 10.0), (47, 55.0), (50, 55.0),
                                              (51, 60.0), (300, 350.0), (4100, 4500.0)])
def test_the_count_axis_top_is_rounded_up_with_headroom(highest: float, top: float) -> None:
    from ui.dashboard.charts import nice_top

    assert nice_top(highest) == pytest.approx(top)
    assert nice_top(highest) >= highest * 1.08
