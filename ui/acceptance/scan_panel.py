"""扫描: the pages of the selected material from every source, and "完成" making its one PDF.

Sources: the document camera (Space takes a picture), the scanner software's hot folder, files
(Ctrl+O or dropped onto the panel or a checklist row: PDF, JPEG, PNG, TIFF) and SANE where installed.
Adding, composing and hashing run on the network pool (``hall.scans`` does the heavy work on the
calling thread); "完成" (Ctrl+S) stores the PDF and queues its upload, which the sync engine carries in
the background while the clerk goes on — the material shows "已保存，等待上传" until it is "已上传".
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QShortcut
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hallclient import clock
from hallclient.scanning import sane
from hallclient.scanning.model import ScanError
from hallclient.services.case_views import ChecklistRow
from hallclient.services.scans import IMPORT, SANE, MaterialUpload, PageInfo
from ui import ops
from ui.acceptance.camera import CameraSource
from ui.acceptance.checklist import upload_text
from ui.acceptance.hot_folder import HotFolderWatcher
from ui.acceptance.pages import THUMB_WIDTH, PageList, thumb_key
from ui.acceptance.pdf_render import first_page
from ui.acceptance.pdf_view import PdfDialog
from ui.context import AppContext
from ui.queue.dialogs import ask
from ui.queue.message import MessageLine

FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp"


def pil_image(image: QImage) -> Image.Image:
    """A camera frame as a Pillow image (RGB), as ``hall.scans.add_image`` takes it."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1)


class ScanPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.material: ChecklistRow | None = None
        self.thumbs: dict[tuple[str, int, bool], QImage] = {}
        self.dialog: QFileDialog | PdfDialog | None = None  # the open dialog, if any (tests answer it)
        self.setAcceptDrops(True)
        self.title = QLabel()
        self.title.setObjectName("scanTitle")
        self.state = QLabel()
        self.state.setObjectName("scanState")
        self.camera_button = QPushButton(self.tr("高拍仪"), checkable=True)
        self.capture_button = QPushButton(self.tr("拍照  (Space)"))
        self.import_button = QPushButton(self.tr("导入文件…  (Ctrl+O)"))
        self.sane_button = QPushButton(self.tr("扫描仪扫描"))
        self.hot_label = QLabel()
        self.hot_label.setObjectName("hotFolder")
        self.video = QVideoWidget()
        self.video.setMinimumHeight(220)
        self.video.hide()
        self.camera = CameraSource(self.video, self)
        self.pages = PageList()
        self.left_button = self._page_button(self.tr("◀ 前移"), self.tr("本页前移一位 (Ctrl+←)"))
        self.right_button = self._page_button(self.tr("后移 ▶"), self.tr("本页后移一位 (Ctrl+→)"))
        self.rotate_button = self._page_button(self.tr("旋转"), self.tr("顺时针旋转 90° (R)"))
        self.delete_button = self._page_button(self.tr("删除"), self.tr("删除本页 (Delete)"))
        self.preview_button = self._page_button(self.tr("预览"), self.tr("放大预览本页 (Enter)"))
        self.finish_button = QPushButton(self.tr("完成，生成 PDF  (Ctrl+S)"))
        self.finish_button.setObjectName("primaryButton")
        self.message = MessageLine()
        self.hot_folder = HotFolderWatcher(ctx, lambda: self.material.id if self.material else None, self)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        sources = QHBoxLayout()
        for button in (self.camera_button, self.capture_button, self.import_button, self.sane_button):
            sources.addWidget(button)
        sources.addStretch(1)
        edits = QHBoxLayout()
        for button in (self.left_button, self.right_button, self.rotate_button, self.delete_button,
                       self.preview_button):
            edits.addWidget(button)
        edits.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(sources)
        layout.addWidget(self.hot_label)
        layout.addWidget(self.video)
        layout.addWidget(self.pages, 1)
        layout.addLayout(edits)
        layout.addWidget(self.finish_button)
        layout.addWidget(self.message)

        self.camera_button.toggled.connect(self._toggle_camera)
        self.capture_button.clicked.connect(self.camera.take)
        self.camera.captured.connect(self.add_captured)
        self.camera.problem.connect(lambda text: self.message.show_message(text, "error"))
        self.camera.running.connect(self._camera_running)
        self.import_button.clicked.connect(self.choose_files)
        self.sane_button.clicked.connect(lambda: self._run(self._scan_sane()))
        self.hot_folder.imported.connect(self.message.show_message)
        self.hot_folder.failed.connect(lambda text: self.message.show_message(text, "error"))
        self.pages.act.connect(self.act)
        for button, action in ((self.left_button, "left"), (self.right_button, "right"),
                               (self.rotate_button, "rotate"), (self.delete_button, "delete"),
                               (self.preview_button, "preview")):
            button.clicked.connect(lambda _c=False, a=action: self._act_on_current(a))
        self.finish_button.clicked.connect(self.finish)
        shortcuts = (("Space", self.camera.take), ("Ctrl+O", self.choose_files), ("Ctrl+S", self.finish))
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._camera_running(False)
        self.show_material(None, None, None)
        self.hot_folder.start()

    @staticmethod
    def _page_button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("pageButton")
        button.setToolTip(tip)
        return button

    # --- the material shown ----------------------------------------------------------------------

    def show_material(self, case_id: str | None, row: ChecklistRow | None, upload: MaterialUpload | None) -> None:
        """Scan into ``row`` from now on (the checklist's cursor); ``upload`` is its PDF's way to the centre."""
        changed = row is None or self.material is None or row.id != self.material.id
        self.case_id, self.material = case_id, row
        title = self.tr("扫描材料：{name}").format(name=row.name) if row else self.tr("请先在清单中选择材料")
        self.title.setText(title)
        self.state.setText(upload_text(upload) if upload is not None else "")
        self.state.setVisible(upload is not None)
        self.state.setProperty("level", upload.state if upload is not None else "")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        folder = self.hot_folder.path
        hot = (self.tr("热文件夹：{path}（放入的扫描文件自动导入当前材料）").format(path=folder) if folder
               else self.tr("未设置扫描仪热文件夹（系统 → 设置 → 外部设备）"))
        self.hot_label.setText(hot)
        for widget in (self.capture_button, self.import_button, self.sane_button, self.finish_button):
            widget.setEnabled(row is not None)
        if changed:
            self.message.clear()

    async def refresh(self) -> None:
        """Reload the material's pages and render the thumbnails not yet cached."""
        material = self.material
        if material is None:
            self.pages.show_pages([], {})
            return
        hall = self.ctx.hall
        pages = await ops.db(lambda: hall.scans.pages(material.id))
        missing = [p for p in pages if thumb_key(p) not in self.thumbs]
        if missing:
            rendered = await ops.net(lambda: {thumb_key(p): first_page(hall.scans.page_pdf(p.id), THUMB_WIDTH)
                                              for p in missing})
            self.thumbs.update(rendered)
        self.pages.show_pages(pages, self.thumbs)

    def _run(self, coro: Coroutine[Any, Any, Any]) -> None:
        ops.spawn(coro, on_error=self.message.show_error)

    # --- sources ---------------------------------------------------------------------------------

    def _toggle_camera(self, on: bool) -> None:
        if on and not self.camera.active and not self.camera.start(self.ctx.hall.settings["camera_device"]):
            self.camera_button.setChecked(False)
        elif not on and self.camera.active:
            self.camera.stop()

    def _camera_running(self, running: bool) -> None:
        self.video.setVisible(running)
        self.capture_button.setVisible(running)
        self.camera_button.setChecked(running)
        self.camera_button.setText(self.tr("关闭高拍仪") if running else self.tr("高拍仪"))

    def add_captured(self, image: QImage) -> None:
        """A camera picture becomes a page of the selected material (``CameraSource.captured``)."""
        material, hall, actor = self.material, self.ctx.hall, self.ctx.user.username
        if material is None:
            self.message.show_message(self.tr("请先在清单中选择要扫描的材料"), "error")
            return
        frame = image.copy()

        async def add() -> None:
            await ops.net(lambda: hall.scans.add_image(material.id, pil_image(frame), actor=actor))
            self.message.show_message(self.tr("已拍摄 1 页"))

        self._run(add())

    def choose_files(self) -> None:
        if self.material is not None:
            self._run(self._choose_files())

    async def _choose_files(self) -> None:
        dialog = self.dialog = QFileDialog(self, self.tr("导入扫描文件"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("扫描文件 ({patterns})").format(patterns=FILE_FILTER))
        try:
            if not await ask(dialog):
                return
            paths = [Path(p) for p in dialog.selectedFiles()]
        finally:
            self.dialog = None
        if self.material is not None:
            await self.import_files(self.material.id, paths)

    async def import_files(self, material_id: str, paths: Sequence[Path]) -> None:
        """Add every page of each file to the material; a bad file is refused alone, with the reason."""
        hall, actor = self.ctx.hall, self.ctx.user.username
        added, refused = 0, []
        for path in paths:
            try:
                result = await ops.net(lambda p=path: hall.scans.add_file(material_id, p, source_kind=IMPORT,
                                                                          actor=actor))
            except ScanError as exc:
                refused.append(ops.message_of(exc))
                continue
            added += len(result.value)
        if refused:
            self.message.show_message(self.tr("；").join(refused), "error")
        else:
            self.message.show_message(self.tr("已导入 {n} 页").format(n=added))

    async def _scan_sane(self) -> None:
        material, hall, actor = self.material, self.ctx.hall, self.ctx.user.username
        if material is None:
            return
        self.message.show_message(self.tr("正在查找扫描仪…"))
        scanners = await ops.net(sane.scanners)
        if not scanners:
            self.message.show_message(self.tr("SANE 未找到扫描仪，请检查电源和连线"), "error")
            return
        self.message.show_message(self.tr("正在用 {scanner} 扫描…").format(scanner=scanners[0].label))
        data = await ops.net(sane.scan, scanners[0].name)
        name = clock.to_hall(clock.now()).strftime("sane-%Y%m%d-%H%M%S.png")
        await ops.net(lambda: hall.scans.add_file(material.id, data, filename=name, source_kind=SANE, actor=actor))
        self.message.show_message(self.tr("已扫描 1 页"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.material is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.material is not None and paths:
            event.acceptProposedAction()
            self._run(self.import_files(self.material.id, paths))

    # --- the pages -------------------------------------------------------------------------------

    def _act_on_current(self, action: str) -> None:
        page = self.pages.current()
        if page is not None:
            self.act(action, page.id)

    def act(self, action: str, page_id: str) -> None:
        page = next(p for p in self.pages.pages if p.id == page_id)
        hall, actor = self.ctx.hall, self.ctx.user.username
        if action == "preview":
            self._run(self._preview(page))
        elif action == "rotate":
            self._run(ops.db(lambda: hall.scans.rotate(page_id, 90, actor=actor)))
        elif action == "delete":
            self._run(ops.db(lambda: hall.scans.delete(page_id, actor=actor)))
        elif action in ("left", "right"):
            number = page.number - 1 if action == "left" else page.number + 1
            if 1 <= number <= len(self.pages.pages):
                self._run(ops.db(lambda: hall.scans.move(page_id, number, actor=actor)))

    async def _preview(self, page: PageInfo) -> None:
        data = await ops.net(self.ctx.hall.scans.page_pdf, page.id)
        self.dialog = PdfDialog(self.tr("第 {n} 页预览").format(n=page.number), data, self)
        self.dialog.open()

    def finish(self) -> None:
        """完成: the material's PDF is stored and queued for upload; the clerk does not wait for the upload."""
        material, hall, actor = self.material, self.ctx.hall, self.ctx.user.username
        if material is None:
            return

        async def run() -> None:
            self.finish_button.setEnabled(False)
            try:
                await ops.net(lambda: hall.scans.finish(material.id, actor=actor))
            finally:
                self.finish_button.setEnabled(True)
            self.message.show_message(self.tr("「{name}」已生成 PDF，后台上传中").format(name=material.name))

        self._run(run())
