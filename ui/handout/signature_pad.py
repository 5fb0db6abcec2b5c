"""The applicant's signature on screen: strokes drawn with a mouse, a pen (tablet) or a finger (touch).

Each input kind is handled where Qt delivers it — tablet events carry pressure, touch events come
from touch screens (then Qt's synthesised mouse events are ignored, so a stroke is not drawn twice).
:meth:`SignaturePad.png` renders the strokes on white, cropped to them, for storing by SHA-256.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: A stroke: points with the pen's width at each (pressure-scaled for a pen, fixed otherwise).
Stroke = list[tuple[QPointF, float]]

PEN_WIDTH = 3.0
MARGIN = 12


class SignaturePad(QWidget):
    """``changed`` fires after every stroke and after :meth:`clear`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(360, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[Stroke] = []
        self._drawing = False

    # --- strokes ---------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True until a stroke with some length was drawn (a tap is not a signature)."""
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.changed.emit()

    def begin(self, point: QPointF, width: float = PEN_WIDTH) -> None:
        self.strokes.append([(point, width)])
        self._drawing = True
        self.update()

    def extend(self, point: QPointF, width: float = PEN_WIDTH) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append((point, width))
            self.update()

    def end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # --- input -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        real = event.source() == Qt.MouseEventSource.MouseEventNotSynthesized
        if real and event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            self.extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.source() == Qt.MouseEventSource.MouseEventNotSynthesized:
            self.end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        width = PEN_WIDTH * (0.5 + event.pressure())
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin(event.position(), width)
        elif kind == QTabletEvent.Type.TabletMove:
            self.extend(event.position(), width)
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end()
        event.accept()  # no synthesised mouse event follows

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind in (event.Type.TouchBegin, event.Type.TouchUpdate, event.Type.TouchEnd):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == event.Type.TouchBegin:
                    self.begin(position)
                elif kind == event.Type.TouchUpdate:
                    self.extend(position)
                else:
                    self.extend(position)
                    self.end()
            event.accept()
            return True
        return super().event(event)

    # --- drawing ---------------------------------------------------------------------------------

    def _paint(self, painter: QPainter, offset: QPointF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            for (a, width), (b, _w) in pairwise(stroke):
                painter.setPen(QPen(QColor("#10243e"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.drawLine(a - offset, b - offset)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa5b1"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 30
        painter.drawLine(MARGIN, baseline, self.width() - MARGIN, baseline)
        if self.is_empty():
            painter.setPen(QColor("#9aa5b1"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("请申请人在此处签名"))
        self._paint(painter, QPointF(0, 0))

    def _bounds(self) -> QRectF:
        path = QPainterPath()
        for stroke in self.strokes:
            for point, _width in stroke:
                path.addRect(QRectF(point, point).adjusted(-PEN_WIDTH, -PEN_WIDTH, PEN_WIDTH, PEN_WIDTH))
        return path.boundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def png(self) -> bytes:
        """The signature as a PNG on white, cropped to the strokes (empty bytes when nothing is drawn)."""
        if self.is_empty():
            return b""
        bounds = self._bounds()
        image = QImage(int(bounds.width()) + 1, int(bounds.height()) + 1, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint(painter, bounds.topLeft())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())
