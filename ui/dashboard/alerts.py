"""The alerts panel: every current alert, most severe first; a new one is logged once and may chime.

Alerts have stable keys (``hallclient.dashboard.alerts``), so "new" means a key not shown on the
previous refresh: the log and the sound fire once per situation, not once per refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from hallclient.dashboard.alerts import Alert, Severity
from ui.dashboard.texts import core

log = logging.getLogger(__name__)

#: the item data role holding an alert's key
_KEY = Qt.ItemDataRole.UserRole
_COLOURS = {Severity.CRITICAL: "#c8102e", Severity.WARNING: "#9c4221", Severity.INFO: "#12355b"}


def alert_text(alert: Alert) -> str:
    """The alert in the interface's language: its template translated like a core error's, and the
    parameters that are core labels too (a queue named 咨询); names and reasons stay as entered."""
    params = {key: core(value) if isinstance(value, str) and value else value for key, value in alert.params.items()}
    return core(alert.template).format(**params)


class AlertsList(QListWidget):
    """One line per alert, elided at the panel's edge with the whole text as its tooltip: a busy day has
    hundreds, and lines of one height let the list lay out one item instead of measuring every wrapped
    line on each refresh (which was a third of the dashboard's redraw)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashAlerts")
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sound = False
        self._shown: set[str] = set()
        self._keys: list[str] | None = None  # None: nothing drawn yet (an empty day still draws its note)
        self._texts: dict[str, str] = {}  # alert key → the text its row shows
        self._known: dict[tuple[object, ...], str] = {}
        self._first = True

    def draw(self, alerts: Sequence[Alert]) -> None:
        keys = [a.key for a in alerts]
        new = [a for a in alerts if a.key not in self._shown]
        # a busy day has hundreds of alerts and most keep their figures: reuse last refresh's texts
        known, self._known = self._known, {}
        texts = []
        for alert in alerts:
            signature = (alert.severity, alert.template, tuple(alert.params.items()))
            text = self._known[signature] = known.get(signature) or self._line(alert)
            texts.append(text)
        if keys != self._keys:
            self._place(alerts, texts)
        else:  # the same situations: only their figures move (a wait that grows), so only texts change
            for row, (alert, text) in enumerate(zip(alerts, texts, strict=True)):
                if text != self._texts[alert.key]:
                    self._show(self.item(row), alert, text)
        self._keys, self._texts = keys, {a.key: t for a, t in zip(alerts, texts, strict=True)}
        for alert in new:
            log.warning("dashboard alert [%s] %s", alert.severity, alert.message)
        if new and self.sound and not self._first:
            QApplication.beep()
        self._shown, self._first = set(keys), False

    def _place(self, alerts: Sequence[Alert], texts: list[str]) -> None:
        """Make the rows these alerts, in order, keeping the items of the alerts still current: a busy
        day's list is hundreds long and changes by one or two, and rebuilding it stalls the refresh."""
        wanted = {alert.key for alert in alerts}
        for row in reversed(range(self.count())):
            if self.item(row).data(_KEY) not in wanted:
                self.takeItem(row)
        items = {item.data(_KEY): item for item in map(self.item, range(self.count()))}
        for row, (alert, text) in enumerate(zip(alerts, texts, strict=True)):
            item = items.get(alert.key)
            if item is None:
                item = QListWidgetItem()
                item.setData(_KEY, alert.key)
                self.insertItem(row, item)
            elif self.item(row) is not item:  # moved (a new alert of higher rank came before it)
                self.insertItem(row, self.takeItem(self.row(item)))
            if self._texts.get(alert.key) != text:
                self._show(item, alert, text)
        if not alerts:
            self.addItem(QListWidgetItem(self.tr("暂无提醒")))

    @staticmethod
    def _show(item: QListWidgetItem, alert: Alert, text: str) -> None:
        item.setText(text)
        item.setToolTip(text)
        item.setForeground(QBrush(QColor(_COLOURS[alert.severity])))

    @staticmethod
    def _line(alert: Alert) -> str:
        return f"{'●' if alert.severity == Severity.CRITICAL else '▲'} {alert_text(alert)}"

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]
