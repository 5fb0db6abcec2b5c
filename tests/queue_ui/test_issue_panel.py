"""The guide desk's issuing panel through its widgets and keys, against the real central service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from central import feed
from central.models import Zone
from central.serialize import zone_data
from sync.pull import pull_all
from tests.printers.escpos_decode import decode
from tests.printers.fake_printer import PAPER_OUT, READY, FakeTcpPrinter
from tests.queue_ui.helpers import focused, issue_by_keys, ticket
from ui import ops


def test_keyboard_only_issues_a_ticket_and_says_no_printer_is_set(guide: Any, ui: Any, qtbot: Any) -> None:
    issued = issue_by_keys(qtbot, ui, guide, "B", phone="13812345678")
    panel = guide.issue
    assert issued.number == "B001" and issued.kind == "accept" and issued.zone_code == "B"
    assert panel.number.text() == "B001"
    assert "受理号 · 商事登记" in panel.detail.text() and "前面 0 人" in panel.detail.text()
    assert "手机 138****5678" in panel.detail.text()  # masked on screen
    assert "13812345678" not in panel.detail.text()
    assert panel.form.phone.text() == "" and panel.form.phone.hasFocus()  # ready for the next applicant
    assert panel.message.level == "warning"
    assert panel.message.text().startswith("B001 号已发放。未设置取号打印机")
    assert ticket(ui, "B001").phone == "138****5678"
    # the same queue stays picked: Enter again issues the next one; the count on its button follows
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: panel.last.ticket.number == "B002")
    ui.settle()
    assert "等候 2 人" in panel.queues.buttons[("accept", "B")].text()


def test_each_kind_and_a_service_item(guide: Any, ui: Any, qtbot: Any) -> None:
    assert issue_by_keys(qtbot, ui, guide, "consult").number == "C001"
    assert issue_by_keys(qtbot, ui, guide, "pickup").number == "Q001"
    assert issue_by_keys(qtbot, ui, guide, "D").number == "D001"
    guide.search.setText("qysl")  # 企业设立登记 belongs to 商事登记
    ui.wait_until(lambda: guide.results.count() > 0)
    ui.settle()
    guide.results.setFocus()
    qtbot.keyClick(guide.results, Qt.Key.Key_Return)  # Enter on the item picks it for a 受理号
    assert "按事项取号：企业设立登记" in guide.issue.target.text()
    assert guide.issue.form.phone.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: guide.issue.last.ticket.number == "B001")
    assert guide.issue.last.ticket.item_code == "330602-XK-0201"


def test_priority_with_the_halls_reason_and_other(guide: Any, ui: Any, qtbot: Any) -> None:
    form = guide.issue.form
    reasons = [form.reason.itemText(i) for i in range(form.reason.count())]
    assert reasons[:3] == ["老年人（60周岁以上）", "残疾人", "孕妇"]
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 爱心通道
    assert form.priority.isChecked() and form.reason.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.wait_until(lambda: guide.issue.last is not None)
    ui.settle()
    first = guide.issue.last.ticket
    assert first.priority and first.priority_reason == "老年人（60周岁以上）"
    assert not form.priority.isChecked()  # reset for the next applicant
    form.priority.setChecked(True)
    form.reason.setCurrentIndex(len(reasons) - 1)  # 其他（请注明）needs the guide's words
    assert form.other.isVisible()
    guide.issue.issue()
    ui.settle()
    assert guide.issue.message.text() == "请注明爱心通道的原因" and form.other.hasFocus()
    assert guide.issue.last.ticket.id == first.id  # nothing issued
    form.other.setText("行动不便")
    guide.issue.issue()
    ui.wait_until(lambda: guide.issue.last.ticket.id != first.id)
    assert guide.issue.last.ticket.priority_reason == "其他：行动不便"
    assert "爱心通道：其他：行动不便" in guide.issue.detail.text()


def test_wrong_phone_and_id_are_pointed_out_before_issuing(guide: Any, ui: Any, qtbot: Any) -> None:
    panel = guide.issue
    panel.choose_queue(panel.queues.choices[("accept", "B")])
    panel.form.phone.setText("1381234")
    panel.issue()
    ui.settle()
    assert panel.message.text().startswith("电话号码格式不正确") and panel.form.phone.hasFocus()
    panel.form.phone.setText("")
    panel.form.id_number.setText("110105194912310021")
    panel.issue()
    ui.settle()
    assert panel.message.text() == "身份证号码校验位错误：末位应为 X" and panel.form.id_number.hasFocus()
    assert panel.last is None
    panel.form.id_number.setText("11010519491231002X")
    panel.issue()
    ui.wait_until(lambda: panel.last is not None)
    assert panel.last.ticket.id_number == "110105********002X"
    assert panel.form.id_number.text() == ""  # the full number does not linger on the desk


def test_appointment_check_in(guide: Any, ui: Any, qtbot: Any) -> None:
    panel = guide.issue
    panel.choose_queue(panel.queues.choices[("accept", "E")])
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert panel.form.appointment.isChecked() and panel.form.appointment_time.hasFocus()
    panel.issue()
    ui.wait_until(lambda: panel.last is not None)
    issued = panel.last.ticket
    assert issued.appointment_at is not None and issued.checked_in_at is not None
    assert "预约 " in panel.detail.text()


def test_warning_level_is_shown_before_and_after_and_the_cap_refuses(guide: Any, ui: Any, central: Any) -> None:
    def limit(session: Any) -> None:  # as the hall manager would: the zone changes and the counters learn it
        zone = session.get(Zone, "D")
        zone.warn_level, zone.daily_cap = 1, 2
        feed.record(session, "zone", "D", zone_data(zone))

    central.app.state.central.run_write(limit)
    ui.run(ops.net(lambda: pull_all(ui.ctx.hall, ui.ctx.client)))
    ui.settle()
    panel = guide.issue
    choice = panel.queues.choices[("accept", "D")]
    panel.choose_queue(choice)
    assert panel.message.level == ""  # nobody waits yet
    panel.issue()
    ui.wait_until(lambda: panel.last is not None)
    ui.settle()
    assert panel.warning.isHidden()
    panel.choose_queue(choice)  # one waiting now: at the warning level before issuing
    assert panel.message.level == "warning"
    assert panel.message.text() == "不动产登记当前等候 1 人，已达预警人数 1 人，请提醒申请人等候时间较长"
    panel.issue()
    ui.wait_until(lambda: panel.last.ticket.number == "D002")
    assert not panel.warning.isHidden()
    assert panel.warning.text() == "不动产登记当前等候 1 人，已达预警人数 1 人，请提醒申请人等候时间较长"
    panel.issue()
    ui.wait_until(lambda: panel.message.level == "error")
    assert panel.message.text() == "不动产登记今日已取号 2 张，达到每日上限 2 张，请改日办理或预约"
    assert panel.last.ticket.number == "D002"


def test_slip_printed_to_a_file_shows_the_number_and_the_masked_phone(guide: Any, ui: Any, qtbot: Any,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "slip.bin"
    ui.ctx.hall.settings.update(ticket_printer=out.as_uri(), ticket_paper_mm=58)
    issued = issue_by_keys(qtbot, ui, guide, "E", phone="13912345678")
    assert guide.issue.message.text() == f"{issued.number} 号小票已打印"
    printed = decode(out.read_bytes())
    assert issued.number in [line.text for line in printed.lines]
    assert "手机号码：139****5678" in printed.text
    assert "13912345678" not in printed.text
    assert "越城区政务服务中心" in printed.text and "受理号 · 社会事务" in printed.text
    assert printed.qr_payloads == [issued.lookup_id]


def test_paper_out_keeps_the_ticket_and_reprint_prints_it(guide: Any, ui: Any, qtbot: Any,
                                                          fake_printer: FakeTcpPrinter) -> None:
    ui.ctx.hall.settings.update(ticket_printer=fake_printer.url)
    fake_printer.status = dict(PAPER_OUT)
    issued = issue_by_keys(qtbot, ui, guide, "B")
    message = guide.issue.message
    assert message.level == "error"
    assert message.text() == f"{issued.number} 号已发放，但小票未打印：打印机缺纸，请更换纸卷"
    assert message.action.isVisibleTo(guide) and message.action.text() == "重新打印"
    assert ticket(ui, issued.number).status == "waiting"  # the ticket exists and keeps its place
    fake_printer.status = dict(READY)
    message.action.click()
    ui.wait_until(lambda: message.level == "info")
    assert message.text() == f"{issued.number} 号小票已打印"
    assert issued.number in [line.text for line in decode(fake_printer.job(1)).lines]
    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R prints it once more
    ui.settle()
    assert issued.number in [line.text for line in decode(fake_printer.job(2)).lines]


def test_a_second_enter_while_issuing_issues_once(guide: Any, ui: Any) -> None:
    panel = guide.issue
    panel.choose_queue(panel.queues.choices[("consult", None)])
    panel.issue()
    panel.issue()  # before the first request has answered
    assert not panel.issue_button.isEnabled()
    ui.settle()
    tickets = ui.run(ops.db(lambda: ui.ctx.hall.queue.tickets()))
    assert [t.number for t in tickets] == ["C001"]
    assert panel.issue_button.isEnabled()


def test_nothing_picked_says_what_to_do(guide: Any, ui: Any) -> None:
    guide.issue.issue()
    ui.settle()
    assert guide.issue.message.text() == "请先选择号码种类或受理区（F1–F7），或选择事项"
