"""Input fields checked live by the core's own validators, the reason shown in place as the clerk types.

The validators are the ones ``hall.cases.open_case`` applies again (``hallclient.domain.ids``), so
the message under the field is exactly what the core would refuse, in Chinese, with the reason
(length, birth date, check digit) — and the clerk never loses what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from hallclient.errors import ValidationError
from ui import ops

Validator = Callable[[str], object]


def _restyle(widget: QWidget, level: str) -> None:
    widget.setProperty("level", level)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CheckedField(QWidget):
    """A line edit and its verdict; ``complete`` is the length below which a wrong value is only
    "still typing" (grey) rather than an error (red)."""

    def __init__(self, placeholder: str, validator: Validator | None = None, *, complete: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.validator, self.complete = validator, complete
        self.edit = QLineEdit(placeholderText=placeholder)
        self.edit.setObjectName("intakeField")
        self.note = QLabel()
        self.note.setObjectName("fieldNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self.edit.textChanged.connect(lambda _text: self.check())
        self.check()

    def set_validator(self, validator: Validator | None, complete: int = 0) -> None:
        self.validator, self.complete = validator, complete
        self.check()

    def text(self) -> str:
        return self.edit.text().strip()

    def check(self) -> bool:
        """Show the verdict on the current text; True unless the core would refuse it."""
        text = self.text()
        if not text or self.validator is None:
            self._show("", "")
            return True
        try:
            self.validator(text)
        except ValidationError as exc:
            self._show(ops.message_of(exc), "typing" if len(text) < self.complete else "error")
            return False
        self._show(self.tr("✓ 校验通过"), "ok")
        return True

    def _show(self, text: str, level: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        _restyle(self.note, level)
        _restyle(self.edit, level)
