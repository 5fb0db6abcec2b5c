"""The whole window flow through the real UI and the real central service: a called ticket → a case of two
items → materials checked by key → pages imported and made into a PDF → 补正 with a key material missing →
the applicant comes back → 受理 → the receipt's text → the material's PDF at the centre, SHA-256 equal."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from central.models import Attachment
from central.uploads import Store, files_dir
from tests.acceptance_ui.helpers import (
    COMPANY_SETUP,
    PERSON,
    SOCIAL_INSURANCE,
    answer_print,
    call_ticket,
    case_of,
    focused,
    key,
    pdf_pages,
    pdf_text,
    row_index,
    shown_state,
    type_text,
)

K = Qt.Key


def test_ticket_to_receipt_with_a_correction_on_the_way(ui: Any, clerk: Any, panel: Any, qtbot: Any, central: Any,
                                                        scan_files: dict[str, Path], tmp_path: Path) -> None:
    ui.ctx.sync.start()  # as in the app: uploads go in the background
    hall = ui.ctx.hall
    number = call_ticket(ui, clerk, qtbot, item_code=COMPANY_SETUP)
    intake = panel.intake
    assert intake.ticket_label.text() == f"从号票 {number}（商事登记）受理"
    ui.wait_until(lambda: intake.items.codes() == [COMPANY_SETUP])

    # the applicant, by keyboard: Enter walks from field to field and ends in the item search
    panel.activateWindow()
    intake.name.setFocus()
    name, id_number, phone = PERSON
    type_text(qtbot, name)
    key(qtbot, ui, K.Key_Return)
    assert focused() is intake.number.edit
    type_text(qtbot, id_number)
    assert intake.number.note.text() == "✓ 校验通过"
    key(qtbot, ui, K.Key_Return)
    type_text(qtbot, phone)
    key(qtbot, ui, K.Key_Return)
    assert focused() is intake.items.finder.search
    type_text(qtbot, "dwsh")  # 单位社会保险参保登记 by its pinyin initials
    ui.wait_until(lambda: intake.items.finder.current() is not None
                  and intake.items.finder.current()[0] == SOCIAL_INSURANCE)
    key(qtbot, ui, K.Key_Return)
    ui.wait_until(lambda: intake.items.codes() == [COMPANY_SETUP, SOCIAL_INSURANCE])
    key(qtbot, ui, K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 开始受理
    ui.wait_until(lambda: panel.case is not None)
    case = case_of(ui, panel)
    assert case.ticket_number == number and case.item_codes == (COMPANY_SETUP, SOCIAL_INSURANCE)
    assert panel.header.number.text() == f"办件编号 {case.number}"
    assert "330602********0314" in panel.header.applicant.text()  # masked on screen
    assert focused() is panel.checklist.table

    # scan the articles of association: a photo and a two-page PDF, then "完成"
    articles = row_index(panel, "company_articles")
    panel.checklist.table.setCurrentCell(articles, 0)
    ui.settle()
    assert panel.scans.title.text() == "扫描材料：公司章程"
    material_id = panel.checklist.rows[articles].id
    ui.run(panel.scans.import_files(material_id, [scan_files["jpg"], scan_files["pdf"]]))
    ui.settle()
    assert panel.scans.message.text() == "已导入 3 页"
    assert panel.scans.pages.count() == 3
    panel.scans.finish()
    ui.wait_until(lambda: shown_state(panel, "company_articles") == "scanned")
    ui.settle()
    assert panel.scans.message.text() == "「公司章程」已生成 PDF，后台上传中"

    # the premises proof is missing (6); everything else still unchecked is received (A)
    panel.checklist.table.setCurrentCell(row_index(panel, "premises_proof"), 0)
    panel.checklist.table.setFocus()
    key(qtbot, ui, K.Key_6)
    key(qtbot, ui, K.Key_A)
    ui.wait_until(lambda: panel.case is not None and not panel.case.needed.pending)
    assert case_of(ui, panel).needed.missing == ("住所（经营场所）使用证明",)
    assert panel.checklist.needed.text() == "还需：住所（经营场所）使用证明"

    # F9: the rules say 补正; Enter confirms and the print dialog follows
    qtbot.keyClick(focused(), K.Key_F9)  # a question follows: nothing to settle yet
    ui.wait_until(lambda: panel.dialog is not None and panel.dialog.rules is not None)
    assert panel.dialog.verdict.text() == "补正"
    assert "缺少「住所（经营场所）使用证明」" in panel.dialog.detail.text()
    qtbot.keyClick(panel.dialog, K.Key_Return)
    answer_print(ui, tmp_path / "correction.pdf")
    ui.wait_until(lambda: panel.case.status_label == "补正（开始）")
    assert case_of(ui, panel).status_label == "补正（开始）"
    [(name_, notice)] = panel.documents.papers.documents
    assert name_ == "一次性补正告知书"
    text = pdf_text(notice)
    assert case.number in text and "住所（经营场所）使用证明" in text and "缺少，需补交" in text
    assert pdf_pages(tmp_path / "correction.pdf") == pdf_pages(notice)  # what was printed is what was previewed
    assert panel.supplement_button.isVisible() and not panel.decide_button.isEnabled()

    # the applicant is back with the proof: F10, then 1 (原件) on that row, then F9 → 受理
    key(qtbot, ui, K.Key_F10)
    ui.wait_until(lambda: panel.case.status_label == "补正（结束）")
    panel.checklist.table.setCurrentCell(row_index(panel, "premises_proof"), 0)
    panel.checklist.table.setFocus()
    key(qtbot, ui, K.Key_1)
    ui.wait_until(lambda: not panel.case.needed)
    qtbot.keyClick(focused(), K.Key_F9)  # a question follows: nothing to settle yet
    ui.wait_until(lambda: panel.dialog is not None and panel.dialog.rules is not None)
    assert panel.dialog.verdict.text() == "受理"
    qtbot.keyClick(panel.dialog, K.Key_Return)
    answer_print(ui, tmp_path / "receipt.pdf")
    ui.wait_until(lambda: panel.case.status_label == "已受理")
    accepted = case_of(ui, panel)
    assert accepted.status_label == "已受理" and accepted.deadline is not None
    [(name_, receipt)] = panel.documents.papers.documents
    text = pdf_text(receipt)
    assert name_ == "受理回执"
    for expected in ("受理回执", accepted.number, "王建军", "企业设立登记", "单位社会保险参保登记", "决定予以受理",
                     "公司章程", "已扫描，3页", "住所（经营场所）使用证明", "承诺办结日期"):
        assert expected in text, expected
    assert [e.label for e in accepted.timeline] == ["已接件", "补正（开始）", "补正（结束）", "已受理"]
    assert panel.timeline.entries.topLevelItemCount() == 4

    # the PDF of the articles reached the centre with the same SHA-256
    sha = next(r.file_sha256 for r in accepted.checklist if r.key == "company_articles")
    assert sha is not None
    ui.wait_until(lambda: panel.view.uploads[material_id].state == "done", timeout=30)
    attached = central.app.state.central.run_read(
        lambda s: [(a.sha256, a.case_id, a.material_id) for a in s.scalars(select(Attachment))])
    assert (sha, accepted.id, material_id) in attached
    stored = Store(files_dir(central.app.state.central.reader_engine.url)).blob(sha)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha == hashlib.sha256(
        hall.files.path(sha).read_bytes()).hexdigest()
    ui.settle()
    assert panel.checklist.table.item(articles, 3).text() == "3 页，已上传"
