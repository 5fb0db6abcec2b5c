"""Demo for ``hallclient snapshot``: ``evaluator.png`` — the rating screen mid-prompt (photo, clerk,
window, item, case number, the five levels, seconds left) — and ``evaluator-reasons.png``, the page a
不满意 opens (reasons, text, the four dimensions). The prompt is handed straight to the screen, so the
demo hall gets no evaluation record from a screenshot."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hallclient.domain.evaluation import Level
from hallclient.evaluator.device import Prompt
from ui.context import AppContext
from ui.evaluation.runtime import placeholder_photo

if TYPE_CHECKING:
    from ui.main_window import MainWindow


async def snapshot(window: MainWindow, ctx: AppContext, out: Path,
                   settle: Callable[[], Awaitable[None]]) -> list[Path]:
    workspace = window.show_workspace("evaluator")
    screen = workspace.screen  # type: ignore[attr-defined]
    screen.show_prompt(Prompt("demo-prompt", "case:demo", "330602-W05-20250314-0007", "企业设立登记",
                              "5 号窗口", ctx.user.display_name, ctx.user.username, placeholder_photo(), 60))
    await settle()
    paths = [out / "evaluator.png", out / "evaluator-reasons.png"]
    window.grab().save(str(paths[0]))
    screen.choose(Level.DISSATISFIED)
    screen.reasons["long_wait"].setChecked(True)
    await settle()
    window.grab().save(str(paths[1]))
    screen.finish_prompt("demo-prompt", "superseded", None)
    await settle()
    return paths
