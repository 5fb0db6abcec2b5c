"""The window's case area against the real central service: the clerk workspace of the demo user (W05),
generated scans (Pillow, reportlab) and a print dialog answered into a PDF file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.scanning import document_page
from printers.documents.fonts import document_font
from tests.conftest import UiHarness


def _wind_down(ui: UiHarness) -> None:
    """Before the workspace closes: answer any question still open (a failed test may leave one), then
    let the work it started finish, so nothing touches a deleted widget."""
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QDialog) and window.isVisible():
            window.reject()
    ui.settle()


def shown(qtbot: Any, widget: Any, ui: UiHarness, size: tuple[int, int] = (1800, 1000)) -> Any:
    """Show a workspace as the active window (shortcuts need it) once its first refresh is done."""
    qtbot.addWidget(widget, before_close_func=lambda _w: _wind_down(ui))
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)
    ui.settle()
    return widget


@pytest.fixture
def clerk(ui: UiHarness, qtbot: Any) -> Any:
    """The demo user's window W05 (商事登记 B, 社会事务 E), shown as the active window."""
    from ui.workspaces.clerk import ClerkWorkspace

    return shown(qtbot, ClerkWorkspace(ui.ctx), ui)


@pytest.fixture
def panel(clerk: Any) -> Any:
    """The case panel (受理) of the clerk workspace."""
    return clerk.acceptance.case


@pytest.fixture(scope="session")
def scan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A JPEG photo of a form (60 dpi: quick), a PNG, a two-page PDF and a file that is no image."""
    folder = tmp_path_factory.mktemp("scans")
    page = document_page(60)
    page.save(folder / "form.jpg", quality=85)
    document_page(60, seed=2).save(folder / "form.png")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in (1, 2):
        canvas.setFont(document_font(), 14)
        canvas.drawString(72, 760, f"公司章程 第 {number} 页")
        canvas.showPage()
    canvas.save()
    (folder / "articles.pdf").write_bytes(buffer.getvalue())
    (folder / "broken.jpg").write_bytes(b"this is not a picture")
    return {"jpg": folder / "form.jpg", "png": folder / "form.png", "pdf": folder / "articles.pdf",
            "broken": folder / "broken.jpg"}
