"""The centre's side of cases: the ``case.*`` op appliers and the feed entity ``case``.

Counters open and decide cases offline, so the centre checks every op again with the same domain
rules (applicant, items, project code, checklist, decision) and refuses what does not fit with a
Chinese reason; the op registry (``central.ops``) makes each op apply once. Case numbers are issued
by the window PCs: a number (or a window's day) already used by another PC means two PCs are set to
the same window, and the second PC's case is refused — never merged into the first applicant's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth import Principal
from central.case_deadlines import RUNNING, central_calendar, refresh_deadline
from central.models import Case, CaseItem, CaseMaterial, CaseStatusChange, HallSetting, ServiceItem, Window
from central.ops import Op, register_op
from hallclient import clock
from hallclient.domain.case_wire import (
    CASE_DATES,
    CASE_FIELDS,
    CASE_TIMES,
    HISTORY_FIELDS,
    MASKED,
    MATERIAL_FIELDS,
    PARTY_FIELDS,
)
from hallclient.domain.cases import CASE_STATUS_LABELS, CaseStatus, Decision, MaterialState
from hallclient.domain.checklist import check_material
from hallclient.domain.decision import PRESENT_STATES, CheckedMaterial, decide, rules_of
from hallclient.domain.intake import (
    Applicant,
    ApplicantKind,
    Person,
    check_agent,
    check_applicant,
    check_form,
    check_project_code,
    parse_case_number,
)
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError

ENTITY = "case"
ROLES = frozenset({"clerk", "manager", "admin"})
CHECKING = frozenset({CaseStatus.RECEIVED, CaseStatus.CORRECTION_END})
BEFORE_ACCEPTANCE = CHECKING | {CaseStatus.CORRECTION_START}


# --- the feed shape --------------------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def case_data(session: Session, case: Case) -> dict[str, Any]:
    """The feed's ``case`` (the keys of ``hallclient.domain.case_wire``), personal data masked."""
    materials = session.scalars(select(CaseMaterial).where(CaseMaterial.case_id == case.id)
                                .order_by(CaseMaterial.position))
    history = session.scalars(select(CaseStatusChange).where(CaseStatusChange.case_id == case.id)
                              .order_by(CaseStatusChange.at, CaseStatusChange.id))
    items = session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id).order_by(CaseItem.position))
    data = {name: getattr(case, name) for name in CASE_FIELDS}
    data.update({name: MASKED[name](data[name]) or None for name in MASKED})
    return {**data, **{name: _iso(getattr(case, name)) for name in (*CASE_DATES, *CASE_TIMES)},
            "items": list(items),
            "materials": [{"id": m.id, "position": m.position, **{n: getattr(m, n) for n in MATERIAL_FIELDS}}
                          for m in materials],
            "history": [{"status": h.status, "at": h.at.isoformat(), "actor": h.actor, "window_id": h.window_id,
                         "note": h.note} for h in history]}


def answer(session: Session, case: Case) -> dict[str, Any]:
    """The op answer naming the stored case (the registry turns it into the feed entry)."""
    session.flush()
    return {"record": {"entity": ENTITY, "key": case.id, "data": case_data(session, case)}}


# --- shared checks ---------------------------------------------------------------------------------


def _allowed(principal: Principal) -> None:
    if not ROLES & set(principal.roles):
        raise HallError("账号 {user} 无权受理办件", user=principal.username)


def _case(session: Session, case_id: Any) -> Case:
    case = session.get(Case, str(case_id))
    if case is None:
        raise NotFoundError("办件 {id} 不存在", id=case_id)
    return case


def _require(case: Case, statuses: frozenset[CaseStatus], action: str) -> None:
    if case.status not in statuses:
        raise ConflictError("办件 {number} 当前为「{status}」，不能{action}", number=case.number,
                            status=CASE_STATUS_LABELS[CaseStatus(case.status)], action=action)


def _check_parties(values: Mapping[str, Any]) -> dict[str, Any]:
    """The applicant and agent fields normalised by the domain rules (the counter did the same)."""
    today = clock.hall_today()
    applicant = check_applicant(Applicant(ApplicantKind(values["applicant_type"]), values["applicant_name"],
                                          values["id_number"], values["id_type"], values.get("phone"),
                                          values.get("legal_rep")), today=today)
    out = {"applicant_type": str(applicant.kind), "applicant_name": applicant.name, "id_type": applicant.id_type,
           "id_number": applicant.id_number, "phone": applicant.phone, "legal_rep": applicant.legal_rep,
           "agent_name": None, "agent_id_type": None, "agent_id_number": None, "agent_phone": None}
    if values.get("agent_name"):
        agent = check_agent(Person(values["agent_name"], values.get("agent_id_number") or "",
                                   values.get("agent_id_type") or "id_card", values.get("agent_phone")), today=today)
        out.update(agent_name=agent.name, agent_id_type=agent.id_type, agent_id_number=agent.id_number,
                   agent_phone=agent.phone)
    return out


