"""Short receipt-printer versions of the acceptance receipt and the correction list, decoded from ESC/POS."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from hallclient.domain.workdays import Deadline
from printers.documents.model import CaseDocument
from printers.documents.receipts import acceptance_slip, correction_slip
from printers.escpos_render import render_bytes
from printers.slips import receipt_layout
from tests.documents.conftest import ID_NUMBER, MASKED_ID, squeeze
from tests.printers.escpos_decode import decode
from tests.printers.slip_asserts import assert_well_formed


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_acceptance_slip_has_number_items_provisional_date_and_deferred_materials(doc: CaseDocument,
                                                                                  paper_mm: int) -> None:
    data = render_bytes(receipt_layout(acceptance_slip(doc), paper_mm))
    decoded = decode(data)
    assert_well_formed(decoded, paper_mm)
    text = squeeze(decoded.text)
    for expected in ("受理回执", "办件编号：330602-20261122-05-0007", "企业设立登记、单位社会保险参保登记",
                     "承诺办结：2027年1月4日（暂定）", "请于2026年11月30日前补交：", "1.参保职工花名册",
                     f"证件号码：{MASKED_ID}", "申请人：王*军"):
        assert expected in text, expected
    assert ID_NUMBER.encode("gb18030") not in data
    assert decoded.qr_payloads == ["hall:case:3f9c2a7e"]


def test_acceptance_slip_of_a_final_date_has_no_provisional_mark(doc: CaseDocument) -> None:
    final = dataclasses.replace(doc, promised=Deadline(dt.date(2026, 12, 21), False), deferred=())
    text = squeeze(decode(render_bytes(receipt_layout(acceptance_slip(final), 80))).text)
    assert "承诺办结：2026年12月21日" in text
    assert "暂定" not in text and "补交" not in text


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_correction_slip_lists_every_problem(doc: CaseDocument, paper_mm: int) -> None:
    decoded = decode(render_bytes(receipt_layout(correction_slip(doc), paper_mm)))
    assert_well_formed(decoded, paper_mm)
    text = squeeze(decoded.text)
    assert "需补正的全部材料（共3项）" in text
    for number, problem in enumerate(doc.problems, 1):
        assert squeeze(f"{number}. {problem.describe()}") in text
