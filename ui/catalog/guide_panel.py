"""办事指南与材料清单: the guide of the item under the cursor, and the items (or the 一件事) chosen for a
one-time notice, which the panel previews and prints (:class:`~ui.catalog.notice_dialog.NoticeDialog`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from hallclient.changes import Changes
from ui import ops
from ui.catalog.guide_view import GuideView
from ui.catalog.notice_dialog import NoticeDialog
from ui.context import AppContext
from ui.queue.panel import LivePanel


class GuidePanel(LivePanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("GuidePanel", "办事指南与材料清单"), parent)
        self.ctx = ctx
        self.code: str | None = None  # the item asked for
        self.shown: tuple[str, str] | None = None  # (code, name) of the item on screen
        self.basket: dict[str, str] = {}  # items chosen for the notice: code → name
        self.bundle: str | None = None  # or the 一件事 chosen
        self.dialog: NoticeDialog | None = None
        self.view = GuideView()
        self.add_button = QPushButton(self.tr("加入告知单  (Ins)"))
        self.bundles = QComboBox()
        self.bundles.setObjectName("bundleChoice")
        self.chosen = QLabel()
        self.chosen.setObjectName("noticeBasket")
        self.chosen.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("清空"))
        self.notice_button = QPushButton(self.tr("一次性告知单  (Ctrl+P)"))
        self.notice_button.setObjectName("primaryButton")
        choose = QHBoxLayout()
        choose.addWidget(self.add_button)
        choose.addWidget(self.bundles, 1)
        basket = QHBoxLayout()
        basket.addWidget(self.chosen, 1)
        basket.addWidget(self.clear_button)
        basket.addWidget(self.notice_button)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(choose)
        self.body.addLayout(basket)
        self.add_button.clicked.connect(self.add_current)
        self.clear_button.clicked.connect(self.clear)
        self.bundles.activated.connect(self._bundle_chosen)
        self.notice_button.clicked.connect(self.open_notice)
        QShortcut(QKeySequence("Insert"), self, activated=self.add_current)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.open_notice)
        self._show_basket()

    def concerns(self, changes: Changes) -> bool:
        return changes.catalog

    async def refresh(self) -> None:
        bundles = await ops.db(self.ctx.hall.catalog.bundles)
        self.bundles.clear()
        self.bundles.addItem(self.tr("按“一件事”选择…"), None)
        for code, name in bundles:
            self.bundles.addItem(name, code)
        if self.code is not None:
            await self._load_item(self.code)

    def show_item(self, code: str) -> None:
        """Show the guide of ``code`` (the search's cursor moved to it)."""
        self.code = code
        ops.spawn(self._load_item(code), parent=self, key=(self, "detail"))

    async def _load_item(self, code: str) -> None:
        item = await ops.db(lambda: self.ctx.hall.catalog.item(code))
        if item is None:
            self.view.clear()
            self.shown = None
            return
        self.view.show_item(item)
        self.shown = (item.code, item.name)

    def add_current(self) -> None:
        """Put the item shown on the notice (a 一件事 chosen before gives way to single items)."""
        if self.shown is None:
            return
        self.bundle = None
        self.bundles.setCurrentIndex(0)
        code, name = self.shown
        self.basket[code] = name
        self._show_basket()

    def clear(self) -> None:
        self.basket.clear()
        self.bundle = None
        self.bundles.setCurrentIndex(0)
        self._show_basket()

    def _bundle_chosen(self, index: int) -> None:
        code = self.bundles.itemData(index)
        if code is None:
            return
        self.basket.clear()
        self.bundle = code
        self._show_basket()
        ops.spawn(self._load_bundle(code), parent=self, key=(self, "detail"))

    async def _load_bundle(self, code: str) -> None:
        notice = await ops.db(lambda: self.ctx.hall.catalog.notice(bundle_code=code))
        self.view.show_notice(notice)

    def _show_basket(self) -> None:
        if self.bundle is not None:
            text = self.tr("告知单：一件事「{name}」").format(name=self.bundles.currentText())
        elif self.basket:
            text = self.tr("告知单：{items}").format(items="、".join(self.basket.values()))
        else:
            text = self.tr("告知单：当前事项（Ins 可加入多个事项合并告知）")
        self.chosen.setText(text)

    def open_notice(self) -> None:
        """Preview the notice of the basket, the 一件事, or else the item shown."""
        codes = list(self.basket) or ([self.shown[0]] if self.shown and self.bundle is None else [])
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = NoticeDialog(self.ctx, codes, self.bundle, self)
        self.dialog.open()
        ops.spawn(self.dialog.load(), on_error=self.dialog.message.show_error, key=(self, "notice"))
