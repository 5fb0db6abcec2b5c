"""The queue screens while the centre is unreachable, and after it is back.

The guide desk leases numbers when it starts; with the centre stopped it issues from them (slip with
the offline mark), the window calls by number and finishes; a new central service on the same
database takes the counter's outbox and everything reconciles — the same tickets, the same ids, and
online numbering goes on where it was.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from central.models import Ticket
from central.server import BackgroundCentral
from tests.printers.escpos_decode import decode
from tests.queue_ui.helpers import issue_by_keys, ticket
from ui import ops


def pending(ui: Any) -> int:
    return ui.run(ops.db(lambda: ui.ctx.hall.outbox.summary().pending))


async def drained(ui: Any) -> None:
    """Until the counter's outbox has reached the centre (the sync engine pushes it)."""
    while await ops.db(lambda: ui.ctx.hall.outbox.summary().pending):
        await asyncio.sleep(0.05)


def test_issue_and_call_offline_then_reconcile(guide: Any, clerk: Any, central: Any, ui: Any, qtbot: Any,
                                               tmp_path: Path) -> None:
    slip = tmp_path / "slip.bin"
    ui.ctx.hall.settings.update(ticket_printer=slip.as_uri())
    for api in (guide.issue.api, clerk.caller.api):
        api.offline_for_s = 0  # ask the centre every time (the app keeps working offline 15 s after a failure)
    left = ui.run(ops.db(ui.ctx.hall.queue.leases_left))
    assert left["B"] == 20 and left["C"] == 20  # leased when the desk opened
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow, timeout=3000)
    online = issue_by_keys(qtbot, ui, guide, "B")
    assert (online.number, online.offline) == ("B001", False)

    db_url = central.app.state.central.reader_engine.url.render_as_string(hide_password=False)
    port = central.port
    central.stop()
    offline = issue_by_keys(qtbot, ui, guide, "B", phone="13912345678")
    assert offline.offline and offline.number == "B980"
    assert "离线取号" in guide.issue.detail.text()
    assert "中心系统暂时无法连接" in guide.issue.warning.text()
    assert guide.issue.message.text() == "B980 号小票已打印"
    printed = decode(slip.read_bytes())
    assert "离线取号" in printed.text and "B980" in [line.text for line in printed.lines]

    caller = clerk.caller
    caller.call_button.click()  # the order is the centre's to decide: unreachable
    ui.wait_until(lambda: caller.message.level == "error")
    assert caller.message.text().endswith("可用“按号呼叫”(F8) 呼叫已取号的号码")
    clerk.activateWindow()  # the window's own PC
    qtbot.waitUntil(clerk.isActiveWindow, timeout=3000)
    for number in ("B001", "B980"):
        qtbot.keyClick(clerk, Qt.Key.Key_F8)  # 按号呼叫
        qtbot.keyClicks(caller.number, number)
        qtbot.keyClick(caller.number, Qt.Key.Key_Return)
        ui.wait_until(lambda number=number: caller.ticket is not None and caller.ticket.number == number)
        ui.settle()
        caller.finish_button.click()
        ui.wait_until(lambda: caller.ticket is None)
        ui.settle()
    assert ticket(ui, "B980").status == "done" and pending(ui) > 0

    revived = BackgroundCentral(db_url, port=port).start()
    try:
        ui.ctx.sync.sync_now()
        ui.run(drained(ui), timeout=30)
        rows = revived.app.state.central.run_read(lambda s: {t.number: t for t in s.scalars(
            select(Ticket).where(Ticket.number.in_(["B001", "B980"])))})
        assert {n: t.status for n, t in rows.items()} == {"B001": "done", "B980": "done"}
        b980 = rows["B980"]
        assert (b980.offline, b980.window_id, b980.clerk, b980.id) == (True, "W05", "demo", offline.id)
        assert b980.phone == "13912345678"  # the centre keeps the number for its SMS; counters see it masked
        assert ticket(ui, "B980").phone == "139****5678"
        guide.activateWindow()
        qtbot.waitUntil(guide.isActiveWindow, timeout=3000)
        assert issue_by_keys(qtbot, ui, guide, "B").number == "B002"  # online numbering went on unharmed
    finally:
        revived.stop()
