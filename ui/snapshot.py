"""``hallclient snapshot --out DIR``: render every workspace with demo data to PNG, offscreen.

Runs the same start-up as ``--demo`` (embedded central service, demo user with every role), waits
until the workspaces have loaded their data, then grabs each one at the requested size; then
``acceptance.png`` (a case mid-check) and ``notice.png`` (a 一次性补正告知书), see ``ui.acceptance.demo``,
and ``handout.png`` (a called 取件号 with a mismatch flagged and a signature), see ``ui.handout.demo``;
``evaluator.png`` is the rating screen mid-prompt (``ui.evaluation.demo``). These
images are the README's screenshots and the way we look at a screen before calling it done.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui import ops


async def _settle(rounds: int = 3) -> None:
    """Let queued refreshes (and the refreshes they trigger) finish."""
    for _ in range(rounds):
        await ops.idle()
        await asyncio.sleep(0.05)


#: Workspaces drawn in a staged scene rather than as loaded: ``manager.png`` shows a busy simulated day
#: (5,000 tickets, 100 windows, ratings, deadlines) and ``evaluator.png`` the rating screen mid-prompt.
STAGED = frozenset({"manager", "evaluator"})


def _grab(window: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    window.grab().save(str(path))
    return path


async def _render(out: Path, width: int, height: int) -> list[Path]:
    from sync.pull import pull_all
    from ui.app import DEMO_USER, open_runtime
    from ui.bridge import ChangeBridge
    from ui.context import AppContext
    from ui.main_window import MainWindow

    runtime = await ops.net(open_runtime, None, demo=True, central_url=None)
    try:
        user = await ops.net(runtime.client.login, *DEMO_USER)
        await ops.net(pull_all, runtime.hall, runtime.client)
        ops.bind(runtime.hall)
        ctx = AppContext(hall=runtime.hall, client=runtime.client, sync=runtime.sync,
                         bridge=ChangeBridge(runtime.hall), user=user, demo=True)
        window = MainWindow(ctx)
        window.resize(width, height)
        window.show()
        runtime.sync.start()  # as the app does: the status bar shows the counter online, documents arrive
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in window.workspaces:
            window.show_workspace(name)
            await _settle()
            if name not in STAGED:
                written.append(_grab(window, out, name))
        from ui.dashboard.demo import show_simulated

        window.show_workspace("manager")
        show_simulated(window.workspaces["manager"])
        await _settle()
        written.append(_grab(window, out, "manager"))
        from ui.acceptance.demo import snapshots as acceptance_snapshots
        from ui.evaluation.demo import snapshot as evaluator_snapshot
        from ui.handout.demo import snapshot as handout_snapshot

        for staged in (acceptance_snapshots, handout_snapshot, evaluator_snapshot):
            written += await staged(window, ctx, out, _settle)
        window.close()
        await _settle()
        return written
    finally:
        await ops.net(runtime.close)


def render_all(out: Path, *, width: int = 1920, height: int = 1080, lang: str | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from ui.app import create_qapplication

    app = create_qapplication(lang or "zh_CN")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(_render(out, width, height))
