"""一次性告知单: the A4 notice for the chosen items or 一件事 — preview, print on A4, print the short slip.

The notice comes from the core (``hall.catalog.notice``: merged list, duplicates merged) and is laid
out by ``printers.documents`` off the Qt thread; the dialog only shows and prints the result.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hallclient.notice import Notice
from printers.documents.notice import notice_pdf
from printers.documents.receipts import notice_slip
from ui import ops
from ui.acceptance.pdf_view import PdfPreview
from ui.acceptance.printing import print_a4, print_slip
from ui.context import AppContext
from ui.queue.message import MessageLine


class NoticeDialog(QDialog):
    def __init__(self, ctx: AppContext, codes: Sequence[str], bundle_code: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.codes, self.bundle_code = ctx, tuple(codes), bundle_code
        self.notice: Notice | None = None
        self.pdf = b""
        self.setObjectName("noticeDialog")
        self.setWindowTitle(self.tr("一次性告知单"))
        self.resize(900, 1000)
        self.preview = PdfPreview()
        self.message = MessageLine()
        self.print_button = QPushButton(self.tr("打印 A4  (Ctrl+P)"))
        self.print_button.setObjectName("primaryButton")
        self.slip_button = QPushButton(self.tr("打印小票"))
        close = QPushButton(self.tr("关闭  (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.slip_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(lambda: self._spawn(self.print_a4()))
        self.slip_button.clicked.connect(lambda: self._spawn(self.print_slip()))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_button.click)
        self._enable(False)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        ops.spawn(coro, on_error=self.message.show_error, key=(self, "print"))

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.slip_button.setEnabled(ready)

    async def load(self) -> None:
        """Build the notice in the core and lay it out; errors (no item chosen) show in the message line."""
        hall = self.ctx.hall
        self.message.show_message(self.tr("正在生成告知单…"))
        self.notice = await ops.db(lambda: hall.catalog.notice(self.codes, self.bundle_code))
        self.pdf = await ops.net(notice_pdf, self.notice)
        self.preview.show_pdf(self.pdf)
        self.message.show_message(self.tr("共 {items} 个事项、{materials} 项材料").format(
            items=len(self.notice.items), materials=len(self.notice.materials)))
        self._enable(True)
        self.print_button.setFocus()

    async def print_a4(self) -> None:
        if await print_a4(self, [self.pdf], self.ctx.hall.settings["a4_printer"]):
            self.message.show_message(self.tr("告知单已送往打印机"))

    async def print_slip(self) -> None:
        assert self.notice is not None
        self.message.show_message(await print_slip(self.ctx, notice_slip(self.notice), self.tr("告知单小票已打印")))
