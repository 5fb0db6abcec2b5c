"""The display's scrolling notice line: a label slid across a clipping frame by a QPropertyAnimation.

The animation moves the label's ``pos`` inside Qt — no Python runs per frame, no text is laid out
again while it scrolls; the frame clips what is outside. (A ``paintEvent`` in Python at 60 frames a
second would also cost a Python call per frame all day long.) It runs only while the line is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QFrame, QLabel, QWidget

#: Scrolling speed in pixels per second: read comfortably from afar, one character at a time.
SPEED_PX_S = 120
#: Where the text starts on the first pass (later passes enter from the right edge).
MARGIN_PX = 24


class Marquee(QFrame):
    """Scrolls :meth:`setText` from right to left, over and over (style: ``#displayNotice`` and
    ``#displayNoticeText``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayNotice")
        self.label = QLabel(self)
        self.label.setObjectName("displayNoticeText")
        self.animation = QPropertyAnimation(self.label, b"pos", self)
        self.animation.setLoopCount(-1)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)

    def setText(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self._restart()

    def text(self) -> str:
        return self.label.text()

    def _restart(self) -> None:
        self.animation.stop()
        self.label.adjustSize()
        self.setMinimumHeight(self.label.height() + 16)
        if not self.label.text() or not self.isVisible():
            return
        y = (self.height() - self.label.height()) // 2
        self.animation.setStartValue(QPoint(self.width(), y))
        self.animation.setEndValue(QPoint(-self.label.width(), y))
        travel = self.width() + self.label.width()
        self.animation.setDuration(max(1, int(travel / SPEED_PX_S * 1000)))
        self.animation.start()
        self.animation.setCurrentTime(int((self.width() - MARGIN_PX) / SPEED_PX_S * 1000))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._restart()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self.animation.stop()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._restart()
