"""Small steps the queue UI tests share: issuing by keyboard, reading the centre, waiting for text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import ops

#: The guide desk's queue keys in the demo hall: zones A B D E F, then 咨询 and 取件.
KEYS = {"A": Qt.Key.Key_F1, "B": Qt.Key.Key_F2, "D": Qt.Key.Key_F3, "E": Qt.Key.Key_F4, "F": Qt.Key.Key_F5,
        "consult": Qt.Key.Key_F6, "pickup": Qt.Key.Key_F7}


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def issue_by_keys(qtbot: Any, ui: Any, guide: Any, queue: str, phone: str = "") -> Any:
    """Pick the queue with its F-key, type the phone, press Enter; returns the new ticket (TicketView)."""
    panel = guide.issue
    before = panel.last
    qtbot.keyClick(focused(), KEYS[queue])
    assert panel.form.phone.hasFocus()
    if phone:
        qtbot.keyClicks(focused(), phone)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: panel.last is not before)
    ui.settle()
    return panel.last.ticket


def ticket(ui: Any, number: str) -> Any:
    """The ticket as the demo user's counter knows it now."""
    found = ui.run(ops.db(lambda: ui.ctx.hall.queue.find(number)))
    assert found is not None, number
    return found
