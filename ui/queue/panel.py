"""Live panels: the cards a workspace is composed of, each refreshing only when its data changed.

A workspace that is a row of panels (guide desk: catalog, issuing, reactivation; window: caller,
case) mixes in :class:`PanelHost`: its ``concerns`` asks every panel and remembers which ones the
change-set touches, its ``refresh`` reloads only those. A panel stays stale until its refresh has
completed, so a refresh cancelled by a newer change (the workspace's refresh is preemptive) is
redone instead of lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hallclient.changes import Changes


class LivePanel(QFrame):
    """A titled card (the style of ``ui.workspaces.base.panel``) with its own ``concerns``/``refresh``."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.body = QVBoxLayout(self)
        self.heading = QLabel(title)
        self.heading.setObjectName("panelTitle")
        self.body.addWidget(self.heading)

    def concerns(self, changes: Changes) -> bool:
        return False

    async def refresh(self) -> None:
        """Reload what the panel shows (Qt thread; await ``ops.db`` / ``ops.net`` for data)."""


class Live(Protocol):
    """What :class:`PanelHost` needs of a part (a :class:`LivePanel`, or the hall display's board)."""

    def concerns(self, changes: Changes) -> bool: ...
    async def refresh(self) -> None: ...


class PanelHost:
    """Mixin for a :class:`~ui.workspaces.base.Workspace` made of live parts (:class:`LivePanel` s)."""

    panels: Sequence[Live] = ()
    _stale: set[Live] | None = None  # None: never loaded, every panel is stale

    def concerns(self, changes: Changes) -> bool:
        touched = {panel for panel in self.panels if panel.concerns(changes)}
        if self._stale is not None:
            self._stale |= touched
        return bool(touched)

    async def refresh(self) -> None:
        stale = set(self.panels) if self._stale is None else set(self._stale)
        self._stale = set(stale)
        await asyncio.gather(*(self._refresh(panel) for panel in self.panels if panel in stale))

    async def _refresh(self, panel: Live) -> None:
        await panel.refresh()
        assert self._stale is not None
        self._stale.discard(panel)


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (``[status="paused"]``) and apply the new look now."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