def _items(session: Session, codes: list[str]) -> list[ServiceItem]:
    if not codes:
        raise ValidationError("请至少选择一个办理事项")
    rows = []
    for code in codes:
        item = session.get(ServiceItem, code)
        if item is None or not item.active:
            raise ValidationError("事项 {code} 不存在或已停止办理", code=code)
        rows.append(item)
    return rows


def _check_number(session: Session, number: str, window_id: str, day: dt.date, case_id: str, device: str) -> None:
    """The number fits its window and day, and no other PC issues numbers for that window that day."""
    parsed = parse_case_number(number)
    window = session.get(Window, window_id)
    if window is None:
        raise ValidationError("窗口 {window} 不存在", window=window_id)
    hall_code = session.get(HallSetting, "hall.code")
    if (parsed.window_number != window.number or parsed.day != day
            or (hall_code is not None and parsed.hall_code != str(hall_code.value))):
        raise ValidationError("办件编号 {number} 与大厅、窗口 {window} 或受理日期不符", number=number,
                              window=window.number)
    other = session.scalar(select(Case).where(Case.number == number, Case.id != case_id))
    other = other or session.scalar(select(Case).where(Case.window_id == window_id, Case.service_date == day,
                                                       Case.device_id != device).limit(1))
    if other is not None:
        raise ConflictError("办件编号 {number} 未被接收：{window} 号窗口当日的编号已由另一台电脑（设备 {device}）"
                            "签发（如 {other}）。两台电脑被设置成了同一窗口，请管理员更正其中一台的窗口设置",
                            number=number, window=window.number, device=other.device_id[:8], other=other.number)


def _store_materials(session: Session, case: Case, materials: list[dict[str, Any]]) -> None:
    for data in materials:
        state = MaterialState(data["state"])
        check_material(state, data.get("form"), data.get("pages"), data.get("note"), data.get("elicence_number"))
        row = session.get(CaseMaterial, data["id"])
        if row is not None and row.case_id != case.id:
            raise ValidationError("材料 {id} 不属于办件 {number}", id=data["id"], number=case.number)
        if row is None:
            row = CaseMaterial(id=data["id"], case_id=case.id)
            session.add(row)
        row.position = data.get("position", row.position or 0)
        for name in MATERIAL_FIELDS:
            setattr(row, name, data.get(name, getattr(row, name)))


def _append_history(session: Session, case: Case, entries: list[dict[str, Any]], expected: CaseStatus) -> None:
    """The status changes a counter made, checked against the one its op implies."""
    for entry in entries:
        if set(entry) - set(HISTORY_FIELDS) or CaseStatus(entry["status"]) != expected:
            raise ValidationError("办件 {number} 的状态记录不正确", number=case.number)
        add_status(session, case, expected, entry["actor"], entry.get("note"),
                   at=dt.datetime.fromisoformat(entry["at"]), window_id=entry.get("window_id"))


def add_status(session: Session, case: Case, status: CaseStatus, actor: str, note: str | None, *,
               at: dt.datetime | None = None, window_id: str | None = None) -> CaseStatusChange:
    """Append a status change to the timeline and move the case to it (window ops, back office)."""
    change = CaseStatusChange(case_id=case.id, status=int(status), at=at or clock.now(), actor=actor,
                              window_id=window_id, note=note)
    session.add(change)
    case.status, case.updated_at = int(status), clock.now()
    return change


# --- the appliers ----------------------------------------------------------------------------------


