"""Page sources made on the spot: document-like images (Pillow), PDFs (reportlab, pikepdf) and broken files."""

from __future__ import annotations

import io

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.scanning import document_page
from hallclient.domain.intake import Applicant, ApplicantKind
from hallclient.hall import Hall
from printers.documents.fonts import document_font
from tests.catalog.demo_feed import load_demo

COMPANY = Applicant(ApplicantKind.ORGANISATION, "绍兴市越城区知味餐饮管理有限公司", "91330602MA2JD8K472",
                    phone="0575-85123456", legal_rep="李知味")
COMPANY_SETUP = "330602-XK-0201"  # 企业设立登记


def image_bytes(image: Image.Image, format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def page() -> Image.Image:
    """A small colour scan of a filled-in form (60 dpi keeps the tests quick), no seal."""
    return document_page(60)


@pytest.fixture(scope="session")
def sealed_page() -> Image.Image:
    return document_page(60, seal=True)


@pytest.fixture(scope="session")
def three_page_pdf() -> bytes:
    """Three A4 pages of Chinese text made by reportlab; the second is already turned 90° (/Rotate)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in (1, 2, 3):
        canvas.setFont(document_font(), 14)
        canvas.drawString(72, 760, f"公司章程 第 {number} 页")
        if number == 2:
            canvas.setPageRotation(90)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def blank_pdf(pages: int, **save: object) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(595, 842))
    buffer = io.BytesIO()
    pdf.save(buffer, **save)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def encrypted_pdf() -> bytes:
    return blank_pdf(1, encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret"))


@pytest.fixture(scope="session")
def tiff_three_frames(page: Image.Image, sealed_page: Image.Image) -> bytes:
    """A multi-page TIFF as document feeders write it: grey, colour with a seal, grey."""
    grey = page.convert("L")
    # copies: Pillow reuses an appended frame's leftover encoder settings from an earlier save of that image
    return image_bytes(grey, "TIFF", save_all=True, append_images=[sealed_page.copy(), grey.copy()],
                       compression="tiff_lzw")


@pytest.fixture
def desk(hall: Hall) -> Hall:
    """Window 5's PC with the demo hall and catalog."""
    return load_demo(hall)


@pytest.fixture
def material(desk: Hall) -> tuple[str, str]:
    """(case id, material id) of 公司章程 in a freshly opened 企业设立登记 case."""
    case_id = desk.cases.open_case(applicant=COMPANY, items=[COMPANY_SETUP], clerk="demo").value
    row = next(m for m in desk.cases.get(case_id).checklist if m.name == "公司章程")
    return case_id, row.id


