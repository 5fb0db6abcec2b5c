"""Finishing a case in the demo back office: the 办结 status, the result document and the SMS notice.

The result document is a small A4 PDF (reportlab, the built-in STSong CID font, so no font files
are needed) kept in the centre's content-addressed file store under its SHA-256; the ``result`` feed
entity tells the counters it is waiting (issue 6 hands it out). The SMS is only logged, masked: the
demo sends nothing (DOMAIN.md §6, §9).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import tempfile
import uuid
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from central import feed
from central.cases import ENTITY, add_status, case_data
from central.models import Case, CaseItem, CaseResult, HallSetting, ServiceItem
from central.uploads import Store
from hallclient import clock
from hallclient.domain.cases import CASE_STATUS_LABELS, CaseStatus
from hallclient.domain.intake import ApplicantKind
from hallclient.domain.masking import mask_id_number, mask_name, mask_phone

log = logging.getLogger(__name__)

RESULT_ENTITY = "result"
FONT = "STSong-Light"
ACTOR = "后台审批"
#: The document of a refused case, whatever the item's result is called.
REFUSAL_DOCUMENT = "不予许可决定书"


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def result_data(r: CaseResult) -> dict[str, Any]:
    """The feed's ``result`` (``hallclient.services.case_records.store_result`` reads these keys); the
    ID number and the mail recipient's phone are masked, as everywhere the feed goes (DOMAIN.md §9)."""
    return {"case_id": r.case_id, "case_number": r.case_number, "outcome": r.outcome,
            "document_name": r.document_name, "document_sha256": r.document_sha256,
            "document_size": r.document_size, "paper": r.paper, "created_at": r.created_at.isoformat(),
            "notified_at": _iso(r.notified_at), "applicant_name": r.applicant_name,
            "id_number": mask_id_number(r.id_number) or None, "item_codes": r.item_codes or [],
            "state": r.state or "waiting", "pickup_ticket_id": r.pickup_ticket_id, "pickup_number": r.pickup_number,
            "handed_out_at": _iso(r.handed_out_at), "handed_out_window": r.handed_out_window,
            "handed_out_clerk": r.handed_out_clerk, "verified_by": r.verified_by,
            "signature_sha256": r.signature_sha256, "delivery": r.delivery}


def render_document(title: str, hall_name: str, case: Case, items: list[ServiceItem], outcome: CaseStatus) -> bytes:
    """A one-page A4 result: title, case number, applicant (ID masked), items, decision and date."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setTitle(f"{title} {case.number}")
    width, height = A4
    pdf.setFont(FONT, 22)
    pdf.drawCentredString(width / 2, height - 90, title)
    pdf.setFont(FONT, 12)
    lines = [f"办件编号：{case.number}", f"申请人：{case.applicant_name}（证件号码 {mask_id_number(case.id_number)}）",
             "办理事项：" + "、".join(i.name for i in items), f"办理结果：{CASE_STATUS_LABELS[outcome]}",
             "承办部门：" + "、".join(dict.fromkeys(d for i in items for d in i.departments)),
             f"决定日期：{clock.hall_today():%Y年%m月%d日}", "", f"{hall_name}（演示后台，仅供测试）"]
    for n, line in enumerate(lines):
        pdf.drawString(72, height - 150 - n * 24, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def store_blob(store: Store, data: bytes) -> str:
    """Put ``data`` in the content-addressed store (written whole, then renamed) and return its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    target = store.blob(sha)
    if target.exists():
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".result-")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return sha


def _setting(session: Session, key: str, default: str) -> str:
    row = session.get(HallSetting, key)
    return str(row.value) if row is not None and row.value else default


def finish(session: Session, store: Store, case: Case, outcome: CaseStatus) -> CaseResult:
    """Record 办结 (11/12/13) with its result document and notice; the feed carries case and result."""
    items = [session.get(ServiceItem, code) for code in session.scalars(
        select(CaseItem.item_code).where(CaseItem.case_id == case.id).order_by(CaseItem.position))]
    title = REFUSAL_DOCUMENT if outcome == CaseStatus.DONE_REJECTED else (items[0].result or "准予许可决定书")
    hall_name = _setting(session, "hall.name", "政务服务中心")
    document = render_document(title, hall_name, case, items, outcome)
    add_status(session, case, outcome, ACTOR, title)
    # an organisation's name is public; a person's is masked, as the text goes to the log (DOMAIN.md §9)
    addressee = case.applicant_name if case.applicant_type == ApplicantKind.ORGANISATION else mask_name(
        case.applicant_name)
    text = (f"【{hall_name}】{addressee}您好，您的办件 {case.number} "
            f"已{CASE_STATUS_LABELS[outcome]}，请凭取件号或身份证件到综合窗口领取结果。")
    now = clock.now()
    result = CaseResult(id=str(uuid.uuid4()), case_id=case.id, case_number=case.number, outcome=int(outcome),
                        document_name=title, document_sha256=store_blob(store, document), document_size=len(document),
                        paper=True, created_at=now, notified_at=now if case.phone else None,
                        notice_text=text if case.phone else None, applicant_name=case.applicant_name,
                        id_number=case.id_number, item_codes=[i.code for i in items], state="waiting")
    session.add(result)
    session.flush()
    if case.phone:
        log.info("短信通知（演示，未发送）%s：%s", mask_phone(case.phone), text)
    feed.record(session, ENTITY, case.id, case_data(session, case))
    feed.record(session, RESULT_ENTITY, result.id, result_data(result))
    return result
