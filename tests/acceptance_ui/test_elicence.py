"""Key 4: the applicant's licences from the centre's e-licence library; expired ones flagged, unusable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from hallclient.domain.intake import Applicant, ApplicantKind
from tests.acceptance_ui.helpers import SELF_EMPLOYED, open_case, row_index, shown_state
from ui.acceptance.elicence_dialog import ELicenceDialog

EXPIRED_HOLDER = Applicant(ApplicantKind.PERSON, "何雨婷", "330604200002291843", phone="13705751111")


def _lookup(panel: Any, ui: Any, qtbot: Any) -> ELicenceDialog:
    panel.checklist.table.setCurrentCell(row_index(panel, "applicant_id"), 0)
    panel.checklist.table.setFocus()
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_4)
    ui.wait_until(lambda: isinstance(panel.dialog, ELicenceDialog) and panel.dialog.licences.count() > 0)
    return panel.dialog


def test_a_licence_of_the_applicant_replaces_the_paper(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (SELF_EMPLOYED,))
    dialog = _lookup(panel, ui, qtbot)
    assert dialog.heading.text() == "「申请人身份证明」可用：居民身份证"
    texts = [dialog.licences.item(i).text() for i in range(dialog.licences.count())]
    assert len(texts) == 4 and texts[0].startswith("居民身份证　330602196803140314")
    assert dialog.licences.currentRow() == 0  # the one of the kind the material names
    assert dialog.message.text() == "找到 4 个电子证照"
    qtbot.keyClick(dialog.licences, Qt.Key.Key_Return)
    ui.wait_until(lambda: shown_state(panel, "applicant_id") == "elicence")
    row = panel.checklist.rows[row_index(panel, "applicant_id")]
    assert row.elicence_number == "330602196803140314"
    assert "330602196803140314" in panel.checklist.table.item(row_index(panel, "applicant_id"), 3).text()


def test_a_licence_of_the_wrong_kind_is_refused_in_place(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (SELF_EMPLOYED,))
    dialog = _lookup(panel, ui, qtbot)
    dialog.licences.setCurrentRow(next(i for i in range(dialog.licences.count())
                                       if dialog.licences.item(i).text().startswith("户口簿")))
    dialog.use()
    ui.settle()
    assert dialog.message.text() == "材料「申请人身份证明」需要「居民身份证」，所选电子证照为「户口簿」"
    assert dialog.isVisible() and shown_state(panel, "applicant_id") == "pending"
    dialog.reject()


def test_an_expired_licence_is_flagged_and_cannot_be_used(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (SELF_EMPLOYED,), EXPIRED_HOLDER)
    dialog = _lookup(panel, ui, qtbot)
    [entry] = [dialog.licences.item(i) for i in range(dialog.licences.count())]
    assert entry.text().endswith("有效期至 2026-03-10　（已过期，不能使用）")
    assert not entry.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.use_button.isEnabled()
    assert (dialog.message.text(), dialog.message.level) == ("找到 1 个电子证照", "warning")
    dialog.reject()
