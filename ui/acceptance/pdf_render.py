"""PDF pages as QImages through QtPdf, callable on any thread (thumbnails and printing run on ``ops.net``).

QtPdf serialises its PDFium calls internally, so a document loaded and rendered on a pool thread is
safe; a QImage (unlike a QPixmap) may be made off the Qt thread and handed back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from hallclient.errors import ValidationError

POINTS_PER_INCH = 72.0


class LoadedPdf:
    """A PDF held in memory with the buffer QtPdf reads from (the buffer must outlive the document)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValidationError("PDF 文件无法显示：{error}", error=self.document.error().name)

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def render(self, page: int, *, width: int | None = None, dpi: float | None = None) -> QImage:
        """One page at ``width`` pixels wide (thumbnails) or at ``dpi`` (printing, PNG snapshots)."""
        points = self.document.pagePointSize(page)
        scale = width / points.width() if width else (dpi or 96.0) / POINTS_PER_INCH
        size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
        image = self.document.render(page, size)
        # PDFium leaves the unpainted page transparent: paper is white
        white = QImage(image.size(), QImage.Format.Format_RGB32)
        white.fill(0xFFFFFFFF)
        painter = QPainter(white)
        painter.drawImage(0, 0, image)
        painter.end()
        return white


def first_page(data: bytes, width: int) -> QImage:
    """The first page of ``data`` as a ``width``-pixel image (a scanned page's thumbnail)."""
    return LoadedPdf(data).render(0, width=width)
