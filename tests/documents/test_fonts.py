"""The documents' Chinese font: a TrueType face embedded when one is installed, the CID font otherwise."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
from reportlab.pdfgen.canvas import Canvas

from hallclient.notice import build_notice
from printers.documents.fonts import CANDIDATES, CID_FALLBACK, FontFile, document_font
from printers.documents.notice import notice_pdf
from tests.catalog.demo_feed import demo_detail

NOTO_CFF = FontFile(Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2)
SENTENCE = "一次性补正告知书：暂定"


def _drawn_with(font: str) -> str:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, SENTENCE)
    canvas.save()
    return pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text().strip()


def test_without_a_truetype_font_the_cid_font_still_extracts_as_chinese(tmp_path: Path) -> None:
    font = document_font((FontFile(tmp_path / "missing.ttc"),))
    assert font == CID_FALLBACK
    assert _drawn_with(font) == SENTENCE


def test_a_cff_font_is_skipped_for_the_next_candidate() -> None:
    usable = next(c for c in CANDIDATES if c.path.is_file())
    font = document_font((NOTO_CFF, usable))
    assert font.startswith("HallCJK-") and usable.path.stem in font
    assert _drawn_with(font) == SENTENCE


def test_documents_embed_a_truetype_chinese_font() -> None:
    """tools/system-deps installs fonts-wqy-microhei on Linux; Windows has Microsoft YaHei."""
    assert document_font() != CID_FALLBACK, "no TrueType CJK font installed (run tools/system-deps)"
    pdf = notice_pdf(build_notice([demo_detail("330602-XK-0201")], hall_name="越城区政务服务中心",
                                  issued_on=dt.date(2026, 11, 23)))
    fonts = [font.get_object() for font in pypdf.PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()]
    embedded = [font for font in fonts if font["/Subtype"] == "/TrueType"
                and "/FontFile2" in font["/FontDescriptor"].get_object()]
    assert embedded and all("/ToUnicode" in font for font in embedded)  # ToUnicode: the text extracts as Chinese
