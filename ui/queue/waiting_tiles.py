"""A row of tiles, one per queue, each with its name and how many people wait (display and window)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hallclient.services.queue import QueueCount
from ui.queue.texts import count_label


class WaitingTiles(QWidget):
    """Tiles named ``tile_name`` for the style sheet; as many as there are queues to show."""

    def __init__(self, tile_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile_name = tile_name
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12)
        self.tiles: list[QLabel] = []

    def show_counts(self, queues: Sequence[QueueCount]) -> None:
        while len(self.tiles) < len(queues):
            tile = QLabel()
            tile.setObjectName(self.tile_name)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.row.addWidget(tile, 1)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            queue = queues[index] if index < len(queues) else None
            tile.setVisible(queue is not None)
            if queue is not None:
                tile.setText(self.tr("{queue}\n等候 {n} 人").format(queue=count_label(queue), n=queue.waiting))

    def texts(self) -> list[str]:
        """What the visible tiles say (tests, accessibility)."""
        return [tile.text() for tile in self.tiles if not tile.isHidden()]
