from __future__ import annotations

import datetime as dt

import pytest

from hallclient.domain.cases import CaseStatus, Decision, MaterialState
from hallclient.domain.decision import (
    COMMITMENT_NOT_APPLICABLE_WARNING,
    EMPTY_CHECKLIST_WARNING,
    CheckedMaterial,
    ItemRules,
    Problem,
    decide,
    promised_date,
)
from hallclient.domain.workdays import Deadline
from hallclient.errors import ValidationError

S = MaterialState
TODAY = dt.date(2025, 3, 3)  # a Monday without holidays nearby

LICENCE = ItemRules("A001", "食品经营许可", commitment_allowed=False, promised_limit_days=10, legal_limit_days=20)
PERMIT = ItemRules("A002", "公共场所卫生许可", commitment_allowed=True, promised_limit_days=5, legal_limit_days=20)
SIGNBOARD = ItemRules("A003", "户外招牌设置", commitment_allowed=True, promised_limit_days=3, legal_limit_days=20)


def material(key: str, state: MaterialState, *, required=True, deferrable=False, note: str | None = None):
    return CheckedMaterial(key, f"材料{key}", required, deferrable, state, note)


def run(checklist, items=(LICENCE,), *, signed=False, choice=None, reason=None, calendar):
    return decide(
        checklist, items, commitment_signed=signed, clerk_choice=choice, reason=reason, today=TODAY, calendar=calendar
    )


# --- the DOMAIN.md §5 table ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checklist", "items", "signed", "decision", "documents"),
    [
        pytest.param(
            [material(str(i), state) for i, state in enumerate((S.RECEIVED, S.SCANNED, S.ELICENCE, S.NOT_NEEDED))],
            (LICENCE,), False, Decision.ACCEPT, ("受理回执",), id="all-present",
        ),
        pytest.param(
            [material("1", S.RECEIVED), material("2", S.MISSING, deferrable=True)],
            (LICENCE,), False, Decision.ACCEPT_DEFERRED, ("受理回执", "容缺补交承诺书"), id="only-deferrable-missing",
        ),
        pytest.param(
            [material("1", S.MISSING), material("2", S.RECEIVED)],
            (PERMIT, SIGNBOARD), True, Decision.ACCEPT_COMMITMENT, ("受理回执", "承诺书"), id="commitment-signed",
        ),
        pytest.param(
            [material("1", S.MISSING), material("2", S.DEFECTIVE, note="复印件不清晰")],
            (LICENCE,), False, Decision.CORRECTION, ("一次性补正告知书",), id="missing-and-defective",
        ),
        pytest.param(
            [material("1", S.PENDING)], (LICENCE,), False, Decision.CORRECTION, ("一次性补正告知书",),
            id="pending-is-missing",
        ),
        pytest.param(
            [material("1", S.RECEIVED), material("2", S.MISSING, required=False),
             material("3", S.DEFECTIVE, required=False)],
            (LICENCE,), False, Decision.ACCEPT, ("受理回执",), id="optional-never-blocks",
        ),
        pytest.param(
            [material("1", S.DEFECTIVE, deferrable=True, note="缺少签章")],
            (LICENCE,), False, Decision.ACCEPT_DEFERRED, ("受理回执", "容缺补交承诺书"),
            id="defective-deferrable-is-deferred",
        ),
        pytest.param(
            [material("1", S.MISSING)], (LICENCE, PERMIT), True, Decision.CORRECTION, ("一次性补正告知书",),
            id="commitment-needs-every-item",
        ),
        pytest.param(
            [material("1", S.MISSING)], (PERMIT,), False, Decision.CORRECTION, ("一次性补正告知书",),
            id="commitment-not-signed",
        ),
        pytest.param(
            [material("1", S.DEFECTIVE)], (PERMIT,), True, Decision.CORRECTION, ("一次性补正告知书",),
            id="commitment-does-not-waive-defects",
        ),
        pytest.param(
            [material("1", S.MISSING, deferrable=True), material("2", S.MISSING)],
            (LICENCE,), False, Decision.CORRECTION, ("一次性补正告知书",), id="deferrable-and-key-missing",
        ),
    ],
)
def test_decision_table(calendar, checklist, items, signed, decision, documents):
    outcome = run(checklist, items, signed=signed, calendar=calendar)
    assert outcome.decision == decision
    assert outcome.documents == documents
    expected_status = CaseStatus.CORRECTION_START if decision == Decision.CORRECTION else CaseStatus.ACCEPTED
    assert outcome.status == expected_status
    assert (outcome.promised is None) == (decision == Decision.CORRECTION)


