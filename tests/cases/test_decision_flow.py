"""Deciding at the window: status history, dates and outbox ops in one transaction; 补正 and supplement."""

from __future__ import annotations

import datetime as dt

import pytest

from hallclient.domain.cases import CaseStatus, Decision
from hallclient.errors import ConflictError, ValidationError
from hallclient.hall import Hall
from tests.cases.conftest import PERSON, SOCIAL_CARD, check_all, open_case

LABELS = ["已接件", "补正（开始）", "补正（结束）", "已受理"]


def test_acceptance_records_status_deadline_and_ops(desk: Hall) -> None:
    case_id = open_case(desk)
    check_all(desk, case_id)
    outcome = desk.cases.decide(case_id, None, None, False, actor="demo").value
    assert outcome.decision == Decision.ACCEPT
    case = desk.cases.get(case_id)
    assert case.status == CaseStatus.ACCEPTED
    assert [t.label for t in case.timeline] == ["已接件", "已受理"]
    assert case.deadline == outcome.promised
    assert case.deadline.date == dt.date(2026, 11, 25) and not case.deadline.provisional  # 3 working days
    ops = desk.outbox.pending_for(f"case:{case_id}")
    assert ops[-1].type == "case.decide"
    assert ops[-1].payload["history"][0]["status"] == CaseStatus.ACCEPTED
    assert ops[-1].payload["promised_date"] == "2026-11-25"
    assert desk.audit.recent(1)[0].action == "case.decide"


def test_a_failed_decision_leaves_no_status_and_no_op(desk: Hall, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = open_case(desk)
    check_all(desk, case_id)
    before = desk.outbox.pending_for(f"case:{case_id}")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(desk, "record_audit", broken)  # after the status and the op were added
    with pytest.raises(RuntimeError):
        desk.cases.decide(case_id, None, None, False, actor="demo")
    case = desk.cases.get(case_id)
    assert (case.status, len(case.timeline), case.deadline) == (CaseStatus.RECEIVED, 1, None)
    assert desk.outbox.pending_for(f"case:{case_id}") == before


def test_refusal_needs_a_reason(desk: Hall) -> None:
    case_id = open_case(desk)
    with pytest.raises(ValidationError, match="必须填写不予受理的理由"):
        desk.cases.decide(case_id, Decision.REFUSED, " ", False, actor="demo")
    assert desk.cases.get(case_id).status == CaseStatus.RECEIVED
    desk.cases.decide(case_id, Decision.REFUSED, "不属于本中心受理范围", False, actor="demo")
    case = desk.cases.get(case_id)
    assert (case.status, case.decision_reason) == (CaseStatus.REFUSED, "不属于本中心受理范围")
    assert case.timeline[-1].label == "不予受理"


def test_deferred_acceptance_sets_the_supply_date(desk: Hall) -> None:
    case_id = open_case(desk)
    check_all(desk, case_id, food_safety_rules="missing")
    outcome = desk.cases.decide(case_id, None, None, False, actor="demo").value
    assert outcome.decision == Decision.ACCEPT_DEFERRED
    assert desk.cases.get(case_id).supplement_due == dt.date(2026, 11, 27)  # 5 working days
    # the deferred material may arrive later; nothing else may change
    row = next(r for r in desk.cases.get(case_id).checklist if r.key == "food_safety_rules")
    desk.cases.set_material(case_id, row.id, "received", form="copy", pages=4, actor="demo")
    assert not desk.cases.needed(case_id)


def test_an_immediate_item_is_never_deferred(desk: Hall) -> None:
    case_id = open_case(desk, (SOCIAL_CARD,), applicant=PERSON)
    rows = desk.cases.get(case_id).checklist
    deferrable = [r for r in rows if r.required]
    assert deferrable  # the item asks for something
    check_all(desk, case_id, **{deferrable[0].key: "missing"})
    assert desk.cases.decide(case_id, None, None, False, actor="demo").value.decision == Decision.CORRECTION


def test_correction_then_supplement_then_acceptance(desk: Hall) -> None:
    case_id = open_case(desk)
    check_all(desk, case_id, food_layout="defective")
    outcome = desk.cases.decide(case_id, None, None, False, actor="demo").value
    assert outcome.decision == Decision.CORRECTION
    assert [p.describe() for p in outcome.problems] == ["「经营场所和设备布局、操作流程等文件」有误（缺少签章）"]
    with pytest.raises(ConflictError, match="不能作出受理决定"):
        desk.cases.decide(case_id, None, None, False, actor="demo")
    layout = next(r for r in desk.cases.get(case_id).checklist if r.key == "food_layout")
    with pytest.raises(ConflictError):
        desk.cases.set_material(case_id, layout.id, "received", form="copy", actor="demo")  # supplement first
    desk.cases.supplement(case_id, actor="demo", note="申请人补交")
    desk.cases.set_material(case_id, layout.id, "received", form="copy", pages=1, actor="demo")
    assert desk.cases.decide(case_id, Decision.ACCEPT, None, False, actor="demo").value.decision == Decision.ACCEPT
    case = desk.cases.get(case_id)
    assert [t.label for t in case.timeline] == LABELS
    assert [t.status for t in case.timeline] == [1, 6, 7, 3]
    assert all(t.at and t.actor == "demo" for t in case.timeline)
    types = [op.type for op in desk.outbox.pending_for(f"case:{case_id}")]
    assert types.count("case.decide") == 2 and "case.supplement" in types


def test_the_supply_period_is_a_hall_setting(desk: Hall) -> None:
    from hallclient.cache.models import HallSetting

    assert desk.config.setting("cases.deferral_days") == 5  # distributed by the centre
    desk.run(lambda s: setattr(s.get(HallSetting, "cases.deferral_days"), "value", 3))
    case_id = open_case(desk)
    check_all(desk, case_id, food_safety_rules="missing")
    desk.cases.decide(case_id, None, None, False, actor="demo")
    assert desk.cases.get(case_id).supplement_due == dt.date(2026, 11, 25)