def open_case(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    case_id = str(payload["id"])
    if session.get(Case, case_id) is not None:
        raise ConflictError("办件 {id} 已存在", id=case_id)
    day = dt.date.fromisoformat(payload["service_date"])
    _check_number(session, payload["number"], payload["window_id"], day, case_id, op.device_id)
    items = _items(session, list(payload["items"]))
    case = Case(id=case_id, number=payload["number"], ticket_id=payload.get("ticket_id"),
                ticket_number=payload.get("ticket_number"), bundle_code=payload.get("bundle_code"), service_date=day,
                project_code=check_project_code(payload.get("project_code"),
                                                [i.name for i in items if i.needs_project_code]),
                form=check_form(payload.get("form")), status=int(CaseStatus.RECEIVED), commitment_signed=False,
                deadline_provisional=False, created_at=dt.datetime.fromisoformat(payload["created_at"]),
                window_id=payload["window_id"], clerk=str(payload["clerk"]), device_id=op.device_id,
                updated_at=clock.now(), **_check_parties(payload))
    session.add(case)
    session.add_all(CaseItem(case_id=case_id, item_code=item.code, position=i) for i, item in enumerate(items))
    session.flush()
    _store_materials(session, case, payload["materials"])
    _append_history(session, case, payload["history"], CaseStatus.RECEIVED)
    return answer(session, case)


def edit_case(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    case = _case(session, payload["id"])
    _require(case, BEFORE_ACCEPTANCE, "修改申请信息")
    if any(name in payload for name in PARTY_FIELDS):
        current = {name: getattr(case, name) for name in PARTY_FIELDS}
        for name, value in _check_parties({**current, **{k: payload[k] for k in PARTY_FIELDS if k in payload}}).items():
            setattr(case, name, value)
    if "form" in payload:
        case.form = check_form(payload["form"])
    if "project_code" in payload:
        codes = session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id))
        needing = [i.name for i in _items(session, list(codes)) if i.needs_project_code]
        case.project_code = check_project_code(payload["project_code"], needing)
    _store_materials(session, case, payload.get("materials", []))
    for material_id in payload.get("removed_materials", []):
        row = session.get(CaseMaterial, material_id)
        if row is not None and row.case_id == case.id:
            session.delete(row)
    case.updated_at = clock.now()
    return answer(session, case)


def set_material(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    case = _case(session, payload["id"])
    material = payload["material"]
    row = session.get(CaseMaterial, material["id"])
    if row is None or row.case_id != case.id:
        raise NotFoundError("办件 {number} 没有材料 {id}", number=case.number, id=material["id"])
    supplying = (case.decision == Decision.ACCEPT_DEFERRED and case.status in RUNNING and row.deferrable
                 and MaterialState(material["state"]) in PRESENT_STATES)
    if not supplying:
        _require(case, CHECKING, "修改材料核验结果")
    _store_materials(session, case, [material])
    case.updated_at = clock.now()
    return answer(session, case)


def decide_case(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    """Check the counter's decision against the centre's copy of the checklist, then record it."""
    _allowed(principal)
    case = _case(session, payload["id"])
    _require(case, CHECKING, "作出受理决定")
    choice = Decision(payload["decision"])
    at = dt.datetime.fromisoformat(payload["history"][0]["at"])
    materials = session.scalars(select(CaseMaterial).where(CaseMaterial.case_id == case.id))
    codes = list(session.scalars(select(CaseItem.item_code).where(CaseItem.case_id == case.id)
                                 .order_by(CaseItem.position)))
    calendar = central_calendar(session)
    outcome = decide([CheckedMaterial(m.key, m.name, m.required, m.deferrable, MaterialState(m.state), m.note)
                      for m in materials], [rules_of(i) for i in _items(session, codes)],
                     commitment_signed=bool(payload["commitment_signed"]), clerk_choice=choice,
                     reason=payload.get("reason"), today=clock.to_hall(at).date(), calendar=calendar)
    _append_history(session, case, payload["history"], outcome.status)
    case.decision, case.decision_reason = str(outcome.decision), outcome.reason
    case.commitment_signed = bool(payload["commitment_signed"])
    case.supplement_due = outcome.supplement_due.date if outcome.supplement_due else None
    if outcome.status == CaseStatus.ACCEPTED:
        case.accepted_at = at
        session.flush()
        refresh_deadline(session, case, calendar, clock.hall_today())
    return answer(session, case)


def supplement_case(session: Session, payload: dict[str, Any], principal: Principal, op: Op) -> dict[str, Any]:
    _allowed(principal)
    case = _case(session, payload["id"])
    _require(case, frozenset({CaseStatus.CORRECTION_START}), "登记补正材料")
    _append_history(session, case, payload["history"], CaseStatus.CORRECTION_END)
    return answer(session, case)


register_op("case.open", open_case)
register_op("case.edit", edit_case)
register_op("case.material", set_material)
register_op("case.decide", decide_case)
register_op("case.supplement", supplement_case)
