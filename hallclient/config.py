"""Typed settings of one counter, declared once with default, type and Chinese title.

The registry follows Picard's ``options.py``: every option is declared in :data:`OPTIONS`; the
settings dialog and ``doctor`` read titles from here, and a value is checked before it is saved.
Settings live in ``settings.json`` in the data dir; UI state lives elsewhere (``persist.json``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from hallclient.errors import ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    title: str
    section: str

    def check(self, value: Any) -> Any:
        """Coerce ``value`` to the default's type or raise :class:`ValidationError`."""
        kind = type(self.default)
        if self.default is None or isinstance(value, kind):
            return value
        try:
            return kind(value)
        except (TypeError, ValueError):
            raise ValidationError("设置项“{title}”的值 {value!r} 无效", title=self.title, value=value) from None


def _check_url(value: str, title: str, schemes: tuple[str, ...]) -> str:
    if value and urlparse(value).scheme not in schemes:
        raise ValidationError("设置项“{title}”应以 {schemes} 开头", title=title, schemes=" / ".join(schemes))
    return value


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("central_url", "", "中心系统地址", "network"),
        Option("ca_bundle", "", "自定义 CA 证书文件", "network"),
        Option("connect_timeout_s", 3.05, "连接超时（秒）", "network"),
        Option("read_timeout_s", 30.0, "读取超时（秒）", "network"),
        Option("window_id", "", "本机窗口", "counter"),
        Option("language", "zh_CN", "界面语言", "counter"),
        Option("ticket_printer", "", "取号/小票打印机", "printers"),
        Option("ticket_paper_mm", 80, "小票纸宽（毫米）", "printers"),
        Option("a4_printer", "", "A4 打印机（系统打印机名称）", "printers"),
        Option("evaluation_device", "builtin", "评价器", "devices"),
        Option("evaluation_timeout_s", 60, "评价超时（秒）", "devices"),
        Option("scan_hot_folder", "", "扫描仪热文件夹", "devices"),
        Option("camera_device", "", "高拍仪（摄像头）", "devices"),
        Option("id_reader", "", "身份证阅读器", "devices"),
        Option("voice_enabled", True, "语音播报", "display"),
        Option("voice_volume", 0.8, "播报音量", "display"),
        Option("display_window_ids", "", "叫号屏显示的窗口（空为全部）", "display"),
        Option("lease_size", 20, "离线号段大小", "queue"),
    )
}

_URL_RULES = {
    "central_url": ("http", "https"),
    "ticket_printer": ("usb", "tcp", "serial", "file", "cups", "win32", "null"),
}


class Settings:
    """The counter's settings file; unknown keys are kept so an older client never loses them."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = dict(values or {})

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            values = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            values = {}
        except (OSError, ValueError) as exc:
            log.error("settings file %s unreadable (%s); using defaults", path, exc)
            values = {}
        return cls(path, values if isinstance(values, dict) else {})

    def __getitem__(self, key: str) -> Any:
        return self._values.get(key, OPTIONS[key].default)

    def check(self, key: str, value: Any) -> Any:
        option = OPTIONS[key]
        value = option.check(value)
        if key in _URL_RULES:
            value = _check_url(value, option.title, _URL_RULES[key])
        if key == "evaluation_device":
            from hallclient.evaluator.setting import check_device  # the driver's own URL rules

            value = check_device(value)
        return value

    def update(self, **values: Any) -> None:
        """Check every value first, then apply all of them (nothing half-saved)."""
        checked = {key: self.check(key, value) for key, value in values.items()}
        self._values.update(checked)

    def save(self) -> None:
        """Write atomically: a crash mid-write leaves the old file, never half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(self._values, out, ensure_ascii=False, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def as_dict(self) -> dict[str, Any]:
        return {key: self[key] for key in OPTIONS}
