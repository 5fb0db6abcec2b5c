"""The papers of a decision: the case's values gathered into a ``CaseDocument``, rendered to A4 PDFs,
and the short slip for the receipt printer where the outcome has one.

The papers are official documents and always in Chinese, whatever the interface language, so the
few words this module puts on paper ("原件 1 份，3 页") are not translated. Nothing personal goes into
the QR code: it carries the case's opaque id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from hallclient import clock
from hallclient.domain.cases import MaterialState
from hallclient.domain.catalog import MATERIAL_FORM_LABELS, MaterialForm
from hallclient.domain.decision import CORRECTION_NOTICE, RECEIPT, Outcome
from hallclient.services.case_views import CaseDetail, ChecklistRow
from hallclient.services.catalog import ItemDetail
from printers.documents.case import render_documents
from printers.documents.model import CaseDocument, DocumentItem, ReceivedMaterial
from printers.documents.receipts import acceptance_slip, correction_slip
from printers.slips import ReceiptSlip
from ui import ops
from ui.context import AppContext

CASE_QR_PREFIX = "hall:case:"


@dataclass(frozen=True)
class Papers:
    """What the applicant is given: (name, PDF) in print order, and the slip version if there is one."""

    documents: tuple[tuple[str, bytes], ...]
    slip: ReceiptSlip | None


NO_PAPERS = Papers((), None)


def received_detail(row: ChecklistRow) -> str:
    """How a material was taken in, as the receipt lists it; "" for one the window did not take."""
    if row.state == MaterialState.RECEIVED:
        form = MATERIAL_FORM_LABELS[MaterialForm(row.form or row.required_form)]
        return f"{form} {row.copies} 份，{row.pages} 页" if row.pages else f"{form} {row.copies} 份"
    if row.state == MaterialState.SCANNED:
        return f"已扫描，{row.pages} 页"
    if row.state == MaterialState.ELICENCE:
        return f"电子证照 {row.elicence_number or ''}".strip()
    return ""


def case_document(case: CaseDetail, outcome: Outcome, items: Sequence[ItemDetail], *, hall_name: str,
                  window: str, clerk: str, contact: str, today: dt.date) -> CaseDocument:
    """Everything the papers of ``outcome`` print about ``case`` (after the decision was recorded)."""
    applied = clock.to_hall(case.created_at).date()
    received = tuple(ReceivedMaterial(row.name, detail) for row in case.checklist
                     if (detail := received_detail(row)))
    return CaseDocument(
        hall_name=hall_name, case_number=case.number, applicant_name=case.applicant.name,
        items=tuple(DocumentItem(i.code, i.name, i.departments) for i in items), window=window, clerk=clerk,
        issued_on=today, lookup=CASE_QR_PREFIX + case.id, id_number=case.applicant.id_number, received=received,
        problems=outcome.problems, deferred=outcome.deferred, committed=outcome.committed,
        promised=case.deadline or outcome.promised, supplement_due=outcome.supplement_due,
        reason=outcome.reason or "", contact=contact, applied_on=applied if applied != today else None)


def render(doc: CaseDocument, outcome: Outcome) -> Papers:
    """The PDFs and the slip (blocking: run it on the network pool)."""
    documents = tuple(render_documents(doc, outcome.documents))
    if RECEIPT in outcome.documents:
        return Papers(documents, acceptance_slip(doc))
    if CORRECTION_NOTICE in outcome.documents:
        return Papers(documents, correction_slip(doc))
    return Papers(documents, None)


async def papers_for(ctx: AppContext, case_id: str, outcome: Outcome) -> Papers:
    """Gather the case, its items and the hall's details from the core, then lay the papers out."""
    hall = ctx.hall

    def gather() -> tuple[CaseDetail, list[ItemDetail], str, str, str]:
        case = hall.cases.get(case_id)
        assert case is not None
        window = next((w for w in hall.config.windows() if w.id == case.window_id), None)
        return (case, hall.catalog.items(case.item_codes), hall.config.setting("hall.name", ""),
                f"{window.number} 号窗口" if window else case.window_id, hall.config.setting("hall.phone", ""))

    case, items, hall_name, window, contact = await ops.db(gather)
    doc = case_document(case, outcome, items, hall_name=hall_name, window=window, clerk=ctx.user.display_name,
                        contact=contact, today=clock.hall_today())
    return await ops.net(render, doc, outcome)
