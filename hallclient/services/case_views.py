"""What ``hall.cases`` reads return: frozen values built on the worker, safe on any thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hallclient.cache.models import Case, CaseMaterial, CaseStatusChange
from hallclient.domain.cases import CASE_STATUS_LABELS, MATERIAL_STATE_LABELS, CaseStatus, MaterialState
from hallclient.domain.decision import PRESENT_STATES
from hallclient.domain.intake import Applicant, ApplicantKind, Person
from hallclient.domain.workdays import Deadline


@dataclass(frozen=True)
class ChecklistRow:
    id: str
    key: str
    name: str
    required: bool
    deferrable: bool
    required_form: str
    copies: int
    source: str
    elicence_type: str | None
    item_codes: tuple[str, ...]
    state: MaterialState
    state_label: str
    form: str | None
    pages: int
    note: str | None
    elicence_number: str | None
    file_sha256: str | None

    @property
    def outstanding(self) -> bool:
        """A required material not (yet) satisfied: missing, defective or not looked at."""
        return self.required and self.state not in PRESENT_STATES


@dataclass(frozen=True)
class TimelineEntry:
    status: CaseStatus
    label: str
    at: dt.datetime
    actor: str
    window_id: str | None
    note: str | None


@dataclass(frozen=True)
class Needed:
    """The "still needed" line of the checklist: outstanding required materials by kind."""

    pending: tuple[str, ...]
    missing: tuple[str, ...]
    defective: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.pending or self.missing or self.defective)


@dataclass(frozen=True)
class CaseSummary:
    id: str
    number: str
    status: CaseStatus
    status_label: str
    applicant_name: str
    item_codes: tuple[str, ...]
    created_at: dt.datetime
    promised_date: dt.date | None
    deadline_provisional: bool
    window_id: str
    clerk: str


@dataclass(frozen=True)
class CaseDetail:
    id: str
    number: str
    status: CaseStatus
    status_label: str
    decision: str | None
    decision_reason: str | None
    applicant: Applicant
    agent: Person | None
    project_code: str | None
    form: dict[str, Any]
    bundle_code: str | None
    ticket_id: str | None
    ticket_number: str | None
    item_codes: tuple[str, ...]
    checklist: tuple[ChecklistRow, ...]
    timeline: tuple[TimelineEntry, ...]
    deadline: Deadline | None
    supplement_due: dt.date | None
    commitment_signed: bool
    created_at: dt.datetime
    accepted_at: dt.datetime | None
    window_id: str
    clerk: str

    @property
    def needed(self) -> Needed:
        return needed(self.checklist)


def checklist_row(m: CaseMaterial) -> ChecklistRow:
    state = MaterialState(m.state)
    return ChecklistRow(m.id, m.key, m.name, m.required, m.deferrable, m.required_form, m.copies, m.source,
                        m.elicence_type, tuple(m.item_codes), state, MATERIAL_STATE_LABELS[state], m.form, m.pages,
                        m.note, m.elicence_number, m.file_sha256)


def timeline_entry(h: CaseStatusChange) -> TimelineEntry:
    status = CaseStatus(h.status)
    return TimelineEntry(status, CASE_STATUS_LABELS[status], h.at, h.actor, h.window_id, h.note)


def needed(rows: tuple[ChecklistRow, ...]) -> Needed:
    def names(*states: MaterialState) -> tuple[str, ...]:
        return tuple(r.name for r in rows if r.outstanding and r.state in states)

    return Needed(names(MaterialState.PENDING), names(MaterialState.MISSING), names(MaterialState.DEFECTIVE))


def applicant_of(case: Case) -> Applicant:
    return Applicant(ApplicantKind(case.applicant_type), case.applicant_name, case.id_number, case.id_type,
                     case.phone, case.legal_rep)


def agent_of(case: Case) -> Person | None:
    if not case.agent_name:
        return None
    return Person(case.agent_name, case.agent_id_number or "", case.agent_id_type or "id_card", case.agent_phone)


def summary(case: Case) -> CaseSummary:
    status = CaseStatus(case.status)
    return CaseSummary(case.id, case.number, status, CASE_STATUS_LABELS[status], case.applicant_name,
                       tuple(i.item_code for i in case.items), case.created_at, case.promised_date,
                       case.deadline_provisional, case.window_id, case.clerk)


def detail(case: Case, deadline: Deadline | None) -> CaseDetail:
    status = CaseStatus(case.status)
    return CaseDetail(case.id, case.number, status, CASE_STATUS_LABELS[status], case.decision, case.decision_reason,
                      applicant_of(case), agent_of(case), case.project_code, dict(case.form), case.bundle_code,
                      case.ticket_id, case.ticket_number, tuple(i.item_code for i in case.items),
                      tuple(checklist_row(m) for m in case.materials),
                      tuple(timeline_entry(h) for h in case.history), deadline, case.supplement_due,
                      case.commitment_signed, case.created_at, case.accepted_at, case.window_id, case.clerk)
