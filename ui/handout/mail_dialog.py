"""邮寄送达: the recipient, phone, address, carrier and tracking number, checked before it closes.

The checks are the domain's (:func:`hallclient.domain.handout.check_mailing`); a problem is shown
in the dialog in Chinese and the dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hallclient.domain.handout import CARRIER_LABELS, Mailing, check_mailing
from hallclient.errors import HallError
from ui import ops


class MailDialog(QDialog):
    """After ``accept()``, :attr:`mailing` holds the checked details."""

    def __init__(self, recipient: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("邮寄送达"))
        self.mailing: Mailing | None = None
        self.recipient = QLineEdit(recipient)
        self.phone = QLineEdit(placeholderText=self.tr("手机号码或带区号的座机"))
        self.address = QLineEdit(placeholderText=self.tr("省市区、街道、门牌号"))
        self.carrier = QComboBox()
        for code, label in CARRIER_LABELS.items():
            self.carrier.addItem(QCoreApplication.translate("core", label), code)
        self.tracking = QLineEdit(placeholderText=self.tr("如 EA123456789CN"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("收件人"), self.recipient)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("收件地址"), self.address)
        form.addRow(self.tr("寄递公司"), self.carrier)
        form.addRow(self.tr("运单号"), self.tracking)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.mailing = check_mailing(self.recipient.text(), self.phone.text(), self.address.text(),
                                         self.carrier.currentData(), self.tracking.text())
        except HallError as exc:
            self.error.setText(ops.message_of(exc))
            return
        super().accept()
