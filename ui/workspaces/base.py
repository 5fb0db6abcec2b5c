"""The shape every workspace shares: a role, a title, and a refresh driven by the change bus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hallclient.changes import Changes
from ui import ops
from ui.context import AppContext


class Workspace(QWidget):
    """Subclasses set ``NAME`` (file/snapshot name), ``ROLE`` and implement :meth:`title`."""

    NAME = ""
    ROLE = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"workspace-{self.NAME}")
        # without it a QWidget subclass ignores the style sheet's background (#workspace-display)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._dirty = True
        ctx.bridge.changed.connect(self._on_changes)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        """Whether ``changes`` affects what this workspace shows (override per workspace)."""
        return False

    def _on_changes(self, changes: Changes, initiator: object | None) -> None:
        if initiator is self or not self.concerns(changes):
            return
        self._dirty = True
        if self.isVisible():
            self.request_refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.request_refresh()

    def request_refresh(self) -> None:
        self._dirty = False
        ops.spawn(self.refresh(), parent=self, key=(self, "refresh"))

    async def refresh(self) -> None:
        """Reload what the workspace shows (runs on the Qt thread; await ``ops.db`` for data)."""


def panel(title: str, body: QWidget | None = None, *, hint: str = "") -> QFrame:
    """A titled card, the building block of every workspace layout."""
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("panelTitle")
    layout.addWidget(heading)
    if body is not None:
        layout.addWidget(body, 1)
    if hint:
        note = QLabel(hint)
        note.setObjectName("panelHint")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note, 1)
    return frame
