"""The dashboard's four charts (pyqtgraph): arrivals and served per 15 minutes, waiting per queue over the
day, the wait histogram and the ratings breakdown.

Drawing is most of a refresh's cost on the Qt thread (``bench/dashboard.py``), so each chart keeps its
plot items, compares the new series with the last one it drew and touches only what changed: an
unchanged chart is not redrawn at all, and an axis range is set only when it moves (setting it, even to
the same values, makes pyqtgraph update the view and repaint the axes)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import itertools

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QWidget

from hallclient.clock import to_hall
from hallclient.dashboard.board import Dashboard
from hallclient.dashboard.ratings import Ratings
from hallclient.dashboard.series import Histogram
from hallclient.domain.evaluation import LEVEL_LABELS, UNRATED_LABEL, Level
from ui.dashboard.texts import core

pg.setConfigOptions(antialias=False, background="w", foreground="#52606d")

BLUE, GREEN, GREY = "#1d5fa8", "#2f9e44", "#9aa5b1"
#: one colour per queue, in the hall's order (zones, then 咨询 and 取件)
PALETTE = ("#1d5fa8", "#d9480f", "#2f9e44", "#9c36b5", "#f08c00", "#0c8599", "#868e96", "#c2255c")
LEVEL_COLOURS = ("#2f9e44", "#74b816", "#fab005", "#f76707", "#c8102e", GREY)


def _hour_label(hours: float) -> str:
    whole = int(hours)
    return f"{whole:02d}:{round((hours - whole) * 60):02d}"


class _ClockAxis(pg.AxisItem):
    """x in hours of the hall day, labelled 09:30."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [_hour_label(v) for v in values]


def _plot(title: str, clock_axis: bool = False) -> pg.PlotWidget:
    axes = {"bottom": _ClockAxis("bottom")} if clock_axis else {}
    plot = pg.PlotWidget(axisItems=axes)
    plot.setObjectName("dashChart")
    plot.setTitle(title, color="#12355b", size="12pt")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.25)
    font = QFont()
    font.setPointSize(9)
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        # the axes and title repaint from a pixmap unless they changed: new bars alone repaint the bars
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.getPlotItem().titleLabel.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return plot


def _hours(board: Dashboard) -> list[float]:
    return [to_hall(t).hour + to_hall(t).minute / 60 for t in board.timeline.times]


class _Range:
    """The last range set on one axis: setting the same again would still repaint the plot."""

    def __init__(self) -> None:
        self.last: tuple[float, float] | None = None

    def changed(self, low: float, high: float) -> bool:
        if self.last == (low, high):
            return False
        self.last = (low, high)
        return True


