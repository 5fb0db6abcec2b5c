"""电子证照: the applicant's (and agent's) licences looked up in the centre's library by ID or USCC, to
replace a paper material. Expired licences are flagged and cannot be chosen; the core checks the kind
and validity again when the licence is used (``hall.cases.use_elicence``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallclient import clock
from hallclient.domain.elicence import ELicence
from hallclient.domain.masking import mask_id_number
from hallclient.services.case_views import CaseDetail, ChecklistRow
from sync.elicences import lookup
from ui import ops
from ui.context import AppContext
from ui.queue.message import MessageLine

LICENCE = Qt.ItemDataRole.UserRole


class ELicenceDialog(QDialog):
    def __init__(self, ctx: AppContext, case: CaseDetail, row: ChecklistRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case, self.row = ctx, case, row
        self.setObjectName("elicenceDialog")
        self.setWindowTitle(self.tr("电子证照"))
        self.resize(760, 420)
        wanted = row.elicence_type or self.tr("（该材料不能以电子证照代替）")
        self.heading = QLabel(self.tr("「{material}」可用：{kind}").format(material=row.name, kind=wanted))
        self.heading.setObjectName("dialogHeading")
        self.licences = QListWidget()
        self.licences.setObjectName("elicenceList")
        self.message = MessageLine()
        self.use_button = QPushButton(self.tr("使用所选证照  (Enter)"))
        self.use_button.setObjectName("primaryButton")
        self.use_button.setDefault(True)
        self.use_button.setEnabled(False)
        cancel = QPushButton(self.tr("取消  (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.licences, 1)
        layout.addLayout(buttons)
        self.use_button.clicked.connect(self.use)
        self.licences.itemActivated.connect(lambda _item: self.use())
        cancel.clicked.connect(self.reject)

    def holders(self) -> list[str]:
        """Whose licences may stand in: the applicant (ID or USCC) and the agent."""
        ids = [self.case.applicant.id_number]
        if self.case.agent is not None:
            ids.append(self.case.agent.id_number)
        return ids

    async def load(self) -> None:
        holders = self.holders()
        self.message.show_message(self.tr("正在查询电子证照库（{holders}）…").format(
            holders="、".join(mask_id_number(h) for h in holders)))
        client = self.ctx.client
        found: list[ELicence] = await ops.net(lambda: [e for h in holders for e in lookup(client, h)])
        self.show_licences(found)

    def show_licences(self, licences: list[ELicence]) -> None:
        today = clock.hall_today()
        self.licences.clear()
        # the kind the material names first, valid before expired
        for licence in sorted(licences, key=lambda e: (e.type != self.row.elicence_type, e.expired(today))):
            until = licence.valid_until.isoformat() if licence.valid_until else self.tr("长期有效")
            text = self.tr("{kind}　{number}　{issuer}　有效期至 {until}").format(
                kind=licence.type, number=licence.number, issuer=licence.issuer, until=until)
            entry = QListWidgetItem(text)
            entry.setData(LICENCE, licence)
            if licence.expired(today):
                entry.setText(self.tr("{licence}　（已过期，不能使用）").format(licence=text))
                entry.setForeground(QBrush(QColor("#c8102e")))
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.licences.addItem(entry)
        usable = [i for i in range(self.licences.count()) if self._usable(self.licences.item(i))]
        if usable:
            self.licences.setCurrentRow(usable[0])
            self.licences.setFocus()
        self.use_button.setEnabled(bool(usable))
        self.message.show_message(self.tr("找到 {n} 个电子证照").format(n=len(licences)) if licences
                                  else self.tr("电子证照库中没有该申请人的证照"), "info" if usable else "warning")

    def _usable(self, entry: QListWidgetItem) -> bool:
        licence: ELicence = entry.data(LICENCE)
        return bool(entry.flags() & Qt.ItemFlag.ItemIsEnabled) and licence.type == self.row.elicence_type

    def use(self) -> None:
        entry = self.licences.currentItem()
        if entry is None or not entry.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        ops.spawn(self._use(entry.data(LICENCE)), on_error=self.message.show_error, key=(self, "use"))

    async def _use(self, licence: ELicence) -> None:
        hall, case_id, material_id, actor = self.ctx.hall, self.case.id, self.row.id, self.ctx.user.username
        await ops.db(lambda: hall.cases.use_elicence(case_id, material_id, licence, actor=actor))
        self.accept()
