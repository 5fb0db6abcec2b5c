"""The catalog at the window: search beside the guide and the one-time notice, in one tab of the case area."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.catalog.guide_panel import GuidePanel
from ui.catalog.search import CatalogSearch
from ui.context import AppContext
from ui.queue.panel import Live


class CatalogArea(QWidget):
    """``panels`` are live parts for the hosting workspace's :class:`~ui.queue.panel.PanelHost`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = CatalogSearch(ctx)
        self.guide = GuidePanel(ctx)
        self.search.item_selected.connect(self.guide.show_item)
        self.panels: tuple[Live, ...] = (self.search, self.guide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.guide, 3)
