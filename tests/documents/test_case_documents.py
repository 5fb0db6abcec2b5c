"""The five A4 papers of a window decision, read back from the PDF: text, 暂定, problems, rights, QR, masking."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pypdf
import pytest

from hallclient.domain.cases import Decision, MaterialState
from hallclient.domain.decision import CheckedMaterial, ItemRules, decide
from hallclient.domain.workdays import Deadline, HolidayCalendar
from hallclient.errors import ValidationError
from printers.documents import case
from printers.documents.model import DEFAULT_COMMITMENT, CaseDocument
from tests.documents.conftest import ID_NUMBER, MASKED_ID, pdf_text, qr_payloads, squeeze

DOCUMENTS = {
    "受理回执": case.acceptance_receipt,
    "一次性补正告知书": case.correction_notice,
    "不予受理决定书": case.refusal_decision,
    "容缺补交承诺书": case.deferral_pledge,
    "告知承诺书": case.commitment_pledge,
}


@pytest.mark.parametrize("title", list(DOCUMENTS))
def test_every_document_carries_the_case_frame_in_real_chinese(doc: CaseDocument, title: str) -> None:
    pdf = DOCUMENTS[title](doc)
    text = pdf_text(pdf)
    for expected in (title, "越城区政务服务中心", "330602-20261122-05-0007", "企业设立登记（330602-XK-0201）",
                     "单位社会保险参保登记（330602-GG-0209）", "5号窗口", "李敏", "2026年11月23日", "王建军",
                     "盖章处", "越城区政务服务中心（盖章）", "扫码查询办件进度"):
        assert squeeze(expected) in text, (title, expected)
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == title


@pytest.mark.parametrize("title", list(DOCUMENTS))
def test_the_qr_code_decodes_to_the_case_lookup(doc: CaseDocument, title: str) -> None:
    assert qr_payloads(DOCUMENTS[title](doc)) == ["hall:case:3f9c2a7e"]


@pytest.mark.parametrize("title", list(DOCUMENTS))
def test_no_full_id_number_is_printed_anywhere(doc: CaseDocument, title: str) -> None:
    leaky = dataclasses.replace(doc, reason=f"申请人 {ID_NUMBER} 不具备申请资格", contact="13905751234")
    pdf = DOCUMENTS[title](leaky)
    text = pdf_text(pdf)
    assert ID_NUMBER not in text and "13905751234" not in text
    assert MASKED_ID in text
    assert ID_NUMBER.encode() not in pdf


def test_a_personal_number_in_the_qr_payload_is_refused(doc: CaseDocument) -> None:
    with pytest.raises(ValueError, match="QR payload"):
        case.acceptance_receipt(dataclasses.replace(doc, lookup=ID_NUMBER))


@pytest.mark.parametrize("provisional", [True, False])
def test_receipt_marks_the_promised_date_provisional_exactly_when_it_is(doc: CaseDocument, provisional: bool) -> None:
    receipt = dataclasses.replace(doc, promised=Deadline(dt.date(2027, 1, 4), provisional), deferred=())
    text = pdf_text(case.acceptance_receipt(receipt))
    assert "承诺办结日期2027年1月4日" in text
    assert ("暂定" in text) is provisional
    assert ("2027年1月4日（暂定）" in text) is provisional


def test_receipt_lists_the_received_materials_and_the_legal_basis(doc: CaseDocument) -> None:
    text = pdf_text(case.acceptance_receipt(dataclasses.replace(doc, deferred=(), committed=())))
    for expected in ("公司登记（备案）申请书", "原件1份，3页", "公司章程", "已扫描，8页", "申请材料齐全、符合法定形式",
                     "第三十二条第一款第（五）项", "决定予以受理"):
        assert expected in text


def test_receipt_of_a_deferred_acceptance_names_what_to_supply_and_by_when(doc: CaseDocument) -> None:
    text = pdf_text(case.acceptance_receipt(doc))
    assert "部分非关键性材料实行容缺受理" in text
    assert "参保职工花名册" in text and "2026年11月30日" in text


def test_correction_notice_lists_every_problem_with_its_note_basis_and_contact(doc: CaseDocument) -> None:
    text = pdf_text(case.correction_notice(doc))
    assert "共3项" in text
    for expected in ("公司章程有误，需更正缺少全体股东签字", "住所（经营场所）使用证明缺少，需补交",
                     "参保职工花名册缺少，需补交缺少第2页", "《中华人民共和国行政许可法》第三十二条",
                     "现一次性告知", "联系方式：0575-85128300"):
        assert expected in text
    assert "暂定" not in text


def test_correction_notice_needs_problems(doc: CaseDocument) -> None:
    with pytest.raises(ValidationError):
        case.correction_notice(dataclasses.replace(doc, problems=()))


def test_refusal_states_the_reason_and_the_appeal_rights(doc: CaseDocument) -> None:
    text = pdf_text(case.refusal_decision(doc))
    assert "经审查，申请事项依法不需要取得行政许可。" in text
    assert "决定不予受理" in text
    assert squeeze("申请人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，"
                   "或者在六个月内依法向人民法院提起行政诉讼。") in text


def test_refusal_needs_a_reason(doc: CaseDocument) -> None:
    with pytest.raises(ValidationError):
        case.refusal_decision(dataclasses.replace(doc, reason="  "))


def test_deferral_pledge_lists_deferred_materials_deadline_and_signature_lines(doc: CaseDocument) -> None:
    text = pdf_text(case.deferral_pledge(doc))
    for expected in ("参保职工花名册", "暂缺（缺少第2页）", "在2026年11月30日前补交下列全部材料",
                     "承诺人（签字或盖章）：", "签署日期："):
        assert expected in text
    assert "公司章程" not in text.split("容缺受理")[-1]  # only the deferred material is pledged


def test_deferral_pledge_needs_deferred_materials_and_a_deadline(doc: CaseDocument) -> None:
    with pytest.raises(ValidationError):
        case.deferral_pledge(dataclasses.replace(doc, supplement_due=None))


def test_commitment_pledge_holds_the_commitment_text_and_signature_lines(doc: CaseDocument) -> None:
    text = pdf_text(case.commitment_pledge(doc))
    assert squeeze(DEFAULT_COMMITMENT) in text
    assert "以承诺代替的证明材料" in text and "住所（经营场所）使用证明" in text
    assert "承诺人（签字或盖章）：" in text


def test_a_long_problem_list_flows_onto_more_pages_with_every_row(doc: CaseDocument) -> None:
    problems = tuple(dataclasses.replace(doc.problems[1], key=f"m{n}", name=f"补充材料第{n}号") for n in range(1, 61))
    pdf = case.correction_notice(dataclasses.replace(doc, problems=problems))
    text = pdf_text(pdf)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) > 1
    assert all(f"补充材料第{n}号" in text for n in range(1, 61))
    assert "共60项" in text


def test_same_document_gives_the_same_bytes(doc: CaseDocument) -> None:
    assert case.acceptance_receipt(doc) == case.acceptance_receipt(doc)


def _checked(key: str, name: str, state: MaterialState, *, deferrable: bool = False) -> CheckedMaterial:
    return CheckedMaterial(key, name, True, deferrable, state, "缺页" if state == MaterialState.DEFECTIVE else None)


@pytest.mark.parametrize(("checklist", "expected"), [
    ([_checked("a", "申请书", MaterialState.RECEIVED)], ["受理回执"]),
    ([_checked("a", "申请书", MaterialState.RECEIVED), _checked("b", "花名册", MaterialState.MISSING, deferrable=True)],
     ["受理回执", "容缺补交承诺书"]),
    ([_checked("a", "申请书", MaterialState.DEFECTIVE)], ["一次性补正告知书"]),
])
def test_render_documents_prints_what_the_decision_hands_out(doc: CaseDocument, checklist: list[CheckedMaterial],
                                                              expected: list[str]) -> None:
    outcome = decide(checklist, [ItemRules("X", "企业设立登记", False, 5)], commitment_signed=False, clerk_choice=None,
                     reason=None, today=dt.date(2026, 11, 23), calendar=HolidayCalendar({}, {2026}))
    printed = dataclasses.replace(doc, problems=outcome.problems, deferred=outcome.deferred,
                                  supplement_due=outcome.supplement_due, promised=outcome.promised)
    rendered = case.render_documents(printed, outcome.documents)
    assert [name for name, _ in rendered] == expected
    for name, pdf in rendered:
        assert squeeze(name) in pdf_text(pdf)
    assert outcome.decision in (Decision.ACCEPT, Decision.ACCEPT_DEFERRED, Decision.CORRECTION)


def test_the_application_date_is_the_day_the_case_was_opened(doc: CaseDocument) -> None:
    later = dataclasses.replace(doc, applied_on=dt.date(2026, 11, 16), deferred=(), committed=())
    text = pdf_text(case.acceptance_receipt(later))
    assert "你（单位）于2026年11月16日提出的" in text
    assert "日期2026年11月23日" in text
