"""The material checklist by keyboard: a key per state, the cursor moving on, 全部收取, pages, the note of a
defect, still-needed at a glance, and files dropped onto a row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.acceptance_ui.helpers import (
    COMPANY_SETUP,
    SOCIAL_INSURANCE,
    focused,
    key,
    open_case,
    reactivate,
    row_index,
    shown_state,
)
from ui.acceptance.checklist import row_class

K = Qt.Key


def _at(panel: Any, key_: str) -> None:
    panel.checklist.table.setCurrentCell(row_index(panel, key_), 0)
    panel.checklist.table.setFocus()


def test_single_keys_set_states_and_move_on(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (COMPANY_SETUP,))
    checklist, table = panel.checklist, panel.checklist.table
    legend = "1 原件   2 复印件   3 扫描   4 电子证照   5 免提交   6 缺少   7 有误   0 待核验   A 全部收取"
    assert checklist.legend.text().startswith(legend)
    _at(panel, "company_registration_form")
    key(qtbot, ui, K.Key_1)
    assert table.currentRow() == row_index(panel, "company_registration_form") + 1  # on to the next row
    key(qtbot, ui, K.Key_2)
    key(qtbot, ui, K.Key_6)
    ui.wait_until(lambda: shown_state(panel, "shareholder_id") == "missing")
    rows = {row.key: row for row in checklist.rows}
    assert (rows["company_registration_form"].state, rows["company_registration_form"].form) == ("received", "original")
    assert (rows["company_articles"].state, rows["company_articles"].form) == ("received", "copy")
    _at(panel, "company_registration_form")
    key(qtbot, ui, K.Key_Plus)
    key(qtbot, ui, K.Key_Plus)
    ui.wait_until(lambda: checklist.rows[row_index(panel, "company_registration_form")].pages == 2)
    key(qtbot, ui, K.Key_Minus)
    ui.wait_until(lambda: checklist.rows[row_index(panel, "company_registration_form")].pages == 1)
    assert table.item(row_index(panel, "company_registration_form"), 3).text() == "原件，1 页"
    _at(panel, "shareholder_id")
    key(qtbot, ui, K.Key_0)
    ui.wait_until(lambda: shown_state(panel, "shareholder_id") == "pending")
    _at(panel, "premises_proof")
    key(qtbot, ui, K.Key_5)
    ui.wait_until(lambda: shown_state(panel, "premises_proof") == "not_needed")


def test_a_defect_needs_its_note_and_everything_missing_shows_at_a_glance(panel: Any, ui: Any, qtbot: Any) -> None:
    case = open_case(ui, panel, (COMPANY_SETUP, SOCIAL_INSURANCE))
    checklist = panel.checklist
    required = sum(r.required for r in case.checklist)
    assert checklist.counts.text().startswith(f"必需材料 {required} 项：已齐 1　待核验 {required - 1}　缺少 0　有误 0")
    _at(panel, "company_articles")
    qtbot.keyClick(checklist.table, K.Key_7)  # asks for the note first
    ui.wait_until(lambda: checklist.dialog is not None)
    checklist.dialog.setTextValue("缺少全体股东签字")
    checklist.dialog.accept()
    ui.wait_until(lambda: shown_state(panel, "company_articles") == "defective")
    reactivate(ui)
    assert focused() is checklist.table  # back on the list
    row = checklist.rows[row_index(panel, "company_articles")]
    assert row.note == "缺少全体股东签字" and row_class(row) == "problem"
    assert checklist.table.item(row_index(panel, "company_articles"), 3).text() == "缺少全体股东签字"
    _at(panel, "premises_proof")
    key(qtbot, ui, K.Key_6)
    key(qtbot, ui, K.Key_A)  # 全部收取: every required material still unchecked
    ui.wait_until(lambda: not panel.case.needed.pending)
    needed = panel.case.needed
    assert (needed.missing, needed.defective) == (("住所（经营场所）使用证明",), ("公司章程",))
    assert checklist.needed.text() == "还需：住所（经营场所）使用证明、公司章程"
    assert checklist.counts.text().startswith(f"必需材料 {required} 项：已齐 {required - 2}　待核验 0　缺少 1　有误 1")
    optional = [r for r in checklist.rows if not r.required]
    assert optional and all(r.state == "pending" and row_class(r) == "quiet" for r in optional)  # never blocks
    colours = {row_class(r): checklist.table.item(i, 0).background().color().name()
               for i, r in enumerate(checklist.rows)}
    assert colours == {"present": "#ebf7ee", "problem": "#fdecee", "quiet": "#ffffff"}
    _at(panel, "premises_proof")
    key(qtbot, ui, K.Key_1)
    _at(panel, "company_articles")
    key(qtbot, ui, K.Key_2)
    ui.wait_until(lambda: not panel.case.needed)
    assert checklist.needed.text() == "必需材料已齐全，可按 F9 作出受理决定"


def test_files_dropped_on_a_row_become_its_pages(panel: Any, ui: Any, scan_files: dict[str, Path]) -> None:
    open_case(ui, panel, (COMPANY_SETUP,))
    table = panel.checklist.table
    row = row_index(panel, "company_articles")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(scan_files["pdf"]))])
    point = QPointF(table.columnViewportPosition(1) + 5, table.rowViewportPosition(row) + 5)
    table.dropEvent(QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))
    ui.wait_until(lambda: panel.scans.pages.count() == 2)
    assert panel.checklist.current().key == "company_articles"
    assert panel.scans.title.text() == "扫描材料：公司章程"
    assert panel.tabs.currentWidget() is panel.scans
