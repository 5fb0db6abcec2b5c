"""Opening a case (已接件) from the called ticket or for a walk-in: the applicant, an optional 代办人,
the items (the ticket's item preselected) and the 投资项目代码 where an item needs it.

The form is keyboard-first: Enter moves to the next field, Ctrl+Enter opens the case, Alt+1 / Alt+2
switch between 自然人 and 法人. Every rule is the core's (``hall.cases.open_case``): its refusal is
shown in place and the form stays as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallclient import clock
from hallclient.domain.ids import validate_id_card, validate_phone, validate_project_code, validate_uscc
from hallclient.domain.intake import ID_TYPES, Applicant, ApplicantKind, Person, check_document
from hallclient.services.catalog import ItemDetail
from hallclient.services.queue import TicketView
from ui import ops
from ui.acceptance.fields import CheckedField, Validator
from ui.acceptance.items import ItemPicker
from ui.context import AppContext
from ui.queue.message import MessageLine

ID_LENGTH = 18  # 居民身份证 and 统一社会信用代码 alike
#: The names of the domain's ``ID_TYPES`` for the translation tool (lupdate cannot read the domain).
ID_TYPE_NAMES = {
    "id_card": QT_TRANSLATE_NOOP("IntakeForm", "居民身份证"),
    "passport": QT_TRANSLATE_NOOP("IntakeForm", "护照"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("IntakeForm", "港澳居民来往内地通行证"),
    "taiwan_permit": QT_TRANSLATE_NOOP("IntakeForm", "台湾居民来往大陆通行证"),
}
PHONE_LENGTH = 11
FORM_WIDTH = 980


def _id_card(text: str) -> object:
    return validate_id_card(text, today=clock.hall_today())


def document_validator(id_type: str) -> Validator:
    """The core's check of a person's document number (the 居民身份证 has a check digit, GB 11643)."""
    if id_type == "id_card":
        return _id_card
    return lambda text: check_document(id_type, text, today=clock.hall_today(), label="申请人")


class IntakeForm(QWidget):
    """``opened(case_id)`` after the core opened the case."""

    opened = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ticket: TicketView | None = None
        self.ticket_label = QLabel()
        self.ticket_label.setObjectName("intakeTicket")
        self.person_button = QPushButton(self.tr("自然人  (Alt+1)"), checkable=True, checked=True)
        self.company_button = QPushButton(self.tr("法人或其他组织  (Alt+2)"), checkable=True)
        kinds = QButtonGroup(self)
        for button in (self.person_button, self.company_button):
            button.setObjectName("kindToggle")
            kinds.addButton(button)
        self.name = QLineEdit()
        self.name.setObjectName("intakeField")
        self.id_type = QComboBox()
        for code, label in ID_TYPES.items():
            self.id_type.addItem(self.tr(ID_TYPE_NAMES.get(code, label)), code)
        self.number = CheckedField("", _id_card, complete=ID_LENGTH)
        self.legal_rep = QLineEdit(placeholderText=self.tr("法定代表人姓名"))
        self.legal_rep.setObjectName("intakeField")
        self.phone = CheckedField(self.tr("手机号或带区号的座机"), validate_phone, complete=PHONE_LENGTH)
        self.with_agent = QCheckBox(self.tr("由代办人办理（材料清单将加入授权委托书和代办人身份证明）"))
        self.agent_name = QLineEdit(placeholderText=self.tr("代办人姓名"))
        self.agent_name.setObjectName("intakeField")
        self.agent_number = CheckedField(self.tr("代办人居民身份证号码"), _id_card, complete=ID_LENGTH)
        self.agent_phone = CheckedField(self.tr("代办人联系电话"), validate_phone, complete=PHONE_LENGTH)
        self.items = ItemPicker(ctx)
        self.project_code = CheckedField(self.tr("如 2026-330602-70-03-012345"), validate_project_code, complete=24)
        self.message = MessageLine()
        self.open_button = QPushButton(self.tr("开始受理  (Ctrl+Enter)"))
        self.open_button.setObjectName("primaryButton")

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.person_button)
        kind_row.addWidget(self.company_button)
        kind_row.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("申请人类型"), kind_row)
        self.form.addRow(self.tr("申请人姓名"), self.name)
        self.form.addRow(self.tr("证件类型"), self.id_type)
        self.form.addRow(self.tr("证件号码"), self.number)
        self.form.addRow(self.tr("法定代表人"), self.legal_rep)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.form.addRow("", self.with_agent)
        self.form.addRow(self.tr("代办人"), self.agent_name)
        self.form.addRow(self.tr("代办人证件"), self.agent_number)
        self.form.addRow(self.tr("代办人电话"), self.agent_phone)
        self.form.addRow(self.tr("办理事项"), self.items)
        self.form.addRow(self.tr("投资项目代码"), self.project_code)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.open_button)
        fields = QWidget()
        fields.setLayout(self.form)
        fields.setMaximumWidth(FORM_WIDTH)  # a form, not a spreadsheet: short lines stay readable
        layout = QVBoxLayout(self)
        layout.addWidget(self.ticket_label)
        layout.addWidget(fields)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self.person_button.toggled.connect(lambda _on: self._show_kind())
        self.id_type.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.with_agent.toggled.connect(lambda _on: self._show_agent())
        self.items.changed.connect(self._items_changed)
        self.open_button.clicked.connect(self.submit)
        for field in self._chain():
            field.returnPressed.connect(lambda f=field: self._next(f))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.submit)
        QShortcut(QKeySequence("Alt+1"), self, activated=self.person_button.click)
        QShortcut(QKeySequence("Alt+2"), self, activated=self.company_button.click)
        self._show_kind()
        self._show_agent()
        self._items_changed([])

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def kind(self) -> ApplicantKind:
        return ApplicantKind.PERSON if self.person_button.isChecked() else ApplicantKind.ORGANISATION

    def _show_kind(self) -> None:
        person = self.kind == ApplicantKind.PERSON
        self.form.labelForField(self.name).setText(self.tr("申请人姓名") if person else self.tr("单位名称"))
        self.form.labelForField(self.number).setText(self.tr("证件号码") if person else self.tr("统一社会信用代码"))
        self.name.setPlaceholderText(self.tr("与证件一致的姓名") if person else self.tr("与营业执照一致的单位全称"))
        self.form.setRowVisible(self.id_type, person)
        self.form.setRowVisible(self.legal_rep, not person)
        id_type = self.id_type.currentData()
        if person:
            self.number.edit.setPlaceholderText(self.tr("18 位居民身份证号码") if id_type == "id_card"
                                                else self.tr("证件号码"))
            self.number.set_validator(document_validator(id_type), ID_LENGTH if id_type == "id_card" else 0)
        else:
            self.number.edit.setPlaceholderText(self.tr("18 位统一社会信用代码"))
            self.number.set_validator(validate_uscc, ID_LENGTH)

    def _show_agent(self) -> None:
        on = self.with_agent.isChecked()
        for field in (self.agent_name, self.agent_number, self.agent_phone):
            self.form.setRowVisible(field, on)

    def _items_changed(self, details: list[ItemDetail]) -> None:
        needs_code = any(item.needs_project_code for item in details)
        self.form.setRowVisible(self.project_code, needs_code)

    def _chain(self) -> list[QLineEdit]:
        """The fields Enter walks through, in order (hidden ones are skipped)."""
        return [self.name, self.number.edit, self.legal_rep, self.phone.edit, self.agent_name, self.agent_number.edit,
                self.agent_phone.edit, self.items.finder.search, self.project_code.edit]

    def _next(self, field: QLineEdit) -> None:
        if field is self.items.finder.search:
            return  # Enter there adds an item
        chain = self._chain()
        following = [f for f in chain[chain.index(field) + 1:] if f.isVisibleTo(self)]
        if following:
            following[0].setFocus()

    # --- the ticket and a fresh start ------------------------------------------------------------

    def start(self, ticket: TicketView | None) -> None:
        """A blank form for ``ticket`` (the called one) or a walk-in; its item, if any, preselected."""
        self.ticket = ticket
        if ticket is None:
            self.ticket_label.setText(self.tr("当前无号票：现场来人可直接受理（无号办件）"))
        else:
            zone = ticket.zone_name or ""
            self.ticket_label.setText(self.tr("从号票 {number}（{zone}）受理").format(number=ticket.number, zone=zone))
        for edit in (self.name, self.legal_rep, self.agent_name):
            edit.clear()
        for field in (self.number, self.phone, self.agent_number, self.agent_phone, self.project_code):
            field.edit.clear()
        self.with_agent.setChecked(False)
        self.person_button.setChecked(True)
        self.message.clear()
        self.items.set_codes([ticket.item_code] if ticket is not None and ticket.item_code else [])
        self.name.setFocus()

    # --- opening the case ------------------------------------------------------------------------

    def applicant(self) -> Applicant:
        phone = self.phone.text() or None
        if self.kind == ApplicantKind.PERSON:
            return Applicant(ApplicantKind.PERSON, self.name.text(), self.number.text(), self.id_type.currentData(),
                             phone)
        return Applicant(ApplicantKind.ORGANISATION, self.name.text(), self.number.text(), phone=phone,
                         legal_rep=self.legal_rep.text())

    def agent(self) -> Person | None:
        if not self.with_agent.isChecked():
            return None
        return Person(self.agent_name.text(), self.agent_number.text(), phone=self.agent_phone.text() or None)

    def submit(self) -> None:
        ops.spawn(self._open(), on_error=self._refused, key=(self, "open"))

    async def _open(self) -> None:
        hall, ctx = self.ctx.hall, self.ctx
        applicant, agent, ticket = self.applicant(), self.agent(), self.ticket
        codes, bundle = self.items.codes(), self.items.bundle
        project_code = self.project_code.text() if self.form.isRowVisible(self.project_code) else None
        self.open_button.setEnabled(False)
        try:
            case_id = await ops.db(lambda: hall.cases.open_case(
                applicant=applicant, items=codes, bundle_code=bundle, agent=agent, project_code=project_code,
                window_id=ctx.window_id, ticket_id=ticket.id if ticket else None,
                ticket_number=ticket.number if ticket else None, clerk=ctx.user.username).value)
        finally:
            self.open_button.setEnabled(True)
        self.opened.emit(case_id)

    def _refused(self, exc: BaseException) -> None:
        """The core's reason in place; the form keeps everything typed."""
        self.message.show_message(ops.message_of(exc), "error")
