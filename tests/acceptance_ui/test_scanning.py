"""Scanning at the window: no camera (and a camera lost mid-capture) said in Chinese, a captured frame
becoming a page, the hot folder, files, SANE missing, and the page list's reorder, rotate, delete, preview."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QCameraDevice
from PySide6.QtWidgets import QLineEdit

from hallclient.scanning import sane
from tests.acceptance_ui.helpers import COMPANY_SETUP, open_case, row_index
from ui import ops
from ui.acceptance.demo import demo_page
from ui.acceptance.pdf_view import PdfDialog

NO_CAMERA = "未检测到高拍仪或摄像头。请连接设备后重试，或使用扫描仪热文件夹、导入文件"


@pytest.fixture
def scans(panel: Any, ui: Any) -> Any:
    """The scanning tab of a fresh case, on the articles of association."""
    open_case(ui, panel, (COMPANY_SETUP,))
    panel.checklist.table.setCurrentCell(row_index(panel, "company_articles"), 0)
    ui.settle()
    return panel.scans


def _pages(ui: Any, scans: Any) -> list[Any]:
    material_id = scans.material.id
    return ui.run(ops.db(lambda: ui.ctx.hall.scans.pages(material_id)))


def test_without_a_camera_the_clerk_is_told_and_the_other_sources_remain(scans: Any, ui: Any) -> None:
    scans.camera_button.click()
    assert scans.message.text() == NO_CAMERA and scans.message.level == "error"
    assert not scans.camera_button.isChecked() and not scans.video.isVisible()
    assert not scans.camera.active and not scans.camera.take()
    assert scans.import_button.isEnabled()


def test_a_captured_frame_becomes_a_page_and_a_lost_camera_keeps_it(scans: Any, ui: Any) -> None:
    scans.add_captured(demo_page("公司章程", 1))  # what QImageCapture.imageCaptured delivers
    ui.wait_until(lambda: scans.pages.count() == 1)
    [page] = _pages(ui, scans)
    assert page.source == "camera" and page.kind == "image" and page.filename.startswith("camera-")
    assert scans.message.text() == "已拍摄 1 页"
    scans.camera.device = QCameraDevice()  # as if a camera had been started, then unplugged
    scans.camera.devices.videoInputsChanged.emit()
    assert scans.message.text() == "高拍仪连接中断（设备已拔出）。已拍摄的页面已保存，请重新连接后继续"
    assert scans.camera.device is None
    ui.settle()
    assert scans.pages.count() == 1


def test_files_from_the_hot_folder_are_imported_into_the_selected_material(scans: Any, ui: Any, tmp_path: Path,
                                                                            scan_files: dict[str, Path]) -> None:
    folder = tmp_path / "hot"
    folder.mkdir()
    ui.ctx.hall.settings.update(scan_hot_folder=str(folder))
    scans.hot_folder.settle_seconds = 0  # the scanner has long finished writing these
    shutil.copy(scan_files["pdf"], folder / "articles.pdf")
    ui.wait_until(lambda: scans.pages.count() == 2)
    ui.wait_until(lambda: (folder / "processed" / "articles.pdf").exists())
    assert scans.message.text() == "已从热文件夹导入 articles.pdf（2 页）"
    assert {p.source for p in _pages(ui, scans)} == {"hot_folder"}
    shutil.copy(scan_files["broken"], folder / "broken.jpg")
    ui.wait_until(lambda: (folder / "rejected" / "broken.jpg").exists())
    ui.wait_until(lambda: scans.message.level == "error")
    assert scans.message.text().startswith("broken.jpg 未导入：")
    assert scans.pages.count() == 2


def test_reorder_rotate_delete_and_preview_pages(scans: Any, ui: Any, qtbot: Any,
                                                 scan_files: dict[str, Path]) -> None:
    ui.run(scans.import_files(scans.material.id, [scan_files["pdf"], scan_files["jpg"]]))
    ui.settle()
    before = [p.id for p in _pages(ui, scans)]
    assert scans.pages.count() == 3
    scans.pages.setFocus()
    scans.pages.setCurrentRow(2)
    qtbot.keyClick(scans.pages, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    assert [p.id for p in _pages(ui, scans)] == [before[0], before[2], before[1]]
    assert scans.pages.current().id == before[2]  # the moved page stays selected
    scans.left_button.click()
    ui.settle()
    assert [p.id for p in _pages(ui, scans)] == [before[2], before[0], before[1]]
    qtbot.keyClick(scans.pages, Qt.Key.Key_R)
    ui.settle()
    assert _pages(ui, scans)[0].rotation == 90
    icon_before = scans.thumbs.copy()
    qtbot.keyClick(scans.pages, Qt.Key.Key_Return)
    ui.wait_until(lambda: isinstance(scans.dialog, PdfDialog))
    assert scans.dialog.preview.pages == 1 and scans.dialog.windowTitle() == "第 1 页预览"
    scans.dialog.reject()
    scans.pages.setCurrentRow(1)
    qtbot.keyClick(scans.pages, Qt.Key.Key_Delete)
    ui.settle()
    assert [p.id for p in _pages(ui, scans)] == [before[2], before[1]]
    assert scans.pages.count() == 2 and len(scans.thumbs) == len(icon_before)  # nothing re-rendered for a delete


def test_a_bad_file_is_refused_alone_with_the_reason(scans: Any, ui: Any, scan_files: dict[str, Path]) -> None:
    ui.run(scans.import_files(scans.material.id, [scan_files["broken"], scan_files["png"]]))
    ui.settle()
    assert scans.message.level == "error" and "broken.jpg" in scans.message.text()
    assert scans.pages.count() == 1


def test_the_file_dialog_imports_what_the_clerk_picks(scans: Any, ui: Any, scan_files: dict[str, Path]) -> None:
    scans.choose_files()
    ui.wait_until(lambda: scans.dialog is not None)
    name = scans.dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog: typed, as a clerk would
    name.setText(str(scan_files["jpg"]))
    scans.dialog.accept()
    ui.wait_until(lambda: scans.pages.count() == 1)
    assert scans.message.text() == "已导入 1 页"


def test_without_sane_the_scanner_button_says_what_to_do(scans: Any, ui: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sane, "SCANIMAGE", "scanimage-not-installed")
    scans.sane_button.click()
    ui.settle()
    assert scans.message.text() == ("本机未安装 SANE 扫描程序（scanimage），请安装 sane-utils，"
                                    "或使用扫描仪软件保存到热文件夹、导入扫描文件")


def test_finishing_makes_the_pdf_and_shows_its_upload(scans: Any, panel: Any, ui: Any,
                                                      scan_files: dict[str, Path]) -> None:
    ui.run(scans.import_files(scans.material.id, [scan_files["jpg"]]))
    scans.finish()
    ui.wait_until(lambda: scans.state.text() == "已保存，等待上传")
    row = panel.checklist.rows[row_index(panel, "company_articles")]
    assert (row.state, row.pages) == ("scanned", 1) and row.file_sha256
    assert panel.checklist.table.item(row_index(panel, "company_articles"), 3).text() == "1 页，已保存，等待上传"
