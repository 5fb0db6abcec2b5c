"""Demo data for ``hallclient snapshot``: ``acceptance.png`` (a case mid-check with scanned pages) and
``notice.png`` (a 一次性补正告知书 rendered from its A4 PDF with QtPdf).

The scanned pages are painted on the spot (an A4 form with a seal) and go in through the camera's
own path (``hall.scans.add_image``), so the screenshot shows the real pipeline's thumbnails.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from hallclient.domain.cases import MaterialState
from hallclient.domain.decision import CORRECTION_NOTICE
from hallclient.domain.intake import Applicant, ApplicantKind
from ui import ops
from ui.acceptance.paperwork import papers_for
from ui.acceptance.pdf_render import LoadedPdf
from ui.acceptance.scan_panel import pil_image
from ui.context import AppContext
from ui.workspaces.clerk import ClerkWorkspace

if TYPE_CHECKING:
    from ui.main_window import MainWindow

APPLICANT = Applicant(ApplicantKind.PERSON, "王建军", "330602196803140314", phone="13905751234")
ITEMS = ("330602-XK-0201", "330602-GG-0209")  # 企业设立登记 + 单位社会保险参保登记
SCANNED = "company_articles"  # 公司章程: two pages from the document camera
RECEIVED = ("company_registration_form", "shareholder_id", "legal_rep_id", "unit_social_insurance_form")
MISSING = "premises_proof"
DEFECTIVE = ("officers_docs", "董事、监事签字页缺少本人签名")
PAGE_WIDTH, PAGE_HEIGHT = 827, 1169  # A4 at 100 dpi


def demo_page(title: str, number: int) -> QImage:
    """An A4 page of a signed form, as a document camera would see it (off-white paper, a red seal)."""
    image = QImage(PAGE_WIDTH, PAGE_HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#f7f5ef"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202124"))
    painter.drawText(QRectF(0, 70, PAGE_WIDTH, 60), Qt.AlignmentFlag.AlignCenter, title)
    font.setPixelSize(17)
    font.setBold(False)
    painter.setFont(font)
    clauses = ("第一条　公司名称：绍兴市越城区知味餐饮管理有限公司。",
               "第二条　公司住所：绍兴市越城区凤林西路 168 号。",
               "第三条　经营范围：餐饮服务；食品销售；餐饮管理。",
               "第四条　注册资本：人民币壹佰万元整。",
               "第五条　股东姓名、出资方式、出资额和出资时间见附表。",
               "第六条　公司设执行董事一人，由股东会选举产生。")
    y = 170
    for clause in clauses * 3:
        painter.drawText(90, y, clause)
        y += 44
    painter.setPen(QPen(QColor("#3a3a3a"), 2))
    for row in range(6):
        painter.drawLine(90, y + row * 40, PAGE_WIDTH - 90, y + row * 40)
    painter.setPen(QPen(QColor(200, 16, 46, 200), 5))
    painter.drawEllipse(QRectF(PAGE_WIDTH - 300, PAGE_HEIGHT - 300, 170, 170))
    painter.setPen(QColor("#5f6368"))
    painter.drawText(QRectF(0, PAGE_HEIGHT - 70, PAGE_WIDTH, 30), Qt.AlignmentFlag.AlignCenter, f"— {number} —")
    painter.end()
    return image


async def _demo_case(ctx: AppContext, *, scanned: bool) -> str:
    """A two-item case of the demo user's window, checked part-way (and its articles scanned)."""
    hall, actor = ctx.hall, ctx.user.username
    case_id = await ops.db(lambda: hall.cases.open_case(applicant=APPLICANT, items=ITEMS, clerk=actor,
                                                        window_id=ctx.window_id).value)
    case = await ops.db(lambda: hall.cases.get(case_id))
    assert case is not None
    rows = {row.key: row for row in case.checklist}
    for key, pages in zip(RECEIVED, (3, 2, 1, 2), strict=True):
        await ops.db(lambda k=key, p=pages: hall.cases.set_material(case_id, rows[k].id, MaterialState.RECEIVED,
                                                                    form="original", pages=p, actor=actor))
    await ops.db(lambda: hall.cases.set_material(case_id, rows[MISSING].id, MaterialState.MISSING, actor=actor))
    key, note = DEFECTIVE
    await ops.db(lambda: hall.cases.set_material(case_id, rows[key].id, MaterialState.DEFECTIVE, note=note,
                                                 actor=actor))
    if not scanned:  # the notice's case: everything else was brought
        for row in case.checklist:
            if row.required and row.key not in (SCANNED, MISSING, DEFECTIVE[0], *RECEIVED) and row.state == "pending":
                await ops.db(lambda r=row: hall.cases.set_material(case_id, r.id, MaterialState.RECEIVED,
                                                                   form=r.required_form, actor=actor))
    if scanned:
        material_id = rows[SCANNED].id
        for number in (1, 2):
            page = pil_image(demo_page("公司章程", number))
            await ops.net(lambda p=page: hall.scans.add_image(material_id, p, actor=actor))
        await ops.net(lambda: hall.scans.finish(material_id, actor=actor))
    return case_id


async def snapshots(window: MainWindow, ctx: AppContext, out: Path,
                    settle: Callable[[], Awaitable[None]]) -> list[Path]:
    """Render both pictures into ``out``; ``settle`` waits until the window's refreshes are done."""
    written = []
    if "clerk" in window.workspaces:
        clerk = window.show_workspace("clerk")
        assert isinstance(clerk, ClerkWorkspace)
        panel = clerk.acceptance.case
        case_id = await _demo_case(ctx, scanned=True)
        panel.open_case(case_id)
        await settle()
        panel.checklist.select(next(r.id for r in panel.checklist.rows if r.key == SCANNED))
        await settle()
        await asyncio.sleep(0.2)
        path = out / "acceptance.png"
        window.grab().save(str(path))
        written.append(path)
    corrected = await _demo_case(ctx, scanned=False)
    outcome = await ops.db(lambda: ctx.hall.cases.decide(corrected, None, None, False, actor=ctx.user.username).value)
    papers = await papers_for(ctx, corrected, outcome)
    pdf = dict(papers.documents)[CORRECTION_NOTICE]
    image = await ops.net(lambda: LoadedPdf(pdf).render(0, dpi=110))
    path = out / "notice.png"
    image.save(str(path))
    written.append(path)
    return written
