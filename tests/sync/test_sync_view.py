"""The sync status view and the status bar's sync part, with real widgets against the real centre."""

from __future__ import annotations

import threading
from typing import Any

from sync.engine import Connection
from sync.push import push_all
from sync.upload import upload_file
from ui import ops
from ui.statusbar import HallStatusBar
from ui.sync_view import SyncView


def _cells(table: Any, column: int) -> list[str]:
    return [table.text(row, column) for row in range(table.row_count())]


def test_the_view_lists_pending_ops_problems_with_reasons_and_retries_them(ui: Any, qtbot: Any) -> None:
    hall = ui.ctx.hall

    def work() -> None:
        refused = hall.consultations.create(staff="guide1", item_codes=["NEW-ITEM"]).value
        hall.consultations.update(refused, actor="guide1", note="补充说明")
        hall.consultations.create(staff="guide1", note="正常登记")

    ui.run(ops.db(work))
    ui.run(ops.net(push_all, hall, ui.ctx.client))
    view = SyncView(ui.ctx)
    qtbot.addWidget(view)
    view.show()
    ui.wait_until(lambda: view.problems.row_count() == 1)
    assert _cells(view.problems, 1) == ["新增咨询登记"]
    assert _cells(view.problems, 4) == ["事项 NEW-ITEM 不存在"]
    assert _cells(view.pending, 0) == ["修改咨询登记"] and _cells(view.pending, 1) == ["1"]  # waiting behind it
    assert "被拒绝" in _cells(view.log, 3) and "已送达" in _cells(view.log, 3)
    view.problems.indexWidget(view.problems.model().index(0, 5)).click()  # 重试
    ui.wait_until(lambda: view.problems.row_count() == 0)
    assert ui.run(ops.db(hall.outbox.summary)).pending == 2
    assert [e.action for e in ui.run(ops.db(lambda: hall.audit.recent(1)))] == ["sync.retry"]


def test_the_view_shows_each_uploads_progress(ui: Any, qtbot: Any) -> None:
    hall = ui.ctx.hall
    sha = ui.run(ops.net(hall.files.add, b"%PDF" + bytes(300_000), filename="营业执照.pdf")).value
    view = SyncView(ui.ctx)
    qtbot.addWidget(view)
    view.show()
    ui.wait_until(lambda: view.uploads.row_count() == 1)
    assert [_cells(view.uploads, c) for c in (0, 2, 3)] == [["营业执照.pdf"], ["0%"], ["等待上传"]]
    job = ui.run(ops.db(hall.files.next_upload))
    ui.run(ops.net(upload_file, hall, ui.ctx.client, job, chunk_size=100_000))
    ui.wait_until(lambda: _cells(view.uploads, 3) == ["已上传"])
    assert _cells(view.uploads, 2) == ["100%"]
    assert ui.run(ops.db(hall.files.uploads))[0].sha256 == sha


def test_the_status_bar_shows_problems_and_warnings_and_logs_in_again(ui: Any, qtbot: Any) -> None:
    bar = HallStatusBar(ui.ctx)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.problems_button.isHidden() and bar.warning_label.isHidden()
    full = "本机磁盘已满，同步的数据未能保存；请清理磁盘后重试"
    feeder = threading.Thread(target=ui.ctx.sync._set, kwargs={
        "connection": Connection.LOGGED_OUT, "problems": 2, "warning": full})
    feeder.start()
    feeder.join()
    ui.wait_until(lambda: bar.sync_button.text() == "重新登录")
    assert bar.problems_button.text() == "同步问题 2" and not bar.problems_button.isHidden()
    assert bar.warning_label.text().startswith("本机磁盘已满")
    with qtbot.waitSignal(bar.details_requested, timeout=1000):
        bar.problems_button.click()
    dialog = bar.log_in_again()
    qtbot.addWidget(dialog)
    dialog.username.setText("demo")
    dialog.password.setText("demo")
    dialog.submit()
    ui.wait_until(lambda: ui.ctx.sync.state.connection != Connection.LOGGED_OUT)
    ui.wait_until(lambda: bar.sync_button.text() == "立即同步")
