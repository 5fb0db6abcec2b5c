"""Search-as-you-type over the pulled catalog by name, full pinyin, pinyin initials (``qysl``) or code.

Each keystroke starts a preemptive task (``ops.spawn(..., key=...)``): a newer search cancels the one
still running, so an older, slower answer never overwrites a newer one. The index lives in the core
(``hall.catalog.search``), so a keystroke costs no SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hallclient.changes import Changes
from hallclient.services.catalog import ItemSummary
from ui import ops
from ui.context import AppContext
from ui.queue.panel import LivePanel

#: Item data roles of the results list (``Qt.UserRole`` and on): the guide desk's issuing panel reads them.
CODE_ROLE, ZONE_ROLE, NAME_ROLE = 256, 257, 258


class ItemSearch(QWidget):
    """A search box over a results list; ``submitted`` is Enter in the box, ``item_selected`` the
    code of the result under the cursor."""

    submitted = Signal()
    item_selected = Signal(str)

    def __init__(self, ctx: AppContext, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(placeholderText=placeholder)
        self.search.setObjectName("bigSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("catalogResults")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        self.search.textChanged.connect(lambda _text: self.request_search())
        self.search.returnPressed.connect(self.submitted)
        self.search.installEventFilter(self)
        self.results.currentItemChanged.connect(self._selected)

    def request_search(self) -> None:
        ops.spawn(self.refresh(), parent=self, key=(self, "search"))

    async def refresh(self) -> None:
        text = self.search.text()
        items = await ops.db(lambda: self.ctx.hall.catalog.search(text))
        self.show_items(items)

    def show_items(self, items: list[ItemSummary]) -> None:
        self.results.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.name}    {item.code}")
            entry.setData(CODE_ROLE, item.code)
            entry.setData(ZONE_ROLE, item.zone_code)
            entry.setData(NAME_ROLE, item.name)
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)  # the guide beside it is never blank

    def current(self) -> tuple[str, str] | None:
        """(code, name) of the result under the cursor."""
        entry = self.results.currentItem()
        return None if entry is None else (entry.data(CODE_ROLE), entry.data(NAME_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ in the search box walks into the results (the cursor stays on the keyboard)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and self.results.count()):
            self.results.setFocus()
            self.results.setCurrentRow(min(1, self.results.count() - 1))
            return True
        return super().eventFilter(watched, event)

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.item_selected.emit(current.data(CODE_ROLE))


class CatalogSearch(LivePanel):
    """事项查询 as a card (Ctrl+F): Enter in the box moves to the results, so arrows and Enter pick an item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CatalogSearch", "事项查询"), parent)
        self.finder = ItemSearch(ctx, self.tr("输入事项名称、拼音首字母或编码，如 qysl"))
        self.search, self.results = self.finder.search, self.finder.results
        self.item_selected = self.finder.item_selected
        self.body.addWidget(self.finder, 1)
        self.finder.submitted.connect(self._first_result)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

    def concerns(self, changes: Changes) -> bool:
        return changes.catalog

    async def refresh(self) -> None:
        await self.finder.refresh()

    def _first_result(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()
