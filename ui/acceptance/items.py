"""Choosing the case's items: one or several found by search (Enter adds the top result), or a 一件事.

The picker only collects codes; the merged checklist is made by the core when the case opens. It
reads the chosen items' details so the form can ask for the 投资项目代码 where an item needs it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hallclient.services.catalog import ItemDetail
from ui import ops
from ui.catalog.search import ItemSearch
from ui.context import AppContext

CODE = Qt.ItemDataRole.UserRole


class ItemPicker(QWidget):
    """``changed`` fires with the chosen items' details whenever the choice changes."""

    changed = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bundle: str | None = None
        self.details: list[ItemDetail] = []
        self.finder = ItemSearch(ctx, self.tr("添加事项：名称、拼音首字母或编码，回车加入"))
        self.finder.results.setMaximumHeight(120)
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosenItems")
        self.chosen.setMaximumHeight(96)
        self.chosen.setToolTip(self.tr("Delete 移除所选事项"))
        self.bundles = QComboBox()
        self.bundles.setObjectName("bundleChoice")
        top = QHBoxLayout()
        top.addWidget(self.finder.search, 3)
        top.addWidget(self.bundles, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.finder.results)
        layout.addWidget(self.chosen)
        self.finder.submitted.connect(self.add_current)
        self.finder.results.itemActivated.connect(lambda _item: self.add_current())
        self.bundles.activated.connect(self._bundle_chosen)
        self.chosen.installEventFilter(self)
        self.finder.results.hide()
        self.chosen.hide()
        self.finder.search.textChanged.connect(lambda text: self.finder.results.setVisible(bool(text)))

    def codes(self) -> list[str]:
        return [self.chosen.item(i).data(CODE) for i in range(self.chosen.count())]

    async def load_bundles(self) -> None:
        bundles = await ops.db(self.ctx.hall.catalog.bundles)
        self.bundles.clear()
        self.bundles.addItem(self.tr("或选择“一件事”…"), None)
        for code, name in bundles:
            self.bundles.addItem(name, code)

    def set_codes(self, codes: list[str], bundle: str | None = None) -> None:
        """Replace the choice (the called ticket's item, a 一件事's items, or nothing)."""
        self.bundle = bundle
        self.bundles.setCurrentIndex(max(0, self.bundles.findData(bundle)) if bundle else 0)
        ops.spawn(self._show(list(dict.fromkeys(codes))), parent=self, key=(self, "items"))

    def add_current(self) -> None:
        """Add the result under the cursor (Enter in the search box: the best match) and start again."""
        found = self.finder.current()
        if found is None:
            return
        self.finder.search.clear()
        self.finder.search.setFocus()
        self.set_codes([*self.codes(), found[0]], self.bundle)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.set_codes([c for i, c in enumerate(self.codes()) if i != row], None)

    async def _show(self, codes: list[str]) -> None:
        self.details = await ops.db(lambda: self.ctx.hall.catalog.items(codes))
        self.chosen.clear()
        for number, item in enumerate(self.details, 1):
            entry = QListWidgetItem(f"{number}. {item.name}    {item.code}")
            entry.setData(CODE, item.code)
            self.chosen.addItem(entry)
        self.chosen.setVisible(bool(self.details))
        self.changed.emit(self.details)

    def _bundle_chosen(self, index: int) -> None:
        code = self.bundles.itemData(index)
        if code is not None:
            ops.spawn(self._choose_bundle(code), parent=self, key=(self, "items"))

    async def _choose_bundle(self, code: str) -> None:
        bundle = await ops.db(lambda: self.ctx.hall.catalog.bundle(code))
        if bundle is not None:
            self.bundle = code
            await self._show([item.code for item in bundle.items])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.chosen and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
