"""``hall.cases``: a case at the window from intake to the decision (DOMAIN.md §5).

Every mutation is one transaction that writes the case, its ``case.*`` outbox op (record key
``case:<id>``) and an audit entry together; anything that fails a rule raises before the commit, so
a case is never half-written and stays editable after a validation error. The rules themselves
live in the domain (``intake``, ``checklist``, ``decision``, ``elicence``) and are shared with the
centre, which checks every op again.

Ops: ``case.open`` (the whole case), ``case.edit`` (applicant, agent, form, project code and the
checklist rows an agent adds), ``case.material`` (one checklist row), ``case.decide`` (the decision,
its status change and deadline) and ``case.supplement`` (补正（结束）).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hallclient import clock
from hallclient.cache.models import (
    Bundle,
    Case,
    CaseItem,
    CaseMaterial,
    CaseStatusChange,
    HallSetting,
    ServiceItem,
    StoredFile,
)
from hallclient.changes import Changes, OpResult
from hallclient.domain.cases import CASE_STATUS_LABELS, DECISION_LABELS, CaseStatus, Decision, MaterialState
from hallclient.domain.checklist import (
    AGENT_MATERIALS,
    MergedMaterial,
    check_material,
    merge_materials,
    with_agent,
)
from hallclient.domain.decision import DEFAULT_DEFERRAL_DAYS, PRESENT_STATES, CheckedMaterial, Outcome, decide
from hallclient.domain.elicence import ELicence, check_use
from hallclient.domain.intake import (
    Applicant,
    Person,
    check_agent,
    check_applicant,
    check_form,
    check_project_code,
)
from hallclient.domain.masking import mask_id_number
from hallclient.domain.workdays import Deadline, HolidayCalendar
from hallclient.errors import ConflictError, NotFoundError, ValidationError
from hallclient.hall import Service, mutation, query
from hallclient.services.calendar import load_calendar
from hallclient.services.case_deadlines import RUNNING, deadline_of, item_rules, store_deadline
from hallclient.services.case_numbers import next_case_number
from hallclient.services.case_records import case_payload, history_payload, material_payload, record_key
from hallclient.services.case_views import CaseDetail, CaseSummary, Needed, detail, summary

#: Hall setting: working days an applicant has to supply 容缺 materials.
DEFERRAL_DAYS = "cases.deferral_days"
#: Before the decision: the applicant's details and the checklist may change.
CHECKING = frozenset({CaseStatus.RECEIVED, CaseStatus.CORRECTION_END})
BEFORE_ACCEPTANCE = CHECKING | {CaseStatus.CORRECTION_START}


def _merged(items: Sequence[ServiceItem], agent: bool) -> list[MergedMaterial]:
    merged = merge_materials((item.code, item.materials) for item in items)
    return with_agent(merged) if agent else merged


def _material_row(m: MergedMaterial, position: int) -> CaseMaterial:
    return CaseMaterial(id=str(uuid.uuid4()), position=position, key=m.key, name=m.name, required=m.required,
                        deferrable=m.deferrable, required_form=m.form, copies=m.copies, source=m.source,
                        elicence_type=m.elicence, item_codes=list(m.item_codes), state=m.initial_state, pages=0)


class CaseService(Service):
    # --- helpers ---------------------------------------------------------------------------------

    def _load(self, session: Session, case_id: str) -> Case:
        case = session.scalar(select(Case).where(Case.id == case_id).options(
            selectinload(Case.items), selectinload(Case.materials), selectinload(Case.history)))
        if case is None:
            raise NotFoundError("办件 {id} 不存在", id=case_id)
        return case

    @staticmethod
    def _require(case: Case, statuses: frozenset[CaseStatus], action: str) -> None:
        if case.status not in statuses:
            raise ConflictError("办件 {number} 当前为「{status}」，不能{action}", number=case.number,
                                status=CASE_STATUS_LABELS[CaseStatus(case.status)], action=action)

    def _items(self, session: Session, codes: Sequence[str]) -> list[ServiceItem]:
        rows = {i.code: i for i in session.scalars(select(ServiceItem).options(selectinload(ServiceItem.materials))
                                                   .where(ServiceItem.code.in_(codes)))}
        for code in codes:
            if code not in rows:
                raise NotFoundError("事项 {code} 不在本机事项目录中，请先与中心系统同步", code=code)
            if not rows[code].active:
                raise ValidationError("事项「{name}」已停止办理", name=rows[code].name)
        return [rows[code] for code in codes]

    def _record(self, session: Session, case: Case, op_type: str, payload: dict[str, Any], actor: str,
                **audit: Any) -> Changes:
        """The op and the audit entry of a mutation, in its transaction; returns its change-set."""
        key = record_key(case.id)
        session.flush()
        self.hall.outbox.add(session, op_type, key, {"id": case.id, **payload})
        self.hall.record_audit(session, actor, op_type, key, window_id=case.window_id, number=case.number, **audit)
        return Changes(cases=True, outbox=True, keys=frozenset({key}))

    def _history(self, case: Case, status: CaseStatus, actor: str, note: str | None) -> CaseStatusChange:
        change = CaseStatusChange(status=int(status), at=clock.now(), actor=actor, window_id=case.window_id, note=note)
        case.history.append(change)
        case.status = int(status)
        return change

    # --- intake ----------------------------------------------------------------------------------

    @mutation
    def open_case(self, session: Session, *, applicant: Applicant, clerk: str, items: Sequence[str] = (),
                  bundle_code: str | None = None, agent: Person | None = None,
                  form: Mapping[str, Any] | None = None, project_code: str | None = None,
                  window_id: str | None = None, ticket_id: str | None = None,
                  ticket_number: str | None = None) -> OpResult[str]:
        """Open a case (已接件) for the called ticket, or a walk-in without one; returns its id.

        ``items`` (or the items of the 一件事 ``bundle_code``) get one merged checklist; materials
        the departments share start as not needed. The number comes from this PC's window
        (``window_id``, default: the 本机窗口 setting).
        """
        today = clock.hall_today()
        window = window_id or self.hall.settings["window_id"]
        if not window:
            raise ValidationError("本机尚未设置窗口，请在设置中选择本机窗口后再受理")
        checked = check_applicant(applicant, today=today)
        checked_agent = check_agent(agent, today=today) if agent is not None else None
        codes = list(dict.fromkeys(items))
        if bundle_code is not None:
            bundle = session.get(Bundle, bundle_code)
            if bundle is None:
                raise NotFoundError("一件事 {code} 不存在", code=bundle_code)
            codes = codes or list(bundle.item_codes)
        if not codes:
            raise ValidationError("请至少选择一个办理事项")
        rows = self._items(session, codes)
        code = check_project_code(project_code, [i.name for i in rows if i.needs_project_code])
        case = Case(id=str(uuid.uuid4()), number=next_case_number(session, window, today), ticket_id=ticket_id,
                    ticket_number=ticket_number, bundle_code=bundle_code, service_date=today,
                    applicant_type=checked.kind, applicant_name=checked.name, id_type=checked.id_type,
                    id_number=checked.id_number, phone=checked.phone, legal_rep=checked.legal_rep,
                    project_code=code, form=check_form(form), created_at=clock.now(), window_id=window, clerk=clerk,
                    commitment_signed=False)
        self._set_agent_fields(case, checked_agent)
        case.items = [CaseItem(item_code=c, position=i) for i, c in enumerate(codes)]
        case.materials = [_material_row(m, i) for i, m in enumerate(_merged(rows, checked_agent is not None))]
        session.add(case)
        self._history(case, CaseStatus.RECEIVED, clerk, None)
        changes = self._record(session, case, "case.open", case_payload(case), clerk, items=len(codes),
                               applicant=mask_id_number(case.id_number))
        return OpResult(case.id, changes)

    @staticmethod
    def _set_agent_fields(case: Case, agent: Person | None) -> None:
        case.agent_name = agent.name if agent else None
        case.agent_id_type = agent.id_type if agent else None
        case.agent_id_number = agent.id_number if agent else None
        case.agent_phone = agent.phone if agent else None

    @mutation
    def update(self, session: Session, case_id: str, *, actor: str, applicant: Applicant | None = None,
               form: Mapping[str, Any] | None = None, project_code: str | None = None) -> OpResult[None]:
        """Correct the applicant, the form or the project code before the decision (None: unchanged)."""
        case = self._load(session, case_id)
        self._require(case, BEFORE_ACCEPTANCE, "修改申请信息")
        fields: dict[str, Any] = {}
        if applicant is not None:
            checked = check_applicant(applicant, today=clock.hall_today())
            fields.update(applicant_type=checked.kind, applicant_name=checked.name, id_type=checked.id_type,
                          id_number=checked.id_number, phone=checked.phone, legal_rep=checked.legal_rep)
        if form is not None:
            fields["form"] = check_form(form)
        if project_code is not None:
            rows = self._items(session, [i.item_code for i in case.items])
            fields["project_code"] = check_project_code(project_code, [i.name for i in rows if i.needs_project_code])
        if not fields:
            return OpResult(None, Changes())
        for name, value in fields.items():
            setattr(case, name, value)
        changes = self._record(session, case, "case.edit", fields, actor, fields=sorted(fields))
        return OpResult(None, changes)

    @mutation
    def set_agent(self, session: Session, case_id: str, agent: Person | None, *, actor: str) -> OpResult[None]:
        """Name (or with ``None`` remove) the 代办人; the authorisation and the agent's ID follow in the checklist."""
        case = self._load(session, case_id)
        self._require(case, BEFORE_ACCEPTANCE, "修改代办人")
        checked = check_agent(agent, today=clock.hall_today()) if agent is not None else None
        self._set_agent_fields(case, checked)
        rows = self._items(session, [i.item_code for i in case.items])
        wanted = {m.key: m for m in _merged(rows, checked is not None) if m.key in AGENT_MATERIALS}
        changed, removed = self._sync_rows(case, wanted)
        payload = {"agent_name": case.agent_name, "agent_id_type": case.agent_id_type,
                   "agent_id_number": case.agent_id_number, "agent_phone": case.agent_phone,
                   "materials": [material_payload(m) for m in changed], "removed_materials": removed}
        changes = self._record(session, case, "case.edit", payload, actor, agent=checked is not None)
        return OpResult(None, changes)

    @staticmethod
    def _sync_rows(case: Case, wanted: dict[str, MergedMaterial]) -> tuple[list[CaseMaterial], list[str]]:
        """Bring the agent's checklist rows in line with ``wanted``; returns (changed rows, removed ids)."""
        changed, removed = [], []
        by_key = {m.key: m for m in case.materials}
        for key in AGENT_MATERIALS:
            row, target = by_key.get(key), wanted.get(key)
            if target is None and row is not None and row.state == MaterialState.PENDING:
                case.materials.remove(row)
                removed.append(row.id)
            elif target is None and row is not None:
                row.required = False
                changed.append(row)
            elif target is not None and row is None:
                row = _material_row(target, len(case.materials))
                case.materials.append(row)
                changed.append(row)
            elif target is not None and row is not None:
                row.required, row.deferrable = target.required, target.deferrable
                changed.append(row)
        return changed, removed

    # --- the checklist ---------------------------------------------------------------------------

    def _material(self, case: Case, material_id: str) -> CaseMaterial:
        row = next((m for m in case.materials if m.id == material_id), None)
        if row is None:
            raise NotFoundError("办件 {number} 没有材料 {id}", number=case.number, id=material_id)
        return row

    def _editable_material(self, case: Case, row: CaseMaterial, state: MaterialState) -> None:
        """Before the decision anything goes; after 容缺受理 only deferred materials may arrive."""
        if case.status in CHECKING:
            return
        supplying = (case.decision == Decision.ACCEPT_DEFERRED and case.status in RUNNING and row.deferrable
                     and state in PRESENT_STATES)
        if not supplying:
            self._require(case, CHECKING, "修改材料核验结果")

    @mutation
    def set_material(self, session: Session, case_id: str, material_id: str, state: MaterialState | str,
                     form: str | None = None, pages: int | None = None, note: str | None = None,
                     elicence_number: str | None = None, *, actor: str) -> OpResult[None]:
        """Record what the clerk found for one material (one key press in the checklist)."""
        state = MaterialState(state)
        case = self._load(session, case_id)
        row = self._material(case, material_id)
        self._editable_material(case, row, state)
        check_material(state, form, pages, note, elicence_number)
        row.state = state
        row.form = form if state in (MaterialState.RECEIVED, MaterialState.SCANNED) else None
        row.pages = pages if pages is not None else row.pages
        row.note = note.strip() if note and note.strip() else None
        row.elicence_number = elicence_number.strip() if state == MaterialState.ELICENCE and elicence_number else None
        changes = self._record(session, case, "case.material", {"material": material_payload(row)}, actor,
                               material=row.key, state=str(state))
        return OpResult(None, changes)

    @mutation
    def attach_scan(self, session: Session, case_id: str, material_id: str, sha256: str, pages: int, *,
                    actor: str) -> OpResult[None]:
        """The scanning pipeline stored this material's PDF: the material counts as scanned."""
        if session.get(StoredFile, sha256) is None:
            raise NotFoundError("扫描文件 {sha} 不在本机文件库中", sha=sha256[:12])
        case = self._load(session, case_id)
        row = self._material(case, material_id)
        self._editable_material(case, row, MaterialState.SCANNED)
        check_material(MaterialState.SCANNED, row.form, pages, None, None)
        row.state, row.pages, row.file_sha256 = MaterialState.SCANNED, pages, sha256
        changes = self._record(session, case, "case.material", {"material": material_payload(row)}, actor,
                               material=row.key, state=str(MaterialState.SCANNED))
        return OpResult(None, changes)

    @mutation
    def use_elicence(self, session: Session, case_id: str, material_id: str, licence: ELicence, *,
                     actor: str) -> OpResult[None]:
        """Take a material from the e-licence library (looked up with ``sync.elicences.lookup``)."""
        case = self._load(session, case_id)
        row = self._material(case, material_id)
        self._editable_material(case, row, MaterialState.ELICENCE)
        check_use(licence, row.name, row.elicence_type, today=clock.hall_today())
        if licence.holder_id not in {case.id_number, case.agent_id_number}:
            raise ValidationError("电子证照 {number} 的持证人不是本案申请人或代办人", number=licence.number)
        row.state, row.form, row.elicence_number = MaterialState.ELICENCE, None, licence.number
        row.note = f"{licence.type}（{licence.issuer}）"
        changes = self._record(session, case, "case.material", {"material": material_payload(row)}, actor,
                               material=row.key, state=str(MaterialState.ELICENCE))
        return OpResult(None, changes)

    # --- decision --------------------------------------------------------------------------------

    def _deferral_days(self, session: Session) -> int:
        setting = session.get(HallSetting, DEFERRAL_DAYS)
        return int(setting.value) if setting is not None and setting.value else DEFAULT_DEFERRAL_DAYS

    @mutation
    def decide(self, session: Session, case_id: str, clerk_choice: Decision | str | None, reason: str | None,
               commitment_signed: bool, *, actor: str) -> OpResult[Outcome]:
        """Decide the case from its checklist (``hallclient.domain.decision.decide``) and record it.

        ``clerk_choice`` None lets the checklist decide; 不予受理/不受理 need ``reason``. Returns the
        outcome (documents to print, problems for the 一次性补正告知书, deferred materials, dates).
        """
        case = self._load(session, case_id)
        self._require(case, CHECKING, "作出受理决定")
        calendar, today = load_calendar(session), clock.hall_today()
        outcome = self._outcome(session, case, commitment_signed, clerk_choice, reason, calendar, today)
        change = self._history(case, outcome.status, actor, outcome.reason or DECISION_LABELS[outcome.decision])
        case.decision, case.decision_reason = outcome.decision, outcome.reason
        case.commitment_signed = commitment_signed
        case.supplement_due = outcome.supplement_due.date if outcome.supplement_due else None
        if outcome.status == CaseStatus.ACCEPTED:
            case.accepted_at = change.at
            store_deadline(session, case, calendar, today)
        payload = {"decision": str(outcome.decision), "reason": outcome.reason, "commitment_signed": commitment_signed,
                   "history": [history_payload(change)],
                   "accepted_at": case.accepted_at.isoformat() if case.accepted_at else None,
                   "promised_date": case.promised_date.isoformat() if case.promised_date else None,
                   "deadline_provisional": case.deadline_provisional,
                   "supplement_due": case.supplement_due.isoformat() if case.supplement_due else None}
        changes = self._record(session, case, "case.decide", payload, actor, decision=str(outcome.decision))
        return OpResult(outcome, changes)

    def _outcome(self, session: Session, case: Case, commitment_signed: bool, clerk_choice: Decision | str | None,
                 reason: str | None, calendar: HolidayCalendar, today: dt.date) -> Outcome:
        """What the rules say for the case's checklist as it stands today (shared by decide and its preview)."""
        checklist = [CheckedMaterial(m.key, m.name, m.required, m.deferrable, MaterialState(m.state), m.note)
                     for m in case.materials]
        return decide(checklist, item_rules(session, [i.item_code for i in case.items]),
                      commitment_signed=commitment_signed,
                      clerk_choice=Decision(clerk_choice) if clerk_choice is not None else None, reason=reason,
                      today=today, calendar=calendar, deferral_days=self._deferral_days(session))

    @query
    def preview_decision(self, session: Session, case_id: str, commitment_signed: bool = False) -> Outcome:
        """The outcome :meth:`decide` would record now without a clerk's choice, written nowhere: the
        decision dialog shows it before the clerk confirms, so the UI never re-implements the rules."""
        return self._outcome(session, self._load(session, case_id), commitment_signed, None, None,
                             load_calendar(session), clock.hall_today())

    @mutation
    def supplement(self, session: Session, case_id: str, *, actor: str, note: str | None = None) -> OpResult[None]:
        """The applicant is back with the corrections (补正（结束）): check the materials again, then decide."""
        case = self._load(session, case_id)
        self._require(case, frozenset({CaseStatus.CORRECTION_START}), "登记补正材料")
        change = self._history(case, CaseStatus.CORRECTION_END, actor, note)
        changes = self._record(session, case, "case.supplement", {"history": [history_payload(change)]}, actor)
        return OpResult(None, changes)

    # --- reads -----------------------------------------------------------------------------------

    @query
    def get(self, session: Session, case_id: str) -> CaseDetail | None:
        """The case with its items, checklist, timeline and its deadline as it stands today."""
        try:
            case = self._load(session, case_id)
        except NotFoundError:
            return None
        deadline = Deadline(case.promised_date, case.deadline_provisional) if case.promised_date else None
        if case.status in RUNNING:
            with contextlib.suppress(NotFoundError):  # an item left the catalog: show what was stored
                deadline = deadline_of(session, case, load_calendar(session), clock.hall_today())
        return detail(case, deadline)

    @query
    def by_number(self, session: Session, number: str) -> CaseDetail | None:
        case_id = session.scalar(select(Case.id).where(Case.number == number))
        return None if case_id is None else self.get(case_id)

    @query
    def today(self, session: Session, window_id: str | None = None) -> list[CaseSummary]:
        """The cases opened at a window (default: this PC's) on the hall's current day, newest first."""
        window = window_id or self.hall.settings["window_id"]
        rows = session.scalars(select(Case).options(selectinload(Case.items))
                               .where(Case.window_id == window, Case.service_date == clock.hall_today())
                               .order_by(Case.created_at.desc(), Case.number.desc()))
        return [summary(case) for case in rows]

    @query
    def needed(self, session: Session, case_id: str) -> Needed:
        """What is still needed at a glance: required materials pending, missing or defective."""
        detail_ = self.get(case_id)
        if detail_ is None:
            raise NotFoundError("办件 {id} 不存在", id=case_id)
        return detail_.needed
