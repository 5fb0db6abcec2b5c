"""``acceptance_clicks``: the user actions from a called ticket to a printed 受理回执 for a two-item case.

The real clerk workspace of window W05 (the demo user) on an offscreen screen, against the central
service in its own process. The guide desk issued a 受理号 for 企业设立登记 and the window called it;
from there the script does what a clerk does, and counts:

* **one action** is one key press or chord (Enter, Ctrl+Enter, F9), one mouse click, or one text
  entry — typing one complete value into one field, however many characters it has (this flow
  needs no mouse);
* the flow: the applicant's name, Enter, ID number, Enter, phone, Enter (now in the item search),
  ``dwsh`` (单位社会保险参保登记 by its pinyin initials), Enter (added), Ctrl+Enter (the case opens,
  the cursor on the checklist), A (全部收取), F9 (the rules say 受理), Enter (确认并打印), Enter in the
  operating system's print dialog.

The run fails unless the case was accepted and the receipt printed (the PDF written by the "printer").
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.counters import close_counter, counter, run_with_central

COMPANY_SETUP, SOCIAL_INSURANCE = "330602-XK-0201", "330602-GG-0209"
APPLICANT = ("王建军", "330602196803140314", "13905751234")


@dataclass
class Actions:
    """Performs the clerk's actions on the focused widget and counts them by kind."""

    counts: dict[str, int] = field(default_factory=lambda: {"key": 0, "text": 0})

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    async def key(self, key: Any, modifier: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        QTest.keyClick(QApplication.focusWidget(), key, modifier or Qt.KeyboardModifier.NoModifier)
        self.counts["key"] += 1
        await _quiet()

    async def text(self, value: str) -> None:
        """One value typed into the focused field (an input method commits Chinese in one go)."""
        from PySide6.QtWidgets import QApplication, QLineEdit

        edit = QApplication.focusWidget()
        assert isinstance(edit, QLineEdit), edit
        edit.insert(value)
        self.counts["text"] += 1
        await _quiet()


async def _quiet() -> None:
    """Let what the action started finish, without waiting on a question that is open."""
    for _ in range(5):
        await asyncio.sleep(0.05)


async def _until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    async def poll() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(poll(), timeout)


def _visible(kind: type) -> Any:
    from PySide6.QtWidgets import QApplication

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


async def _flow(ctx: Any, printed: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QLineEdit

    from sync.queue_api import QueueApi
    from ui import ops
    from ui.workspaces.clerk import ClerkWorkspace

    api = QueueApi(ctx.hall, ctx.client)
    await ops.net(lambda: api.issue("accept", item_code=COMPANY_SETUP))
    clerk = ClerkWorkspace(ctx)
    clerk.resize(1800, 1000)
    clerk.show()
    clerk.activateWindow()
    await ops.idle()
    panel = clerk.acceptance.case
    clerk.caller.call_next()  # the called ticket: where the count starts
    await _until(lambda: panel.ticket is not None and panel.intake.items.codes() == [COMPANY_SETUP])
    await ops.idle()
    clerk.activateWindow()
    await _until(lambda: panel.intake.name.hasFocus())

    act, enter = Actions(), Qt.Key.Key_Return
    name, id_number, phone = APPLICANT
    for value in (name, id_number, phone):
        await act.text(value)
        await act.key(enter)
    await act.text("dwsh")
    await _until(lambda: (panel.intake.items.finder.current() or ("",))[0] == SOCIAL_INSURANCE)
    await act.key(enter)
    await _until(lambda: panel.intake.items.codes() == [COMPANY_SETUP, SOCIAL_INSURANCE])
    await act.key(enter, Qt.KeyboardModifier.ControlModifier)
    await _until(lambda: panel.case is not None and panel.checklist.table.hasFocus())
    await act.key(Qt.Key.Key_A)
    await _until(lambda: panel.case is not None and not panel.case.needed)
    await act.key(Qt.Key.Key_F9)
    await _until(lambda: panel.dialog is not None and panel.dialog.rules is not None)
    await act.key(enter)
    await _until(lambda: _visible(QPrintDialog) is not None)
    dialog = _visible(QPrintDialog)
    dialog.findChild(QLineEdit, "filename").setText(str(printed))  # the hall's printer, preselected
    dialog.activateWindow()
    dialog.setFocus()
    await _until(dialog.isActiveWindow)
    await act.key(enter)
    await _until(lambda: panel.documents.printed == 1)
    assert panel.case.status_label == "已受理", panel.case.status_label
    assert [name for name, _pdf in panel.documents.papers.documents] == ["受理回执"]
    assert printed.stat().st_size > 0
    await ops.idle()
    clerk.close()
    clerk.deleteLater()
    await asyncio.sleep(0.1)
    return act.total


async def _measure(url: str, root: Path) -> int:
    from ui import ops

    ctx = await ops.net(counter, url, root / "clerk", "demo", "W05")
    ops.bind(ctx.hall)
    try:
        return await _flow(ctx, root / "receipt.pdf")
    finally:
        await close_counter(ctx)


def run() -> dict[str, float]:
    return {"acceptance_clicks": run_with_central("acceptance-ui", _measure)}


if __name__ == "__main__":
    print(run())
