"""``scan_page_ms`` / ``scan_page_kb``: an A4 200 dpi colour scan to one compressed PDF page.

The scan is generated to look like a real one: off-white paper with sensor noise, a heading, 22
lines of Chinese text, a ruled table filled in and a signature. It arrives as the colour JPEG
(quality 90) that scanner software and document cameras write by default; ``scan_page_ms`` is the
median time of ``compose`` for that one page (decoding, greyscale, JPEG quality 75, the PDF page) and
``scan_page_kb`` the PDF's size. ``scan_page_ms_png`` is the same from a lossless PNG (its zlib
decoding dominates), and ``scan_page_kb_colour`` the size of a page with a red seal, which
``needs_colour`` keeps in colour.
"""

from __future__ import annotations

import io
import random
import statistics
import time

from PIL import Image, ImageDraw, ImageFont

from hallclient.scanning.compose import compose
from hallclient.scanning.images import needs_colour
from hallclient.scanning.model import IMAGE, PageSpec
from printers.documents.fonts import CANDIDATES

A4_MM = (210, 297)
_TEXT = ("申请人承诺所提交的材料真实有效经营场所使用证明公司章程股东会决议法定代表人任职文件住所登记"
         "营业执照副本复印件统一社会信用代码注册资本经营范围以工商登记机关核准为准年月日签字盖章")


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for candidate in CANDIDATES:
        if candidate.path.is_file():
            return ImageFont.truetype(str(candidate.path), size, index=candidate.subfont)
    return ImageFont.load_default(size)


def document_page(dpi: int = 200, *, seal: bool = False, seed: int = 1) -> Image.Image:
    """An RGB scan of a filled-in A4 form at ``dpi``, optionally with a red seal."""
    rng = random.Random(seed)
    width, height = (round(mm / 25.4 * dpi) for mm in A4_MM)
    paper = Image.new("RGB", (width, height), (246, 244, 238))
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    page = Image.blend(paper, noise, 0.06)
    draw = ImageDraw.Draw(page)
    unit = dpi / 200
    body, title = _font(round(28 * unit)), _font(round(48 * unit))
    margin = round(160 * unit)
    draw.text((width // 2, round(180 * unit)), "企业设立登记申请书", font=title, fill=(25, 25, 25), anchor="mm")
    y = round(300 * unit)
    for _ in range(22):
        line = "".join(rng.choice(_TEXT) for _ in range(rng.randint(30, 44)))
        draw.text((margin, y), line, font=body, fill=(30, 30, 35))
        y += round(46 * unit)
    rows, columns = 8, 4
    cell_w, cell_h = (width - 2 * margin) // columns, round(60 * unit)
    for row in range(rows + 1):
        draw.line((margin, y + row * cell_h, width - margin, y + row * cell_h), fill=(40, 40, 40), width=2)
    for column in range(columns + 1):
        draw.line((margin + column * cell_w, y, margin + column * cell_w, y + rows * cell_h), fill=(40, 40, 40),
                  width=2)
    for row in range(rows):
        for column in range(columns):
            text = "".join(rng.choice(_TEXT) for _ in range(rng.randint(3, 8)))
            draw.text((margin + column * cell_w + 10, y + row * cell_h + 14), text, font=body, fill=(30, 30, 35))
    y += rows * cell_h + round(120 * unit)
    draw.line([(width - margin - 420 * unit + i * 12 * unit, y + rng.randint(-25, 25) * unit) for i in range(30)],
              fill=(20, 30, 90), width=round(4 * unit))
    if seal:
        centre, radius = (width - margin - 250 * unit, y - 40 * unit), 160 * unit
        box = (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius)
        draw.ellipse(box, outline=(200, 30, 35), width=round(9 * unit))
        draw.text(centre, "★", font=title, fill=(200, 30, 35), anchor="mm")
    return page


def encoded(image: Image.Image, format: str, dpi: int = 200) -> bytes:
    """The scan as its software saves it: ``JPEG`` (quality 90) or ``PNG``."""
    buffer = io.BytesIO()
    image.save(buffer, format=format, dpi=(dpi, dpi), **({"quality": 90} if format == "JPEG" else {}))
    return buffer.getvalue()


def _one_page(data: bytes, colour: bool = False) -> tuple[float, int]:
    started = time.perf_counter()
    pdf = compose([PageSpec("scan", IMAGE, colour=colour)], lambda _sha: data)
    return (time.perf_counter() - started) * 1000, len(pdf)


def _median_ms(data: bytes) -> tuple[float, int]:
    runs = [_one_page(data) for _ in range(10)]
    return statistics.median(ms for ms, _ in runs), runs[0][1]


def run() -> dict[str, float]:
    plain, sealed = document_page(), document_page(seal=True)
    assert not needs_colour(plain) and needs_colour(sealed)
    jpeg = encoded(plain, "JPEG")
    _one_page(jpeg)  # warm-up: imports, JPEG tables
    jpeg_ms, size = _median_ms(jpeg)
    png_ms, _size = _median_ms(encoded(plain, "PNG"))
    _ms, colour_size = _one_page(encoded(sealed, "JPEG"), colour=True)
    return {
        "scan_page_ms": round(jpeg_ms, 1),
        "scan_page_kb": round(size / 1024, 1),
        "scan_page_ms_png": round(png_ms, 1),
        "scan_page_kb_colour": round(colour_size / 1024, 1),
    }
