"""Opening a case: live ID/USCC checks with the reason, the core's refusals in place, the project code,
walk-ins with an agent and a 一件事, personal data masked in the lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.acceptance_ui.helpers import (
    COMPANY_SETUP,
    PERSON,
    SOCIAL_INSURANCE,
    call_ticket,
    case_of,
    focused,
    open_case,
    type_text,
)

APPROVAL = "330602-XK-0102"  # 企业投资项目核准: needs the 投资项目代码


def _verdict(field: Any) -> tuple[str, str]:
    return field.note.text(), field.note.property("level")


def test_id_number_is_checked_as_typed_with_the_reason(panel: Any, qtbot: Any) -> None:
    number = panel.intake.number
    number.edit.setFocus()
    type_text(qtbot, "1101051949")
    assert _verdict(number) == ("身份证号码应为 18 位，当前为 10 位", "typing")  # still typing: grey
    number.edit.setText("110105194913310020")
    assert _verdict(number) == ("身份证号码中的出生日期 19491331 不是有效日期", "error")
    number.edit.setText("110105194912310021")
    assert _verdict(number) == ("身份证号码校验位错误：末位应为 X", "error")
    number.edit.setText("11010519491231002x")
    assert _verdict(number) == ("✓ 校验通过", "ok")
    number.edit.setText("")
    assert not number.note.isVisibleTo(panel)


def test_organisations_get_the_uscc_check_and_a_legal_representative(panel: Any, ui: Any, qtbot: Any) -> None:
    intake = panel.intake
    intake.name.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert intake.company_button.isChecked()
    assert intake.form.labelForField(intake.number).text() == "统一社会信用代码"
    assert intake.form.isRowVisible(intake.legal_rep) and not intake.form.isRowVisible(intake.id_type)
    intake.number.edit.setText("91110000600037341I")
    assert _verdict(intake.number) == ("统一社会信用代码含有不允许的字符：I（不使用 I、O、Z、S、V）", "error")
    intake.number.edit.setText("91110000600037341A")
    assert _verdict(intake.number) == ("统一社会信用代码校验位错误：末位应为 L", "error")
    intake.number.edit.setText("91110000600037341L")
    assert _verdict(intake.number)[1] == "ok"
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert intake.form.labelForField(intake.number).text() == "证件号码"
    assert _verdict(intake.number)[1] == "error"  # a USCC is no ID number


def test_a_refused_intake_says_why_in_place_and_keeps_what_was_typed(panel: Any, ui: Any) -> None:
    intake = panel.intake
    name, id_number, _phone = PERSON
    intake.name.setText(name)
    intake.number.edit.setText(id_number)
    intake.items.set_codes([COMPANY_SETUP])
    ui.settle()
    intake.open_button.click()
    ui.settle()
    assert intake.message.text() == "请填写联系电话（用于办理进度和取件通知）"
    assert intake.message.level == "error"
    assert panel.case_id is None and panel.stack.currentWidget() is intake
    assert (intake.name.text(), intake.number.text(), intake.items.codes()) == (name, id_number, [COMPANY_SETUP])
    intake.phone.edit.setText("1390575")
    assert _verdict(intake.phone)[1] == "typing"
    intake.phone.edit.setText(PERSON[2])
    intake.items.set_codes([])
    ui.settle()
    intake.open_button.click()
    ui.settle()
    assert intake.message.text() == "请至少选择一个办理事项"


def test_the_project_code_is_asked_for_where_an_item_needs_it(panel: Any, ui: Any) -> None:
    intake = panel.intake
    assert not intake.form.isRowVisible(intake.project_code)
    intake.items.set_codes([APPROVAL])
    ui.settle()
    assert intake.form.isRowVisible(intake.project_code)
    intake.company_button.click()
    intake.name.setText("绍兴市越城区知味餐饮管理有限公司")
    intake.number.edit.setText("91330602MA2JD8K472")
    intake.legal_rep.setText("李知味")
    intake.phone.edit.setText("0575-85123456")
    intake.open_button.click()
    ui.settle()
    assert intake.message.text() == "事项「企业投资项目核准」须填写投资项目代码"
    intake.project_code.edit.setText("2026-330602-70-03-01234")
    assert _verdict(intake.project_code) == ("投资项目代码应为 24 位（含连字符），当前为 23 位", "typing")
    intake.project_code.edit.setText("2026-330602-70-03-012345")
    intake.open_button.click()
    ui.wait_until(lambda: panel.case is not None)
    case = case_of(ui, panel)
    assert case.project_code == "2026-330602-70-03-012345" and case.applicant.legal_rep == "李知味"


def test_a_walk_in_with_an_agent_for_a_bundle(panel: Any, ui: Any) -> None:
    intake = panel.intake
    assert intake.ticket_label.text() == "当前无号票：现场来人可直接受理（无号办件）"
    assert not intake.form.isRowVisible(intake.agent_name)
    intake.with_agent.setChecked(True)
    assert intake.form.isRowVisible(intake.agent_number)
    name, id_number, phone = PERSON
    intake.name.setText(name)
    intake.number.edit.setText(id_number)
    intake.phone.edit.setText(phone)
    intake.agent_name.setText("陈美华")
    intake.agent_number.edit.setText("330621197109021263")
    intake.agent_phone.edit.setText("13705759999")
    bundles = intake.items.bundles
    bundles.setCurrentIndex(bundles.findData("YJS-004"))  # 新生儿出生一件事
    bundles.activated.emit(bundles.currentIndex())
    ui.wait_until(lambda: len(intake.items.codes()) == 3)
    intake.open_button.click()
    ui.wait_until(lambda: panel.case is not None)
    case = case_of(ui, panel)
    assert case.bundle_code == "YJS-004" and case.ticket_id is None and case.agent is not None
    required = {row.key for row in case.checklist if row.required}
    assert {"authorisation_letter", "agent_id"} <= required
    assert "代办人：陈美华（330621********1263）" in panel.header.applicant.text()
    ui.wait_until(lambda: panel.today_box.count() == 2)
    assert panel.today_box.itemText(1) == f"{case.number}　王*军　已接件"  # lists mask the name


def test_a_case_being_checked_stays_when_the_next_ticket_is_called(clerk: Any, panel: Any, ui: Any,
                                                                    qtbot: Any) -> None:
    case = open_case(ui, panel, (COMPANY_SETUP,))
    number = call_ticket(ui, clerk, qtbot, item_code=SOCIAL_INSURANCE)
    assert panel.case_id == case.id and panel.stack.currentIndex() == 1
    assert panel.message.text() == f"已呼叫 {number} 号；当前办件核验完毕后按 Ctrl+N 为其受理"
    panel.checklist.table.setFocus()
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ui.settle()
    assert panel.stack.currentWidget() is panel.intake and panel.case_id is None
    assert panel.intake.ticket_label.text() == f"从号票 {number}（商事登记）受理"
    ui.wait_until(lambda: panel.intake.items.codes() == [SOCIAL_INSURANCE])
