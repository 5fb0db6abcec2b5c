"""Fixtures for the document tests: a two-item case as the window would print it, and PDF readers."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
import zxingcpp

from hallclient.domain.decision import Problem
from hallclient.domain.workdays import Deadline
from printers.documents.model import CaseDocument, DocumentItem, ReceivedMaterial

ID_NUMBER = "11010519491231002X"
MASKED_ID = "110105********002X"


@pytest.fixture
def doc() -> CaseDocument:
    return CaseDocument(
        hall_name="越城区政务服务中心",
        case_number="330602-20261122-05-0007",
        applicant_name="王建军",
        id_number=ID_NUMBER,
        items=(DocumentItem("330602-XK-0201", "企业设立登记", ("区市场监督管理局",)),
               DocumentItem("330602-GG-0209", "单位社会保险参保登记", ("区人力资源和社会保障局",))),
        window="5 号窗口",
        clerk="李敏",
        issued_on=dt.date(2026, 11, 23),
        lookup="hall:case:3f9c2a7e",
        received=(ReceivedMaterial("公司登记（备案）申请书", "原件 1 份，3 页"),
                  ReceivedMaterial("公司章程", "已扫描，8 页")),
        problems=(Problem("articles", "公司章程", True, False, "缺少全体股东签字"),
                  Problem("address_proof", "住所（经营场所）使用证明", False, False, None),
                  Problem("roster", "参保职工花名册", False, True, "缺少第 2 页")),
        deferred=(Problem("roster", "参保职工花名册", False, True, "缺少第 2 页"),),
        committed=(Problem("address_proof", "住所（经营场所）使用证明", False, False, None),),
        promised=Deadline(dt.date(2027, 1, 4), provisional=True),
        supplement_due=Deadline(dt.date(2026, 11, 30), provisional=False),
        reason="申请事项依法不需要取得行政许可",
        contact="0575-85128300",
    )


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF as pypdf extracts it, without whitespace (wrapping breaks lines anywhere)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def squeeze(text: str) -> str:
    return "".join(text.split())


def qr_payloads(pdf: bytes) -> list[str]:
    """The QR codes found in the PDF's embedded images, decoded."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [code.text for page in reader.pages for image in page.images
            for code in zxingcpp.read_barcodes(image.image)]
