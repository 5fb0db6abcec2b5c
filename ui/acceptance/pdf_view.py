"""Previews of PDF bytes with QtPdf's ``QPdfView``: in place (documents, notices) or in a window (scans)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from ui.acceptance.pdf_render import LoadedPdf


class PdfPreview(QWidget):
    """Shows one PDF at a time, all pages scrolling, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView()
        self.view.setObjectName("pdfPreview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # fit-to-width and an on-demand scroll bar can push each other back and forth forever
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf: LoadedPdf | None = None
        self._blank = QPdfDocument(self)  # shown when cleared (QPdfView warns about a null document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, data: bytes) -> None:
        self.pdf = LoadedPdf(data)
        self.view.setDocument(self.pdf.document)

    def clear(self) -> None:
        self.view.setDocument(self._blank)
        self.pdf = None

    @property
    def pages(self) -> int:
        return self.pdf.pages if self.pdf is not None else 0


class PdfDialog(QDialog):
    """A large preview of one PDF (a scanned page, a material's whole PDF) in its own window."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfDialog")
        self.setWindowTitle(title)
        self.resize(820, 1000)
        self.preview = PdfPreview()
        self.preview.show_pdf(data)
        close = QPushButton(self.tr("关闭  (Esc)"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close)
