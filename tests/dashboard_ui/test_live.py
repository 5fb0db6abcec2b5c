"""The manager's dashboard follows the hall live: real central service, real change feed through a running
sync engine into the manager's own cache, the real workspace — tiles, windows table and charts update
within 2 s of each queue action, without any manual refresh."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import UiHarness
from tests.queue.conftest import Desk
from tests.queue_ui.conftest import counters, shown  # noqa: F401  (fixtures)


@pytest.fixture
def manager(counters: Any, qtbot: Any, ui: UiHarness) -> Any:  # noqa: F811
    from ui.workspaces.manager import ManagerWorkspace

    ctx = counters("manager", sync=True)
    return shown(qtbot, ManagerWorkspace(ctx), ui, (1600, 1000))


def within(ui: UiHarness, predicate: Any, seconds: float = 2.0) -> float:
    """Wait until ``predicate()``; returns how long it took (the issue's live bound is 2 s)."""
    started = time.perf_counter()
    ui.wait_until(predicate, timeout=seconds + 3)
    return time.perf_counter() - started


def test_a_live_stream_of_queue_events_updates_tiles_table_and_charts(manager: Any, ui: UiHarness,
                                                                    central: Any) -> None:
    desk = Desk(central.url)
    ui.wait_until(lambda: manager.board is not None)
    assert manager.board.hall.tickets == 0
    issued = [desk.issue("accept", zone_code="B") for _ in range(3)] + [desk.issue("consult")]
    assert within(ui, lambda: manager.board.hall.waiting == 4) < 2.5
    assert manager.tiles.tiles["waiting"].value.text() == "4 人"
    assert any(text.startswith("商事登记") and "等候 3 人" in text for text in manager.queues.texts())

    called = desk.call_next("W05")
    assert called["id"] == issued[0]["id"]
    within(ui, lambda: any(manager.windows.row_texts(r)[4] == called["number"] for r in range(manager.windows.rows())))
    row = next(manager.windows.row_texts(r) for r in range(manager.windows.rows())
               if manager.windows.row_texts(r)[4] == called["number"])
    assert row[0] == "5 号" and row[1] == "demo"

    desk.act("W05", "start", called)
    desk.act("W05", "finish", called)
    desk.call_next("W05")
    last = desk.call_next("W05", finish=True)  # a burst: this call finishes the ticket before
    desk.act("W05", "finish", last)
    assert within(ui, lambda: manager.board.hall.served == 3) < 2.5
    assert manager.tiles.tiles["served"].value.text() == "3 人"
    assert manager.tiles.tiles["waiting"].value.text() == "1 人"  # the 咨询 ticket
    assert sum(manager.histogram.bars.opts["height"]) == 3
    assert sum(manager.flow.arrivals.opts["height"]) == 4
    assert manager.live.refreshes < 15  # bursts were coalesced


def test_the_report_of_the_day_exports_while_the_screen_stays_live(manager: Any, ui: UiHarness, central: Any,
                                                                   tmp_path: Path) -> None:
    desk = Desk(central.url)
    desk.issue("accept", zone_code="D")
    ui.wait_until(lambda: manager.board is not None and manager.board.hall.tickets == 1)
    dialog = manager.open_reports()
    for fmt in ("csv", "xlsx", "pdf"):
        path = tmp_path / f"day.{fmt}"
        dialog.export_to(fmt, path)
        ui.wait_until(lambda p=path: dialog.last == p)
        assert path.stat().st_size > 100
    assert "不动产登记" in (tmp_path / "day.csv").read_bytes().decode("utf-8-sig")
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


def test_the_day_rolls_over_and_a_busy_simulated_day_draws(manager: Any, ui: UiHarness) -> None:
    from ui.dashboard.demo import show_simulated

    ui.wait_until(lambda: manager.board is not None)
    show_simulated(manager)
    board = manager.board
    assert board.hall.tickets == 5000 and manager.windows.rows() == 100
    assert all(manager.ratings.heights()) and manager.alerts.count() > 0
    assert manager.by_item.rows() > 0 and manager.by_window.rows() == 100
    assert board.day == dt.date(2025, 9, 30)
