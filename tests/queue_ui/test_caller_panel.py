"""The window's caller panel (W05 of the demo user) through its buttons, keys and dialogs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from hallclient import clock
from sync.queue_api import QueueApi
from tests.queue_ui.helpers import ticket
from ui import ops


def issue(ui: Any, *zones: str) -> list[str]:
    """Issue 受理号 in ``zones`` (at the guide desk, by the API) and return their numbers."""
    api = QueueApi(ui.ctx.hall, ui.ctx.client)
    return [ui.run(ops.net(lambda z=z: api.issue("accept", zone_code=z))).ticket.number for z in zones]


def act(ui: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    button.click()
    ui.settle()


def test_call_recall_three_times_then_skip(clerk: Any, ui: Any, qtbot: Any) -> None:
    first, _second = issue(ui, "B", "B")
    caller = clerk.caller
    assert caller.window_label.text() == "5 号窗口 · 综合受理窗口5"
    qtbot.keyClick(clerk, Qt.Key.Key_F1)  # 呼叫下一位
    ui.wait_until(lambda: caller.ticket is not None)
    ui.settle()
    assert caller.card.number.text() == first and caller.card.status.text() == "已呼叫"
    assert caller.message.text() == f"已呼叫 {first} 号"
    ui.wait_until(lambda: caller.window_state.text() == "服务中")  # the window opened with the call
    assert not caller.call_button.isEnabled()  # the window is busy with this ticket
    for n in (1, 2, 3):
        qtbot.keyClick(clerk, Qt.Key.Key_F2)  # 重呼
        ui.wait_until(lambda n=n: caller.ticket.recall_count == n)
        ui.settle()
        assert caller.recall_button.text() == f"重呼  (F2)  {n}/3"
        assert caller.message.text() == f"已重呼 {first} 号（第 {n}/3 次）"
    assert not caller.recall_button.isEnabled()  # at most 3
    assert "已重呼 3/3" in caller.card.marks.text()
    qtbot.keyClick(clerk, Qt.Key.Key_F3)  # 过号
    ui.wait_until(lambda: caller.ticket is None)
    ui.settle()
    assert ticket(ui, first).status == "no_show"
    assert caller.message.text() == f"{first} 号已过号，可到导服台重新激活"
    assert caller.call_button.isEnabled() and caller.card.number.text() == "—"


def test_start_and_finish_with_ticking_times(clerk: Any, ui: Any) -> None:
    (number,) = issue(ui, "E")
    caller = clerk.caller
    act(ui, caller.call_button)
    act(ui, caller.start_button)
    current = caller.ticket
    assert current.status == "serving" and caller.card.status.text() == "办理中"
    assert caller.card.timer.isActive()
    later = current.serving_at + dt.timedelta(minutes=3, seconds=5)
    clock.set_source(lambda: later)
    try:
        caller.card.tick()
    finally:
        clock.set_source(None)
    assert "办理 03:05" in caller.card.times.text()
    act(ui, caller.finish_button)
    assert caller.ticket is None and ticket(ui, number).status == "done"
    assert caller.message.text() == f"{number} 号已办结"
    assert not caller.card.timer.isActive()


def test_a_double_click_calls_once(clerk: Any, ui: Any) -> None:
    first, second = issue(ui, "B", "B")
    caller = clerk.caller
    caller.call_button.click()
    caller.call_button.click()  # while the first call is in flight
    assert not caller.call_button.isEnabled()
    ui.settle()
    assert caller.ticket.number == first
    assert ticket(ui, first).status == "called" and ticket(ui, second).status == "waiting"


def test_pause_refuses_calls_in_place_and_resume(clerk: Any, ui: Any) -> None:
    issue(ui, "B")
    caller = clerk.caller
    caller.pause_button.click()
    ui.wait_until(lambda: caller.dialog is not None)
    caller.dialog.reason.setCurrentText("午间休息")
    caller.dialog.accept()
    ui.wait_until(lambda: caller.window is not None and caller.window.status == "paused")
    ui.settle()
    assert caller.window_state.text() == "已暂停：午间休息"
    assert caller.pause_button.text() == "恢复服务  (F7)"
    act(ui, caller.call_button)
    assert caller.message.level == "error"
    assert caller.message.text() == "5 号窗口已暂停服务，请先恢复服务再叫号"
    assert caller.ticket is None
    act(ui, caller.pause_button)
    assert caller.window.status == "open" and caller.message.text() == "已恢复服务"
    act(ui, caller.call_button)
    assert caller.ticket is not None


def test_nobody_waiting_and_call_by_number(clerk: Any, ui: Any, qtbot: Any) -> None:
    caller = clerk.caller
    act(ui, caller.call_button)
    assert caller.message.text() == "当前没有本窗口可办理的等候号码"
    first, second = issue(ui, "B", "B")
    qtbot.keyClick(clerk, Qt.Key.Key_F8)
    assert caller.number.hasFocus()
    qtbot.keyClicks(caller.number, "b999")
    qtbot.keyClick(caller.number, Qt.Key.Key_Return)
    ui.settle()
    assert caller.message.text() == "今天没有 B999 号，请核对号码"
    caller.number.setText(second.lower())
    qtbot.keyClick(caller.number, Qt.Key.Key_Return)
    ui.wait_until(lambda: caller.ticket is not None)
    assert caller.ticket.number == second and ticket(ui, first).status == "waiting"
    assert caller.number.text() == ""


def test_transfer_to_another_zone_with_a_reason(clerk: Any, ui: Any) -> None:
    (number,) = issue(ui, "B")
    caller = clerk.caller
    act(ui, caller.call_button)
    caller.transfer_button.click()
    ui.wait_until(lambda: caller.dialog is not None)
    dialog = caller.dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.zone.setCurrentIndex(dialog.zone.findData("D"))
    dialog.reason.setText("需先办理不动产登记")
    assert ok.isEnabled()
    dialog.accept()
    ui.wait_until(lambda: caller.ticket is None)
    ui.settle()
    moved = ticket(ui, number)
    assert (moved.status, moved.zone_code, moved.transfer_reason) == ("waiting", "D", "需先办理不动产登记")
    assert caller.message.text() == f"{number} 号已转移：需先办理不动产登记"


def test_waiting_counts_of_the_windows_queues(clerk: Any, ui: Any) -> None:
    issue(ui, "B", "B", "E", "D")  # W05 does not serve 不动产登记 D
    ui.settle()
    caller = clerk.caller
    assert caller.waiting.text() == "本窗口可呼叫的等候人数：3 人"
    assert caller.tiles.texts() == ["商事登记\n等候 2 人", "社会事务\n等候 1 人", "咨询\n等候 0 人", "取件\n等候 0 人"]


def test_a_counter_without_a_window_says_how_to_set_it(ui: Any, qtbot: Any, counters: Any) -> None:
    from tests.queue_ui.conftest import shown
    from ui.workspaces.clerk import ClerkWorkspace

    ctx = counters("guide1")
    workspace = shown(qtbot, ClerkWorkspace(ctx), ui)
    assert workspace.caller.window_label.text() == "本机未设置窗口"
    assert not workspace.caller.call_button.isEnabled()
    assert "系统 → 设置 → 本机窗口" in workspace.caller.waiting.text()
