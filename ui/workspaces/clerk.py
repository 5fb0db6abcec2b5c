"""综合窗口: the window clerk's workspace — call tickets, accept cases, hand results out.

Composed of panels: :class:`~ui.queue.caller_panel.CallerPanel` on the left; the case area
(:class:`~ui.acceptance.area.AcceptanceArea`: the case from the called ticket, and the catalog with the
one-time notice) takes the right-hand side.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.acceptance.area import AcceptanceArea
from ui.queue.caller_panel import CallerPanel
from ui.queue.panel import PanelHost
from ui.workspaces.base import Workspace


class ClerkWorkspace(PanelHost, Workspace):
    NAME = "clerk"
    ROLE = "clerk"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClerkWorkspace", "综合窗口")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.caller = CallerPanel(ctx)
        self.acceptance = AcceptanceArea(ctx)
        self.panels = (self.caller, *self.acceptance.panels)
        layout = QHBoxLayout(self)
        layout.addWidget(self.caller, 2)
        layout.addWidget(self.acceptance, 5)
