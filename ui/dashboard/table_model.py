"""A read-only table of texts replaced in one step: the dashboard's tables are redrawn every refresh, and
one ``dataChanged`` per changed row costs far less than a signal per cell or a repaint of every row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
#: a row: its texts, optionally the column to colour and its colour, optionally that column's tooltip
Row = tuple[Sequence[str], tuple[int, str] | None, str | None]


class TextTableModel(QAbstractTableModel):
    def __init__(self, headings: Sequence[str], centred_from: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headings = list(headings)
        self.centred_from = centred_from
        self.rows: list[Row] = []
        self._brushes: dict[str, QBrush] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        texts, colour, tip = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.centred_from:
            return Qt.AlignmentFlag.AlignCenter
        if colour is not None and colour[0] == index.column():
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes.setdefault(colour[1], QBrush(QColor(colour[1])))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tip
        return None

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row; the view hears one reset (rows added or gone) or which rows changed."""
        if rows == self.rows:
            return
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        old, self.rows = self.rows, rows
        last = len(self.headings) - 1
        # a row at a time: the view repaints only those rows (one range over the table repaints it all,
        # and a refresh usually changes two or three windows of a hundred)
        for row, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))


class TextTable(QTableView):
    """The dashboard's table look: no row numbers, alternating rows, columns sharing the width."""

    def __init__(self, headings: Sequence[str], centred_from: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashTable")
        self.table = TextTableModel(headings, centred_from, self)
        self.setModel(self.table)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # fixed proportions: columns sized to their contents would measure every cell on every refresh
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def row_texts(self, row: int) -> list[str]:
        return list(self.table.rows[row][0])

    def rows(self) -> int:
        return len(self.table.rows)
