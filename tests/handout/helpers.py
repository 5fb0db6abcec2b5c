"""UI helpers the hand-out tests share: core calls off the Qt thread, a mouse signature, the centre's rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from central.models import CaseResult
from tests.acceptance_ui.conftest import shown
from tests.conftest import UiHarness


def core(ui: UiHarness, fn: Any) -> Any:
    """Run core or network work off the Qt thread (blocking database calls are forbidden on it)."""
    from ui import ops

    return ui.run(ops.net(fn), timeout=30)


def central_read(central: Any, fn: Any) -> Any:
    """Read the central service's database directly (what the centre holds, not what a counter thinks)."""
    return central.app.state.central.run_read(fn)


def result_row(central: Any, result_id: str) -> CaseResult:
    return central_read(central, lambda s: s.get(CaseResult, result_id))


def draw(pad: Any, points: list[tuple[int, int]]) -> None:
    """A stroke with the mouse, as Qt delivers real (not synthesised) mouse events."""
    def send(kind: QEvent.Type, x: int, y: int, buttons: Qt.MouseButton) -> None:
        position = QPointF(x, y)
        event = QMouseEvent(kind, position, pad.mapToGlobal(position), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.MouseButtonPress, *points[0], Qt.MouseButton.LeftButton)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, *points[-1], Qt.MouseButton.NoButton)


def workspaces(ui: UiHarness, qtbot: Any) -> tuple[Any, Any]:
    """The guide desk and the window of this counter, shown."""
    from ui.workspaces.clerk import ClerkWorkspace
    from ui.workspaces.guide import GuideWorkspace

    guide = shown(qtbot, GuideWorkspace(ui.ctx), ui)
    clerk = shown(qtbot, ClerkWorkspace(ui.ctx), ui)
    return guide, clerk
