"""The Chinese font of the A4 documents: the first installed candidate, embedded in every PDF.

reportlab embeds only TrueType outlines (``.ttf`` and ``.ttc`` with TrueType glyphs). Noto Sans CJK
(``fonts-noto-cjk``), which the screen uses on Linux, is an OpenType font with CFF outlines that
reportlab refuses ("postscript outlines are not supported"), so on Linux the documents use
WenQuanYi Micro Hei (``fonts-wqy-microhei``, installed by ``tools/system-deps``) or another TrueType
CJK font; Windows always has Microsoft YaHei and SimSun. If none is found, the built-in CID font
``STSong-Light`` is used: text still extracts as Chinese, but the glyphs are not embedded and the
PDF viewer or printer must supply a Song font.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FontFile:
    """A TrueType font file; ``subfont`` picks the face inside a ``.ttc`` collection."""

    path: Path
    subfont: int = 0


_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"

#: Where the documents look for a Chinese TrueType font, in order of preference.
CANDIDATES: tuple[FontFile, ...] = (
    FontFile(_WINDOWS_FONTS / "msyh.ttc"),  # Microsoft YaHei 微软雅黑
    FontFile(_WINDOWS_FONTS / "simsun.ttc"),  # SimSun 宋体
    FontFile(_WINDOWS_FONTS / "simhei.ttf"),  # SimHei 黑体
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")),  # fonts-wqy-microhei
    FontFile(Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")),  # fonts-wqy-zenhei
    FontFile(Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),  # fonts-droid-fallback
    FontFile(Path("/usr/share/fonts/truetype/arphic/uming.ttc")),  # fonts-arphic-uming
    FontFile(Path("/System/Library/Fonts/Supplemental/Songti.ttc")),  # macOS
)

#: reportlab's built-in Adobe CID font: always available, not embedded.
CID_FALLBACK = "STSong-Light"


@functools.cache
def document_font(candidates: tuple[FontFile, ...] = CANDIDATES) -> str:
    """Register the first usable candidate with reportlab and return its font name (else the CID font)."""
    for candidate in candidates:
        if not candidate.path.is_file():
            continue
        name = f"HallCJK-{candidate.path.stem}-{candidate.subfont}"
        try:
            pdfmetrics.registerFont(TTFont(name, str(candidate.path), subfontIndex=candidate.subfont))
        except (TTFError, OSError) as exc:  # e.g. CFF outlines, a damaged file
            log.warning("font %s unusable for PDF documents: %s", candidate.path, exc)
            continue
        return name
    log.warning("no TrueType Chinese font found; PDF documents use the non-embedded %s", CID_FALLBACK)
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return CID_FALLBACK
