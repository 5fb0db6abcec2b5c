"""Checking an incoming file before any of it is kept: what it is, how many pages, whether it is usable.

Every refusal is a :class:`ScanError` with a Chinese message that names the file and says what to
do; it is raised before anything is stored, so a bad file changes nothing and the case stays
editable. A PDF or image with more pages than the hall's limit (``scans.max_pages``, default 200) is
refused rather than accepted with a warning: one material of hundreds of pages is almost always the
wrong file (a whole archive), and its PDF would take a counter's uplink for many minutes.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import pikepdf
from PIL import Image, UnidentifiedImageError

from hallclient.scanning.images import needs_colour
from hallclient.scanning.model import DEFAULT_MAX_PAGES, IMAGE, PDF, ScanError

#: Image formats scanners and cameras write, with the MIME type stored for them.
IMAGE_FORMATS = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
                 "BMP": "image/bmp"}


@dataclass(frozen=True)
class SourceFile:
    """What an accepted file holds: ``kind`` (pdf or image), its pages, and per page whether to keep colour."""

    kind: str
    mime: str
    pages: int
    colour: tuple[bool, ...]


def inspect(data: bytes, name: str, *, max_pages: int = DEFAULT_MAX_PAGES) -> SourceFile:
    """Check ``data`` (the file called ``name``) and describe it, or raise :class:`ScanError`."""
    if not data:
        raise ScanError("文件 {name} 是空文件（0 字节），请重新扫描", name=name)
    source = _inspect_pdf(data, name) if b"%PDF-" in data[:1024] else _inspect_image(data, name, max_pages)
    if source.pages > max_pages:
        raise ScanError("文件 {name} 共 {pages} 页，超过每次最多 {limit} 页的上限：请确认是否选错文件，"
                        "或拆分后分批导入", name=name, pages=source.pages, limit=max_pages)
    return source


def _inspect_pdf(data: bytes, name: str) -> SourceFile:
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        raise ScanError("PDF 文件 {name} 有密码保护，无法读取：请去除密码后再导入，或直接扫描纸质材料",
                        name=name) from None
    except pikepdf.PdfError:
        raise ScanError("PDF 文件 {name} 已损坏或不完整，无法读取，请重新扫描或重新导出", name=name) from None
    if pages == 0:
        raise ScanError("PDF 文件 {name} 没有任何页面", name=name)
    return SourceFile(PDF, "application/pdf", pages, (False,) * pages)


def _inspect_image(data: bytes, name: str, max_pages: int) -> SourceFile:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            mime = IMAGE_FORMATS.get(image.format or "")
            if mime is None:
                raise ScanError("文件 {name} 的格式（{format}）不支持，请使用 PDF、JPEG、PNG 或 TIFF",
                                name=name, format=image.format)
            frames = getattr(image, "n_frames", 1)
            if frames > max_pages:  # refused by inspect() before any frame is decoded
                return SourceFile(IMAGE, mime, frames, ())
            colour = []
            for frame in range(frames):
                image.seek(frame)
                image.load()
                colour.append(needs_colour(image))
    except UnidentifiedImageError:
        raise ScanError("文件 {name} 不是可识别的 PDF 或图片（JPEG、PNG、TIFF），请检查文件", name=name) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ScanError("图片 {name} 的像素过多，不像是扫描件，请检查文件", name=name) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ScanError("图片 {name} 已损坏或不完整（可能未传输完毕），请重新扫描", name=name) from None
    return SourceFile(IMAGE, mime, frames, tuple(colour))
