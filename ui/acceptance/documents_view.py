"""文书: the papers of the decision — each A4 PDF previewed, all printed through the OS dialog (Ctrl+P),
and the short version on the receipt printer."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ui import ops
from ui.acceptance.paperwork import NO_PAPERS, Papers
from ui.acceptance.pdf_view import PdfPreview
from ui.acceptance.printing import print_a4, print_slip
from ui.context import AppContext
from ui.queue.message import MessageLine


class DocumentsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.papers = NO_PAPERS
        self.printed = 0  # A4 print jobs sent (the benchmark and tests count them)
        self.names = QListWidget()
        self.names.setObjectName("documentList")
        self.names.setMaximumWidth(180)
        self.preview = PdfPreview()
        self.empty = QLabel(self.tr("作出受理决定后，在此预览和打印文书"))
        self.empty.setObjectName("panelHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("打印全部文书  (Ctrl+P)"))
        self.print_button.setObjectName("primaryButton")
        self.slip_button = QPushButton(self.tr("打印小票"))
        self.message = MessageLine()
        body = QHBoxLayout()
        body.addWidget(self.names)
        body.addWidget(self.preview, 1)
        body.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.names.currentRowChanged.connect(self._show)
        self.print_button.clicked.connect(lambda: self._run(self.print_all()))
        self.slip_button.clicked.connect(lambda: self._run(self.print_slip()))
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_button.click,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_papers(self.papers)

    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        ops.spawn(coro, on_error=self.message.show_error, key=(self, "print"))

    def show_papers(self, papers: Papers) -> None:
        self.papers = papers
        self.names.clear()
        self.names.addItems([QCoreApplication.translate("core", name) for name, _pdf in papers.documents])
        has = bool(papers.documents)
        for widget in (self.names, self.preview):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.print_button.setEnabled(has)
        self.slip_button.setEnabled(papers.slip is not None)
        self.message.clear()
        if has:
            self.names.setCurrentRow(0)
        else:
            self.preview.clear()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.papers.documents):
            self.preview.show_pdf(self.papers.documents[row][1])

    async def print_all(self) -> bool:
        """Every paper of the decision as one print job (the clerk picks the printer once)."""
        pdfs = [pdf for _name, pdf in self.papers.documents]
        if not pdfs or not await print_a4(self, pdfs, self.ctx.hall.settings["a4_printer"]):
            return False
        self.printed += 1
        names = "、".join(self.names.item(i).text() for i in range(self.names.count()))
        self.message.show_message(self.tr("已送往打印机：{names}").format(names=names))
        return True

    async def print_slip(self) -> None:
        if self.papers.slip is not None:
            self.message.show_message(await print_slip(self.ctx, self.papers.slip, self.tr("小票已打印")))
