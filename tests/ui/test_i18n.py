"""Translations: Chinese is the source language, English must be complete, current and really loaded."""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = ("hallclient_en.ts", "hallclient_core_en.ts")


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("hall_translations", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _tool()


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [(context.findtext("name", ""), message.findtext("source", ""), message)
            for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")]


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("name", TS_FILES)
def test_every_message_is_translated(name: str) -> None:
    messages = _messages(TRANSLATIONS / name)
    assert len(messages) > 50
    untranslated, bad_fields = [], []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or "").strip():
            untranslated.append(f"{context}: {source}")
        elif _fields(translation.text or "") != _fields(source):
            bad_fields.append(f"{context}: {source} → {translation.text}")
    assert not untranslated, ("translate these in resources/translations/" + name
                              + " (then run `make translations`):\n" + "\n".join(untranslated))
    assert not bad_fields, "the {placeholders} of these translations differ from the source:\n" + "\n".join(bad_fields)


def test_committed_translations_are_up_to_date(tmp_path: Path) -> None:
    """Extracting again finds exactly the committed (context, source) pairs: no string is missing
    from the .ts files and none is left over."""
    translations.update(translations.ROOT, tmp_path, compile_qm=False)
    for name in TS_FILES:
        fresh = {(c, s) for c, s, _ in _messages(tmp_path / name)}
        committed = {(c, s) for c, s, _ in _messages(TRANSLATIONS / name)}
        assert fresh, name
        assert fresh == committed, (
            f"{name} is out of date: run `make translations` and translate the new strings\n"
            f"new in the code: {sorted(fresh - committed)}\ngone from the code: {sorted(committed - fresh)}")


def test_extraction_finds_the_core_strings() -> None:
    core = translations.extract_core(translations.ROOT)
    expected = {
        ("core", "身份证号码应为 18 位，当前为 {n} 位"),  # ValidationError in hallclient/domain
        ("core", "无法连接中心系统 {url}"),  # Unreachable (a HallError subclass without "Error" in its name)
        ("core", "用户名或密码错误"),  # central ApiError(401, "invalid_credentials", ...)
        ("core", "打印机缺纸，请更换纸卷"),  # printers.status.Condition, raised as PrinterError(condition.value)
        ("core", "容缺受理"),  # DECISION_LABELS
        ("core", "过号"),  # STATUS_LABELS
        ("core", "未评价"),  # UNRATED_LABEL
        ("config", "中心系统地址"),  # Option title
    }
    assert expected <= core
    assert not any(source == "{message}" for _, source in core)  # no Chinese, nothing to translate


def test_tool_is_idempotent(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    translations.update(translations.ROOT, first, compile_qm=False)
    for name in TS_FILES:
        second.mkdir(exist_ok=True)
        (second / name).write_bytes((first / name).read_bytes())
    translations.update_ui_ts(translations.ROOT, second / TS_FILES[0])
    core = second / TS_FILES[1]
    translations.write_ts(core, translations.extract_core(translations.ROOT), translations.read_ts(core))
    for name in TS_FILES:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
        assert (first / name).read_bytes() == (TRANSLATIONS / name).read_bytes(), f"{name}: run `make translations`"


def test_committed_qm_is_compiled_from_the_ts_files(tmp_path: Path) -> None:
    qm = tmp_path / "hallclient_en.qm"
    translations.release([TRANSLATIONS / name for name in TS_FILES], qm)
    assert qm.read_bytes() == (TRANSLATIONS / "hallclient_en.qm").read_bytes(), "run `make translations`"


# --- the language really switches -------------------------------------------------------------------


def test_workspace_titles_translate(qapp: Any, english: None) -> None:
    from ui.workspaces import WORKSPACES

    assert [cls.title() for cls in WORKSPACES] == [
        "Guide desk", "Service window", "Hall management", "Hall display", "Rating pad"]


def test_main_window_in_english_and_back_in_chinese(qapp: Any, main_window: Any) -> None:
    from ui.i18n import install_language

    install_language(qapp, "en")
    try:
        window = main_window()
        assert [b.text() for b in window._nav.buttons()] == [
            "Guide desk", "Service window", "Hall management", "Hall display", "Rating pad"]
        assert [a.text() for a in window.menuBar().actions()] == ["System"]
        system_menu = window.menuBar().actions()[0].menu().actions()
        assert [a.text() for a in system_menu if a.text()] == ["Settings…", "Sync status…", "Quit"]
        assert window.status.user_label.text() == "User: 演示用户"
        assert window.status.window_label.text() == "Window: W05"
        assert window.status.sync_button.text() == "Sync now"
    finally:
        install_language(qapp, "zh_CN")
    window = main_window()
    assert [b.text() for b in window._nav.buttons()] == ["导服台", "综合窗口", "大厅管理", "叫号屏", "评价器"]
    assert [a.text() for a in window.menuBar().actions()] == ["系统"]
    assert window.status.user_label.text() == "用户：演示用户"


def test_core_errors_in_english(qapp: Any, english: None) -> None:
    from hallclient.config import Settings
    from hallclient.domain.ids import validate_id_card
    from hallclient.errors import ValidationError
    from sync.errors import Refused
    from ui import ops

    assert ops.message_of(ValidationError("身份证号码应为 18 位，当前为 {n} 位", n=17)) == \
        "An ID number has 18 characters; this one has 17"
    with pytest.raises(ValidationError) as raised:
        validate_id_card("1234")
    assert ops.message_of(raised.value) == "An ID number has 18 characters; this one has 4"
    # string parameters that are translatable (an option title, the centre's fixed message) follow
    with pytest.raises(ValidationError) as raised:
        Settings(Path("unused.json")).check("central_url", "ftp://x")
    assert ops.message_of(raised.value) == "The setting “Central system URL” must start with http / https"
    refused = Refused("{message}", status=401, code="invalid_credentials", message="用户名或密码错误")
    assert ops.message_of(refused) == "Wrong user name or password"
    assert ops.message_of(KeyError("x")) == "Operation failed: KeyError"
    assert QCoreApplication.translate("core", "容缺受理") == "Accept with deferred materials"


def test_dashboard_alerts_and_labels_in_english(qapp: Any, english: None) -> None:
    """The dashboard's alert templates and report labels are core constants the tool extracts."""
    from hallclient.dashboard.alerts import WAIT_OVER_TARGET, WINDOW_PAUSED, Alert, Severity
    from hallclient.dashboard.report import STATE_LABELS
    from hallclient.domain.queue_rules import WindowStatus
    from ui.dashboard.alerts import alert_text
    from ui.dashboard.texts import core

    paused = Alert("window-paused:w1", Severity.WARNING, WINDOW_PAUSED, {"window": "3", "minutes": 20,
                                                                         "reason": "系统维护"})
    assert alert_text(paused) == "Window 3 has been paused for 20 min, reason: 系统维护"  # the reason as entered
    waiting = Alert("wait-over-target:consult:", Severity.WARNING, WAIT_OVER_TARGET,
                    {"queue": "咨询", "minutes": 25, "number": "C012", "target": 20})
    assert alert_text(waiting) == "Consultation: the longest wait is 25 min (ticket C012), over the 20 min target"
    assert core(STATE_LABELS[WindowStatus.PAUSED]) == "Paused"


def test_core_errors_in_chinese(qapp: Any) -> None:
    from hallclient.errors import ValidationError
    from ui import ops

    error = ValidationError("身份证号码应为 18 位，当前为 {n} 位", n=17)
    assert ops.message_of(error) == "身份证号码应为 18 位，当前为 17 位"


# --- choosing the language --------------------------------------------------------------------------


def test_saving_english_in_settings_is_used_at_next_start(ui: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QDialog, QLabel

    from ui.app import startup_language
    from ui.settings_dialog import SettingsDialog

    ctx = ui.ctx
    root = ctx.hall.data_dir.root
    assert startup_language(root, demo=False, lang=None) == "zh_CN"
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui.settle()
    combo = dialog.fields["language"].widget
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["zh_CN", "en"]
    note = dialog.findChild(QLabel, "restartNote")
    assert note is not None and note.text() == "重启后生效"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert json.loads(ctx.hall.data_dir.settings.read_text(encoding="utf-8"))["language"] == "en"
    assert startup_language(root, demo=False, lang=None) == "en"
    assert startup_language(root, demo=False, lang="zh_CN") == "zh_CN"  # --lang wins

