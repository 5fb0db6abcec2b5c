"""Opening a case at the window: who applies, which items, the merged checklist, and nothing half-written."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from hallclient.cache.models import Case, CaseCounter, OutboxOp
from hallclient.domain.cases import MaterialState
from hallclient.domain.intake import Applicant, ApplicantKind, Person
from hallclient.errors import ConflictError, ValidationError
from hallclient.hall import Hall
from tests.cases.conftest import APPROVAL, COMPANY, COMPANY_SETUP, FOOD, PERSON, open_case

PROJECT_CODE = "2026-330602-34-03-012345"


def _count(hall: Hall, model: type) -> int:
    return hall.run(lambda s: s.scalar(select(func.count()).select_from(model)))


def _nothing_written(hall: Hall) -> None:
    assert (_count(hall, Case), _count(hall, OutboxOp), _count(hall, CaseCounter)) == (0, 0, 0)


@pytest.mark.parametrize(("number", "reason"), [
    ("33060219680314031", "身份证号码应为 18 位，当前为 17 位"),
    ("330602196802300314", "身份证号码中的出生日期 19680230 不是有效日期"),
    ("330602196803140315", "身份证号码校验位错误：末位应为 4"),
])
def test_invalid_id_numbers_say_why_and_write_nothing(desk: Hall, number: str, reason: str) -> None:
    with pytest.raises(ValidationError) as raised:
        open_case(desk, (COMPANY_SETUP,), dataclasses.replace(PERSON, id_number=number))
    assert str(raised.value) == reason
    _nothing_written(desk)


@pytest.mark.parametrize(("code", "reason"), [
    ("91330602MA2JD8K47", "统一社会信用代码应为 18 位，当前为 17 位"),
    ("91330602MA2JD8K47I", "统一社会信用代码含有不允许的字符：I（不使用 I、O、Z、S、V）"),
    ("91330602MA2JD8K473", "统一社会信用代码校验位错误：末位应为 2"),
])
def test_invalid_uscc_says_why(desk: Hall, code: str, reason: str) -> None:
    with pytest.raises(ValidationError) as raised:
        open_case(desk, (FOOD,), dataclasses.replace(COMPANY, id_number=code))
    assert str(raised.value) == reason
    _nothing_written(desk)


def test_legal_person_needs_a_legal_representative_and_a_phone(desk: Hall) -> None:
    with pytest.raises(ValidationError, match="请填写法定代表人"):
        open_case(desk, (FOOD,), dataclasses.replace(COMPANY, legal_rep=" "))
    with pytest.raises(ValidationError, match="电话号码格式不正确"):
        open_case(desk, (FOOD,), dataclasses.replace(COMPANY, phone="12345"))
    _nothing_written(desk)


def test_project_code_is_required_where_an_item_needs_it(desk: Hall) -> None:
    with pytest.raises(ValidationError, match="事项「企业投资项目核准」须填写投资项目代码"):
        open_case(desk, (APPROVAL,))
    with pytest.raises(ValidationError, match="投资项目代码应为 24 位"):
        open_case(desk, (APPROVAL,), project_code="2026-330602")
    case_id = open_case(desk, (APPROVAL,), project_code=PROJECT_CODE)
    assert desk.cases.get(case_id).project_code == PROJECT_CODE
    assert open_case(desk, (FOOD,))  # no item needs it: none asked


def test_a_bundle_gets_one_merged_checklist(desk: Hall) -> None:
    case_id = open_case(desk, (), bundle_code="YJS-005", project_code=PROJECT_CODE)
    case = desk.cases.get(case_id)
    assert case.item_codes == ("330602-XK-0104", "330602-XK-0105", "330602-XK-0106")
    by_key = {row.key: row for row in case.checklist}
    assert len(by_key) == len(case.checklist)  # every material once
    catalog = [desk.catalog.item(code) for code in case.item_codes]
    assert set(by_key) == {m.key for item in catalog for m in item.materials}
    # 建设用地不动产权证书 is asked by 0105 and 0106: once, by both
    assert by_key["land_title"].item_codes == ("330602-XK-0105", "330602-XK-0106")
    # shared materials are fetched by the departments; what the applicant brings waits to be checked
    assert by_key["project_filing"].state == MaterialState.NOT_NEEDED
    assert by_key["land_planning_permit"].state == MaterialState.NOT_NEEDED  # internal share
    assert by_key["design_scheme"].state == MaterialState.PENDING
    assert by_key["design_scheme"].copies == 2


def test_an_agent_brings_an_authorisation(desk: Hall) -> None:
    agent = Person("俞志强", "330681198511234575", phone="13805759876")
    case_id = open_case(desk, (COMPANY_SETUP,), agent=agent)
    rows = {row.key: row for row in desk.cases.get(case_id).checklist}
    assert rows["authorisation_letter"].required and not rows["authorisation_letter"].deferrable
    assert rows["agent_id"].required
    desk.cases.set_agent(case_id, None, actor="demo")
    rows = {row.key: row for row in desk.cases.get(case_id).checklist}
    assert not rows["authorisation_letter"].required and desk.cases.get(case_id).agent is None


def test_an_invalid_agent_id_is_refused(desk: Hall) -> None:
    with pytest.raises(ValidationError, match="身份证号码校验位错误"):
        open_case(desk, (COMPANY_SETUP,), agent=Person("俞志强", "330681198511234576", phone="13805759876"))
    _nothing_written(desk)


def test_a_failure_mid_mutation_leaves_nothing(desk: Hall, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case rows are added before the op: an error writing the op rolls all of them back."""

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(desk.outbox, "add", broken)
    with pytest.raises(RuntimeError):
        open_case(desk)
    _nothing_written(desk)


def test_the_case_stays_editable_after_a_validation_error(desk: Hall) -> None:
    case_id = open_case(desk, (COMPANY_SETUP,), PERSON)
    ops = _count(desk, OutboxOp)
    with pytest.raises(ValidationError):
        desk.cases.update(case_id, actor="demo", applicant=dataclasses.replace(PERSON, id_number="330602196803140315"))
    assert desk.cases.get(case_id).applicant.id_number == PERSON.id_number
    assert _count(desk, OutboxOp) == ops
    fixed = Applicant(ApplicantKind.PERSON, "王建军", "330602196803140314", phone="13905750000")
    desk.cases.update(case_id, actor="demo", applicant=fixed)
    assert desk.cases.get(case_id).applicant.phone == "13905750000"


def test_unknown_or_unsynced_window_is_refused(desk: Hall) -> None:
    desk.settings.update(window_id="")
    with pytest.raises(ValidationError, match="本机尚未设置窗口"):
        open_case(desk)
    with pytest.raises(ValidationError, match="窗口 W99 不在本机的大厅配置中"):
        open_case(desk, window_id="W99")
    _nothing_written(desk)


def test_todays_cases_of_the_window(desk: Hall) -> None:
    first, second = open_case(desk), open_case(desk, (COMPANY_SETUP,), PERSON)
    assert [c.id for c in desk.cases.today()] == [second, first]
    assert desk.cases.today("W06") == []


def test_a_number_taken_locally_by_another_case_is_a_clash(desk: Hall) -> None:
    """A cache that already holds a case with the next number (another PC of this window) says so."""
    case_id = open_case(desk)
    desk.run(lambda s: s.get(CaseCounter, ("W05", desk.cases.get(case_id).created_at.date())).__setattr__("value", 0))
    with pytest.raises(ConflictError, match="设置成了同一窗口"):
        open_case(desk)
