"""Loading the interface language: Simplified Chinese (the source language) or English.

User-facing strings are written in Chinese in ``tr()`` calls, so the default is complete by
construction; ``resources/translations/hallclient_en.qm`` turns them into English. Core error
templates are translated in the context ``"core"``.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, lang: str) -> None:
    """Install translators for ``lang`` (replacing earlier ones); Qt's own dialogs follow too."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if lang == "zh_CN":
        return
    ours = QTranslator(app)
    path = resources.files("resources") / "translations" / f"hallclient_{lang}.qm"
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found; interface stays in Chinese", path)
