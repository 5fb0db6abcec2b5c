"""The open case at a glance: its number, status, applicant (ID and phone masked, DOMAIN.md §9),
items and promised completion date with the 暂定 mark."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from hallclient.domain.masking import mask_id_number, mask_phone
from hallclient.services.case_views import CaseDetail
from hallclient.services.catalog import ItemDetail
from ui.acceptance.timeline import deadline_label


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.number = QLabel()
        self.number.setObjectName("caseNumber")
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.applicant = QLabel()
        self.applicant.setObjectName("caseApplicant")
        self.items = QLabel()
        self.items.setObjectName("caseItems")
        self.items.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setObjectName("caseDeadline")
        self.provisional = QLabel(self.tr("暂定"))
        self.provisional.setObjectName("provisionalMark")
        layout = QGridLayout(self)
        layout.addWidget(self.number, 0, 0)
        layout.addWidget(self.status, 0, 1)
        layout.addWidget(self.deadline, 0, 2)
        layout.addWidget(self.provisional, 0, 3)
        layout.addWidget(self.applicant, 1, 0, 1, 4)
        layout.addWidget(self.items, 2, 0, 1, 4)
        layout.setColumnStretch(2, 1)

    def show_case(self, case: CaseDetail, items: Sequence[ItemDetail]) -> None:
        self.number.setText(self.tr("办件编号 {number}").format(number=case.number))
        self.status.setText(QCoreApplication.translate("core", case.status_label))
        self.status.setProperty("status", int(case.status))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        who = self.tr("申请人：{name}　证件：{id}　电话：{phone}").format(
            name=case.applicant.name, id=mask_id_number(case.applicant.id_number),
            phone=mask_phone(case.applicant.phone) or "—")
        if case.agent is not None:
            who += self.tr("　代办人：{name}（{id}）").format(name=case.agent.name,
                                                       id=mask_id_number(case.agent.id_number))
        self.applicant.setText(who)
        self.items.setText(self.tr("办理事项：{items}").format(items="、".join(i.name for i in items)))
        self.deadline.setText(self.tr("承诺办结：{day}").format(day=deadline_label(case.deadline)))
        self.provisional.setVisible(case.deadline is not None and case.deadline.provisional)
