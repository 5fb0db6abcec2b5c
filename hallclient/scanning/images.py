"""Image pages for a material PDF: decoded, set upright, downscaled to 200 dpi and JPEG-compressed.

Choices (issue 5: "under 400 KB per A4 page at 200 dpi grey"):

- **200 dpi**: enough to read small print and stamps, and what 《政务服务电子文件》 practice asks of
  scanned documents; a 300 or 600 dpi scan is scaled down, a smaller one is kept as it is. An image
  without a plausible resolution (a camera frame) is taken to be one A4 page tall.
- **grey unless colour is needed**: most documents are black on white, and grey is a third of the
  size. A page where a noticeable share of pixels is strongly coloured — a red seal (公章), a coloured
  certificate — keeps its colour (:func:`needs_colour`, decided when the page is added; the clerk can
  switch it).
- **JPEG quality 75**: text stays sharp at 200 dpi; a full text page with paper noise comes to ~380 KB grey
  (``bench/scanning.py``), a cleaner one far less.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageOps

TARGET_DPI = 200
JPEG_QUALITY = 75
A4_LONG_INCHES = 297 / 25.4
#: A resolution outside this range says nothing (72 or 96 dpi is what many programs write by default).
_PLAUSIBLE_DPI = (100, 2400)
#: Share of strongly coloured pixels above which a page keeps its colour (a 40 mm seal is ~0.5 %).
COLOUR_SHARE = 0.002
_SATURATION, _BRIGHTNESS = 90, 60
_ORIENTATION = 0x0112  # EXIF tag
_TRANSPOSE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


@dataclass(frozen=True)
class Frame:
    """One decoded page of an image file and its resolution (``None`` when the file does not say)."""

    image: Image.Image
    dpi: float | None


@dataclass(frozen=True)
class JpegPage:
    """A page image ready for the PDF: JPEG bytes, pixel size, and the resolution it is printed at."""

    data: bytes
    width: int
    height: int
    grey: bool
    dpi: float

    @property
    def size_points(self) -> tuple[float, float]:
        """The page size in PDF points (1/72 inch)."""
        return self.width * 72 / self.dpi, self.height * 72 / self.dpi


def open_frame(data: bytes, frame: int, *, grey: bool = False) -> Frame:
    """Frame ``frame`` of an image file (multi-page TIFF), decoded and turned upright by its EXIF tag.

    ``grey``: the page will be grey anyway, so a JPEG is decoded straight to grey (libjpeg skips the
    colour conversion: about a third of the decoding time of a scan).
    """
    image = Image.open(io.BytesIO(data))
    image.seek(frame)
    if grey and image.format in ("JPEG", "MPO"):
        image.draft("L", image.size)
    image.load()
    upright = ImageOps.exif_transpose(image) if image.getexif().get(_ORIENTATION, 1) != 1 else image
    return Frame(upright, _dpi(image))


def _dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    return value if _PLAUSIBLE_DPI[0] <= value <= _PLAUSIBLE_DPI[1] else None


def flatten(image: Image.Image) -> Image.Image:
    """RGB or L, transparency composited on white paper (PNG screenshots, camera frames with alpha)."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("1", "I", "I;16", "F"):
        return image.convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def needs_colour(image: Image.Image) -> bool:
    """Whether the page has enough strongly coloured pixels (seal, coloured form) to keep its colour."""
    flat = flatten(image)
    if flat.mode == "L":
        return False
    small = flat.reduce(max(1, min(flat.size) // 256))
    _hue, saturation, value = small.convert("HSV").split()
    strong = ImageChops.multiply(saturation.point(lambda s: 255 if s > _SATURATION else 0),
                                 value.point(lambda v: 255 if v > _BRIGHTNESS else 0))
    return strong.histogram()[255] > COLOUR_SHARE * small.width * small.height


def page_jpeg(frame: Frame, *, rotation: int = 0, colour: bool = False) -> JpegPage:
    """The page at no more than 200 dpi, turned ``rotation`` degrees clockwise, as a grey or colour JPEG."""
    flat = flatten(frame.image)
    if not colour and flat.mode != "L":
        flat = flat.convert("L")
    dpi = frame.dpi or max(flat.size) / A4_LONG_INCHES
    if dpi > TARGET_DPI:
        size = (max(1, round(flat.width * TARGET_DPI / dpi)), max(1, round(flat.height * TARGET_DPI / dpi)))
        flat = flat.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        dpi = TARGET_DPI
    if rotation % 360:
        flat = flat.transpose(_TRANSPOSE[rotation % 360])
    buffer = io.BytesIO()
    flat.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return JpegPage(buffer.getvalue(), flat.width, flat.height, flat.mode == "L", dpi)
