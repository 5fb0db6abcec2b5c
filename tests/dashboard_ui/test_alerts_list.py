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
