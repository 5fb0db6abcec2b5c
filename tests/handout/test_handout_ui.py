"""The hand-out through the real UI and the real central service (issue 6 §1–3).

accepted case → back office finishes (test endpoint) → result in 待出件 via the long-polled feed →
取件号 issued at the guide desk → called at the window → a wrong ID is flagged → the card reader's ID
passes → the applicant signs → 确认出件 → 已出件 at the centre (once), signature uploaded, slip printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from central.models import Attachment
from hallclient.devices.idcard import FakeIdCardReader, IdCard
from tests.conftest import UiHarness
from tests.handout.conftest import OTHER_ID, PERSON, accept, finish
from tests.handout.helpers import central_read, core, draw, result_row, workspaces
from tests.printers.escpos_decode import decode


def test_result_to_pickup_to_signed_hand_out(ui: UiHarness, qtbot: Any, central: Any, tmp_path: Path) -> None:
    hall, client = ui.ctx.hall, ui.ctx.client
    ui.ctx.sync.start()
    guide, clerk = workspaces(ui, qtbot)
    case_id = core(ui, lambda: accept(hall, client))
    result_id = core(ui, lambda: finish(client, case_id, 11))

    # the result reaches both 待出件 lists through the change feed, and its document is verified
    waiting = clerk.handout.waiting
    ui.wait_until(lambda: waiting.row_of(result_id) >= 0 and guide.pickup.waiting.row_of(result_id) >= 0)
    ui.wait_until(lambda: waiting.results[waiting.row_of(result_id)].document_verified, timeout=15)
    ui.settle()
    row = waiting.row_of(result_id)
    assert waiting.table.item(row, 4).text() == "已核验"
    assert waiting.table.item(row, 6).text().endswith("分钟")

    # 取件号 by ID number at the guide desk
    guide.pickup.query.setText(PERSON.id_number)
    guide.pickup.issue_button.click()
    ui.wait_until(lambda: guide.pickup.last is not None)
    number = guide.pickup.last.issued.ticket.number
    assert number.startswith("Q") and number in guide.pickup.issued.text()

    # the window calls it: the hand-out card shows its result
    clerk.activateWindow()
    qtbot.waitUntil(clerk.isActiveWindow, timeout=3000)
    qtbot.keyClick(clerk, Qt.Key.Key_F1)
    card = clerk.handout.card
    ui.wait_until(lambda: card.result is not None and card.result.id == result_id)
    clerk.acceptance.setCurrentWidget(clerk.handout)
    ui.settle()
    assert f"取件号 {number}" in card.summary.text()
    ui.run(card.refresh())  # a later change (the document verified, a ticket moved) keeps the 取件号 line
    assert f"取件号 {number}：1 件结果待领取" in card.summary.text()

    # a wrong ID is flagged and blocks the hand-over
    card.id_edit.setText(OTHER_ID)
    card.verify_button.click()
    ui.wait_until(lambda: bool(card.mismatches))
    assert "与受理记录中的申请人或代办人" in card.mismatches[0]
    assert not card.handout_button.isEnabled()

    # the card reader's ID and name match; the applicant signs
    card.reader = FakeIdCardReader([IdCard("王建军", PERSON.id_number)])
    card.read_button.click()
    ui.wait_until(lambda: card.verified is not None)
    assert card.mismatches == [] and "核验通过" in card.check.text()
    assert not card.handout_button.isEnabled()  # not signed yet
    draw(card.pad, [(40, 60), (80, 90), (140, 50), (200, 100)])
    assert not card.pad.is_empty() and card.handout_button.isEnabled()

    slip = tmp_path / "pickup.bin"
    hall.settings.update(ticket_printer=slip.as_uri(), ticket_paper_mm=80)
    handed: list[Any] = []
    card.handed_over.connect(handed.append)
    card.handout_button.click()
    ui.wait_until(lambda: card.last is not None)
    assert handed and handed[0].case_number == card.last.case_number and handed[0].window_id == "W05"
    assert "已出件" in card.message.text()
    printed = decode(slip.read_bytes())
    assert "取件凭条" in printed.text and handed[0].case_number in printed.text
    assert PERSON.id_number not in printed.text and "330602********0314" in printed.text
    ui.wait_until(lambda: waiting.row_of(result_id) < 0)

    # the centre has it once, with window, clerk and the signature that was uploaded
    ui.wait_until(lambda: result_row(central, result_id).state == "handed_out", timeout=15)
    row_ = result_row(central, result_id)
    assert (row_.handed_out_window, row_.handed_out_clerk, row_.verified_by) == ("W05", "demo", "reader")
    ui.wait_until(lambda: central_read(central, lambda s: s.scalar(select(Attachment.case_id).where(
        Attachment.sha256 == row_.signature_sha256))) == case_id, timeout=15)
    assert core(ui, hall.outbox.summary).rejected == 0


def test_mail_delivery_through_the_window(ui: UiHarness, qtbot: Any, central: Any, tmp_path: Path) -> None:
    hall, client = ui.ctx.hall, ui.ctx.client
    ui.ctx.sync.start()
    _guide, clerk = workspaces(ui, qtbot)
    result_id = core(ui, lambda: finish(client, accept(hall, client), 12))
    waiting, card = clerk.handout.waiting, clerk.handout.card
    clerk.acceptance.setCurrentWidget(clerk.handout)
    ui.wait_until(lambda: waiting.row_of(result_id) >= 0)
    waiting.chosen.emit(result_id)
    ui.wait_until(lambda: card.result is not None)
    slip = tmp_path / "mail.bin"
    hall.settings.update(ticket_printer=slip.as_uri(), ticket_paper_mm=58)
    card.mail_button.click()
    ui.wait_until(lambda: card.dialog is not None)
    dialog = card.dialog
    dialog.phone.setText("1390575")
    dialog.address.setText("浙江省绍兴市越城区人民中路 100 号")
    dialog.tracking.setText("ea123456789cn")
    dialog.accept()
    assert "电话号码格式不正确" in dialog.error.text() and dialog.isVisible()  # nothing typed is lost
    dialog.phone.setText("13905751234")
    dialog.accept()
    ui.wait_until(lambda: card.last is not None)
    assert card.last.state == "mailed" and "已寄出" in card.message.text()
    printed = decode(slip.read_bytes())
    assert "邮寄凭条" in printed.text and "EA123456789CN" in printed.text and "139****1234" in printed.text
    ui.wait_until(lambda: result_row(central, result_id).state == "mailed", timeout=15)
    delivery = result_row(central, result_id).delivery
    assert delivery["tracking_number"] == "EA123456789CN" and "notice_text" in delivery


def test_a_tampered_document_is_shown_as_rejected_never_as_valid(ui: UiHarness, qtbot: Any, central: Any) -> None:
    from central.api.cases import _store

    hall, client = ui.ctx.hall, ui.ctx.client
    _guide, clerk = workspaces(ui, qtbot)
    result_id = core(ui, lambda: finish(client, accept(hall, client)))
    sha = result_row(central, result_id).document_sha256
    _store(central.app.state.central).blob(sha).write_bytes(b"%PDF-1.4 not the document that was signed")
    ui.ctx.sync.start()
    waiting = clerk.handout.waiting
    ui.wait_until(lambda: waiting.row_of(result_id) >= 0 and "校验不符" in waiting.table.item(
        waiting.row_of(result_id), 4).text(), timeout=15)
    assert not core(ui, lambda: hall.results.get(result_id)).document_verified


def test_signature_pad_takes_pen_and_touch(ui: UiHarness, qtbot: Any) -> None:
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtTest import QTest

    from ui.handout.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    pen = QPointingDevice.primaryPointingDevice()
    for kind, x in ((QEvent.Type.TabletPress, 20), (QEvent.Type.TabletMove, 60), (QEvent.Type.TabletRelease, 90)):
        point = QPointF(x, 50)
        QApplication.sendEvent(pad, QTabletEvent(kind, pen, point, pad.mapToGlobal(point), 0.8, 0, 0, 0, 0, 0,
                                                 Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                                                 Qt.MouseButton.LeftButton))
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) == 2 and pad.strokes[0][0][1] > 3.0  # pressure
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(30, 120))
    QTest.touchEvent(pad, screen).move(0, QPoint(120, 140))
    QTest.touchEvent(pad, screen).release(0, QPoint(180, 130))
    assert len(pad.strokes) == 2 and len(pad.strokes[1]) >= 3
    png = pad.png()
    assert png.startswith(b"\x89PNG")
    pad.clear()
    assert pad.is_empty() and pad.png() == b""
