"""The alerts panel follows a situation whose figures move: same alert, new text; new alert, logged once."""

from __future__ import annotations

import logging
from typing import Any

from hallclient.dashboard.alerts import WAIT_OVER_TARGET, Alert, Severity


def _wait(minutes: int) -> Alert:
    return Alert("wait:B", Severity.WARNING, WAIT_OVER_TARGET,
                 {"queue": "商事登记", "minutes": minutes, "number": "B023", "target": 20})


def test_a_growing_wait_updates_its_line_and_is_logged_once(qtbot: Any, caplog: Any) -> None:
    from ui.dashboard.alerts import AlertsList

    alerts = AlertsList()
    qtbot.addWidget(alerts)
    with caplog.at_level(logging.WARNING, logger="ui.dashboard.alerts"):
        alerts.draw([_wait(25)])
        alerts.draw([_wait(31)])
    assert alerts.texts() == ["▲ 商事登记最长已等候 31 分钟（B023 号），超过目标 20 分钟"]
    assert len([r for r in caplog.records if "dashboard alert" in r.getMessage()]) == 1
    alerts.draw([])
    assert alerts.texts() == ["暂无提醒"]


def test_every_line_is_one_line_high_with_the_whole_text_as_tooltip(qtbot: Any) -> None:
    from ui.dashboard.alerts import AlertsList

    alerts = AlertsList()
    qtbot.addWidget(alerts)
    alerts.resize(240, 200)
    alerts.show()
    alerts.draw([_wait(25), Alert("wait:A", Severity.WARNING, WAIT_OVER_TARGET,
                                  {"queue": "投资项目审批", "minutes": 47, "number": "A4395", "target": 20})])
    alerts.draw([_wait(26), Alert("wait:A", Severity.WARNING, WAIT_OVER_TARGET,
                                  {"queue": "投资项目审批", "minutes": 48, "number": "A4395", "target": 20})])
    # a line wider than the panel is elided, not wrapped: both rows are as high as one line of text
    heights = {alerts.visualItemRect(alerts.item(row)).height() for row in range(alerts.count())}
    assert len(heights) == 1 and heights.pop() < 2 * alerts.fontMetrics().height()
    assert [alerts.item(row).toolTip() for row in range(alerts.count())] == alerts.texts()
    assert "48 分钟" in alerts.item(1).toolTip()


def test_an_alert_coming_or_going_moves_only_its_own_line(qtbot: Any) -> None:
    from ui.dashboard.alerts import AlertsList

    def paused(window: int, severity: Severity = Severity.WARNING) -> Alert:
        return Alert(f"pause:{window}", severity, "{window} 号窗口已暂停服务 {minutes} 分钟，原因：{reason}",
                     {"window": window, "minutes": 16, "reason": "午休"})

    alerts = AlertsList()
    qtbot.addWidget(alerts)
    alerts.draw([paused(3), paused(5), paused(7)])
    kept = alerts.item(1)
    alerts.draw([paused(1, Severity.CRITICAL), paused(5), paused(7), paused(9)])  # 3 ended; 1 ranks first
    assert alerts.texts() == ["● 1 号窗口已暂停服务 16 分钟，原因：午休", "▲ 5 号窗口已暂停服务 16 分钟，原因：午休",
                              "▲ 7 号窗口已暂停服务 16 分钟，原因：午休", "▲ 9 号窗口已暂停服务 16 分钟，原因：午休"]
    assert alerts.item(1) is kept  # the line of 5 号 was kept, not rebuilt
    assert alerts.item(0).foreground().color().name() == "#c8102e"
    alerts.draw([paused(9), paused(5)])  # reordered
    assert alerts.texts() == ["▲ 9 号窗口已暂停服务 16 分钟，原因：午休", "▲ 5 号窗口已暂停服务 16 分钟，原因：午休"]
    alerts.draw([])
    assert alerts.texts() == ["暂无提醒"]
    alerts.draw([paused(2)])
    assert alerts.texts() == ["▲ 2 号窗口已暂停服务 16 分钟，原因：午休"]
