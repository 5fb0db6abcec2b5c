"""``prompt_to_device_p99_ms``: from the clerk's click on 办结 to the 评价器 showing the rating screen.

The real path: the central service (SQLite) in this process's background, the clerk workspace of
window W05 with the built-in device, and the 评价器 workspace of the same program (the applicant's
second monitor), on an offscreen Qt screen. Each round calls a 咨询号, clicks 办结 and stops the clock
when the screen has put the rating page up (:attr:`RatingScreen.prompt_shown`); the applicant then
taps 非常满意 outside the measurement. Goal: under 300 ms.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bench.counters import close_counter, counter, p50_p99, run_with_central

ROUNDS = 40


async def _measure(url: str, root: Path) -> list[float]:
    from sync.queue_api import QueueApi
    from ui import ops
    from ui.evaluation import runtime
    from ui.workspaces.clerk import ClerkWorkspace
    from ui.workspaces.evaluator import EvaluatorWorkspace

    ctx = await ops.net(counter, url, root / "clerk", "demo", "W05")
    ops.bind(ctx.hall)
    api = QueueApi(ctx.hall, ctx.client)
    try:
        await ops.net(lambda: [api.issue("consult") for _ in range(ROUNDS)])
        clerk, evaluator = ClerkWorkspace(ctx), EvaluatorWorkspace(ctx)
        for workspace in (clerk, evaluator):
            workspace.resize(1600, 900)
            workspace.show()
        await ops.idle()
        shown: dict[str, float] = {}
        evaluator.screen.prompt_shown.connect(lambda prompt_id: shown.update({prompt_id: time.perf_counter()}))
        times = []
        for _ in range(ROUNDS):
            while not clerk.caller.call_button.isEnabled():
                await asyncio.sleep(0.001)
            clerk.caller.call_button.click()
            while not clerk.caller.finish_button.isEnabled():
                await asyncio.sleep(0.001)
            before = len(shown)
            clicked = time.perf_counter()
            clerk.caller.finish_button.click()
            while len(shown) == before:
                await asyncio.sleep(0.001)
            times.append((max(shown.values()) - clicked) * 1000)
            evaluator.screen.levels[min(evaluator.screen.levels)].click()
            while evaluator.screen.pages.currentWidget() is not evaluator.screen.thanks:
                await asyncio.sleep(0.001)
        for workspace in (clerk, evaluator):
            workspace.close()
            workspace.deleteLater()
        await asyncio.sleep(0.1)
        return times
    finally:
        await ops.idle()
        await ops.net(lambda: runtime.close_desk(ctx.hall))
        await close_counter(ctx)


def run() -> dict[str, float]:
    return p50_p99("prompt_to_device", run_with_central("evaluation", _measure))


if __name__ == "__main__":
    print(run())
