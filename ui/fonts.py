"""Choosing a font that draws Chinese on every platform the hall uses.

Without a CJK font Qt draws empty boxes. The fallbacks, in order: Microsoft YaHei (Windows),
PingFang SC (macOS), Noto Sans CJK SC / Source Han Sans SC (Linux, ``fonts-noto-cjk``), WenQuanYi.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

FALLBACKS = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)

SAMPLE = "政务服务大厅请到窗口办理"


def cjk_family() -> str | None:
    """The first installed fallback family that really has glyphs for :data:`SAMPLE`."""
    families = set(QFontDatabase.families())
    for family in FALLBACKS:
        if family in families and renders_chinese(QFont(family)):
            return family
    return None


def renders_chinese(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLE)


def apply_app_font(app: QGuiApplication, point_size: int = 11) -> str | None:
    """Make the CJK family the application font (with the whole list as fallbacks); returns it."""
    family = cjk_family()
    font = QFont()
    font.setFamilies([f for f in ((family,) if family else ()) + FALLBACKS])
    font.setPointSize(point_size)
    app.setFont(font)
    return family
