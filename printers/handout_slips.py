"""The hand-out's slips: the pickup slip (取件凭条) and the mailing slip (邮寄凭条), as receipts.

They reuse :func:`printers.slips.receipt_layout`, which masks the applicant's name, ID and phone
again on every line, so a slip left on a seat never shows more than the masked values (DOMAIN.md §9).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hallclient.domain.cases import CASE_STATUS_LABELS, CaseStatus
from hallclient.domain.handout import CARRIER_LABELS, ID_SOURCE_LABELS, IdSource
from hallclient.domain.masking import mask_name
from printers.slips import ReceiptSlip

PICKUP_FOOTER = "结果已当面领取并签字确认，请妥善保管"
MAILING_FOOTER = "结果已交寄，可凭运单号查询物流；如有疑问请致电大厅"


@dataclass(frozen=True)
class Handover:
    """What both slips print of a finished hand-over (values raw; the layout masks personal data)."""

    hall_name: str
    case_number: str
    outcome: int
    item_names: tuple[str, ...]
    document_name: str
    window_number: str
    clerk_name: str
    at: datetime
    applicant_name: str | None = None


def _common(h: Handover) -> list[tuple[str, str]]:
    return [("办件编号", h.case_number), ("办理事项", "、".join(h.item_names)),
            ("办理结果", CASE_STATUS_LABELS[CaseStatus(h.outcome)]), ("结果文书", h.document_name),
            ("经办窗口", f"{h.window_number} 号窗口"), ("经办人", h.clerk_name)]


def pickup_slip(h: Handover, id_number: str, source: IdSource) -> ReceiptSlip:
    """取件凭条: the result, who took it (masked ID, how it was checked) and when."""
    return ReceiptSlip(title="取件凭条", hall_name=h.hall_name, applicant_name=h.applicant_name, id_number=id_number,
                       rows=[*_common(h), ("核验方式", ID_SOURCE_LABELS[source]),
                             ("领取时间", h.at.strftime("%Y-%m-%d %H:%M"))],
                       footer=PICKUP_FOOTER)


def mailing_slip(h: Handover, delivery: Mapping[str, Any]) -> ReceiptSlip:
    """邮寄凭条: the result, the carrier and tracking number, the recipient (masked) and the address."""
    return ReceiptSlip(title="邮寄凭条", hall_name=h.hall_name, applicant_name=h.applicant_name,
                       rows=[*_common(h), ("寄递公司", CARRIER_LABELS[delivery["carrier"]]),
                             ("运单号", delivery["tracking_number"]), ("收件人", mask_name(delivery["recipient"])),
                             ("收件电话", delivery["phone"]), ("收件地址", delivery["address"]),
                             ("交寄时间", h.at.strftime("%Y-%m-%d %H:%M"))],
                       footer=MAILING_FOOTER)
