"""Short receipt-printer versions of the papers where a slip is enough: the one-time notice, the
acceptance receipt and the correction list. They become :class:`~printers.slips.ReceiptSlip` s, so the
thermal printer path (GB18030 Hanzi mode, masking, QR) is the one the tickets already use:

    print_blocks(url, receipt_layout(acceptance_slip(doc), paper_mm))
"""

from __future__ import annotations

from hallclient.domain.decision import CORRECTION_NOTICE, RECEIPT
from hallclient.notice import TITLE as NOTICE_TITLE
from hallclient.notice import Notice, how, requirement
from printers.documents.a4 import chinese_date, deadline_text
from printers.documents.case import TRACKING
from printers.documents.model import CaseDocument
from printers.documents.notice import REOPEN
from printers.slips import ReceiptSlip


def notice_slip(notice: Notice) -> ReceiptSlip:
    """Items with limits and fees, then every merged material with what to hand in."""
    rows = [("办理事项", "、".join(i.name for i in notice.items)), ("告知日期", chinese_date(notice.issued_on))]
    if notice.hall_phone:
        rows.append(("咨询电话", notice.hall_phone))
    lines = [f"{i.name}：{i.limits()}；{i.fees or '不收费'}" for i in notice.items]
    lines.append(f"申请材料（共 {len(notice.materials)} 项）：")
    lines += [f"{n}. {m.name}（{requirement(m)}）{how(m)}" for n, m in enumerate(notice.materials, 1)]
    lines += [f"{i.name}：暂无材料目录，请向窗口咨询" for i in notice.without_materials]
    return ReceiptSlip(title=NOTICE_TITLE, hall_name=notice.hall_name, rows=rows, lines=lines,
                       qr=notice.qr_payload, qr_caption=REOPEN,
                       footer="材料备齐后到综合窗口办理，最多跑一次")


def acceptance_slip(doc: CaseDocument) -> ReceiptSlip:
    """Case number, items, promised date (暂定 if so), deferred materials with their deadline."""
    rows = _case_rows(doc)
    if doc.promised:
        rows.append(("承诺办结", deadline_text(doc.promised)))
    lines = []
    if doc.deferred and doc.supplement_due:
        lines.append(f"请于{deadline_text(doc.supplement_due)}前补交：")
        lines += [f"{n}. {p.name}" for n, p in enumerate(doc.deferred, 1)]
    return _slip(RECEIPT, doc, rows, lines)


def correction_slip(doc: CaseDocument) -> ReceiptSlip:
    """Every material to correct or supply, with the clerk's note (一次性告知)."""
    lines = [f"需补正的全部材料（共 {len(doc.problems)} 项）："]
    lines += [f"{n}. {p.describe()}" for n, p in enumerate(doc.problems, 1)]
    return _slip(CORRECTION_NOTICE, doc, _case_rows(doc), lines)


def _case_rows(doc: CaseDocument) -> list[tuple[str, str]]:
    return [("办件编号", doc.case_number), ("办理事项", "、".join(i.name for i in doc.items)),
            ("受理窗口", doc.window), ("经办人", doc.clerk), ("日期", chinese_date(doc.issued_on))]


def _slip(title: str, doc: CaseDocument, rows: list[tuple[str, str]], lines: list[str]) -> ReceiptSlip:
    footer = f"咨询电话：{doc.contact}" if doc.contact else ""
    return ReceiptSlip(title=title, hall_name=doc.hall_name, rows=rows, lines=lines,
                       applicant_name=doc.applicant_name, id_number=doc.id_number, qr=doc.lookup,
                       qr_caption=TRACKING, footer=footer)
