"""The settings dialog: one page per section, each with load/check/save (after Picard's options pages).

Widgets are generated from the option registry (:data:`hallclient.config.OPTIONS`), so a new option
only needs declaring. Every value is checked before anything is saved; a failed check shows the
Chinese reason and keeps the dialog open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallclient.config import OPTIONS, Option
from hallclient.errors import HallError
from ui import ops
from ui.context import AppContext
from ui.i18n import LANGUAGES

SECTIONS = {
    "network": QT_TRANSLATE_NOOP("settings", "中心系统"),
    "counter": QT_TRANSLATE_NOOP("settings", "本机窗口"),
    "printers": QT_TRANSLATE_NOOP("settings", "打印机"),
    "devices": QT_TRANSLATE_NOOP("settings", "外部设备"),
    "display": QT_TRANSLATE_NOOP("settings", "叫号屏与语音"),
    "queue": QT_TRANSLATE_NOOP("settings", "排队"),
}


class OptionField:
    """One option's editor: builds the widget, reads and writes its value."""

    def __init__(self, option: Option, choices: list[tuple[str, str]] | None = None) -> None:
        self.option = option
        default = option.default
        if choices is not None:
            self.widget: QWidget = QComboBox()
            for value, label in choices:
                self.widget.addItem(label, value)
        elif isinstance(default, bool):
            self.widget = QCheckBox()
        elif isinstance(default, int):
            self.widget = QSpinBox(maximum=100_000)
        elif isinstance(default, float):
            self.widget = QDoubleSpinBox(maximum=1000.0, decimals=2, singleStep=0.1)
        else:
            self.widget = QLineEdit()
        self.widget.setObjectName(f"option-{option.key}")

    def load(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QComboBox):
            index = w.findData(value)
            w.setCurrentIndex(max(index, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(value)
        else:
            w.setText(str(value))

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            return w.value()
        return w.text().strip()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.resize(760, 480)
        self.fields: dict[str, OptionField] = {}
        self.pages = QListWidget()
        self.pages.setFixedWidth(160)
        self.stack = QStackedWidget()
        for section, title in SECTIONS.items():
            self.pages.addItem(QCoreApplication.translate("settings", title))
            self.stack.addWidget(self._page(section))
        self.stack.addWidget(self._data_page())
        self.pages.addItem(self.tr("数据目录"))
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for key, field in self.fields.items():
            field.load(ctx.hall.settings[key])
        ops.spawn(self._load_windows(), parent=self)

    def _page(self, section: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for option in OPTIONS.values():
            if option.section != section:
                continue
            choices = None
            if option.key == "language":
                choices = list(LANGUAGES.items())
            elif option.key == "window_id":
                choices = [("", self.tr("（按登录用户）"))]
            field = OptionField(option, choices)
            self.fields[option.key] = field
            editor = field.widget
            if option.key == "language":
                editor = QWidget()
                row = QHBoxLayout(editor)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(field.widget)
                note = QLabel(self.tr("重启后生效"))
                note.setObjectName("restartNote")
                row.addWidget(note)
                row.addStretch(1)
            form.addRow(QCoreApplication.translate("config", option.title), editor)
        return page

    def _data_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        root = self.ctx.hall.data_dir.root
        path = QLabel(str(root))
        path.setObjectName("dataDir")
        form.addRow(self.tr("当前数据目录"), path)
        form.addRow(QLabel(self.tr("数据库、扫描件与日志都保存在此目录。更换目录请在启动时使用 --data-dir 参数。")))
        return page

    async def _load_windows(self) -> None:
        windows = await ops.db(self.ctx.hall.config.windows)
        combo = self.fields["window_id"].widget
        assert isinstance(combo, QComboBox)
        for w in windows:
            combo.addItem(self.tr("{number} 号窗口 · {name}").format(number=w.number, name=w.name), w.id)
        self.fields["window_id"].load(self.ctx.hall.settings["window_id"])

    def save(self) -> None:
        values = {key: field.value() for key, field in self.fields.items()}
        settings = self.ctx.hall.settings
        previous = {key: settings[key] for key in values}
        try:
            for key, value in values.items():
                settings.check(key, value)
            settings.update(**values)
            settings.save()
        except HallError as exc:
            self.error.setText(ops.message_of(exc))
            return
        except OSError as exc:
            settings.update(**previous)  # what runs must match what is on disk
            QMessageBox.warning(self, self.tr("保存失败"), self.tr("设置文件无法写入：{reason}").format(
                reason=exc.strerror or str(exc)))
            return
        self.accept()
