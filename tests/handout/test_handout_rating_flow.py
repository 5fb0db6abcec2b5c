"""Issue 6's end-to-end test in one flow, through the real UI and the real central service.

accepted case → back office finishes (test endpoint) → the result in 待出件 → 取件号 at the guide desk →
called at the window → a wrong ID flagged → the right ID → signature → 已出件 → the 取件号 is 办结 by the
hand-out itself → the built-in 评价器 shows the rating prompt for that hand-out → 差评 with reasons →
stored once, pushed, at the centre with the case number → the follow-up exists and is in the manager's
差评回访 list. The ticket's own 办结 does not prompt a second time for the same visit.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from central.models import Evaluation as CentralEvaluation
from central.models import EvaluationFollowUp as CentralFollowUp
from central.models import Ticket as CentralTicket
from tests.conftest import UiHarness
from tests.handout.conftest import OTHER_ID, PERSON, accept, finish
from tests.handout.helpers import central_read, core, draw, result_row, workspaces
from ui import ops
from ui.evaluation import runtime


@pytest.fixture
def desk_closed(ui: UiHarness) -> Iterator[None]:
    yield
    ui.run(ops.net(lambda: runtime.close_desk(ui.ctx.hall)))


def _evaluator(ui: UiHarness, qtbot: Any, clerk: Any) -> Any:
    """The applicant's screen: the 评价器 workspace of the same program (the window's second monitor)."""
    from ui.workspaces.evaluator import EvaluatorWorkspace

    workspace = EvaluatorWorkspace(ui.ctx)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    clerk.activateWindow()
    qtbot.waitUntil(clerk.isActiveWindow, timeout=3000)
    return workspace


def _called_pickup(ui: UiHarness, qtbot: Any, guide: Any, clerk: Any, result_id: str) -> str:
    """The result waits in both 待出件 lists; a 取件号 is issued for it by ID and called (F1); its number."""
    from PySide6.QtCore import Qt

    waiting = clerk.handout.waiting
    ui.wait_until(lambda: waiting.row_of(result_id) >= 0 and guide.pickup.waiting.row_of(result_id) >= 0,
                  timeout=15)
    guide.pickup.query.setText(PERSON.id_number)
    guide.pickup.issue_button.click()
    ui.wait_until(lambda: guide.pickup.last is not None)
    number = guide.pickup.last.issued.ticket.number
    clerk.activateWindow()
    qtbot.waitUntil(clerk.isActiveWindow, timeout=3000)
    qtbot.keyClick(clerk, Qt.Key.Key_F1)
    card = clerk.handout.card
    ui.wait_until(lambda: card.result is not None and card.result.id == result_id)
    clerk.acceptance.setCurrentWidget(clerk.handout)
    ui.settle()
    return number


def _hand_out(ui: UiHarness, card: Any) -> None:
    """A wrong ID is flagged and blocks; the applicant's own ID (typed) passes; signed; 确认出件."""
    card.id_edit.setText(OTHER_ID)
    card.verify_button.click()
    ui.wait_until(lambda: bool(card.mismatches))
    assert "与受理记录中的申请人或代办人" in card.mismatches[0] and not card.handout_button.isEnabled()
    card.id_edit.setText(PERSON.id_number)
    card.verify_button.click()
    ui.wait_until(lambda: card.verified is not None)
    assert card.mismatches == []
    draw(card.pad, [(40, 60), (80, 90), (140, 50), (200, 100)])
    assert card.handout_button.isEnabled()
    card.handout_button.click()
    ui.wait_until(lambda: card.last is not None)


def _pushed(ui: UiHarness, record_key: str, timeout: float = 15.0) -> None:
    """Wait until the sync engine has delivered every op of ``record_key`` (none pending, none refused)."""
    async def poll() -> None:
        while await ops.db(lambda: ui.ctx.hall.outbox.pending_for(record_key)):
            await asyncio.sleep(0.05)

    ui.run(poll(), timeout)


