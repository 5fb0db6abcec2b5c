"""Evaluation figures (DOMAIN.md §7) per window and per item: 好评率, 主动评价好评率, 未评率, 差评回复率, 回访整改率."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from hallclient.domain.evaluation import EvaluationFigures
from ui.dashboard.table_model import TextTable
from ui.dashboard.texts import rate

Row = tuple[str, EvaluationFigures]


class RatingsTable(TextTable):
    """One row per window or item rated today: its name, then the §7 figures."""

    def __init__(self, first: str, parent: QWidget | None = None) -> None:
        super().__init__([first, self.tr("评价数"), self.tr("好评率"), self.tr("主动评价好评率"), self.tr("未评率"),
                          self.tr("差评"), self.tr("差评回复率"), self.tr("回访整改率")], centred_from=1, parent=parent)
        self._texts: dict[Row, tuple[str, ...]] = {}

    def draw(self, rows: Sequence[Row]) -> None:
        # the texts of figures drawn last time are kept: a refresh changes a few rows, and formatting
        # five exact rates per row for a hundred windows was a tenth of the dashboard's refresh
        texts, self._texts = self._texts, {}
        for name, f in rows:
            self._texts[(name, f)] = texts.get((name, f)) or (
                name, str(f.services), rate(f.good_rate), rate(f.active_good_rate), rate(f.unrated_rate),
                str(f.bad), rate(f.reply_rate), rate(f.rectification_rate))
        self.table.set_rows([(self._texts[(name, f)], None, None) for name, f in rows])
