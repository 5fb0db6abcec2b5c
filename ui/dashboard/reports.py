"""报表: the day's report of any day, exported to CSV or Excel or as a printable A4 PDF.

The day is read from the cache on the database worker, the report built and written on the network
pool; the dialog only asks for the day and the file and says where the report went.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallclient import clock
from hallclient.dashboard.export_csv import report_csv
from hallclient.dashboard.export_pdf import report_pdf
from hallclient.dashboard.export_xlsx import report_xlsx
from hallclient.dashboard.report import Report, report_for_day
from hallclient.services.dashboard import DayInputs
from ui import ops
from ui.context import AppContext


def _pdf(report: Report) -> bytes:
    from printers.documents.fonts import document_font  # the A4 documents' Chinese font

    return report_pdf(report, document_font())


#: format → (file suffix, writer)
FORMATS: dict[str, tuple[str, Callable[[Report], bytes]]] = {
    "csv": (".csv", report_csv), "xlsx": (".xlsx", report_xlsx), "pdf": (".pdf", _pdf)}


def build(inputs: DayInputs, fmt: str) -> bytes:
    """The report of the day read into ``inputs`` as file bytes (runs off the Qt thread)."""
    report = report_for_day(inputs.day, inputs.read_at, calendar=inputs.calendar, open_work=inputs.open_work,
                            settings=inputs.settings, hall=inputs.hall_name)
    return FORMATS[fmt][1](report)


async def export(ctx: AppContext, day: dt.date, fmt: str, path: Path) -> Path:
    hall = ctx.hall
    inputs = await ops.db(lambda: hall.dashboard.day(day, clock.now()))
    data = await ops.net(build, inputs, fmt)
    await ops.net(path.write_bytes, data)
    return path


class ReportDialog(QDialog):
    """Pick a day (today or any past day), then 导出 CSV / 导出 Excel / 导出 PDF（A4，可打印）."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("大厅运行日报"))
        self.calendar = QCalendarWidget()
        today = clock.hall_today()
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.status = QLabel(self.tr("选择日期后导出；以往日期按当日结束时的数据统计。"))
        self.status.setObjectName("panelHint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        labels = {"csv": self.tr("导出 CSV"), "xlsx": self.tr("导出 Excel"), "pdf": self.tr("导出 PDF（A4 打印）")}
        self.buttons: dict[str, QPushButton] = {}
        for fmt, label in labels.items():
            button = self.buttons[fmt] = QPushButton(label)
            button.setObjectName("primaryButton")
            button.clicked.connect(lambda _=False, f=fmt: self.choose_file(f))
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addWidget(self.calendar)
        column.addLayout(buttons)
        column.addWidget(self.status)
        self.last: Path | None = None

    @property
    def day(self) -> dt.date:
        return self.calendar.selectedDate().toPython()  # type: ignore[no-any-return]

    def choose_file(self, fmt: str) -> None:
        suffix = FORMATS[fmt][0]
        name = self.tr("大厅运行日报-{day}").format(day=self.day.isoformat()) + suffix
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), str(Path.home() / name),
                                              f"*{suffix}")
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> None:
        """Write the chosen day's report in the background; the dialog says when it is done."""
        for button in self.buttons.values():
            button.setEnabled(False)
        self.status.setText(self.tr("正在生成报表…"))

        async def run() -> None:
            try:
                self.last = await export(self.ctx, self.day, fmt, path)
                self.status.setText(self.tr("已保存：{path}").format(path=path))
            finally:
                for button in self.buttons.values():
                    button.setEnabled(True)

        ops.spawn(run(), parent=self)
