"""The queue screens against the real central service: the guide desk and window of the demo user,
more counters (each its own cache, login and window) in the same process, a display that follows
the change feed through a running sync engine, and printers that write to a file or a fake socket."""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from hallclient.hall import Hall
from hallclient.paths import DataDir
from tests.conftest import UiHarness
from tests.printers.fake_printer import FakeTcpPrinter


def shown(qtbot: Any, widget: Any, ui: UiHarness, size: tuple[int, int] = (1600, 1000)) -> Any:
    """Show a workspace as its own active window and let its first refresh finish."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)  # shortcuts need the active window
    ui.settle()
    return widget


@pytest.fixture
def guide(ui: UiHarness, qtbot: Any) -> Any:
    """The demo user's guide desk (导服台)."""
    from ui.workspaces.guide import GuideWorkspace

    return shown(qtbot, GuideWorkspace(ui.ctx), ui)


@pytest.fixture
def clerk(ui: UiHarness, qtbot: Any) -> Any:
    """The demo user's window W05 (serves 商事登记 B and 社会事务 E; 受理, 咨询 and 取件 tickets), with its
    counter's sync engine running as in the app (the window's own state comes through the feed)."""
    from ui.workspaces.clerk import ClerkWorkspace

    ui.ctx.sync.start()
    return shown(qtbot, ClerkWorkspace(ui.ctx), ui, (1400, 900))


@pytest.fixture
def counters(central: Any, migrated_cache: Path, tmp_path: Path, ui: UiHarness) -> Iterator[Callable[..., Any]]:
    """``counter(username, window_id=None, sync=False)`` → the AppContext of another counter PC."""
    from sync.client import CentralClient
    from sync.engine import SyncEngine
    from sync.pull import pull_all
    from ui.bridge import ChangeBridge

    opened: list[Any] = []

    def counter(username: str, window_id: str | None = None, *, sync: bool = False) -> Any:
        root = tmp_path / f"counter-{uuid.uuid4().hex[:8]}"
        root.mkdir()
        shutil.copy(migrated_cache, root / "hallclient.db")
        hall = Hall.open(DataDir(root))
        client = CentralClient(central.url, device_id=hall.device_id)
        user = client.login(username, username)
        pull_all(hall, client)
        if window_id is not None:
            hall.settings.update(window_id=window_id)
        engine = SyncEngine(hall, client, retry_s=0.05, max_wait_s=0.5)
        ctx = dataclasses.replace(ui.ctx, hall=hall, client=client, sync=engine, bridge=ChangeBridge(hall), user=user)
        opened.append(ctx)
        if sync:
            engine.start()
        return ctx

    yield counter
    for ctx in opened:
        ctx.sync.stop()
        ctx.bridge.detach()
        ctx.client.close()
        ctx.hall.close()


@pytest.fixture
def display(counters: Callable[..., Any], qtbot: Any, ui: UiHarness) -> Any:
    """The hall display on its own PC (user ``display``), fed by the sync engine's long-poll, with a
    recording voice instead of a speaker."""
    from ui.queue.speech import RecordingEngine
    from ui.workspaces.display import DisplayWorkspace

    ctx = counters("display", sync=True)
    ctx.hall.settings.update(voice_enabled=False)  # no real engine in tests: a recording one below
    workspace = DisplayWorkspace(ctx)
    workspace.announcer.use(RecordingEngine())
    workspace._shown_once = True  # stay in the test's window rather than going full screen
    return shown(qtbot, workspace, ui, (1600, 900))


@pytest.fixture
def fake_printer() -> Iterator[FakeTcpPrinter]:
    fake = FakeTcpPrinter().start()
    yield fake
    fake.stop()