def _rate_bad(screen: Any) -> None:
    """The applicant taps 不满意, picks two reasons and scores the dimensions."""
    screen.levels[4].click()
    assert screen.pages.currentWidget() is screen.reason_page
    screen.reasons["long_wait"].click()
    screen.reasons["repeated_visits"].click()
    for name, level in (("efficiency", 4), ("competence", 3), ("attitude", 2)):
        screen.dimensions[name].button(level).click()
    screen.send_button.click()


def test_case_to_handout_to_bad_rating_to_followup(ui: UiHarness, qtbot: Any, central: Any,
                                                   desk_closed: None) -> None:
    hall, client = ui.ctx.hall, ui.ctx.client
    ui.ctx.sync.start()
    guide, clerk = workspaces(ui, qtbot)
    screen = _evaluator(ui, qtbot, clerk).screen
    ui.wait_until(lambda: clerk.evaluation.status is not None and clerk.evaluation.status.connected)
    case_id = core(ui, lambda: accept(hall, client))
    result_id = core(ui, lambda: finish(client, case_id, 11))
    number = _called_pickup(ui, qtbot, guide, clerk, result_id)
    ticket_id = clerk.caller.ticket.id
    assert clerk.caller.ticket.number == number

    card = clerk.handout.card
    ended: list[Any] = []
    card.service_ended.connect(ended.append)
    _hand_out(ui, card)
    case_number = card.last.case_number
    assert "已出件" in card.message.text()

    # the service has ended: the 取件号 is 办结 without F5, at the window and at the centre
    ui.wait_until(lambda: clerk.caller.ticket is None and clerk.caller.call_button.isEnabled())
    assert f"取件号 {number} 已办结" in card.message.text()
    assert central_read(central, lambda s: s.get(CentralTicket, ticket_id).status) == "done"
    assert [e.result_id for e in ended] == [result_id]

    # the built-in 评价器 shows the prompt for this hand-out; the applicant gives a 差评 with reasons
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.rate_page)
    assert case_number in screen.service.text() and "5 号窗口" in screen.clerk.text()
    _rate_bad(screen)
    ui.wait_until(lambda: screen.pages.currentWidget() is screen.thanks)
    ui.wait_until(lambda: "申请人已评价" in clerk.evaluation.phase.text())

    stored = ui.run(ops.db(lambda: hall.evaluations.by_service(f"handout:{result_id}")))
    assert stored is not None and stored.level == 4 and stored.case_number == case_number
    assert set(stored.reasons) == {"long_wait", "repeated_visits"} and stored.service_kind == "handout"
    # one evaluation for the visit: 办结 of the 取件号 (the F5 path, e.g. pressed again) prompts nothing
    assert ui.run(ops.db(lambda: hall.evaluations.end_of_ticket(ticket_id, "demo", "演示"))) is None
    clerk.evaluation.ticket_finished(ticket_id)
    ui.settle()
    assert [e.id for e in ui.run(ops.db(hall.evaluations.recent))] == [stored.id]

    # the sync engine pushes the outbox; the centre has it once, with the case number and the follow-up
    _pushed(ui, f"evaluation:{stored.id}")
    at_centre = central_read(central, lambda s: list(s.scalars(
        select(CentralEvaluation).where(CentralEvaluation.case_number == case_number))))
    assert [(e.id, e.level, e.service_ref) for e in at_centre] == [(stored.id, 4, f"handout:{result_id}")]
    assert central_read(central, lambda s: s.get(CentralFollowUp, stored.id)) is not None
    assert result_row(central, result_id).state == "handed_out"

    # the follow-up record exists here and is on the manager's 差评回访 list
    follow = ui.run(ops.db(lambda: hall.followups.get(stored.id)))
    assert follow is not None and follow.case_number == case_number and follow.stage == "callback"
    from ui.evaluation.followups import followup_panel

    panel = followup_panel(ui.ctx)
    qtbot.addWidget(panel)
    panel.show()
    ui.wait_until(lambda: any(r.evaluation_id == stored.id for r in panel.rows))
    row = next(i for i, r in enumerate(panel.rows) if r.evaluation_id == stored.id)
    assert panel.table.item(row, 0).text() == case_number and panel.table.item(row, 3).text() == "不满意"
    assert "排队等候时间过长" in panel.table.item(row, 4).text()
