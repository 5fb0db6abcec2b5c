"""导服台: the guide desk — look up items and their materials, issue tickets, watch the queues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from hallclient.changes import Changes
from ui import ops
from ui.workspaces.base import Workspace, panel


class GuideWorkspace(Workspace):
    NAME = "guide"
    ROLE = "guide"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GuideWorkspace", "导服台")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.search = QLineEdit(placeholderText=self.tr("输入事项名称、拼音首字母或编码，如 qysl"))
        self.search.setObjectName("bigSearch")
        self.results = QListWidget()
        self.detail = QTextBrowser()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(panel(self.tr("事项查询"), left), 3)
        layout.addWidget(panel(self.tr("办事指南与材料清单"), self.detail), 4)
        layout.addWidget(panel(self.tr("取号"), hint=self.tr("选择受理区或事项后发放咨询号、受理号、取件号")), 3)
        self.search.textChanged.connect(lambda _text: self.request_refresh())
        self.results.currentItemChanged.connect(self._show_item)

    def concerns(self, changes: Changes) -> bool:
        return changes.catalog

    async def refresh(self) -> None:
        text = self.search.text()
        items = await ops.db(lambda: self.ctx.hall.catalog.search(text))
        self.results.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.name}    {item.code}")
            entry.setData(256, item.code)
            self.results.addItem(entry)

    def _show_item(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            code = current.data(256)
            ops.spawn(self._load_detail(code), parent=self, key=(self, "detail"))

    async def _load_detail(self, code: str) -> None:
        item = await ops.db(lambda: self.ctx.hall.catalog.item(code))
        if item is None:
            self.detail.clear()
            return
        # tr() outside the f-strings: lupdate does not look inside them
        required, optional = self.tr("必需"), self.tr("可选")
        rows = "".join(
            f"<tr><td>{i}</td><td>{m.name}</td><td>{required if m.required else optional}</td></tr>"
            for i, m in enumerate(item.materials, 1)
        )
        limits = self.tr("<b>承诺时限</b> {promised} 个工作日　<b>法定时限</b> {legal} 个工作日").format(
            promised=item.promised_limit_days, legal=item.legal_limit_days)
        self.detail.setHtml(
            f"<h2>{item.name}</h2><p>{item.simple_guide}</p><p>{limits}</p>"
            f"<table width='100%' cellpadding='4'>{rows}</table>"
        )
