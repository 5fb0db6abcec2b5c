"""The message line under a queue panel's buttons: what just happened, in place, with an optional action.

Errors of a busy desk belong next to the button that failed, not in a modal box that has to be
clicked away while the applicant waits; the line also carries the one action that fixes the
situation ("重新打印").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui import ops
from ui.queue.panel import restyle


class MessageLine(QWidget):
    """A one-line message with a level (``info``, ``warning``, ``error``) for the style sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("queueMessage")
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("messageAction")
        self.action.hide()
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        self.level = ""
        self.clear()

    def show_message(self, text: str, level: str = "info", *, action: str = "",
                     on_action: Callable[[], None] | None = None) -> None:
        self.level = level
        self.label.setText(text)
        restyle(self.label, "level", level)
        self._callback = on_action
        self.action.setText(action)
        self.action.setVisible(bool(action and on_action))

    def show_error(self, exc: BaseException) -> None:
        """A failed operation's translated message (``ops.spawn(..., on_error=line.show_error)``)."""
        self.show_message(ops.message_of(exc), "error")

    def clear(self) -> None:
        self.show_message("", "")

    def text(self) -> str:
        return self.label.text()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()
