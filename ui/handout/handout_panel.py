"""出件 at the window: pick a waiting result (or the one the called 取件号 is for), verify, sign, hand over.

The order is fixed by the buttons: 确认出件 is enabled only when the ID presented (typed, or read from
the card reader) was checked with no mismatch left — the check lists every mismatch at once — and the
applicant has signed. The signature PNG is stored by SHA-256 with the case (and uploaded like a
scan), then the core records 已出件 with time, window and clerk, and the pickup slip prints.
``handed_over`` carries the core's :class:`~hallclient.services.results.HandedOver` of each hand-over.

A 取件号 ends with its last result: the card then finishes (办结) the window's ticket itself — the
clerk has nothing left to do for this applicant, and a forgotten F5 would hold the window — and emits
``service_ended`` once for the visit, which prompts the evaluation device (one evaluation per visit;
the ticket's own 办结 prompt knows the visit was rated, ``hall.evaluations.end_of_ticket``). Results
of the same 取件号 still waiting are shown next instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hallclient import clock
from hallclient.changes import Changes
from hallclient.devices.idcard import IdCard, IdCardError, IdCardReader, open_reader
from hallclient.domain.cases import CASE_STATUS_LABELS, CaseStatus
from hallclient.domain.handout import IdSource, Presented, ResultState
from hallclient.domain.masking import mask_id_number
from hallclient.domain.tickets import TicketKind
from hallclient.errors import HallError, ValidationError
from hallclient.services.results import HandedOver, ResultView
from printers.handout_slips import Handover, mailing_slip, pickup_slip
from sync.results import HandoutApi
from ui import ops
from ui.context import AppContext
from ui.handout.mail_dialog import MailDialog
from ui.handout.printing import print_slip
from ui.handout.signature_pad import SignaturePad
from ui.handout.waiting_list import WaitingResults, document_text
from ui.queue.busy import OneAtATime
from ui.queue.dialogs import ask
from ui.queue.message import MessageLine
from ui.queue.panel import LivePanel, restyle


class HandoutCard(LivePanel):
    """The chosen result, the ID check with its mismatches, the signature pad and the two ways out."""

    handed_over = Signal(object)
    #: (HandedOver) the applicant's hand-out visit ended (the last result of its 取件号, or a chosen one)
    service_ended = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("HandoutCard", "出件核验"), parent)
        self.ctx = ctx
        self.api = HandoutApi(ctx.hall, ctx.client)
        self.reader: IdCardReader | None = None
        self.result: ResultView | None = None
        self.verified: Presented | None = None
        self.by_centre = False
        self.card: IdCard | None = None
        self.last: HandedOver | None = None
        self.dialog: MailDialog | None = None  # the open question, if any (tests answer it)
        self._ticket_id: str | None = None
        #: (ticket number or None, results waiting on it) the summary was shown for; a refresh keeps it
        self._shown_for: tuple[str | None, int] = (None, 1)
        self.actions = OneAtATime(self._failed, lambda _busy: self._update())

        self.summary = QLabel(self.tr("请在左侧选择待出件的结果，或呼叫取件号"))
        self.summary.setObjectName("handoutSummary")
        self.summary.setWordWrap(True)
        self.id_edit = QLineEdit(placeholderText=self.tr("领取人身份证号码"), maxLength=18)
        self.id_edit.setObjectName("issueField")
        self.read_button = QPushButton(self.tr("读身份证"))
        self.verify_button = QPushButton(self.tr("核验"))
        self.check = QLabel()
        self.check.setObjectName("handoutCheck")
        self.check.setWordWrap(True)
        self.pad = SignaturePad()
        self.clear_button = QPushButton(self.tr("重新签名"))
        self.handout_button = QPushButton(self.tr("确认出件"))
        self.handout_button.setObjectName("primaryAction")
        self.mail_button = QPushButton(self.tr("邮寄送达…"))
        self.message = MessageLine()

        id_row = QHBoxLayout()
        id_row.addWidget(self.id_edit, 1)
        id_row.addWidget(self.read_button)
        id_row.addWidget(self.verify_button)
        sign_row = QHBoxLayout()
        sign_row.addWidget(QLabel(self.tr("申请人签名")), 1)
        sign_row.addWidget(self.clear_button)
        buttons = QGridLayout()
        buttons.addWidget(self.handout_button, 0, 0)
        buttons.addWidget(self.mail_button, 0, 1)
        for part in (self.summary, id_row, self.check, sign_row, self.pad, buttons, self.message):
            if isinstance(part, QWidget):
                self.body.addWidget(part, 3 if part is self.pad else 0)
            else:
                self.body.addLayout(part)

        self.id_edit.textEdited.connect(self._typed)
        self.id_edit.returnPressed.connect(self.verify)
        self.verify_button.clicked.connect(self.verify)
        self.read_button.clicked.connect(self.read_card)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update)
        self.handout_button.clicked.connect(self.hand_out)
        self.mail_button.clicked.connect(self.mail)
        self._update()

    # --- what is shown ---------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        return changes.tickets or changes.results

    async def refresh(self) -> None:
        """Follow the window's called 取件号 to its results; keep the chosen result current."""
        current = await ops.db(lambda: self.ctx.hall.queue.current(self.ctx.window_id))
        ticket = current.ticket if current is not None and current.ticket.kind == TicketKind.PICKUP else None
        if ticket is not None and ticket.id != self._ticket_id:
            linked = await ops.db(lambda: self.ctx.hall.results.for_ticket(ticket.id))
            waiting = [r for r in linked if r.state == "waiting"]
            if waiting:
                self._ticket_id = ticket.id
                self.show_result(waiting[0], ticket.number, len(waiting))
                return
        if self.result is not None:
            result_id = self.result.id
            fresh = await ops.db(lambda: self.ctx.hall.results.get(result_id))
            if fresh is not None:
                self.result = fresh
                self._show_summary(*self._shown_for)

    def choose(self, result_id: str) -> None:
        ops.spawn(self._choose(result_id), on_error=self.message.show_error, key=(self, "choose"))

    async def _choose(self, result_id: str) -> None:
        result = await ops.db(lambda: self.ctx.hall.results.get(result_id))
        if result is not None:
            self.show_result(result, None, 1)

    def show_result(self, result: ResultView, ticket_number: str | None, count: int) -> None:
        self.result, self.verified, self.card, self.by_centre = result, None, None, False
        self.id_edit.clear()
        self.check.clear()
        self.pad.clear()
        self.message.clear()
        self._shown_for = (ticket_number, count)
        self._show_summary(ticket_number, count)
        self._update()

    def _show_summary(self, ticket_number: str | None, count: int) -> None:
        result = self.result
        if result is None:
            return
        document, _colour = document_text(result)
        lines = [self.tr("办件编号：{number}").format(number=result.case_number),
                 self.tr("申请人：{name}（{id}）").format(name=result.applicant_name, id=result.id_number),
                 self.tr("办理事项：{items}").format(items="、".join(result.item_names)),
                 self.tr("办理结果：{outcome}　结果文书：{document}（{state}）").format(
                     outcome=QCoreApplication.translate("core", CASE_STATUS_LABELS[CaseStatus(result.outcome)]),
                     document=result.document_name, state=document)]
        if ticket_number:
            lines.insert(0, self.tr("取件号 {number}：{count} 件结果待领取").format(number=ticket_number, count=count))
        if result.paper:
            lines.append(self.tr("纸质结果送达窗口后当面交付"))
        self.summary.setText("\n".join(lines))

    def _update(self) -> None:
        ready = self.result is not None and not self.actions.busy
        self.id_edit.setEnabled(ready)
        self.read_button.setEnabled(ready)
        self.verify_button.setEnabled(ready)
        self.mail_button.setEnabled(ready)
        self.handout_button.setEnabled(ready and self.verified is not None and not self.pad.is_empty())

    def _typed(self) -> None:
        """A changed ID undoes the check: the hand-over needs the check of what is in the field now."""
        self.verified, self.card = None, None
        self.check.clear()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)

    # --- verification ----------------------------------------------------------------------------

    def read_card(self) -> None:
        self.actions.start(self._read_card)

    async def _read_card(self) -> None:
        reader = self.reader or open_reader(self.ctx.hall.settings["id_reader"])
        if reader is None:
            raise IdCardError("未设置身份证阅读器，请手工输入证件号码")
        self.card = await ops.net(reader.read)
        self.id_edit.setText(self.card.id_number)
        await self._verify(Presented(self.card.id_number, self.card.name, IdSource.READER))

    def verify(self) -> None:
        self.actions.start(lambda: self._verify(Presented(self.id_edit.text().strip().upper())))

    async def _verify(self, presented: Presented) -> None:
        assert self.result is not None
        result_id = self.result.id
        self.verified = None
        problems, self.by_centre = await ops.net(lambda: self.api.verify(result_id, presented))
        if problems:
            self.check.setText("\n".join("✗ " + ops.message_of(p) for p in problems))
            restyle(self.check, "level", "error")
        else:
            self.verified = presented
            self.check.setText(self.tr("✓ 核验通过：{id} 与受理记录一致，请申请人签名").format(
                id=mask_id_number(presented.id_number)))
            restyle(self.check, "level", "ok")

    @property
    def mismatches(self) -> list[str]:
        """The mismatch lines shown now (empty when the check passed or was not made)."""
        return [line[2:] for line in self.check.text().splitlines() if line.startswith("✗ ")]

    # --- hand-over -------------------------------------------------------------------------------

    def hand_out(self) -> None:
        self.actions.start(self._hand_out)

    async def _hand_out(self) -> None:
        result, presented = self.result, self.verified
        if result is None or presented is None:
            raise ValidationError("请先核验领取人身份")
        png = self.pad.png()
        if not png:
            raise ValidationError("请申请人先在签名板上签名")
        hall, ctx = self.ctx.hall, self.ctx
        sha = await ops.net(lambda: hall.files.add(png, filename=f"签名-{result.case_number}.png", mime="image/png",
                                                   case_id=result.case_id).value)
        handed = (await ops.db(lambda: hall.results.hand_out(
            result.id, presented, sha, window_id=ctx.window_id, clerk=ctx.user.username,
            checked_by_centre=self.by_centre, initiator=self))).value
        slip = pickup_slip(await self._handover(handed, result), presented.id_number, presented.source)
        await self._finished(handed, await print_slip(ctx, slip))
        await self._end_visit(handed, result.pickup_ticket_id)

    def mail(self) -> None:
        self.actions.start(self._mail)

    async def _mail(self) -> None:
        result = self.result
        if result is None:
            return
        self.dialog = MailDialog(result.applicant_name, self)
        accepted = await ask(self.dialog)
        mailing, self.dialog = self.dialog.mailing, None
        if not accepted or mailing is None:
            return
        hall, ctx = self.ctx.hall, self.ctx
        handed = (await ops.db(lambda: hall.results.mail(result.id, mailing, window_id=ctx.window_id,
                                                         clerk=ctx.user.username, initiator=self))).value
        slip = mailing_slip(await self._handover(handed, result), mailing.masked())
        await self._finished(handed, await print_slip(ctx, slip))
        await self._end_visit(handed, result.pickup_ticket_id)

    async def _handover(self, handed: HandedOver, result: ResultView) -> Handover:
        config = self.ctx.hall.config
        hall_name = await ops.db(lambda: config.setting("hall.name", ""))
        windows = await ops.db(config.windows)
        number = next((str(w.number) for w in windows if w.id == handed.window_id), handed.window_id)
        return Handover(hall_name, handed.case_number, result.outcome, handed.item_names, handed.document_name, number,
                        self.ctx.user.display_name, clock.to_hall(handed.at), handed.applicant_name)

    async def _finished(self, handed: HandedOver, printed: str) -> None:
        self.last = handed
        done = self.tr("办件 {number} 已出件").format(number=handed.case_number) if handed.state == "handed_out" \
            else self.tr("办件 {number} 已寄出").format(number=handed.case_number)
        self.result, self.verified, self.card = None, None, None
        self.id_edit.clear()
        self.check.clear()
        self.pad.clear()
        self.summary.setText(done)
        self.message.show_message(f"{done}；{printed}", "info")
        self.handed_over.emit(handed)

    async def _end_visit(self, handed: HandedOver, ticket_id: str | None) -> None:
        """Show the 取件号's next waiting result, or finish the ticket and end the visit (see the module)."""
        hall, window_id = self.ctx.hall, self.ctx.window_id
        if ticket_id is not None:
            waiting = [r for r in await ops.db(lambda: hall.results.for_ticket(ticket_id))
                       if r.state == ResultState.WAITING]
            if waiting:
                done = self.message.text()
                self._ticket_id = ticket_id
                self.show_result(waiting[0], waiting[0].pickup_number, len(waiting))
                self.message.show_message(done, "info")
                return
            current = await ops.db(lambda: hall.queue.current(window_id))
            if current is not None and current.ticket.id == ticket_id:
                await self._finish_ticket(handed, ticket_id, current.ticket.number)
        self.service_ended.emit(handed)

    async def _finish_ticket(self, handed: HandedOver, ticket_id: str, number: str) -> None:
        """办结 the 取件号 (offline too: the queue notes it and syncs); a refusal leaves F5 to the clerk."""
        window_id, done = self.ctx.window_id, self.message.text()
        try:
            await ops.net(lambda: self.api.queue.finish(window_id, ticket_id, case_number=handed.case_number))
        except HallError as exc:
            self.message.show_message(self.tr("{done}；取件号 {number} 未能自动办结（{reason}），请按 F5 办结").format(
                done=done, number=number, reason=ops.message_of(exc)), "error")
            return
        self.message.show_message(self.tr("{done}；取件号 {number} 已办结").format(done=done, number=number), "info")


class HandoutArea(QWidget):
    """The window's 出件 tab: 待出件 on the left, the hand-out card on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting = WaitingResults(ctx)
        self.card = HandoutCard(ctx)
        self.panels = (self.waiting, self.card)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self.waiting)
        layout.addLayout(left, 3)  # the list's item names and case numbers need the width; the card wraps
        layout.addWidget(self.card, 2)
        self.waiting.chosen.connect(self.card.choose)
