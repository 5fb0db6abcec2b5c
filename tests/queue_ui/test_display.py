"""The hall display on its own PC: calls arrive through the change feed, are shown large and spoken."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hallclient.domain.announcement import spoken_call
from sync.queue_api import QueueApi
from ui import ops
from ui.queue.board import served_by, window_filter


def api_of(ctx: Any) -> QueueApi:
    return QueueApi(ctx.hall, ctx.client)


def board_text(display: Any) -> str:
    return " ".join(label.text() for label in display.board.findChildren(QLabel))


def test_a_call_at_a_window_reaches_the_display_and_the_voice(display: Any, ui: Any) -> None:
    desk = api_of(ui.ctx)
    issued = ui.run(ops.net(lambda: desk.issue("accept", zone_code="B", phone="13812345678",
                                              id_number="11010519491231002X")))
    number = issued.ticket.number
    ui.wait_until(lambda: "商事登记\n等候 1 人" in display.board.waiting.texts())
    called = ui.run(ops.net(lambda: desk.call_next("W05")))
    assert called.ticket is not None and called.ticket.number == number
    board = display.board
    ui.wait_until(lambda: board.current.text() == number)  # via the display's own long-poll
    assert board.current_window.text() == "到 5 号窗口 办理"
    assert (board.current_before.text(), board.current_after.text()) == ("请", "号")
    assert (board.recent_rows[0][0].text(), board.recent_rows[0][1].text()) == (number, "5 号窗口")
    assert board._flash_timer.isActive()  # the new call flashes
    ui.wait_until(lambda: "商事登记\n等候 0 人" in board.waiting.texts())
    spoken = display.announcer.engine.spoken
    ui.wait_until(lambda: len(spoken) == 2)
    assert spoken == [spoken_call(number, 5)] * 2 == ["请 B 零 零 一 号，到 五 号窗口 办理"] * 2
    text = board_text(display)
    assert "138" not in text and "110105" not in text and "*" not in text  # no personal data on the wall
    ui.run(ops.net(lambda: desk.recall("W05", called.ticket.id)))  # 重呼 is announced again
    ui.wait_until(lambda: len(spoken) == 4)


def test_header_notice_and_full_screen(display: Any, ui: Any, qtbot: Any) -> None:
    notice = ui.run(ops.db(lambda: display.ctx.hall.config.setting("hall.notice")))
    board = display.board
    assert board.hall_name.text() == "越城区政务服务中心"
    assert board.notice.text() == notice and board.notice.animation.state() == board.notice.animation.State.Running
    assert "年" in board.clock.text() and "星期" in board.clock.text()
    assert board.current_window.text() == "欢迎光临，请留意叫号"
    qtbot.keyClick(display, Qt.Key.Key_F11)
    ui.wait_until(lambda: board.isWindow() and board.isVisible())
    assert display.full_screen and not display.placeholder.isHidden()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow, timeout=3000)
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    ui.wait_until(lambda: not board.isWindow())
    assert board.parent() is display and display.placeholder.isHidden() and board.isVisible()


def test_a_display_for_some_windows_shows_only_theirs(counters: Any, ui: Any, qtbot: Any) -> None:
    from tests.queue_ui.conftest import shown
    from ui.queue.speech import RecordingEngine
    from ui.workspaces.display import DisplayWorkspace

    ctx = counters("display", sync=True)
    ctx.hall.settings.update(voice_enabled=False, display_window_ids="W03，W04")
    workspace = DisplayWorkspace(ctx)
    workspace._shown_once = True
    engine = RecordingEngine()
    workspace.announcer.use(engine)
    shown(qtbot, workspace, ui)
    assert workspace.board.waiting.texts() == ["商事登记\n等候 0 人", "咨询\n等候 0 人"]  # what W03 and W04 call
    desk = api_of(ui.ctx)
    ui.run(ops.net(lambda: [desk.issue("accept", zone_code="B") for _ in range(2)]))
    ui.run(ops.net(lambda: desk.call_next("W05")))  # not on this display
    w03 = counters("clerk03", "W03")
    called = ui.run(ops.net(lambda: api_of(w03).call_next("W03")))
    assert called.ticket is not None
    ui.wait_until(lambda: workspace.board.current.text() == called.ticket.number)
    assert [row[0].text() for row in workspace.board.recent_rows if row[0].text()] == [called.ticket.number]
    ui.wait_until(lambda: len(engine.spoken) == 2)
    assert engine.spoken == [spoken_call(called.ticket.number, 3)] * 2


def test_window_filter_setting() -> None:
    assert window_filter("") == ()
    assert window_filter(" W01, W02，W03  W04;W05 ") == ("W01", "W02", "W03", "W04", "W05")
    assert served_by([], []) == []
