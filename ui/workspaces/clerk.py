"""综合窗口: the window clerk's workspace — call tickets, accept cases, hand results out.

Composed of panels: :class:`~ui.queue.caller_panel.CallerPanel` on the left; the case area
(:class:`~ui.acceptance.area.AcceptanceArea`: the case from the called ticket, and the catalog with the
one-time notice) takes the right-hand side, with the hand-out (:class:`~ui.handout.handout_panel.HandoutArea`:
待出件 and the called 取件号's results) as its third tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.acceptance.area import AcceptanceArea
from ui.evaluation.device_card import DeviceCard
from ui.handout.handout_panel import HandoutArea
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
        self.handout = HandoutArea(ctx)
        self.acceptance.addTab(self.handout, self.tr("出件"))
        self.panels = (self.caller, *self.acceptance.panels, *self.handout.panels)
        # 好差评: every service that ends here prompts the window's evaluation device (issue 6 §4)
        self.evaluation = DeviceCard(ctx)
        self.caller.ticket_finished.connect(self.evaluation.ticket_finished)
        self.acceptance.case.case_decided.connect(self.evaluation.case_decided)
        self.handout.card.service_ended.connect(self.evaluation.result_handed_over)
        left = QVBoxLayout()
        left.addWidget(self.caller, 1)
        left.addWidget(self.evaluation)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.acceptance, 5)