def test_correction_lists_every_problem_with_its_note(calendar):
    outcome = run(
        [
            material("1", S.MISSING),
            material("2", S.RECEIVED),
            material("3", S.DEFECTIVE, note="复印件不清晰"),
            material("4", S.PENDING, deferrable=True),
            material("5", S.MISSING, required=False),
        ],
        calendar=calendar,
    )
    assert outcome.problems == (
        Problem("1", "材料1", defective=False, deferrable=False),
        Problem("3", "材料3", defective=True, deferrable=False, note="复印件不清晰"),
        Problem("4", "材料4", defective=False, deferrable=True),
    )
    assert [p.describe() for p in outcome.problems] == [
        "缺少「材料1」",
        "「材料3」有误（复印件不清晰）",
        "缺少「材料4」",
    ]
    assert outcome.supplement_due is None and outcome.deferred == () and outcome.committed == ()


def test_deferred_acceptance_sets_the_supply_deadline(calendar):
    checklist = [material("1", S.RECEIVED), material("2", S.MISSING, deferrable=True)]
    outcome = run(checklist, calendar=calendar)
    assert outcome.deferred == (Problem("2", "材料2", defective=False, deferrable=True),)
    assert outcome.supplement_due == Deadline(dt.date(2025, 3, 10), provisional=False)
    assert outcome.promised == Deadline(dt.date(2025, 3, 17), provisional=False)  # 10 working days


def test_deferral_deadline_crosses_a_holiday(calendar):
    outcome = decide(
        [material("1", S.MISSING, deferrable=True)], [LICENCE], commitment_signed=False, clerk_choice=None,
        reason=None, today=dt.date(2025, 9, 26), calendar=calendar, deferral_days=7,
    )
    assert outcome.supplement_due == Deadline(dt.date(2025, 10, 13), provisional=False)


def test_commitment_lists_what_it_covers(calendar):
    outcome = run(
        [material("1", S.MISSING), material("2", S.PENDING, deferrable=True), material("3", S.RECEIVED)],
        (PERMIT, SIGNBOARD),
        signed=True,
        calendar=calendar,
    )
    assert [p.key for p in outcome.committed] == ["1", "2"]
    assert outcome.supplement_due is None
    assert outcome.promised == Deadline(dt.date(2025, 3, 10), provisional=False)  # latest item: 5 days


def test_commitment_signed_with_nothing_missing_is_still_a_commitment_case(calendar):
    outcome = run([material("1", S.RECEIVED)], (PERMIT,), signed=True, calendar=calendar)
    assert outcome.decision == Decision.ACCEPT_COMMITMENT
    assert outcome.committed == ()


def test_signed_commitment_for_an_item_without_it_is_flagged(calendar):
    outcome = run([material("1", S.RECEIVED)], (LICENCE, PERMIT), signed=True, calendar=calendar)
    assert outcome.decision == Decision.ACCEPT
    assert outcome.warnings == (COMMITMENT_NOT_APPLICABLE_WARNING.format(items="食品经营许可"),)


def test_empty_checklist_is_accepted_with_a_warning(calendar):
    outcome = run([], calendar=calendar)
    assert outcome.decision == Decision.ACCEPT
    assert outcome.warnings == (EMPTY_CHECKLIST_WARNING,)


def test_no_items_is_refused(calendar):
    with pytest.raises(ValidationError, match="至少选择一个办理事项"):
        run([], (), calendar=calendar)


# --- 容缺 only for items that are not 即办件 (004 §三(六)) ---------------------------------------------

SOCIAL_CARD = ItemRules("A004", "社会保障卡申领", commitment_allowed=False, promised_limit_days=0, immediate=True)


@pytest.mark.parametrize(
    ("checklist", "items", "decision"),
    [
        pytest.param([material("1", S.RECEIVED), material("2", S.MISSING, deferrable=True)],
                     (SOCIAL_CARD,), Decision.CORRECTION, id="immediate-missing-deferrable"),
        pytest.param([material("1", S.DEFECTIVE, deferrable=True, note="缺少签章")],
                     (SOCIAL_CARD,), Decision.CORRECTION, id="immediate-defective-deferrable"),
        pytest.param([material("1", S.MISSING, deferrable=True)],
                     (LICENCE, SOCIAL_CARD), Decision.CORRECTION, id="bundle-with-an-immediate-item"),
        pytest.param([material("1", S.RECEIVED), material("2", S.RECEIVED)],
                     (SOCIAL_CARD,), Decision.ACCEPT, id="immediate-complete"),
        pytest.param([material("1", S.MISSING, deferrable=True)],
                     (LICENCE, PERMIT), Decision.ACCEPT_DEFERRED, id="no-immediate-item"),
    ],
)
def test_deferral_never_applies_to_immediate_items(calendar, checklist, items, decision):
    outcome = run(checklist, items, calendar=calendar)
    assert outcome.decision == decision
    assert (outcome.supplement_due is not None) == (decision == Decision.ACCEPT_DEFERRED)
    if decision == Decision.CORRECTION:
        assert [p.key for p in outcome.problems] == [m.key for m in checklist if m.state != S.RECEIVED]


