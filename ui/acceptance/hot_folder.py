"""Watching the scanner's hot folder (settings ``scan_hot_folder``): each finished file becomes pages of
the material the clerk has selected, then moves to ``processed/`` (or ``rejected/``, never deleted).

A ``QTimer`` ticks every second; the folder is read on the network pool, and a new tick waits until
the previous one is done. Without a selected material nothing is taken: the files wait in the folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from hallclient.scanning.hotfolder import HotFolder
from hallclient.scanning.model import ScanError
from hallclient.services.scans import HOT_FOLDER
from ui import ops
from ui.context import AppContext

POLL_MS = 1000


class HotFolderWatcher(QObject):
    """``imported(message)`` after each file, ``failed(message)`` for a file or folder that cannot be used."""

    imported = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, target: Callable[[], str | None], parent: QObject | None = None, *,
                 settle_seconds: float = 2.0) -> None:
        super().__init__(parent)
        self.ctx, self.target, self.settle_seconds = ctx, target, settle_seconds
        self.folder: HotFolder | None = None
        self.busy = False
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def path(self) -> str:
        return str(self.ctx.hall.settings["scan_hot_folder"] or "")

    def tick(self) -> None:
        material_id = self.target()
        if self.busy or not self.path or material_id is None:
            return
        if self.folder is None or str(self.folder.folder) != self.path:
            self.folder = HotFolder(Path(self.path), settle_seconds=self.settle_seconds)
        self.busy = True
        ops.spawn(self._take(self.folder, material_id), on_error=lambda exc: self.failed.emit(ops.message_of(exc)))

    async def _take(self, folder: HotFolder, material_id: str) -> None:
        try:
            for path in await ops.net(folder.poll):
                await self._import(folder, path, material_id)
        finally:
            self.busy = False

    async def _import(self, folder: HotFolder, path: Path, material_id: str) -> None:
        hall, actor = self.ctx.hall, self.ctx.user.username
        try:
            pages = await ops.net(lambda: hall.scans.add_file(material_id, path, source_kind=HOT_FOLDER, actor=actor))
        except ScanError as exc:
            await ops.net(folder.taken, path, imported=False)
            self.failed.emit(self.tr("{name} 未导入：{reason}（已移入 rejected 文件夹）").format(
                name=path.name, reason=ops.message_of(exc)))
            return
        await ops.net(folder.taken, path, imported=True)
        self.imported.emit(self.tr("已从热文件夹导入 {name}（{n} 页）").format(name=path.name, n=len(pages.value)))
