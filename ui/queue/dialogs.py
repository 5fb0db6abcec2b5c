"""The caller's two small questions: where to transfer a ticket (and why), and why the window pauses.

Both are opened with :func:`ask`, which awaits the answer without a nested event loop (``exec()``
under qasync would re-enter the loop), so the rest of the window keeps updating meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hallclient.services.hallconfig import WindowInfo, ZoneInfo


async def ask(dialog: QDialog) -> bool:
    """Open ``dialog`` window-modal and wait for it; True when accepted."""
    answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: answer.done() or answer.set_result(code))
    dialog.open()
    try:
        return await answer == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


@dataclass(frozen=True)
class TransferTarget:
    reason: str
    to_zone: str | None = None
    to_window: str | None = None


class TransferDialog(QDialog):
    """转移: to another zone's queue (keeping the issue time) or to one window, with a reason."""

    def __init__(self, zones: Sequence[ZoneInfo], windows: Sequence[WindowInfo], own_window: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("转移号票"))
        self.to_zone = QRadioButton(self.tr("转到受理区"))
        self.to_window = QRadioButton(self.tr("转到窗口"))
        self.to_zone.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_zone)
        group.addButton(self.to_window)
        self.zone = QComboBox()
        for zone in zones:
            self.zone.addItem(f"{zone.name}（{zone.ticket_prefix}）", zone.code)
        self.window = QComboBox()
        for window in windows:
            if window.id != own_window:
                self.window.addItem(self.tr("{number} 号窗口 · {name}").format(number=window.number, name=window.name),
                                    window.id)
        self.window.setEnabled(False)
        self.reason = QLineEdit(placeholderText=self.tr("必填，如：需到不动产登记窗口办理"), maxLength=100)
        self.buttons = _buttons(self)
        form = QFormLayout()
        form.addRow(self.to_zone, self.zone)
        form.addRow(self.to_window, self.window)
        form.addRow(self.tr("转移原因"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.to_zone.toggled.connect(self.zone.setEnabled)
        self.to_window.toggled.connect(self.window.setEnabled)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def target(self) -> TransferTarget:
        reason = self.reason.text().strip()
        if self.to_window.isChecked():
            return TransferTarget(reason, to_window=self.window.currentData())
        return TransferTarget(reason, to_zone=self.zone.currentData())


class PauseDialog(QDialog):
    """暂停服务: the reason, picked from the usual ones or typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("暂停服务"))
        self.reason = QComboBox(editable=True)
        self.reason.addItems([self.tr("午间休息"), self.tr("临时离开"), self.tr("业务会商"), self.tr("设备故障")])
        self.buttons = _buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("暂停原因"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()
