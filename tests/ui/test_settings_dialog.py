"""The settings dialog: its pages, the window list from the cache, checking before saving."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

from ui import ops
from ui.settings_dialog import SettingsDialog

PAGES = ["中心系统", "本机窗口", "打印机", "外部设备", "叫号屏与语音", "排队", "数据目录"]


@pytest.fixture
def dialog(ui: Any, qtbot: Any) -> SettingsDialog:
    d = SettingsDialog(ui.ctx)
    qtbot.addWidget(d)
    d.show()
    ui.settle()  # the window list loads from the cache in the background
    return d


def _text(dialog: SettingsDialog, key: str) -> QLineEdit:
    widget = dialog.fields[key].widget
    assert isinstance(widget, QLineEdit)
    return widget


def test_pages(dialog: SettingsDialog) -> None:
    assert [dialog.pages.item(i).text() for i in range(dialog.pages.count())] == PAGES
    assert dialog.stack.count() == len(PAGES)
    dialog.pages.setCurrentRow(2)
    assert dialog.stack.currentIndex() == 2
    printers = dialog.stack.currentWidget()
    assert printers.isAncestorOf(dialog.fields["ticket_printer"].widget)
    assert not printers.isAncestorOf(dialog.fields["central_url"].widget)
    dialog.pages.setCurrentRow(6)
    data_dir = dialog.stack.currentWidget().findChild(QLabel, "dataDir")
    assert data_dir is not None and data_dir.text() == str(dialog.ctx.hall.data_dir.root)


def test_window_choice_lists_the_halls_windows(dialog: SettingsDialog, ui: Any) -> None:
    windows = ui.run(ops.db(ui.ctx.hall.config.windows))
    assert len(windows) >= 5
    combo = dialog.fields["window_id"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *(w.id for w in windows)]
    assert combo.itemText(0) == "（按登录用户）"
    assert combo.itemText(1) == f"{windows[0].number} 号窗口 · {windows[0].name}"
    assert combo.currentData() == ""  # nothing chosen yet


def test_invalid_central_url_is_explained_and_not_saved(dialog: SettingsDialog) -> None:
    settings = dialog.ctx.hall.settings
    _text(dialog, "central_url").setText("ftp://x")
    _text(dialog, "ticket_printer").setText("tcp://192.168.1.50:9100")  # valid, but nothing may be half-saved
    dialog.save()
    assert dialog.error.text() == "设置项“中心系统地址”应以 http / https 开头"
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert settings["central_url"] == ""
    assert settings["ticket_printer"] == ""
    assert not settings.path.exists()


def test_valid_change_is_saved_atomically(dialog: SettingsDialog) -> None:
    settings = dialog.ctx.hall.settings
    _text(dialog, "central_url").setText("  https://central.example.gov.cn  ")
    combo = dialog.fields["window_id"].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("W03"))
    dialog.save()
    assert dialog.error.text() == ""
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    assert saved["central_url"] == "https://central.example.gov.cn"
    assert saved["window_id"] == "W03"
    assert saved["language"] == "zh_CN"
    assert settings["window_id"] == "W03"
    assert [p.name for p in settings.path.parent.iterdir() if p.name.startswith(".settings-")] == []


def test_saved_window_shows_in_the_status_bar(main_window: Any, ui: Any, monkeypatch: Any) -> None:
    window = main_window()
    assert window.status.window_label.text() == "窗口：W05"

    def exec_and_save(dialog: SettingsDialog) -> int:
        ui.settle()
        combo = dialog.fields["window_id"].widget
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("W02"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_and_save)
    window.open_settings()
    assert window.status.window_label.text() == "窗口：W02"


def test_failed_write_keeps_the_old_file_and_says_why(dialog: SettingsDialog, monkeypatch: Any) -> None:
    settings = dialog.ctx.hall.settings
    settings.update(central_url="https://old.example.gov.cn")
    settings.save()
    before = settings.path.read_bytes()
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr("ui.settings_dialog.QMessageBox.warning",
                        lambda _parent, title, text: warnings.append((title, text)))

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hallclient.config.os.fsync", disk_full)
    _text(dialog, "central_url").setText("https://new.example.gov.cn")
    dialog.save()
    assert warnings == [("保存失败", "设置文件无法写入：No space left on device")]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert settings.path.read_bytes() == before  # never half a file
    assert settings["central_url"] == "https://old.example.gov.cn"  # nor a value in memory that is not on disk