class FlowChart(QWidget):
    """取号 and 办结 per time step, side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.plot = _plot(QCoreApplication.translate("FlowChart", "每 15 分钟 取号 / 办结"), clock_axis=True)
        self.plot.addLegend(offset=(8, 4), labelTextSize="9pt", brush=(255, 255, 255, 210))
        self.arrivals = pg.BarGraphItem(x=[], height=[], width=0.1, brush=BLUE, pen=None,
                                        name=QCoreApplication.translate("FlowChart", "取号"))
        self.served = pg.BarGraphItem(x=[], height=[], width=0.1, brush=GREEN, pen=None,
                                      name=QCoreApplication.translate("FlowChart", "办结"))
        self.plot.addItem(self.arrivals)
        self.plot.addItem(self.served)
        self._drawn: tuple[object, ...] = ()
        self._x, self._y = _Range(), _Range()

    def draw(self, board: Dashboard, step_hours: float) -> None:
        line = board.timeline
        series = (line.times, tuple(line.arrivals), tuple(line.served), step_hours)
        if series == self._drawn:
            return
        drawn, self._drawn = self._drawn, series
        hours, width = _hours(board), step_hours * 0.4
        if not drawn or drawn[0] != series[0] or drawn[1] != series[1] or drawn[3] != step_hours:
            self.arrivals.setOpts(x=[h + step_hours * 0.3 for h in hours], height=list(line.arrivals), width=width)
        if not drawn or drawn[0] != series[0] or drawn[2] != series[2] or drawn[3] != step_hours:
            self.served.setOpts(x=[h + step_hours * 0.7 for h in hours], height=list(line.served), width=width)
        _from_zero(self.plot, [*line.arrivals, *line.served], self._y)
        if hours and self._x.changed(hours[0], hours[-1] + step_hours):
            self.plot.setXRange(hours[0], hours[-1] + step_hours, padding=0.02)


class WaitingChart(QWidget):
    """People waiting per queue at each step of the day, one line per queue."""

    def __init__(self) -> None:
        super().__init__()
        self.plot = _plot(QCoreApplication.translate("WaitingChart", "各队列等候人数"), clock_axis=True)
        self.legend = self.plot.addLegend(offset=(-4, 4), labelTextSize="9pt", colCount=2, brush=(255, 255, 255, 210))
        self.lines: dict[object, pg.PlotDataItem] = {}
        self._drawn: dict[object, tuple[object, ...]] = {}
        self._y = _Range()

    def draw(self, board: Dashboard) -> None:
        hours: list[float] | None = None  # converted only if a line changed
        for index, row in enumerate(board.queues):
            series = (board.timeline.times, tuple(board.timeline.waiting.get(row.queue, ())))
            line = self.lines.get(row.queue)
            if line is None:
                colour = PALETTE[index % len(PALETTE)]
                line = self.lines[row.queue] = self.plot.plot([], [], pen=pg.mkPen(colour, width=2),
                                                              name=core(row.label))
            elif self._drawn.get(row.queue) == series:
                continue
            hours = _hours(board) if hours is None else hours
            line.setData(hours, list(series[1]))
            self._drawn[row.queue] = series
        for queue in set(self.lines) - {row.queue for row in board.queues}:
            self.plot.removeItem(self.lines.pop(queue))
            self._drawn.pop(queue, None)
        _from_zero(self.plot, (max(series[1], default=0) for series in self._drawn.values()), self._y)


def nice_top(highest: float) -> float:
    """The y axis's top for counts up to ``highest``: a little headroom, rounded up to half a power of
    ten (55, 350, 4500), so a count growing by one moves the scale — and repaints the axis — only now
    and then, not on every refresh."""
    wanted = max(highest, 1) * 1.08
    step = 10 ** math.floor(math.log10(wanted)) / 2
    return math.ceil(wanted / step) * step


def _from_zero(plot: pg.PlotWidget, heights: Iterable[float], last: _Range) -> None:
    """Counts start at 0 on the y axis, also when there are none yet (pyqtgraph would centre on 0)."""
    top = nice_top(max(heights, default=0))
    if last.changed(0, top):
        plot.setYRange(0, top, padding=0)


def _categories(plot: pg.PlotWidget, labels: Sequence[str]) -> None:
    plot.getAxis("bottom").setTicks([list(enumerate(labels))])
    plot.setXRange(-0.6, len(labels) - 0.4, padding=0)


class HistogramChart(QWidget):
    """Served applicants by how long they waited."""

    def __init__(self) -> None:
        super().__init__()
        self.plot = _plot(QCoreApplication.translate("HistogramChart", "等候时长分布（已办结，分钟）"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=BLUE, pen=None)
        self.plot.addItem(self.bars)
        self._edges: tuple[int, ...] = ()
        self._counts: tuple[int, ...] | None = None
        self._y = _Range()

    def draw(self, histogram: Histogram) -> None:
        if histogram.edges != self._edges:
            edges = histogram.edges
            labels = [f"{a}–{b}" for a, b in itertools.pairwise(edges)] + [f"{edges[-1]}+"]
            _categories(self.plot, labels)
            self._edges = edges
        counts = tuple(histogram.counts)
        if counts == self._counts:
            return
        self._counts = counts
        self.bars.setOpts(x=list(range(len(counts))), height=list(counts))
        _from_zero(self.plot, counts, self._y)


class RatingsChart(QWidget):
    """How many services got each level, 非常满意 … 非常不满意, and 未评价."""

    def __init__(self) -> None:
        super().__init__()
        self.plot = _plot(QCoreApplication.translate("RatingsChart", "评价等级分布"))
        labels = [core(LEVEL_LABELS[level]) for level in Level] + [core(UNRATED_LABEL)]
        _categories(self.plot, labels)
        self.bars = pg.BarGraphItem(x=list(range(len(labels))), height=[0] * len(labels), width=0.7,
                                    brushes=[QColor(c) for c in LEVEL_COLOURS], pen=None)
        self.plot.addItem(self.bars)
        self._y = _Range()

    def draw(self, ratings: Ratings) -> None:
        heights = [ratings.levels[level] for level in Level] + [ratings.unrated]
        if heights == list(self.bars.opts["height"]):
            return
        self.bars.setOpts(height=heights)
        _from_zero(self.plot, heights, self._y)

    def heights(self) -> list[float]:
        return list(self.bars.opts["height"])
