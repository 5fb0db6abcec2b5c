"""The manager's 差评回访整改 list: the 差评 appears with its deadlines, the callback, rectification and the
applicant's verdict are recorded from it (in order) and travel through the outbox; who rated is shown
only to a role that may call back, and only when asked (the centre audits the ask)."""

from __future__ import annotations

import dataclasses
from typing import Any

from hallclient.domain.rating import answer_from_wire
from sync.client import UserSession
from sync.push import push_all
from tests.evaluation.conftest import BAD, end_of
from ui import ops
from ui.evaluation.followups import followup_panel


def _bad_rating(ui: Any) -> str:
    hall = ui.ctx.hall

    def rate() -> str:
        info = hall.evaluations.open(end_of("fu-1", case_number=None), "builtin").value
        hall.evaluations.close(info.id, answer_from_wire(BAD))
        return info.id

    evaluation_id = ui.run(ops.db(rate))
    ui.run(ops.net(lambda: push_all(hall, ui.ctx.client)))
    return evaluation_id


def test_manager_records_the_followup_and_may_ask_who_rated(ui: Any, qtbot: Any) -> None:
    evaluation_id = _bad_rating(ui)
    panel = followup_panel(ui.ctx)
    qtbot.addWidget(panel)
    panel.show()
    ui.wait_until(lambda: len(panel.rows) == 1)
    assert panel.table.item(0, 3).text() == "非常不满意" and panel.table.item(0, 7).text() == "待回访"
    assert "排队等候时间过长" in panel.table.item(0, 4).text()
    panel.select(evaluation_id)
    panel.satisfied_button.click()  # no rectification yet: refused with the reason
    ui.wait_until(lambda: "请先登记整改结果" in panel.message.text())
    panel.callback.setText("已电话联系申请人，致歉并说明改进措施")
    panel.verified.setChecked(True)
    panel.callback_button.click()
    ui.wait_until(lambda: panel.rows and panel.rows[0].stage == "rectify")
    panel.select(evaluation_id)
    panel.rectification.setText("高峰时段增开两个综合窗口")
    panel.rectify_button.click()
    ui.wait_until(lambda: panel.rows and panel.rows[0].stage == "confirm")
    panel.select(evaluation_id)
    panel.satisfied_button.click()
    ui.wait_until(lambda: not panel.rows)  # closed ones are hidden by default
    panel.show_closed.setChecked(True)
    ui.wait_until(lambda: len(panel.rows) == 1 and panel.rows[0].applicant_satisfied is True)
    ops_sent = ui.run(ops.db(lambda: ui.ctx.hall.outbox.pending_for(f"evaluation:{evaluation_id}")))
    assert [op.type for op in ops_sent] == ["evaluation.followup"] * 3

    assert panel.rater_button.isVisible()  # the demo user has the manager role
    assert "评价人" not in panel.rater.text()
    panel.select(evaluation_id)
    panel.rater_button.click()
    ui.wait_until(lambda: "评价人" in panel.rater.text())


def test_a_clerk_does_not_get_the_rater(ui: Any, qtbot: Any) -> None:
    _bad_rating(ui)
    clerk = dataclasses.replace(ui.ctx, user=UserSession("clerk05", "周晓梅", ("clerk",), "W05"))
    panel = followup_panel(clerk)
    qtbot.addWidget(panel)
    panel.show()
    ui.wait_until(lambda: len(panel.rows) == 1)
    assert not panel.rater_button.isVisible()
