"""The guide desk's big queue buttons: one per zone's 受理号, then 咨询号 and 取件号, each with its
live waiting count and estimated wait, and F1, F2, ... to pick it without the mouse."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from hallclient.services.queue import QueueCount
from ui.queue.texts import kind_name, wait_text

COLUMNS = 2


@dataclass(frozen=True)
class QueueChoice:
    """A queue the applicant joins: a kind, and a zone for 受理号; ``prefix`` is printed on the button."""

    kind: str
    zone_code: str | None
    label: str
    prefix: str


class QueueButtons(QWidget):
    """Checkable buttons in display order; :attr:`chosen` fires with the :class:`QueueChoice`."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.group = QButtonGroup(self)
        self.buttons: dict[tuple[str, str | None], QPushButton] = {}
        self.choices: dict[tuple[str, str | None], QueueChoice] = {}

    def show_queues(self, counts: Sequence[QueueCount], prefixes: dict[tuple[str, str | None], str]) -> None:
        """Build the buttons on the first call (and when the hall's zones change), then update counts."""
        keys = [(c.kind, c.zone_code) for c in counts]
        if keys != list(self.buttons):
            self._rebuild(counts, prefixes)
        for count in counts:
            button = self.buttons[(count.kind, count.zone_code)]
            choice = self.choices[(count.kind, count.zone_code)]
            title = f"{button.property('key')}  {choice.label}  {choice.prefix}"
            figures = self.tr("等候 {n} 人 · {wait}").format(n=count.waiting, wait=wait_text(count.wait_minutes))
            button.setText(f"{title}\n{figures}")
            button.setAccessibleName(f"{choice.label} {figures}")

    def _rebuild(self, counts: Sequence[QueueCount], prefixes: dict[tuple[str, str | None], str]) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        self.choices.clear()
        for index, count in enumerate(counts):
            key = (count.kind, count.zone_code)
            label = count.label if count.zone_code else kind_name(count.kind)
            choice = QueueChoice(count.kind, count.zone_code, label, prefixes.get(key, ""))
            button = QPushButton()
            button.setObjectName("queueButton")
            button.setProperty("kind", count.kind)
            button.setCheckable(True)
            button.setToolTip(kind_name(count.kind))
            if index < 12:  # a QShortcut, not setShortcut(): a button's setText() replaces its shortcut
                button.setProperty("key", f"F{index + 1}")
                QShortcut(QKeySequence(f"F{index + 1}"), button, activated=button.click)
            button.clicked.connect(lambda _checked=False, c=choice: self.chosen.emit(c))
            self.group.addButton(button)
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[key] = button
            self.choices[key] = choice

    def select(self, choice: QueueChoice | None) -> None:
        """Check the button of ``choice`` (None: uncheck all, e.g. when a service item was picked)."""
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(choice is not None and key == (choice.kind, choice.zone_code))
        self.group.setExclusive(True)
