"""What the UI benchmarks share: counter PCs against a real central service, on a qasync loop.

Each UI benchmark is an ``async`` measurement of real workspaces; this module starts the Qt
application and the central service (demo data) around it, builds counter PCs (their own cache,
login and replica) and closes them again, and turns timings into the p50/p99 figures.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from bench.servers import running_central

T = TypeVar("T")


def counter(url: str, root: Path, username: str, window_id: str = "") -> Any:
    """An AppContext of a counter PC: its own cache, login, replica of the hall."""
    from hallclient.hall import Hall
    from hallclient.paths import DataDir
    from sync.client import CentralClient
    from sync.engine import SyncEngine
    from sync.pull import pull_all
    from ui.bridge import ChangeBridge
    from ui.context import AppContext

    hall = Hall.open(DataDir(root))
    hall.settings.update(window_id=window_id, voice_enabled=False)
    client = CentralClient(url, device_id=hall.device_id)
    user = client.login(username, username)
    pull_all(hall, client)
    # a short long-poll: a call still answers it at once, and the central service, which lets a
    # running request finish before it exits, stops quickly after the run
    engine = SyncEngine(hall, client, long_poll_s=2)
    return AppContext(hall=hall, client=client, sync=engine, bridge=ChangeBridge(hall), user=user)


async def close_counter(ctx: Any) -> None:
    """Stop a counter's sync and close its cache, after the UI's queued work has run."""
    from ui import ops

    await ops.idle()
    ctx.sync.stop()
    ctx.bridge.detach()
    ctx.client.close()
    await ops.net(ctx.hall.close)


def run_with_central(prefix: str, measure: Callable[[str, Path], Coroutine[Any, Any, T]]) -> T:
    """``measure(url, root)`` on a qasync loop, with a demo central service and a scratch directory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync

    from ui.app import create_qapplication

    root = Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-"))
    try:
        app = create_qapplication("zh_CN")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with running_central(f"sqlite:///{root / 'central.db'}", seed_demo=True) as url, loop:
            return loop.run_until_complete(measure(url, root))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def p50_p99(name: str, times: list[float]) -> dict[str, float]:
    """``<name>_p50_ms`` and ``<name>_p99_ms`` of ``times`` (milliseconds)."""
    ordered = sorted(times)
    return {f"{name}_p50_ms": round(statistics.median(ordered), 1),
            f"{name}_p99_ms": round(ordered[max(0, int(len(ordered) * 0.99) - 1)], 1)}
