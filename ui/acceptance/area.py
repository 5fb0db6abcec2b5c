"""The window's case area beside the caller: the case (受理) and the catalog (事项指南) as two tabs."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.acceptance.case_panel import CasePanel
from ui.catalog.panel import CatalogArea
from ui.context import AppContext
from ui.queue.panel import Live


class AcceptanceArea(QTabWidget):
    """``panels`` are the live parts for the clerk workspace's :class:`~ui.queue.panel.PanelHost`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceArea")
        self.case = CasePanel(ctx)
        self.catalog = CatalogArea(ctx)
        self.addTab(self.case, self.tr("受理  (Ctrl+Shift+1)"))
        self.addTab(self.catalog, self.tr("事项指南与告知单  (Ctrl+Shift+2)"))
        self.panels: tuple[Live, ...] = (self.case, *self.catalog.panels)
        for index, keys in enumerate(("Ctrl+Shift+1", "Ctrl+Shift+2")):
            QShortcut(QKeySequence(keys), self, activated=lambda i=index: self.setCurrentIndex(i))
