"""Starting the desktop app: Qt first, then the asyncio loop (qasync), then the core and the login.

After FeelUOwn's ``run_app``: the ``QApplication`` exists before the event loop; start-up work that
touches disk or network runs in the background while Qt paints; shutdown waits for the main window
to close, then stops sync, closes the cache and (in demo mode) the embedded central service.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from hallclient.errors import HallError
from hallclient.paths import DataDir, default_data_dir
from ui import ops
from ui.fonts import apply_app_font
from ui.i18n import install_language

if TYPE_CHECKING:  # the core is imported off the Qt thread, after the window has painted
    from hallclient.hall import Hall
    from sync.client import CentralClient, UserSession
    from sync.engine import SyncEngine

log = logging.getLogger(__name__)

DEMO_USER = ("demo", "demo")

#: ``HALLCLIENT_EXIT_AFTER_PAINT=1``: print "first paint after X s" when the window first paints and
#: "ready after X s" when the workspaces have loaded, then quit (tests, start-up benchmark).
EXIT_AFTER_PAINT_ENV = "HALLCLIENT_EXIT_AFTER_PAINT"


class StartupProbe(QObject):
    """Reports the time since ``started`` (``time.perf_counter()``) at first paint and when ready."""

    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self.window, self.started = window, started
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"first paint after {time.perf_counter() - self.started:.3f} s", flush=True)
        return False

    def ready(self) -> None:
        print(f"ready after {time.perf_counter() - self.started:.3f} s", flush=True)
        QTimer.singleShot(0, self.window.close)


def create_qapplication(lang: str = "zh_CN") -> QApplication:
    """The one QApplication, with the hall's font, style sheet and language."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("HallClient")
    app.setOrganizationName("HallClient")
    app.setQuitOnLastWindowClosed(False)  # the asyncio main coroutine decides when to end
    apply_app_font(app)
    app.setStyleSheet((resources.files("resources") / "styles" / "hall.qss").read_text(encoding="utf-8"))
    install_language(app, lang)
    return app


@dataclass
class Runtime:
    """Everything started for one run, so that shutdown undoes it in reverse order."""

    hall: Hall
    client: CentralClient
    sync: SyncEngine
    central: Any = None  # central.server.BackgroundCentral in demo mode
    temp_dir: Path | None = None
    log_handler: logging.Handler | None = None

    def close(self) -> None:
        from ui.evaluation.runtime import close_desk

        close_desk(self.hall)  # an open rating prompt closes as 未评价; the pad's port or relay poll stops
        if self.central is not None:
            # first: it ends the sync loop's long-poll, so sync.stop() need not wait it out and the
            # loop never touches the cache after hall.close()
            self.central.stop()
        self.sync.stop()
        self.client.close()
        self.hall.close()
        if self.log_handler is not None:
            logging.getLogger().removeHandler(self.log_handler)
            self.log_handler.close()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)


def start_demo_central(data_root: Path):  # type: ignore[no-untyped-def]
    """The embedded central service with a fresh demo database and a busy morning in its queue
    (``central.demo_day``), imported lazily: it is heavy."""
    from central import demo_day
    from central.admin import seed_demo
    from central.backoffice import BackOfficeConfig
    from central.server import BackgroundCentral

    db_url = f"sqlite:///{data_root / 'central.db'}"
    seed_demo(db_url)
    demo_day.play(db_url)
    return BackgroundCentral(db_url, backoffice=BackOfficeConfig()).start()


