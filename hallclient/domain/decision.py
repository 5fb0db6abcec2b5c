"""The acceptance decision at the window (DOMAIN.md §5 table).

The decision follows from the clerk's material checklist, not from a free choice: 《行政许可法》
Art. 32 lets the window refuse only with a reason and requires it to state **all** missing or
defective materials at once (一次性告知, 004 §三(二); 001 §7.3 "一次性注明需要补正的全部内容"). A
clerk who thinks a material is not acceptable marks it defective with a note; the decision then
follows. Only 不予受理/不受理 is the clerk's own judgement (competence, legality), and it needs a
reason for the 不予受理决定书.

Rules, in order:

1. a key (non-deferrable) required material that was handed in but is defective → 补正 (a defect in
   a key material is never waived, neither by 容缺 nor by 告知承诺);
2. every item of the case allows 告知承诺, the applicant signed the 承诺书 and nothing is defective →
   受理（告知承诺）; the required materials not yet presented are listed as what the commitment covers;
3. every required material present → 受理;
4. only non-key (容缺) required materials absent *or defective*, and no item of the case is a 即办件
   → 容缺受理 with a 补交 deadline (004 §三(六): "对非即办类审批（服务）事项……在非关键性材料缺少
   或存在瑕疵、需补正时，允许先行受理"); a 即办件 is decided on the spot, so it has nothing to defer to;
5. otherwise → 补正, listing every absent and defective required material.

Pending (not yet checked) counts as absent. Optional materials never block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hallclient.domain.cases import DECISION_LABELS, CaseStatus, Decision, MaterialState
from hallclient.domain.catalog import ItemKind
from hallclient.domain.workdays import Deadline, HolidayCalendar, pauses_from_history
from hallclient.errors import ValidationError

#: Material states that satisfy a requirement (received, scanned, from the e-licence library, shared).
PRESENT_STATES = frozenset(
    {MaterialState.RECEIVED, MaterialState.SCANNED, MaterialState.ELICENCE, MaterialState.NOT_NEEDED}
)

#: Statutory default limits in working days: decision (Art. 42) and joint handling (Art. 26, 42 ¶2).
DECISION_LIMIT_DAYS = 20
JOINT_LIMIT_DAYS = 45

#: Working days an applicant has to supply deferred (容缺) materials (local practice, configurable).
DEFAULT_DEFERRAL_DAYS = 5

RECEIPT = "受理回执"
DEFERRAL_PLEDGE = "容缺补交承诺书"
COMMITMENT = "承诺书"
CORRECTION_NOTICE = "一次性补正告知书"
REFUSAL = "不予受理决定书"

_DOCUMENTS = {
    Decision.ACCEPT: (RECEIPT,),
    Decision.ACCEPT_DEFERRED: (RECEIPT, DEFERRAL_PLEDGE),
    Decision.ACCEPT_COMMITMENT: (RECEIPT, COMMITMENT),
    Decision.CORRECTION: (CORRECTION_NOTICE,),
    Decision.NOT_ACCEPTED: (REFUSAL,),
    Decision.REFUSED: (REFUSAL,),
}

_STATUS = {
    Decision.ACCEPT: CaseStatus.ACCEPTED,
    Decision.ACCEPT_DEFERRED: CaseStatus.ACCEPTED,
    Decision.ACCEPT_COMMITMENT: CaseStatus.ACCEPTED,
    Decision.CORRECTION: CaseStatus.CORRECTION_START,
    Decision.NOT_ACCEPTED: CaseStatus.NOT_ACCEPTED,
    Decision.REFUSED: CaseStatus.REFUSED,
}

_REFUSALS = frozenset({Decision.NOT_ACCEPTED, Decision.REFUSED})

EMPTY_CHECKLIST_WARNING = "材料清单为空，请核对所办事项的材料目录"
COMMITMENT_NOT_APPLICABLE_WARNING = "以下事项不适用告知承诺制，承诺书不能代替材料：{items}"


@dataclass(frozen=True)
class CheckedMaterial:
    """One row of the merged checklist as the clerk left it (DOMAIN.md §4, §5)."""

    key: str
    name: str
    required: bool
    deferrable: bool
    state: MaterialState
    note: str | None = None


@dataclass(frozen=True)
class ItemRules:
    """What the decision needs to know about a service item (DOMAIN.md §4).

    ``legal_limit_days`` is the item's own statutory limit where the catalog has one (special laws
    may set another limit, Art. 42 "法律、法规另有规定的，依照其规定"); ``None`` means the
    《行政许可法》 default. ``departments`` decides joint handling (Art. 26).
    ``immediate`` marks a 即办件, to which 容缺受理 does not apply (004 §三(六)).
    """

    code: str
    name: str
    commitment_allowed: bool
    promised_limit_days: int | None
    legal_limit_days: int | None = None
    departments: tuple[str, ...] = ()
    immediate: bool = False  # 即办件 (GB/T 39046 kind 1): never 容缺受理


def rules_of(item: Any) -> ItemRules:
    """The rules of a catalog item: a cached or central ``ServiceItem`` or a catalog ``ItemDetail``."""
    return ItemRules(item.code, item.name, item.commitment_allowed, item.promised_limit_days, item.legal_limit_days,
                     tuple(item.departments), immediate=item.kind == ItemKind.IMMEDIATE)


@dataclass(frozen=True)
class Problem:
    """A required material that is absent (missing or not yet checked) or defective, with the note."""

    key: str
    name: str
    defective: bool
    deferrable: bool
    note: str | None = None

    def describe(self) -> str:
        """One line of the 一次性补正告知书 or of an error message."""
        text = f"「{self.name}」有误" if self.defective else f"缺少「{self.name}」"
        return f"{text}（{self.note}）" if self.note else text


@dataclass(frozen=True)
class Outcome:
    """The decision and everything that follows from it for the case and the applicant's papers.

    ``problems``: every absent or defective required material (for 补正, the whole 一次性告知 list).
    ``deferred``: the 容缺 materials to supply by ``supplement_due``. ``committed``: the materials the
    告知承诺 covers. ``promised``: the promised completion date of an accepted case. ``documents``: what
    the applicant is given, in print order. ``warnings``: things the clerk should look at (Chinese).
    """

    decision: Decision
    status: CaseStatus
    problems: tuple[Problem, ...]
    deferred: tuple[Problem, ...] = ()
    committed: tuple[Problem, ...] = ()
    supplement_due: Deadline | None = None
    promised: Deadline | None = None
    documents: tuple[str, ...] = ()
    reason: str | None = None
    warnings: tuple[str, ...] = ()


def decide(
    checklist: Sequence[CheckedMaterial],
    items: Sequence[ItemRules],
    *,
    commitment_signed: bool,
    clerk_choice: Decision | None,
    reason: str | None,
    today: dt.date,
    calendar: HolidayCalendar,
    deferral_days: int = DEFAULT_DEFERRAL_DAYS,
) -> Outcome:
    """Decide a case from its checklist; ``clerk_choice`` may only refuse or confirm the rules.

    Raises :class:`ValidationError` when no item is given, when 不予受理/不受理 comes without a reason,
    and when the clerk's choice contradicts the checklist (e.g. 受理 while materials are missing).
    """
    if not items:
        raise ValidationError("请至少选择一个办理事项")
    problems = tuple(_problem(m) for m in checklist if m.required and m.state not in PRESENT_STATES)
    warnings = _warnings(checklist, items, commitment_signed)
    if clerk_choice is not None and clerk_choice in _REFUSALS:
        if not reason or not reason.strip():
            raise ValidationError("必须填写不予受理的理由")
        return Outcome(clerk_choice, _STATUS[clerk_choice], problems, documents=_DOCUMENTS[clerk_choice],
                       reason=reason.strip(), warnings=warnings)
    decision = _rule(problems, items, commitment_signed)
    if clerk_choice is not None and clerk_choice != decision:
        raise _contradiction(clerk_choice, decision, problems)
    if decision == Decision.CORRECTION:
        return Outcome(decision, _STATUS[decision], problems, documents=_DOCUMENTS[decision], warnings=warnings)
    deferred = decision == Decision.ACCEPT_DEFERRED
    return Outcome(
        decision,
        _STATUS[decision],
        problems,
        deferred=problems if deferred else (),
        committed=problems if decision == Decision.ACCEPT_COMMITMENT else (),
        supplement_due=calendar.add_working_days(today, deferral_days) if deferred else None,
        promised=promised_date(items, today, calendar),
        documents=_DOCUMENTS[decision],
        warnings=warnings,
    )


def promised_date(items: Sequence[ItemRules], start: dt.date, calendar: HolidayCalendar) -> Deadline:
    """The promised completion date of a case accepted on ``start`` (DOMAIN.md §5 "Deadlines")."""
    return calendar.add_working_days(start, case_limit_days(items))


def case_limit_days(items: Sequence[ItemRules]) -> int:
    """The working days a case may take.

    Per item: its statutory limit (the item's legal limit, else 20 working days, Art. 42, or 45 when
    the case is handled jointly by several departments, Art. 26/42 ¶2), replaced by the promised limit
    where that is shorter. The case is done when its slowest item is: the longest of the items' limits.
    """
    departments = {d for item in items for d in item.departments}
    default = JOINT_LIMIT_DAYS if len(departments) > 1 else DECISION_LIMIT_DAYS
    return max(_item_limit(item, default) for item in items)


def case_deadline(items: Sequence[ItemRules], accepted_on: dt.date,
                  history: Iterable[tuple[CaseStatus, dt.datetime]], calendar: HolidayCalendar, *,
                  today: dt.date) -> Deadline:
    """The deadline of an accepted case as it stands today: the promised date moved on by every day
    the clock stood still for 补正 or 特别程序 (Art. 45; ``history`` in hall-local times).

    Counter and centre both recompute it from the case's timeline whenever the timeline or the
    holiday calendar changes, so a provisional (暂定) date becomes final as soon as it can.
    """
    return calendar.deadline_with_pauses(accepted_on, case_limit_days(items), pauses_from_history(history),
                                         today=today)


def _item_limit(item: ItemRules, default: int) -> int:
    statutory = item.legal_limit_days if item.legal_limit_days is not None else default
    if item.promised_limit_days is None:
        return statutory
    return min(item.promised_limit_days, statutory)


def _problem(material: CheckedMaterial) -> Problem:
    defective = material.state == MaterialState.DEFECTIVE
    return Problem(material.key, material.name, defective, material.deferrable, material.note)


def _rule(problems: tuple[Problem, ...], items: Sequence[ItemRules], commitment_signed: bool) -> Decision:
    if any(p.defective and not p.deferrable for p in problems):
        return Decision.CORRECTION
    if commitment_signed and all(item.commitment_allowed for item in items) and not any(p.defective for p in problems):
        return Decision.ACCEPT_COMMITMENT
    if not problems:
        return Decision.ACCEPT
    if all(p.deferrable for p in problems) and not any(item.immediate for item in items):
        return Decision.ACCEPT_DEFERRED
    return Decision.CORRECTION


def _warnings(
    checklist: Sequence[CheckedMaterial], items: Sequence[ItemRules], commitment_signed: bool
) -> tuple[str, ...]:
    warnings = []
    if not checklist:
        warnings.append(EMPTY_CHECKLIST_WARNING)
    excluded = [item.name for item in items if not item.commitment_allowed]
    if commitment_signed and excluded:
        warnings.append(COMMITMENT_NOT_APPLICABLE_WARNING.format(items="、".join(excluded)))
    return tuple(warnings)


def _contradiction(choice: Decision, decision: Decision, problems: tuple[Problem, ...]) -> ValidationError:
    if decision == Decision.CORRECTION:
        return ValidationError(
            "材料不齐全或有误，不能{choice}，应出具一次性补正告知书：{problems}",
            choice=DECISION_LABELS[choice],
            problems="；".join(p.describe() for p in problems),
        )
    return ValidationError(
        "根据材料核验结果应为「{decision}」，不能选择「{choice}」；如材料有问题，请先在清单中标注",
        decision=DECISION_LABELS[decision],
        choice=DECISION_LABELS[choice],
    )
