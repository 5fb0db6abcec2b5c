"""大厅管理: the hall manager's live dashboard (issue 7) — figures, windows, charts, alerts, ratings, reports.

Every figure comes computed from the core (``hallclient.dashboard``) through :class:`LiveDashboard`,
which reads and computes off the Qt thread; this workspace only lays out the panels and draws.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallclient.changes import Changes
from hallclient.dashboard.board import Dashboard
from hallclient.services.dashboard import DayInputs
from ui.dashboard.alerts import AlertsList
from ui.dashboard.charts import FlowChart, HistogramChart, RatingsChart, WaitingChart
from ui.dashboard.live import LiveDashboard, concerns
from ui.dashboard.ratings_table import RatingsTable
from ui.dashboard.reports import ReportDialog
from ui.dashboard.texts import core, local_time
from ui.dashboard.tiles import FigureTiles, QueueStrip
from ui.dashboard.windows_table import WindowsTable
from ui.evaluation.followups import followup_panel
from ui.workspaces.base import Workspace, panel

_WEEKDAYS = (QT_TRANSLATE_NOOP("ManagerWorkspace", "星期一"), QT_TRANSLATE_NOOP("ManagerWorkspace", "星期二"),
             QT_TRANSLATE_NOOP("ManagerWorkspace", "星期三"), QT_TRANSLATE_NOOP("ManagerWorkspace", "星期四"),
             QT_TRANSLATE_NOOP("ManagerWorkspace", "星期五"), QT_TRANSLATE_NOOP("ManagerWorkspace", "星期六"),
             QT_TRANSLATE_NOOP("ManagerWorkspace", "星期日"))


def _scrolling(content: QWidget) -> QScrollArea:
    """A tall form that scrolls inside its tab instead of making the whole dashboard taller."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def _strip(content: QWidget) -> QScrollArea:
    """A row of tiles that scrolls sideways on a narrow screen instead of widening the whole window."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
    area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    area.setStyleSheet("QScrollArea { background: transparent; }")
    return area


class ManagerWorkspace(Workspace):
    NAME = "manager"
    ROLE = "manager"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ManagerWorkspace", "大厅管理")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.live = LiveDashboard(ctx, self.draw, self)
        self.board: Dashboard | None = None
        self.tiles = FigureTiles()
        self.queues = QueueStrip()
        self.windows = WindowsTable()
        self.alerts = AlertsList()
        self.by_window = RatingsTable(self.tr("窗口"))
        self.by_item = RatingsTable(self.tr("事项"))
        ratings = QTabWidget()
        ratings.setObjectName("caseTabs")
        ratings.addTab(self.by_window, self.tr("按窗口"))
        ratings.addTab(self.by_item, self.tr("按事项"))
        self.followups = followup_panel(ctx)  # 差评回访整改 (ui.evaluation.followups)
        ratings.addTab(_scrolling(self.followups), self.tr("差评回访"))
        self.flow, self.waiting = FlowChart(), WaitingChart()
        self.histogram, self.ratings = HistogramChart(), RatingsChart()
        charts = QWidget()
        charts.setMinimumHeight(200)  # the tables scroll; the day's curves must stay readable
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        for chart in (self.flow, self.waiting, self.histogram, self.ratings):
            row.addWidget(chart.plot, 1)

        right = QVBoxLayout()
        right.addWidget(panel(self.tr("提醒"), self.alerts), 1)
        right.addWidget(panel(self.tr("好差评"), ratings), 1)
        middle = QHBoxLayout()
        middle.addWidget(panel(self.tr("窗口"), self.windows), 11)
        middle.addLayout(right, 9)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        layout.addWidget(_strip(self.tiles))
        layout.addWidget(_strip(self.queues))
        layout.addLayout(middle, 5)
        layout.addWidget(panel(self.tr("今日趋势"), charts), 4)

    def _header(self) -> QHBoxLayout:
        self.heading = QLabel(self.tr("大厅实时看板"))
        self.heading.setObjectName("dashHeading")
        self.updated = QLabel(self.tr("正在读取…"))
        self.updated.setObjectName("dashUpdated")
        self.sound = QCheckBox(self.tr("新提醒时提示音"))
        self.sound.toggled.connect(lambda on: setattr(self.alerts, "sound", on))
        self.report_button = QPushButton(self.tr("日报导出…"))
        self.report_button.setObjectName("primaryButton")
        self.report_button.clicked.connect(self.open_reports)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(16)
        header.addWidget(self.updated)
        header.addStretch(1)
        header.addWidget(self.sound)
        header.addWidget(self.report_button)
        return header

    # --- live --------------------------------------------------------------------------------------

    def concerns(self, changes: Changes) -> bool:
        return concerns(changes)

    def _on_changes(self, changes: Changes, initiator: object | None) -> None:
        if concerns(changes):
            self.live.poke(changes)

    def request_refresh(self) -> None:
        self._dirty = False
        self.live.set_active(True)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.live.set_active(True)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self.live.set_active(False)

    def open_reports(self) -> ReportDialog:
        dialog = ReportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    # --- drawing -----------------------------------------------------------------------------------

    def draw(self, board: Dashboard, inputs: DayInputs) -> None:
        """Draw a computed dashboard (the Qt thread's whole share of a refresh)."""
        self.board = board
        settings = inputs.settings
        target = int(settings.wait_target.total_seconds() // 60)
        weekday = QCoreApplication.translate("ManagerWorkspace", _WEEKDAYS[board.day.weekday()])
        self.heading.setText(self.tr("{hall} 实时看板 · {day} {weekday}").format(
            hall=inputs.hall_name or self.tr("大厅"), day=board.day.isoformat(), weekday=weekday))
        self.updated.setText(self.tr("统计至 {time}").format(time=local_time(board.moment)))
        self.tiles.draw(board, target)
        self.queues.draw(board.queues, {z.code: z.warn_level for z in inputs.day.zones}, target)
        self.windows.draw(board.windows)
        self.alerts.draw(board.alerts)
        self.by_window.draw([(self.tr("{n} 号窗口").format(n=row.label) if row.number is not None else row.label,
                              row.evaluations) for row in board.windows if row.evaluations.services])
        self.by_item.draw([(core(row.name), row.ratings.figures) for row in board.items
                           if row.ratings.figures.services])
        self.flow.draw(board, settings.step.total_seconds() / 3600)
        self.waiting.draw(board)
        self.histogram.draw(board.histogram)
        self.ratings.draw(board.ratings)
