"""The decision dialog shows what the rules say (the core's preview) and lets the clerk only confirm,
sign the 告知承诺 where every item allows it, or refuse with a mandatory reason; then the papers, the
deadline with its 暂定 mark and the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from hallclient import clock
from hallclient.domain.cases import MaterialState
from tests.acceptance_ui.helpers import COMPANY_SETUP, SOCIAL_INSURANCE, case_of, open_case, pdf_text, row_index
from ui import ops
from ui.acceptance.decision_dialog import DecisionDialog
from ui.acceptance.printing import PrintDialog

FOOD = "330602-XK-0206"  # 食品经营许可: 承诺件, allows 告知承诺, 食品安全规章制度 may be deferred
BASIC_ALLOWANCE = "330602-GF-0401"  # 最低生活保障申请: promised within 20 working days


def _check(ui: Any, panel: Any, **states: str) -> None:
    """Receive every required material but those named (key → state) — as the keys would."""
    hall, case = ui.ctx.hall, panel.case
    for row in case.checklist:
        state = states.get(row.key, "received" if row.required and row.state == "pending" else None)
        if state is not None:
            ui.run(ops.db(lambda r=row, s=state: hall.cases.set_material(
                case.id, r.id, s, form="original" if s == "received" else None,
                note="缺少签章" if s == "defective" else None, actor="demo")))
    ui.settle()


def _decision(panel: Any, ui: Any, qtbot: Any) -> DecisionDialog:
    panel.checklist.table.setFocus()
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_F9)
    ui.wait_until(lambda: isinstance(panel.dialog, DecisionDialog) and panel.dialog.rules is not None)
    return panel.dialog


def _cancel_printing(ui: Any) -> None:
    ui.wait_until(lambda: any(isinstance(w, PrintDialog) and w.isVisible() for w in _windows()))
    next(w for w in _windows() if isinstance(w, PrintDialog) and w.isVisible()).reject()
    ui.settle()


def _windows() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_only_deferrable_materials_missing_is_a_deferred_acceptance(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (FOOD,))
    _check(ui, panel, food_safety_rules="missing")
    dialog = _decision(panel, ui, qtbot)
    assert dialog.verdict.text() == "容缺受理"
    assert "请申请人在" in dialog.detail.text()
    assert "缺少「食品安全管理制度目录及食品安全管理人员信息」" in dialog.detail.text()
    assert dialog.detail.text().endswith("将出具：受理回执、容缺补交承诺书")
    assert dialog.commitment.isEnabled()  # 食品经营许可 allows 告知承诺
    dialog.commitment.setChecked(True)
    ui.wait_until(lambda: dialog.verdict.text() == "受理（告知承诺）")
    assert "以告知承诺代替下列材料" in dialog.detail.text()
    dialog.commitment.setChecked(False)
    ui.wait_until(lambda: dialog.verdict.text() == "容缺受理")
    dialog.confirm()
    _cancel_printing(ui)  # the clerk may print later (Ctrl+P on the 文书 tab)
    assert [name for name, _pdf in panel.documents.papers.documents] == ["受理回执", "容缺补交承诺书"]
    assert panel.documents.printed == 0 and panel.documents.print_button.isEnabled()
    pledge = pdf_text(panel.documents.papers.documents[1][1])
    assert "食品安全管理制度目录及食品安全管理人员信息" in pledge and "容缺补交承诺书" in pledge
    assert panel.case.status_label == "已受理" and not panel.decide_button.isEnabled()


def test_refusing_needs_a_reason_and_gives_the_appeal_rights(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (COMPANY_SETUP,))
    dialog = _decision(panel, ui, qtbot)
    assert dialog.verdict.text() == "补正"  # nothing checked yet: everything is to be supplied
    assert not dialog.reason.isEnabled()
    dialog.refuse.setChecked(True)
    assert dialog.verdict.text() == "不予受理" and dialog.reason.isEnabled()
    dialog.confirm()  # the question stays open: wait for its answer line, not for the whole panel
    ui.wait_until(lambda: bool(dialog.message.text()))
    assert dialog.message.text() == "必须填写不予受理的理由" and dialog.isVisible()
    assert ui.run(ops.db(lambda: ui.ctx.hall.cases.get(panel.case_id))).status_label == "已接件"
    dialog.reason.setPlainText("申请事项依法不需要取得行政许可")
    dialog.confirm()
    _cancel_printing(ui)
    [(name, pdf)] = panel.documents.papers.documents
    text = pdf_text(pdf)
    assert name == "不予受理决定书" and "申请事项依法不需要取得行政许可" in text and "行政复议" in text
    assert panel.documents.papers.slip is None and not panel.documents.slip_button.isEnabled()
    case = case_of(ui, panel)
    assert (case.status_label, case.decision_reason) == ("不予受理", "申请事项依法不需要取得行政许可")


def test_no_commitment_when_an_item_does_not_allow_it(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (COMPANY_SETUP, SOCIAL_INSURANCE))  # 单位社会保险参保登记 excludes 告知承诺
    dialog = _decision(panel, ui, qtbot)
    assert not dialog.commitment.isEnabled()
    assert dialog.commitment.toolTip() == "不适用告知承诺制：单位社会保险参保登记"
    dialog.reject()
    ui.settle()
    assert panel.dialog is None and case_of(ui, panel).status_label == "已接件"


@pytest.fixture
def december() -> Iterator[None]:
    """21 December 2026, 10:00 in the hall: 20 working days later is in 2027, whose holidays are unpublished."""
    now = dt.datetime(2026, 12, 21, 10, 0, tzinfo=clock.HALL_TZ)
    clock.set_source(lambda: now.astimezone(dt.UTC))
    yield
    clock.set_source(None)


def test_a_deadline_in_an_unpublished_year_is_marked_provisional(december: None, panel: Any, ui: Any,
                                                                 qtbot: Any) -> None:
    open_case(ui, panel, (BASIC_ALLOWANCE,))
    assert panel.header.deadline.text() == "承诺办结：受理后计算" and not panel.header.provisional.isVisibleTo(panel)
    _check(ui, panel)
    dialog = _decision(panel, ui, qtbot)
    assert dialog.verdict.text() == "受理"
    assert "（暂定）" in dialog.detail.text()
    dialog.confirm()
    _cancel_printing(ui)
    case = case_of(ui, panel)
    assert case.deadline is not None and case.deadline.provisional and case.deadline.date.year == 2027
    assert panel.header.deadline.text() == f"承诺办结：{case.deadline.date.isoformat()}"
    assert panel.header.provisional.isVisibleTo(panel) and not panel.timeline.provisional.isHidden()
    entries = [panel.timeline.entries.topLevelItem(i) for i in range(panel.timeline.entries.topLevelItemCount())]
    assert [(e.text(1), e.text(0)[:10]) for e in entries] == [("1 已接件", "2026-12-21"), ("3 已受理", "2026-12-21")]
    assert "承诺办结日期" in pdf_text(panel.documents.papers.documents[0][1])
    assert "暂定" in pdf_text(panel.documents.papers.documents[0][1])


def test_materials_still_arrive_after_a_deferred_acceptance(panel: Any, ui: Any, qtbot: Any) -> None:
    open_case(ui, panel, (FOOD,))
    _check(ui, panel, food_safety_rules="missing")
    dialog = _decision(panel, ui, qtbot)
    dialog.confirm()
    _cancel_printing(ui)
    panel.checklist.table.setCurrentCell(row_index(panel, "food_safety_rules"), 0)
    panel.checklist.table.setFocus()
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_1)  # the applicant brings it within the deadline
    ui.wait_until(lambda: panel.checklist.rows[row_index(panel, "food_safety_rules")].state == MaterialState.RECEIVED)
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_6)  # but a decided case's key materials stay as they were
    ui.settle()
    assert panel.message.text().startswith("办件") and "不能修改材料核验结果" in panel.message.text()
