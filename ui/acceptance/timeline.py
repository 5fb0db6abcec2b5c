"""The case's timeline: every status change with its BLZT code and time, and the promised completion
date with a visible 暂定 mark while its year's holiday schedule is unpublished (DOMAIN.md §5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hallclient import clock
from hallclient.domain.workdays import Deadline
from hallclient.services.case_views import CaseDetail


def deadline_label(deadline: Deadline | None) -> str:
    """"2026-12-21", "2026-12-21 起（补正中计时暂停）" — the 暂定 mark is a badge of its own."""
    if deadline is None:
        return QCoreApplication.translate("TimelineView", "受理后计算")
    day = deadline.date.isoformat()
    if deadline.paused:
        return QCoreApplication.translate("TimelineView", "{day} 起（补正期间计时暂停）").format(day=day)
    return day


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.provisional = QLabel(self.tr("暂定"))
        self.provisional.setObjectName("provisionalMark")
        self.provisional.setToolTip(self.tr("该日期所在年度的节假日安排尚未公布，公布后自动重算"))
        self.entries = QTreeWidget()
        self.entries.setObjectName("timeline")
        self.entries.setRootIsDecorated(False)
        self.entries.setHeaderLabels([self.tr("时间"), self.tr("办件状态（BLZT）"), self.tr("经办人"), self.tr("窗口"),
                                      self.tr("说明")])
        self.entries.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.entries.header().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.deadline)
        top.addWidget(self.provisional)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.entries, 1)

    def show_case(self, case: CaseDetail) -> None:
        self.deadline.setText(self.tr("承诺办结日期：{day}").format(day=deadline_label(case.deadline)))
        self.provisional.setVisible(case.deadline is not None and case.deadline.provisional)
        self.entries.clear()
        for entry in case.timeline:
            at = clock.to_hall(entry.at).strftime("%Y-%m-%d %H:%M:%S")
            status = f"{int(entry.status)} {QCoreApplication.translate('core', entry.label)}"
            note = QCoreApplication.translate("core", entry.note) if entry.note else ""  # a decision's label
            self.entries.addTopLevelItem(QTreeWidgetItem([at, status, entry.actor, entry.window_id or "", note]))
