"""A material's scanned pages as thumbnails in order, with the keys to reorder, rotate, delete and preview.

Thumbnails are rendered from ``hall.scans.page_pdf`` — the page exactly as it will be in the
material's PDF — off the Qt thread, and cached by (page, rotation, colour), so a rotation redraws one
page only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from hallclient.services.scans import PageInfo

THUMB_WIDTH, THUMB_HEIGHT = 132, 186
PAGE = Qt.ItemDataRole.UserRole


def thumb_key(page: PageInfo) -> tuple[str, int, bool]:
    return page.id, page.rotation, page.colour


class PageList(QListWidget):
    """``act(action, page_id)``: action is ``left``/``right`` (Ctrl+←/→), ``rotate`` (R), ``delete``
    (Delete) or ``preview`` (Enter, double click)."""

    act = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setSpacing(10)
        self.setIconSize(QSize(THUMB_WIDTH, THUMB_HEIGHT))
        self.setUniformItemSizes(True)
        self.pages: list[PageInfo] = []
        self.itemActivated.connect(lambda _item: self._act("preview"))

    def show_pages(self, pages: list[PageInfo], thumbs: dict[tuple[str, int, bool], QImage]) -> None:
        """Redraw in order, keeping the selected page selected (it may have moved)."""
        current = self.current()
        self.pages = pages
        self.clear()
        blank = QPixmap(THUMB_WIDTH, THUMB_HEIGHT)
        blank.fill(Qt.GlobalColor.white)
        for page in pages:
            image = thumbs.get(thumb_key(page))
            label = self.tr("第 {n} 页").format(n=page.number)
            if page.colour:
                label = self.tr("{page} · 彩色").format(page=label)
            icon = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):  # no blue wash over the selected page
                icon.addPixmap(QPixmap.fromImage(image) if image is not None else blank, mode)
            entry = QListWidgetItem(icon, label)
            entry.setData(PAGE, page.id)
            entry.setToolTip(page.filename)
            self.addItem(entry)
        ids = [p.id for p in pages]
        if current is not None and current.id in ids:
            self.setCurrentRow(ids.index(current.id))
        elif pages:
            self.setCurrentRow(len(pages) - 1)

    def current(self) -> PageInfo | None:
        row = self.currentRow()
        return self.pages[row] if 0 <= row < len(self.pages) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        actions = {Qt.Key.Key_R: "rotate", Qt.Key.Key_Delete: "delete", Qt.Key.Key_Return: "preview",
                   Qt.Key.Key_Enter: "preview"}
        if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._act("left" if event.key() == Qt.Key.Key_Left else "right")
        elif not ctrl and event.key() in actions:
            self._act(actions[Qt.Key(event.key())])
        else:
            super().keyPressEvent(event)

    def _act(self, action: str) -> None:
        page = self.current()
        if page is not None:
            self.act.emit(action, page.id)
