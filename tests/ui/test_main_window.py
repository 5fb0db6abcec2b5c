"""The main window: the workspaces the user's roles allow, shortcuts, and the status bar."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sync.engine import Connection, SyncEngine

ALL = ["导服台", "综合窗口", "大厅管理", "叫号屏", "评价器"]


def nav_texts(window: Any) -> list[str]:
    return [button.text() for button in window._nav.buttons()]


def test_demo_user_sees_every_workspace_in_order(main_window: Any) -> None:
    window = main_window()
    assert nav_texts(window) == ALL
    assert list(window.workspaces) == ["guide", "clerk", "manager", "display", "evaluator"]
    assert window.stack.count() == 5
    assert window.stack.currentWidget() is window.workspaces["guide"]
    assert window._nav.buttons()[0].isChecked()


@pytest.mark.parametrize(("username", "names", "titles"), [
    ("clerk01", ["clerk"], ["综合窗口"]),
    ("guide1", ["guide"], ["导服台"]),
])
def test_single_role_users_see_their_workspace_only(main_window: Any, login_as: Any, username: str,
                                                    names: list[str], titles: list[str]) -> None:
    client, user = login_as(username, username)
    assert user.roles == (names[0],)
    window = main_window(client=client, user=user)
    assert list(window.workspaces) == names
    assert nav_texts(window) == titles
    assert window.stack.count() == 1
    assert window.stack.currentWidget() is window.workspaces[names[0]]


def test_ctrl_number_switches_workspace(main_window: Any, ui: Any, qtbot: Any) -> None:
    window = main_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert [b.shortcut() for b in window._nav.buttons()] == [QKeySequence(f"Ctrl+{i}") for i in range(1, 6)]
    for index, name in ((2, "clerk"), (4, "display"), (1, "guide"), (5, "evaluator"), (3, "manager")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + index), Qt.KeyboardModifier.ControlModifier)
        ui.wait_until(lambda name=name: window.stack.currentWidget() is window.workspaces[name], timeout=3)
        assert window._nav.checkedButton() is window._nav.buttons()[index - 1]


def test_show_workspace_checks_its_button(main_window: Any) -> None:
    window = main_window()
    assert window.show_workspace("manager") is window.workspaces["manager"]
    assert window.stack.currentWidget() is window.workspaces["manager"]
    assert window._nav.checkedButton().text() == "大厅管理"


# --- status bar -------------------------------------------------------------------------------------


def test_status_bar_shows_user_and_window(main_window: Any, login_as: Any, ui: Any) -> None:
    window = main_window()
    assert window.status.user_label.text() == "用户：演示用户"
    assert window.status.window_label.text() == "窗口：W05"  # the demo user's default window
    client, user = login_as("clerk01", "clerk01")
    clerk = main_window(client=client, user=user)
    assert clerk.status.user_label.text() == "用户：陈思颖"
    assert clerk.status.window_label.text() == "窗口：W01"
    ui.ctx.hall.settings.update(window_id="W03")  # this PC's window, chosen in the settings, wins
    clerk.status.refresh_identity()
    assert clerk.status.window_label.text() == "窗口：W03"
    guide_client, guide = login_as("guide1", "guide1")
    ui.ctx.hall.settings.update(window_id="")
    assert main_window(client=guide_client, user=guide).status.window_label.text() == "未设置窗口"


STATES = [
    ({"connection": Connection.SYNCING, "pending": 0, "progress": 0.45}, "同步中 45%"),
    ({"connection": Connection.ONLINE, "pending": 0, "progress": None}, "在线"),
    ({"connection": Connection.ONLINE, "pending": 2, "progress": None}, "在线 · 2 条待同步"),
    ({"connection": Connection.OFFLINE, "pending": 3, "progress": None}, "离线 · 3 条待同步"),
    ({"connection": Connection.SYNCING, "pending": 3, "progress": None}, "同步中"),
    ({"connection": Connection.LOGGED_OUT, "pending": 1, "progress": None}, "登录已过期，请重新登录"),
]


def test_status_bar_follows_sync_state_from_the_sync_thread(main_window: Any, ui: Any) -> None:
    window = main_window()
    label = window.status.connection_label
    for number, (state, text) in enumerate(STATES):
        assert label.text() != text
        # the engine calls its listeners on its own thread: the status bar must hop onto the Qt thread
        feeder = threading.Thread(target=ui.ctx.sync._set, kwargs={**state, "message": f"详情 {number}"})
        feeder.start()
        feeder.join()
        ui.wait_until(lambda text=text: label.text() == text, timeout=3)
        assert label.property("state") == state["connection"].value
        assert label.toolTip() == f"详情 {number}"


def test_status_bar_goes_online_then_offline_with_the_real_central(ui: Any, central: Any, hall: Any,
                                                                   client: Any, main_window: Any) -> None:
    engine = SyncEngine(hall, client, long_poll_s=1.0, retry_s=0.2)
    window = main_window(sync=engine)
    label = window.status.connection_label
    assert label.text() == "离线 · 0 条待同步"  # not started yet
    engine.start()
    try:
        ui.wait_until(lambda: label.text() == "在线", timeout=10)
        assert label.property("state") == "online"
        central.stop()
        ui.wait_until(lambda: label.text().startswith("离线"), timeout=10)
        assert label.text() == "离线 · 0 条待同步"
        assert label.property("state") == "offline"
        assert "中心系统" in label.toolTip()  # the Chinese reason from sync, e.g. 无法连接中心系统 …
    finally:
        engine.stop()