def open_runtime(data_dir: Path | None, *, demo: bool, central_url: str | None) -> Runtime:
    """Open the cache (and in demo mode start the central service) — blocking, call off the Qt thread."""
    from hallclient.hall import Hall
    from hallclient.logs import add_file_log
    from sync.client import CentralClient
    from sync.engine import SyncEngine

    temp_dir = Path(tempfile.mkdtemp(prefix="hallclient-demo-")) if demo else None
    root = temp_dir / "client" if temp_dir else (data_dir or default_data_dir())
    central = start_demo_central(temp_dir) if temp_dir else None
    hall = Hall.open(DataDir(root))
    log_handler = add_file_log(hall.data_dir.logs)
    settings = hall.settings
    url = central.url if central else (central_url or settings["central_url"])
    client = CentralClient(url, device_id=hall.device_id, ca_bundle=settings["ca_bundle"],
                           connect_timeout=settings["connect_timeout_s"], read_timeout=settings["read_timeout_s"])
    return Runtime(hall=hall, client=client, sync=SyncEngine(hall, client), central=central, temp_dir=temp_dir,
                   log_handler=log_handler)


async def _login(runtime: Runtime, demo: bool, parent: QWidget) -> UserSession | None:
    if demo:
        return await ops.net(runtime.client.login, *DEMO_USER)
    from ui.login import LoginDialog

    dialog = LoginDialog(runtime.client, parent)
    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: finished.done() or finished.set_result(code))
    dialog.open()
    if await finished != QDialog.DialogCode.Accepted:
        return None
    settings = runtime.hall.settings
    if settings["central_url"] != runtime.client.base_url:  # first start: keep the URL that worked
        settings.update(central_url=runtime.client.base_url)
        await ops.net(settings.save)
    return dialog.session


async def _main(app: QApplication, data_dir: Path | None, demo: bool, central_url: str | None,
                started: float) -> int:
    from ui.main_window import MainWindow

    window = MainWindow()  # painted at once; filled in below
    probe = StartupProbe(window, started) if os.environ.get(EXIT_AFTER_PAINT_ENV) else None
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    window.destroyed.connect(lambda: closed.done() or closed.set_result(None))
    app.lastWindowClosed.connect(lambda: closed.done() or closed.set_result(None))
    window.showMaximized()
    if demo:
        window.show_progress(QCoreApplication.translate("app", "正在启动演示中心服务…"))
    try:
        runtime = await ops.net(open_runtime, data_dir, demo=demo, central_url=central_url)
    except HallError as exc:
        QMessageBox.critical(window, QCoreApplication.translate("app", "无法启动"), ops.message_of(exc))
        return 1
    ops.bind(runtime.hall)
    try:
        if runtime.hall.quarantined is not None:
            QMessageBox.warning(window, QCoreApplication.translate("app", "本地数据库已重建"),
                                QCoreApplication.translate("app", "本地数据库损坏，已移至 {path}，并已新建数据库。")
                                .format(path=runtime.hall.quarantined))
        window.show_progress(QCoreApplication.translate("app", "请登录"))
        user = await _login(runtime, demo, window)
        if user is None:
            return 0
        from ui.bridge import ChangeBridge
        from ui.context import AppContext

        window.attach(AppContext(hall=runtime.hall, client=runtime.client, sync=runtime.sync,
                                 bridge=ChangeBridge(runtime.hall), user=user, demo=demo))
        runtime.sync.start()
        if probe is not None:
            await ops.idle()
            probe.ready()
        await closed
        return 0
    finally:
        await ops.net(runtime.close)


def startup_language(data_dir: Path | None, *, demo: bool, lang: str | None) -> str:
    """``--lang``, else the language saved in the settings (demo mode: Chinese); read before Qt starts."""
    if lang is None and not demo:
        from hallclient.config import Settings

        lang = Settings.load(DataDir(data_dir or default_data_dir()).settings)["language"]
    return lang or "zh_CN"


def run_app(*, data_dir: Path | None = None, demo: bool = False, lang: str | None = None,
            central_url: str | None = None, started: float | None = None) -> int:
    """``started``: ``time.perf_counter()`` at process start (the CLI's), for the first-paint report."""
    started = time.perf_counter() if started is None else started
    app = create_qapplication(startup_language(data_dir, demo=demo, lang=lang))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(_main(app, data_dir, demo, central_url, started))
