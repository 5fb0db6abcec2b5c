"""Printing papers: A4 PDFs through the operating system's print dialog, short slips on the receipt printer.

The A4 path renders each PDF page with QtPdf at the printer's resolution and paints it (on the network
pool: ``QPainter`` may paint a ``QPrinter`` off the Qt thread), so what comes out is exactly the PDF
that was previewed. The slip path is the ticket printer's (``printers.job.print_blocks``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from printers.errors import PrinterError
from printers.job import print_blocks
from printers.slips import ReceiptSlip, receipt_layout
from printers.status import Condition
from ui import ops
from ui.acceptance.pdf_render import LoadedPdf
from ui.context import AppContext
from ui.queue.dialogs import ask


class PrintDialog(QPrintDialog):
    """The OS print dialog with an argument-free ``open()`` (PySide6 only binds the receiver/slot
    overload), so :func:`ui.queue.dialogs.ask` can await it like any dialog."""

    def open(self) -> None:  # type: ignore[override]
        QDialog.open(self)


async def print_a4(parent: QWidget, pdfs: Sequence[bytes], printer_name: str = "") -> bool:
    """Ask the clerk where to print (the ``a4_printer`` setting preselected), then print every page of
    ``pdfs`` as one job; False when the clerk cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the documents carry their own margins
    dialog = PrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印"))
    if not await ask(dialog):
        return False
    await ops.net(paint_pdfs, printer, pdfs)
    return True


def paint_pdfs(printer: QPrinter, pdfs: Sequence[bytes]) -> None:
    """Paint the pages of ``pdfs`` onto ``printer`` (blocking: the network pool)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError("打印机 {name} 无法开始打印，请检查打印机是否在线", name=printer.printerName() or "PDF")
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        first = True
        for data in pdfs:
            pdf = LoadedPdf(data)
            for page in range(pdf.pages):
                if not first:
                    printer.newPage()
                first = False
                image = pdf.render(page, dpi=printer.resolution())
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
    finally:
        painter.end()


async def print_slip(ctx: AppContext, slip: ReceiptSlip, done: str) -> str:
    """Print ``slip`` on the ``ticket_printer``; returns ``done`` followed by the printer's warnings
    (a roll running out), translated, for the panel's message line."""
    settings = ctx.hall.settings
    url, paper_mm = settings["ticket_printer"], int(settings["ticket_paper_mm"])
    if not url:
        raise PrinterError("未设置小票打印机，请在“系统 → 设置 → 打印机”中设置")
    warnings: list[Condition] = await ops.net(lambda: print_blocks(url, receipt_layout(slip, paper_mm)))
    separator = QCoreApplication.translate("printing", "；")
    return separator.join([done, *(QCoreApplication.translate("core", w.value) for w in warnings)])
