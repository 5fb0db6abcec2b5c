"""好差评 through the real UI and the real central service: the clerk ends a service, the built-in 评价器
in the same program shows the rating screen, the applicant gives a 差评 with reasons, it is stored once,
travels through the outbox to the centre with the case number, and a follow-up exists; a timeout is
未评价; a second prompt for the same service is refused with a clear message; the clerk never sees the
level."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from central.models import Evaluation as CentralEvaluation
from central.models import EvaluationFollowUp as CentralFollowUp
from hallclient.domain.evaluation import LEVEL_LABELS
from sync.push import push_all
from sync.queue_api import QueueApi
from tests.acceptance_ui.conftest import shown
from tests.acceptance_ui.helpers import COMPANY_SETUP, open_case
from ui import ops
from ui.acceptance.decision_dialog import DecisionDialog
from ui.acceptance.printing import PrintDialog
from ui.evaluation import runtime


@pytest.fixture
def desk_closed(ui: Any) -> Iterator[None]:
    yield
    ui.run(ops.net(lambda: runtime.close_desk(ui.ctx.hall)))


@pytest.fixture
def clerk(ui: Any, qtbot: Any, desk_closed: None) -> Any:
    from ui.workspaces.clerk import ClerkWorkspace

    return shown(qtbot, ClerkWorkspace(ui.ctx), ui)


@pytest.fixture
def evaluator(ui: Any, qtbot: Any, clerk: Any) -> Any:
    """The applicant's screen: the 评价器 workspace of the same program (a second monitor)."""
    from ui.workspaces.evaluator import EvaluatorWorkspace

    workspace = EvaluatorWorkspace(ui.ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    clerk.activateWindow()  # the clerk's keys work on the clerk's screen, the applicant only taps
    qtbot.waitUntil(clerk.isActiveWindow, timeout=3000)
    ui.settle()
    return workspace


def _refuse_case(ui: Any, clerk: Any, qtbot: Any) -> str:
    """Open a case and refuse it (不予受理) through the decision dialog: that service has ended."""
    panel = clerk.acceptance.case
    case = open_case(ui, panel, (COMPANY_SETUP,))
    panel.checklist.table.setFocus()
    qtbot.keyClick(panel.checklist.table, Qt.Key.Key_F9)
    ui.wait_until(lambda: isinstance(panel.dialog, DecisionDialog) and panel.dialog.rules is not None)
    dialog = panel.dialog
    dialog.refuse.setChecked(True)
    dialog.reason.setPlainText("申请事项依法不需要取得行政许可")
    dialog.confirm()
    from PySide6.QtWidgets import QApplication

    ui.wait_until(lambda: any(isinstance(w, PrintDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()).reject()
    ui.settle()
    return case.number


def _card_text(clerk: Any) -> str:
    card = clerk.evaluation
    return " ".join((card.connection.text(), card.phase.text(), card.message.text()))


def test_refused_case_prompts_the_screen_and_a_bad_rating_reaches_the_centre_with_its_followup(
        ui: Any, qtbot: Any, clerk: Any, evaluator: Any, central: Any) -> None:
    screen = evaluator.screen
    ui.wait_until(lambda: clerk.evaluation.status is not None and clerk.evaluation.status.connected)
    assert "已连接" in clerk.evaluation.connection.text()
    number = _refuse_case(ui, clerk, qtbot)

    ui.wait_until(lambda: screen.pages.currentWidget() is screen.rate_page)
    assert "周晓梅" not in screen.clerk.text()  # the demo user is the clerk here
    assert ui.ctx.user.display_name in screen.clerk.text() and "5 号窗口" in screen.clerk.text()
    assert "企业设立登记" in screen.service.text() and number in screen.service.text()
    assert [screen.levels[level].text() for level in sorted(screen.levels)] == list(LEVEL_LABELS.values())
    assert not screen.photo.pixmap().isNull()  # the placeholder avatar: the demo clerk has no photo
    ui.wait_until(lambda: "等待申请人评价" in clerk.evaluation.phase.text())

    screen.levels[5].click()  # 非常不满意
    assert screen.pages.currentWidget() is screen.reason_page
    screen.send_button.click()  # no reason yet: told at once, nothing sent
    assert "原因" in screen.reason_error.text()
    screen.reasons["repeated_visits"].click()
    screen.reasons["other"].click()
    screen.send_button.click()
    assert "其他" in screen.reason_error.text()  # 其他 needs the text
    screen.reason_text.setText("材料要求前后不一致")
    for name, level in (("efficiency", 4), ("competence", 5), ("attitude", 3)):
        screen.dimensions[name].button(level).click()
    screen.send_button.click()
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.thanks)
    assert screen.thanks.text() == "感谢您的评价！"

    hall = ui.ctx.hall
    ui.wait_until(lambda: "申请人已评价" in clerk.evaluation.phase.text())
    assert not any(label in _card_text(clerk) for label in LEVEL_LABELS.values())  # the clerk never sees it
    case_id = clerk.acceptance.case.case_id
    stored = ui.run(ops.db(lambda: hall.evaluations.by_service(f"case:{case_id}")))
    assert stored.level == 5 and stored.case_number == number and stored.reason_text == "材料要求前后不一致"
    assert stored.reasons == ("repeated_visits", "other") and stored.dimensions["overall"] == 5
    follow = ui.run(ops.db(lambda: hall.followups.get(stored.id)))
    assert follow is not None and follow.stage == "callback" and follow.case_number == number
    outbox = ui.run(ops.db(lambda: hall.outbox.pending_for(f"evaluation:{stored.id}")))
    assert [op.type for op in outbox] == ["evaluation.record"]

    ui.run(ops.net(lambda: push_all(hall, ui.ctx.client)))
    at_centre = central.app.state.central.run_read(lambda s: (
        s.scalar(select(CentralEvaluation).where(CentralEvaluation.case_number == number)),
        s.scalar(select(CentralFollowUp).where(CentralFollowUp.evaluation_id == stored.id))))
    assert at_centre[0] is not None and at_centre[0].level == 5 and at_centre[0].service_ref == f"case:{case_id}"
    assert at_centre[1] is not None and at_centre[1].rectify_due == follow.rectify_due

    # the same service again (the signal fires twice, the clerk retries): refused, in Chinese, nothing stored
    clerk.evaluation.case_decided(case_id)
    ui.wait_until(lambda: "已经评价过" in clerk.evaluation.message.text())
    count = ui.run(ops.db(lambda: len(hall.evaluations.recent())))
    assert count == 1


def test_finished_ticket_left_unrated_times_out_as_unrated(ui: Any, qtbot: Any, central: Any,
                                                         desk_closed: None) -> None:
    from ui.workspaces.clerk import ClerkWorkspace
    from ui.workspaces.evaluator import EvaluatorWorkspace

    ui.ctx.hall.settings.update(evaluation_timeout_s=1)
    clerk = shown(qtbot, ClerkWorkspace(ui.ctx), ui)
    evaluator = EvaluatorWorkspace(ui.ctx)
    qtbot.addWidget(evaluator)
    evaluator.show()
    api = QueueApi(ui.ctx.hall, ui.ctx.client)
    issued = ui.run(ops.net(lambda: api.issue("consult")))
    clerk.caller.call_button.click()
    ui.wait_until(lambda: clerk.caller.ticket is not None and clerk.caller.ticket.id == issued.ticket.id)
    ui.wait_until(lambda: clerk.caller.finish_button.isEnabled())
    clerk.caller.finish_button.click()
    screen = evaluator.screen
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.rate_page)
    assert "咨询" in screen.service.text()
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.thanks, timeout=5)
    assert "超时" in screen.thanks.text()
    ui.wait_until(lambda: "超时未评价" in clerk.evaluation.phase.text())
    stored = ui.run(ops.db(lambda: ui.ctx.hall.evaluations.by_service(f"ticket:{issued.ticket.id}")))
    assert stored.status == "unrated" and stored.level is None and stored.label == "未评价"
    screen.levels[1].click()  # a tap after the timeout changes nothing
    ui.settle()
    assert ui.run(ops.db(lambda: ui.ctx.hall.evaluations.get(stored.id))).level is None
