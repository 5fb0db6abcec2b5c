"""事项指南 at the guide desk and at the window: the guide of the item under the cursor, a 一件事's merged
list, and the one-time notice for several items — previewed, printed on A4 and on the receipt printer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.acceptance_ui.conftest import shown
from tests.acceptance_ui.helpers import COMPANY_SETUP, SOCIAL_INSURANCE, answer_print, pdf_pages, pdf_text
from tests.printers.escpos_decode import decode
from ui.catalog.notice_dialog import NoticeDialog


@pytest.fixture
def guide(ui: Any, qtbot: Any) -> Any:
    from ui.workspaces.guide import GuideWorkspace

    return shown(qtbot, GuideWorkspace(ui.ctx), ui)


def _find(ui: Any, search: Any, text: str, code: str) -> None:
    search.search.setText(text)
    ui.wait_until(lambda: search.results.count() > 0 and search.results.item(0).data(256) == code)
    search.results.setCurrentRow(0)
    ui.settle()


def test_the_guide_shows_everything_about_an_item(guide: Any, ui: Any) -> None:
    _find(ui, guide.catalog, "qysl", COMPANY_SETUP)
    text = guide.detail.toPlainText()
    expectations = ("企业设立登记", "330602-XK-0201 · 承诺件 · 区市场监督管理局", "承诺时限 1 个工作日",
                    "法定时限 3 个工作日", "收费 不收费", "告知承诺：适用", "办事指南", "申请条件",
                    "申请材料（共 8 项）", "办理结果", "营业执照", "咨询电话", "设定依据",
                    "1\n公司登记（备案）申请书\n必需", "原件 1 份", "申请人自备",
                    "样表：通过浙江省企业登记全程电子化平台填报后打印")
    for expected in expectations:
        assert expected in text, expected


def test_a_bundle_shows_one_merged_material_list(guide: Any, ui: Any) -> None:
    bundles = guide.guide.bundles
    bundles.setCurrentIndex(bundles.findData("YJS-002"))  # 企业开办一件事: four items, 营业执照 asked by three
    bundles.activated.emit(bundles.currentIndex())
    ui.wait_until(lambda: "企业开办一件事" in guide.detail.toPlainText())
    text = guide.detail.toPlainText()
    assert "共 4 个事项，一次提交、并联审批" in text
    assert text.count("营业执照") >= 1 and "合并后的申请材料" in text
    assert guide.guide.chosen.text() == "告知单：一件事「企业开办一件事」"


def test_notice_for_two_items_previewed_and_printed(guide: Any, ui: Any, qtbot: Any, tmp_path: Path) -> None:
    slip = tmp_path / "slip.bin"
    ui.ctx.hall.settings.update(ticket_printer=slip.as_uri(), ticket_paper_mm=80)
    _find(ui, guide.catalog, "qysl", COMPANY_SETUP)
    qtbot.keyClick(guide.results, Qt.Key.Key_Insert)
    _find(ui, guide.catalog, "0209", SOCIAL_INSURANCE)
    guide.guide.add_button.click()
    assert guide.guide.chosen.text() == "告知单：企业设立登记、单位社会保险参保登记"
    qtbot.keyClick(guide.results, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ui.wait_until(lambda: isinstance(guide.guide.dialog, NoticeDialog) and guide.guide.dialog.pdf != b"")
    dialog = guide.guide.dialog
    ui.settle()
    assert dialog.preview.pages >= 1
    text = pdf_text(dialog.pdf)
    assert "一次性告知单" in text and "企业设立登记" in text and "单位社会保险参保登记" in text
    assert dialog.message.text() == f"共 2 个事项、{len(dialog.notice.materials)} 项材料"
    dialog.print_button.click()
    answer_print(ui, tmp_path / "notice.pdf")
    assert pdf_pages(tmp_path / "notice.pdf") == dialog.preview.pages
    assert dialog.message.text() == "告知单已送往打印机"
    dialog.slip_button.click()
    ui.wait_until(lambda: dialog.message.text().startswith("告知单小票已打印"))
    printed = decode(slip.read_bytes()).text
    assert "一次性告知单" in printed and "单位社会保险参保登记" in printed


def test_the_notice_without_a_receipt_printer_says_where_to_set_it(guide: Any, ui: Any) -> None:
    _find(ui, guide.catalog, "qysl", COMPANY_SETUP)
    guide.guide.open_notice()
    ui.wait_until(lambda: guide.guide.dialog is not None and guide.guide.dialog.pdf != b"")
    dialog = guide.guide.dialog
    dialog.slip_button.click()
    ui.settle()
    assert (dialog.message.text(), dialog.message.level) == (
        "未设置小票打印机，请在“系统 → 设置 → 打印机”中设置", "error")
    dialog.reject()


def test_the_window_has_the_same_guide_in_its_second_tab(clerk: Any, ui: Any, qtbot: Any) -> None:
    area = clerk.acceptance
    qtbot.keyClick(clerk, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert area.currentWidget() is area.catalog
    _find(ui, area.catalog.search.finder, "dwsh", SOCIAL_INSURANCE)
    assert "单位社会保险参保登记" in area.catalog.guide.view.toPlainText()
    assert "告知承诺：不适用" in area.catalog.guide.view.toPlainText()
