"""The optional details of a new ticket: phone, ID number, 爱心通道 with its reason, appointment check-in.

Everything is checked here before the request leaves (``hallclient.domain.ids``), so a mistyped
number is pointed out on the field at once — also offline — instead of after a round trip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QTimeEdit, QWidget

from hallclient import clock
from hallclient.domain.ids import validate_id_card, validate_phone
from hallclient.errors import HallError, ValidationError

#: A hall's reason that needs the guide's own words ("其他（请注明）").
OTHER_PREFIX = "其他"


@dataclass(frozen=True)
class IssueDetails:
    phone: str | None = None
    id_number: str | None = None
    priority_reason: str | None = None
    appointment_at: dt.datetime | None = None


class FieldError(Exception):
    """A field's value is wrong: the core error to show, and the widget to put the cursor in."""

    def __init__(self, error: HallError, widget: QWidget) -> None:
        super().__init__(error.template)
        self.error, self.widget = error, widget


class IssueForm(QWidget):
    """Phone, ID, 爱心通道 (Ctrl+L) and 预约签到 (Ctrl+T); :meth:`details` validates them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = QLineEdit(placeholderText=self.tr("选填：手机号码，短信提醒用"), maxLength=20)
        self.id_number = QLineEdit(placeholderText=self.tr("选填：身份证号码"), maxLength=18)
        self.priority = QCheckBox(self.tr("爱心通道 (Ctrl+L)"))
        self.reason = QComboBox()
        self.reason.setEnabled(False)
        self.other = QLineEdit(placeholderText=self.tr("请注明原因"), maxLength=60)
        self.other.hide()
        self.appointment = QCheckBox(self.tr("预约签到 (Ctrl+T)"))
        self.appointment_time = QTimeEdit(displayFormat="HH:mm")
        self.appointment_time.setEnabled(False)
        for field in (self.phone, self.id_number, self.other):
            field.setObjectName("issueField")
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority)
        priority_row.addWidget(self.reason, 1)
        priority_row.addWidget(self.other, 1)
        appointment_row = QHBoxLayout()
        appointment_row.addWidget(self.appointment)
        appointment_row.addWidget(self.appointment_time)
        appointment_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("手机号码"), self.phone)
        form.addRow(self.tr("身份证号"), self.id_number)
        form.addRow(self.tr("优先"), priority_row)
        form.addRow(self.tr("预约"), appointment_row)
        self.priority.toggled.connect(self._priority_toggled)
        self.reason.currentTextChanged.connect(lambda text: self.other.setVisible(text.startswith(OTHER_PREFIX)))
        self.appointment.toggled.connect(self._appointment_toggled)
        self._suggest_time()
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.priority.toggle)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.appointment.toggle)
        for first, second in ((self.phone, self.id_number), (self.id_number, self.priority),
                              (self.priority, self.reason), (self.reason, self.other),
                              (self.other, self.appointment), (self.appointment, self.appointment_time)):
            QWidget.setTabOrder(first, second)

    def set_reasons(self, reasons: list[str]) -> None:
        """The hall's 爱心通道 reasons (hall setting ``queue.priority_reasons``)."""
        if [self.reason.itemText(i) for i in range(self.reason.count())] != reasons:
            self.reason.clear()
            self.reason.addItems(reasons)

    def _priority_toggled(self, on: bool) -> None:
        self.reason.setEnabled(on)
        self.other.setEnabled(on)
        if on:
            self.reason.setFocus()

    def _appointment_toggled(self, on: bool) -> None:
        self.appointment_time.setEnabled(on)
        if on:
            self.appointment_time.setFocus()

    def _suggest_time(self) -> None:
        """The appointment slot that is due now: the current time rounded down to ten minutes."""
        now = clock.to_hall(clock.now())
        self.appointment_time.setTime(QTime(now.hour, now.minute - now.minute % 10))

    def details(self) -> IssueDetails:
        """The checked values, or :class:`FieldError` naming the first wrong field."""
        phone = self._checked(self.phone, validate_phone)
        id_number = self._checked(self.id_number, validate_id_card)
        reason = None
        if self.priority.isChecked():
            reason = self.reason.currentText().strip()
            if not reason:
                raise FieldError(ValidationError("请选择爱心通道的原因"), self.reason)
            if reason.startswith(OTHER_PREFIX):
                other = self.other.text().strip()
                if not other:
                    raise FieldError(ValidationError("请注明爱心通道的原因"), self.other)
                reason = f"{OTHER_PREFIX}：{other}"
        appointment = None
        if self.appointment.isChecked():
            time = self.appointment_time.time()
            appointment = dt.datetime.combine(clock.hall_today(), dt.time(time.hour(), time.minute()),
                                              tzinfo=clock.HALL_TZ)
        return IssueDetails(phone, id_number, reason, appointment)

    @staticmethod
    def _checked(field: QLineEdit, validate: Callable[[str], str]) -> str | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            return validate(text)
        except HallError as exc:
            raise FieldError(exc, field) from None

    def reset(self) -> None:
        """Empty for the next applicant (a full ID number never lingers on the desk's screen)."""
        for field in (self.phone, self.id_number, self.other):
            field.clear()
        self.priority.setChecked(False)
        self.appointment.setChecked(False)
        self._suggest_time()
