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
