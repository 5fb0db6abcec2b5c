"""Steps the acceptance UI tests share: a called ticket, typing where the focus is, reading the core,
answering the OS print dialog into a PDF file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.services.case_views import CaseDetail
from sync.queue_api import QueueApi
from ui import ops

PERSON = ("王建军", "330602196803140314", "13905751234")  # holds e-licences in the demo library
COMPANY_SETUP = "330602-XK-0201"  # 企业设立登记 (B)
SOCIAL_INSURANCE = "330602-GG-0209"  # 单位社会保险参保登记 (B)
SELF_EMPLOYED = "330602-XK-0204"  # 个体工商户设立登记: 申请人身份证明 may come from the e-licence library


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: Any, ui: Any, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the focus is and let what it started finish."""
    qtbot.keyClick(focused(), which, modifier)
    ui.settle()


def type_text(qtbot: Any, text: str) -> None:
    """Type into the focused field (Chinese as an input method commits it: QTest types ASCII only)."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
    else:
        edit = focused()
        assert isinstance(edit, QLineEdit)
        edit.insert(text)


def call_ticket(ui: Any, clerk: Any, qtbot: Any, item_code: str | None = None, zone: str = "B") -> str:
    """Issue a 受理号 (for an item, as the guide desk does) and call it with F1; returns its number."""
    api = QueueApi(ui.ctx.hall, ui.ctx.client)
    issued = ui.run(ops.net(lambda: api.issue("accept", zone_code=None if item_code else zone, item_code=item_code)))
    number = issued.ticket.number
    qtbot.keyClick(clerk, Qt.Key.Key_F1)
    ui.wait_until(lambda: clerk.acceptance.case.ticket is not None and clerk.acceptance.case.ticket.number == number)
    ui.settle()
    return number


def case_of(ui: Any, panel: Any) -> CaseDetail:
    case_id = panel.case_id
    assert case_id is not None
    found = ui.run(ops.db(lambda: ui.ctx.hall.cases.get(case_id)))
    assert found is not None
    return found


def row_index(panel: Any, key_: str) -> int:
    return next(i for i, row in enumerate(panel.checklist.rows) if row.key == key_)


def shown_state(panel: Any, key_: str) -> str:
    """A material's state as the checklist shows it (the panel redraws after every change)."""
    return next(str(row.state) for row in panel.checklist.rows if row.key == key_)


def print_dialog() -> QPrintDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible()), None)


def answer_print(ui: Any, path: Path) -> None:
    """The clerk presses Enter in the OS print dialog; the "printer" writes ``path`` (a PDF)."""
    ui.wait_until(lambda: print_dialog() is not None)
    dialog = print_dialog()
    assert dialog is not None
    target = dialog.findChild(QLineEdit, "filename")  # Qt's own dialog: no printer here, "Print to File (PDF)"
    assert target is not None
    target.setText(str(path))
    dialog.accept()
    ui.wait_until(lambda: path.exists() and path.stat().st_size > 0)
    ui.settle()
    reactivate(ui)


def reactivate(ui: Any) -> None:
    """Offscreen there is no window manager to give the main window back its activation after a dialog."""
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QDialog))
    window.activateWindow()
    ui.wait_until(lambda: QApplication.focusWidget() is not None)


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF as pypdf extracts it, without whitespace (wrapping breaks lines anywhere)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def pdf_pages(pdf: Path | bytes) -> int:
    return len(pypdf.PdfReader(str(pdf) if isinstance(pdf, Path) else io.BytesIO(pdf)).pages)


def open_case(ui: Any, panel: Any, items: tuple[str, ...], applicant: Any = None) -> CaseDetail:
    """A case opened in the core (as the intake form would) and shown in the panel, cursor on row 1."""
    hall, ctx = ui.ctx.hall, ui.ctx
    who = applicant or Applicant(ApplicantKind.PERSON, *PERSON[:2], phone=PERSON[2])
    case_id = ui.run(ops.db(lambda: hall.cases.open_case(applicant=who, items=items, clerk=ctx.user.username,
                                                         window_id=ctx.window_id).value))
    panel.open_case(case_id)
    ui.wait_until(lambda: panel.case is not None and panel.case.id == case_id)
    ui.settle()
    return case_of(ui, panel)