def test_clerk_cannot_defer_for_an_immediate_item(calendar):
    with pytest.raises(ValidationError, match="不能容缺受理"):
        run([material("1", S.MISSING, deferrable=True)], (SOCIAL_CARD,), choice=Decision.ACCEPT_DEFERRED,
            calendar=calendar)


# --- the clerk's choice --------------------------------------------------------------------------


@pytest.mark.parametrize(("choice", "status"), [(Decision.REFUSED, CaseStatus.REFUSED),
                                                 (Decision.NOT_ACCEPTED, CaseStatus.NOT_ACCEPTED)])
def test_refusal_needs_a_reason(calendar, choice, status):
    outcome = run([material("1", S.RECEIVED)], choice=choice, reason="  不属于本中心受理范围 ", calendar=calendar)
    assert (outcome.decision, outcome.status) == (choice, status)
    assert outcome.reason == "不属于本中心受理范围"
    assert outcome.documents == ("不予受理决定书",)
    assert outcome.promised is None
    for empty in (None, "", "   "):
        with pytest.raises(ValidationError, match="必须填写不予受理的理由"):
            run([material("1", S.RECEIVED)], choice=choice, reason=empty, calendar=calendar)


def test_clerk_cannot_accept_what_needs_correction(calendar):
    checklist = [material("1", S.MISSING), material("2", S.DEFECTIVE, note="已过期")]
    for choice in (Decision.ACCEPT, Decision.ACCEPT_DEFERRED, Decision.ACCEPT_COMMITMENT):
        with pytest.raises(ValidationError) as raised:
            run(checklist, choice=choice, calendar=calendar)
        assert "缺少「材料1」" in str(raised.value)
        assert "「材料2」有误（已过期）" in str(raised.value)


def test_clerk_choice_must_match_the_checklist(calendar):
    with pytest.raises(ValidationError, match="应为「受理」"):
        run([material("1", S.RECEIVED)], choice=Decision.CORRECTION, calendar=calendar)
    with pytest.raises(ValidationError, match="应为「容缺受理」"):
        run([material("1", S.MISSING, deferrable=True)], choice=Decision.ACCEPT, calendar=calendar)
    assert run([material("1", S.RECEIVED)], choice=Decision.ACCEPT, calendar=calendar).decision == Decision.ACCEPT


# --- promised completion date ---------------------------------------------------------------------


def item(promised, legal=None, departments=("市场监管局",)):
    return ItemRules("X", "事项", commitment_allowed=False, promised_limit_days=promised,
                     legal_limit_days=legal, departments=departments)


@pytest.mark.parametrize(
    ("items", "days"),
    [
        ([item(10, 20)], 10),  # the promised limit wins where it is shorter
        ([item(30, 20)], 20),  # ... and never beyond the legal limit
        ([item(None, 30)], 30),  # a special law's own limit
        ([item(None)], 20),  # Art. 42 default
        ([item(None, departments=("市场监管局",)), item(None, departments=("卫健委",))], 45),  # Art. 26 joint
        ([item(50, departments=("市场监管局",)), item(3, departments=("卫健委",))], 45),
        ([item(0, 20)], 0),  # 即办件: today
        ([item(3, 20), item(12, 20), item(7, 20)], 12),  # the latest item decides
    ],
)
def test_promised_date(calendar, items, days):
    assert promised_date(items, TODAY, calendar) == calendar.add_working_days(TODAY, days)


def test_promised_date_in_an_unpublished_year_is_provisional(calendar):
    assert promised_date([item(20, 20)], dt.date(2026, 12, 15), calendar).provisional


def test_case_deadline_moves_on_by_the_correction_days(calendar):
    from hallclient.domain.decision import case_deadline

    at = lambda day: dt.datetime(2025, 3, day, 10, 0)  # noqa: E731
    history = [(CaseStatus.ACCEPTED, at(3)), (CaseStatus.CORRECTION_START, at(5)), (CaseStatus.CORRECTION_END, at(7))]
    plain = case_deadline([item(10, 20)], TODAY, history[:1], calendar, today=dt.date(2025, 3, 10))
    paused = case_deadline([item(10, 20)], TODAY, history, calendar, today=dt.date(2025, 3, 10))
    assert plain == promised_date([item(10, 20)], TODAY, calendar)
    assert calendar.working_days_between(plain.date, paused.date) == 3  # Wed 5th to Fri 7th stood still
    still_open = case_deadline([item(10, 20)], TODAY, history[:2], calendar, today=dt.date(2025, 3, 10))
    assert still_open.paused and still_open.provisional
