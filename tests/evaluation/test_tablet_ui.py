"""The 评价器 workspace in tablet mode, against the real central relay: two programs, as in the hall.

The clerk's PC (``evaluation_device`` = tablet) finishes a 咨询号; its desk puts the prompt on the
centre's relay through the tablet driver. A second client — the 评价器 workspace of a program logged
in as ``evaluator`` on the window's tablet, also set to tablet mode — follows the relay, shows the
rating screen, the applicant taps a level, and the clerk's desk records it (device ``tablet``) while
the tablet returns to its thanks page.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.queue_api import QueueApi
from tests.acceptance_ui.conftest import shown
from tests.conftest import UiHarness
from ui import ops
from ui.evaluation import runtime


@pytest.fixture
def tablet_ctx(central: Any, migrated_cache: Path, tmp_path: Path, ui: UiHarness) -> Iterator[Any]:
    """The window's tablet: its own cache and login (user ``evaluator``), set to tablet mode for W05."""
    from sync.engine import SyncEngine
    from ui.bridge import ChangeBridge
    from ui.context import AppContext

    root = tmp_path / "tablet"
    root.mkdir()
    shutil.copy(migrated_cache, root / "hallclient.db")
    hall = Hall.open(DataDir(root))
    hall.settings.update(window_id="W05", evaluation_device="tablet")
    client = CentralClient(central.url, device_id=hall.device_id)
    client.login("evaluator", "evaluator")
    assert client.user is not None
    ctx = AppContext(hall=hall, client=client, sync=SyncEngine(hall, client), bridge=ChangeBridge(hall),
                     user=client.user)
    yield ctx
    ctx.bridge.detach()
    client.close()
    hall.close()


@pytest.fixture
def tablet(qtbot: Any, tablet_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The tablet's 评价器 workspace, not shown yet: it follows the relay while shown, and no ``settle``
    returns while it does (the relay loop never ends), so the test shows it once the clerk is set up."""
    from ui.workspaces import evaluator as evaluator_module
    from ui.workspaces.evaluator import EvaluatorWorkspace

    monkeypatch.setattr(evaluator_module, "PAD_WAIT_S", 1.0)  # short long-polls: teardown is prompt
    workspace = EvaluatorWorkspace(tablet_ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    return workspace  # pytest-qt closes it first (added first): hidden, it stops following the relay


@pytest.fixture
def clerk(ui: UiHarness, qtbot: Any, tablet: Any) -> Iterator[Any]:
    """The clerk's window on a PC whose 评价器 is the network tablet.

    After ``tablet`` on purpose: pytest-qt closes widgets in the order they were added, and the clerk's
    wind-down waits for all running work — which a still-shown tablet's relay loop never finishes.
    """
    from ui.workspaces.clerk import ClerkWorkspace

    ui.ctx.hall.settings.update(window_id="W05", evaluation_device="tablet")
    yield shown(qtbot, ClerkWorkspace(ui.ctx), ui)
    ui.run(ops.net(lambda: runtime.close_desk(ui.ctx.hall)), timeout=15)


def test_tablet_workspace_follows_the_relay_and_the_clerk_desk_records_the_rating(
        ui: UiHarness, clerk: Any, tablet: Any) -> None:
    assert tablet.tablet and tablet.pad is not None
    tablet.show()
    screen = tablet.screen

    # the tablet polls the relay, so the clerk's card sees it connected
    card = clerk.evaluation
    ui.wait_until(lambda: card.status is not None and card.status.connected, timeout=15)
    assert card.connection.text() == "网络评价平板：已连接" and not card.open_screen.isVisible()

    # the clerk serves a 咨询号 and finishes it (F5): the prompt travels through the relay
    api = QueueApi(ui.ctx.hall, ui.ctx.client)
    issued = ui.run(ops.net(lambda: api.issue("consult")))
    clerk.caller.call_button.click()
    ui.wait_until(lambda: clerk.caller.ticket is not None and clerk.caller.ticket.id == issued.ticket.id)
    ui.wait_until(clerk.caller.finish_button.isEnabled)
    clerk.caller.finish_button.click()
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.rate_page, timeout=15)
    assert "5 号窗口" in screen.clerk.text() and ui.ctx.user.display_name in screen.clerk.text()
    assert "咨询" in screen.service.text()
    ui.wait_until(lambda: "等待申请人评价（评价屏已显示）" in card.phase.text(), timeout=15)

    # the applicant taps 非常满意 on the tablet; the clerk's desk stores it, the tablet thanks
    screen.levels[1].click()
    ui.wait_until(lambda: "申请人已评价" in card.phase.text(), timeout=15)
    stored = ui.run(ops.db(lambda: ui.ctx.hall.evaluations.by_service(f"ticket:{issued.ticket.id}")))
    assert stored is not None and (stored.level, stored.device, stored.status) == (1, "tablet", "rated")
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.thanks, timeout=15)
    assert screen.thanks.text() == "感谢您的评价！"
    assert "非常满意" not in " ".join((card.connection.text(), card.phase.text(), card.message.text()))

    # a second tap after the prompt is over changes nothing (the tablet follows the relay: no settle)
    screen.levels[5].click()
    ui.run(asyncio.sleep(0.5))
    assert [e.id for e in ui.run(ops.db(ui.ctx.hall.evaluations.recent))] == [stored.id]
