"""``call_to_display_p99_ms``: from the clerk's click on 呼叫下一位 to the hall display showing the number.

The real path end to end: the central service in its own process (SQLite), and in this process two
counters with their own caches — window W05 (the demo user) and the hall display (user ``display``)
with its sync engine long-polling the change feed — each with its real workspace on an offscreen
Qt screen. Each of 100 rounds clicks the caller's button and stops the clock when the display's
board has put the called number on screen (:attr:`DisplayBoard.calls_shown`); the ticket is then
finished outside the measurement.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bench.counters import close_counter, counter, p50_p99, run_with_central

CALLS = 100


async def _measure(url: str, root: Path) -> list[float]:
    from sync.queue_api import QueueApi
    from ui import ops
    from ui.workspaces.clerk import ClerkWorkspace
    from ui.workspaces.display import DisplayWorkspace

    clerk_ctx = await ops.net(counter, url, root / "clerk", "demo", "W05")
    display_ctx = await ops.net(counter, url, root / "display", "display")
    ops.bind(clerk_ctx.hall)
    api = QueueApi(clerk_ctx.hall, clerk_ctx.client)
    try:
        await ops.net(lambda: [api.issue("accept", zone_code="B") for _ in range(CALLS)])
        display_ctx.sync.start()
        clerk, display = ClerkWorkspace(clerk_ctx), DisplayWorkspace(display_ctx)
        for workspace in (clerk, display):
            workspace.resize(1600, 900)
            workspace.show()
        await ops.idle()
        shown: dict[str, float] = {}
        display.board.calls_shown.connect(lambda calls: shown.update((c.number, time.perf_counter()) for c in calls))
        times = []
        for round_ in range(1, CALLS + 1):
            number = f"B{round_:03d}"
            while not clerk.caller.call_button.isEnabled():  # the previous finish has been redrawn
                await asyncio.sleep(0.001)
            clicked = time.perf_counter()
            clerk.caller.call_button.click()
            while number not in shown:
                await asyncio.sleep(0.001)
            times.append((shown[number] - clicked) * 1000)
            ticket = clerk.caller.ticket
            while ticket is None or ticket.number != number:
                await asyncio.sleep(0.001)
                ticket = clerk.caller.ticket
            await ops.net(lambda t=ticket: api.finish("W05", t.id))
            await clerk.refresh()
        for workspace in (clerk, display):
            workspace.close()
            workspace.deleteLater()  # now, while Qt runs, not in the interpreter's final clean-up
        await asyncio.sleep(0.1)
        return times
    finally:
        for ctx in (display_ctx, clerk_ctx):
            await close_counter(ctx)


def run() -> dict[str, float]:
    return p50_p99("call_to_display", run_with_central("queue-ui", _measure))


if __name__ == "__main__":
    print(run())
