"""The printing checks of ``hallclient doctor``: each configured printer's status and the PDF font."""

from __future__ import annotations

from hallclient.config import Settings
from hallclient.doctor import CheckResult, Verdict
from hallclient.errors import HallError
from printers.documents.fonts import CID_FALLBACK, document_font
from printers.job import probe


def printer_checks(settings: Settings) -> list[CheckResult]:
    url = settings["ticket_printer"]
    if not url:
        return [CheckResult("小票打印机", Verdict.WARN, "未配置", "在“设置 → 打印机”中填写打印机地址")]
    try:
        detail = probe(url)
    except HallError as exc:
        return [CheckResult("小票打印机", Verdict.FAIL, str(exc),
                            "检查打印机电源、连线与纸卷，或在“设置 → 打印机”中修正地址")]
    return [CheckResult("小票打印机", Verdict.OK, detail)]


def document_font_check(_settings: Settings) -> list[CheckResult]:
    font = document_font()
    if font == CID_FALLBACK:
        return [CheckResult("文书字体", Verdict.WARN,
                            "未找到可嵌入的中文 TrueType 字体，PDF 文书将依赖打印机或阅读器的宋体",
                            "Linux：apt-get install fonts-wqy-microhei；Windows：确认已安装“微软雅黑”或“宋体”")]
    return [CheckResult("文书字体", Verdict.OK, f"PDF 文书使用 {font}")]
