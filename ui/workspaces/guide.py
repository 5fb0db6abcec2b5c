"""导服台: the guide desk — look up items and their materials, issue tickets, re-queue skipped ones.

Composed of panels: the catalog search (:class:`~ui.catalog.search.CatalogSearch`), the item's guide
with the one-time notice (:class:`~ui.catalog.guide_panel.GuidePanel`),
:class:`~ui.queue.issue_panel.IssuePanel`,
:class:`~ui.queue.reactivate_panel.ReactivatePanel` and the 取件号 with 待出件
(:class:`~ui.handout.pickup_panel.PickupPanel`). Enter (or a double click) on a found item picks
it for a 受理号 in the issuing panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from ui.catalog.guide_panel import GuidePanel
from ui.catalog.search import CODE_ROLE, NAME_ROLE, ZONE_ROLE, CatalogSearch
from ui.handout.pickup_panel import PickupPanel
from ui.queue.issue_panel import IssuePanel
from ui.queue.panel import PanelHost
from ui.queue.reactivate_panel import ReactivatePanel
from ui.workspaces.base import Workspace


class GuideWorkspace(PanelHost, Workspace):
    NAME = "guide"
    ROLE = "guide"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GuideWorkspace", "导服台")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.catalog = CatalogSearch(ctx)
        self.search, self.results = self.catalog.search, self.catalog.results
        self.guide = GuidePanel(ctx)
        self.detail = self.guide.view
        self.issue = IssuePanel(ctx)
        self.reactivation = ReactivatePanel(ctx)
        self.pickup = PickupPanel(ctx)
        self.panels = (self.catalog, self.guide, self.issue, self.reactivation, self.pickup)
        left = QVBoxLayout()
        left.addWidget(self.catalog, 3)
        left.addWidget(self.reactivation, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.guide, 4)
        # issuing and pickup share the column as tabs: stacked, they needed more height than a 1080p screen
        self.desk = QTabWidget()
        self.desk.addTab(self.issue, self.tr("取号"))
        self.desk.addTab(self.pickup, self.tr("取件号与待出件"))
        layout.addWidget(self.desk, 4)
        self.catalog.item_selected.connect(self.guide.show_item)
        self.results.itemActivated.connect(self._pick_item)

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.issue.choose_item(item.data(CODE_ROLE), item.data(NAME_ROLE), item.data(ZONE_ROLE))
