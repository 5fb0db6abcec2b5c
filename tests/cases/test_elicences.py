"""Taking a material from the e-licence library: look-up by ID/USCC in the centre, checks in the core."""

from __future__ import annotations

import dataclasses

import pytest
import requests

from hallclient.domain.cases import MaterialState
from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.errors import ValidationError
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.elicences import lookup
from sync.errors import Refused
from tests.cases.conftest import COMPANY, FOOD, PERSON, open_case

EXPIRED_HOLDER = Applicant(ApplicantKind.PERSON, "何雨婷", "330604200002291843", phone="13705751111")
SELF_EMPLOYED = "330602-XK-0204"  # 个体工商户设立登记: 申请人身份证明 may come from the library


def _row(hall: Hall, case_id: str, key: str):  # type: ignore[no-untyped-def]
    return next(r for r in hall.cases.get(case_id).checklist if r.key == key)


def test_lookup_by_uscc_and_by_id_flags_expired_licences(client: CentralClient) -> None:
    company = lookup(client, COMPANY.id_number.lower())
    assert {(e.type, e.number) for e in company} == {("营业执照", "91330602MA2JD8K472"),
                                                     ("食品经营许可证", "JY23306020061357")}
    [card] = lookup(client, EXPIRED_HOLDER.id_number)
    assert card.type == "居民身份证" and card.valid_until.isoformat() == "2026-03-10"
    body = client.json("GET", "/elicences", params={"holder_id": EXPIRED_HOLDER.id_number})
    assert body[0]["expired"] is True
    assert lookup(client, PERSON.id_number)[0].holder_name == "王建军"
    assert lookup(client, "110105194912310029") == []


def test_only_clerks_and_guides_may_look_up(central, client: CentralClient) -> None:  # type: ignore[no-untyped-def]
    display = CentralClient(central.url)
    display.login("display", "display")
    try:
        with pytest.raises(Refused) as raised:
            lookup(display, PERSON.id_number)
        assert (raised.value.status, str(raised.value)) == (403, "当前账号无权执行此操作")
    finally:
        display.close()
    assert requests.get(f"{central.url}/api/v1/elicences", params={"holder_id": PERSON.id_number},
                        timeout=5).status_code == 401


def test_a_licence_replaces_a_material_of_its_kind(desk: Hall, client: CentralClient) -> None:
    case_id = open_case(desk, (SELF_EMPLOYED,), PERSON)
    licences = {e.type: e for e in lookup(client, PERSON.id_number)}
    applicant_id = _row(desk, case_id, "applicant_id")
    with pytest.raises(ValidationError, match="需要「居民身份证」，所选电子证照为「户口簿」"):
        desk.cases.use_elicence(case_id, applicant_id.id, licences["户口簿"], actor="demo")
    desk.cases.use_elicence(case_id, applicant_id.id, licences["居民身份证"], actor="demo")
    row = _row(desk, case_id, "applicant_id")
    assert (row.state, row.elicence_number) == (MaterialState.ELICENCE, PERSON.id_number)
    premises = _row(desk, case_id, "premises_proof")
    desk.cases.use_elicence(case_id, premises.id, licences["不动产权证书"], actor="demo")
    assert _row(desk, case_id, "premises_proof").elicence_number == "浙（2018）绍兴市不动产权第0036218号"
    form = _row(desk, case_id, "gt_registration_form")
    with pytest.raises(ValidationError, match="不能以电子证照代替"):
        desk.cases.use_elicence(case_id, form.id, licences["居民身份证"], actor="demo")


def test_an_expired_or_foreign_licence_is_refused(desk: Hall, client: CentralClient) -> None:
    case_id = open_case(desk, (SELF_EMPLOYED,), EXPIRED_HOLDER)
    [card] = lookup(client, EXPIRED_HOLDER.id_number)
    applicant_id = _row(desk, case_id, "applicant_id")
    with pytest.raises(ValidationError, match="已于 2026-03-10 过期"):
        desk.cases.use_elicence(case_id, applicant_id.id, card, actor="demo")
    someone_else = lookup(client, PERSON.id_number)[0]
    with pytest.raises(ValidationError, match="持证人不是本案申请人或代办人"):
        desk.cases.use_elicence(case_id, applicant_id.id, dataclasses.replace(someone_else, type="居民身份证"),
                                actor="demo")
    assert _row(desk, case_id, "applicant_id").state == MaterialState.PENDING


def test_a_shared_licence_of_a_company_case(desk: Hall, client: CentralClient) -> None:
    case_id = open_case(desk, (FOOD,), COMPANY)
    licence = next(e for e in lookup(client, COMPANY.id_number) if e.type == "营业执照")
    row = _row(desk, case_id, "business_licence")
    desk.cases.use_elicence(case_id, row.id, licence, actor="demo")
    assert _row(desk, case_id, "business_licence").state == MaterialState.ELICENCE
