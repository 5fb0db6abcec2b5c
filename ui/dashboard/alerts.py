"""The alerts panel: every current alert, most severe first; a new one is logged once and may chime.

Alerts have stable keys (``hallclient.dashboard.alerts``), so "new" means a key not shown on the
previous refresh: the log and the sound fire once per situation, not once per refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from hallclient.dashboard.alerts import Alert, Severity
from ui.dashboard.texts import core

log = logging.getLogger(__name__)

_COLOURS = {Severity.CRITICAL: "#c8102e", Severity.WARNING: "#9c4221", Severity.INFO: "#12355b"}


def alert_text(alert: Alert) -> str:
    """The alert in the interface's language: its template translated like a core error's, and the
    parameters that are core labels too (a queue named 咨询); names and reasons stay as entered."""
    params = {key: core(value) if isinstance(value, str) and value else value for key, value in alert.params.items()}
    return core(alert.template).format(**params)


class AlertsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashAlerts")
        self.setWordWrap(True)
        self.sound = False
        self._shown: set[str] = set()
        self._first = True

    def draw(self, alerts: Sequence[Alert]) -> None:
        keys = [a.key for a in alerts]
        new = [a for a in alerts if a.key not in self._shown]
        if [self.item(i).data(256) for i in range(self.count())] != keys:
            self.clear()
            for alert in alerts:
                marker = "●" if alert.severity == Severity.CRITICAL else "▲"
                item = QListWidgetItem(f"{marker} {alert_text(alert)}")
                item.setData(256, alert.key)
                item.setForeground(QBrush(QColor(_COLOURS[alert.severity])))
                self.addItem(item)
            if not alerts:
                self.addItem(QListWidgetItem(self.tr("暂无提醒")))
        for alert in new:
            log.warning("dashboard alert [%s] %s", alert.severity, alert.message)
        if new and self.sound and not self._first:
            QApplication.beep()
        self._shown, self._first = set(keys), False

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
