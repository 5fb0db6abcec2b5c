"""Sample slips for ``hallclient print-test``, so a printer is set up before the first applicant comes."""

from __future__ import annotations

import logging
from datetime import datetime

from hallclient.domain.tickets import TicketKind
from printers.blocks import Block
from printers.errors import PrinterError
from printers.job import print_blocks
from printers.slips import ReceiptSlip, TicketSlip, receipt_layout, ticket_layout

log = logging.getLogger(__name__)

_HALL = "示例市政务服务中心"
_WHEN = datetime(2025, 3, 14, 9, 32)

SAMPLE_TICKET = TicketSlip(
    hall_name=_HALL,
    number="B023",
    kind=TicketKind.ACCEPT,
    zone_name="商事登记",
    people_ahead=5,
    wait_minutes=12,
    issued_at=_WHEN,
    lookup_id="T20250314-B023-7F3A",
    phone="13812345678",
    priority=True,
    offline=True,
)

SAMPLE_RECEIPT = ReceiptSlip(
    title="受理回执",
    hall_name=_HALL,
    rows=(("办件编号", "SX20250314-0001"), ("事项", "企业设立登记"), ("承诺办结", "2025-03-21（5 个工作日）")),
    lines=("请凭本回执和身份证到综合窗口取件，或留意短信通知。",),
    applicant_name="张小三",
    id_number="11010519491231002X",
    phone="13812345678",
    issued_at=_WHEN,
    qr="SX20250314-0001",
    qr_caption="扫码查询办件进度",
    footer="测试打印：如内容完整、二维码清晰，打印机设置正确",
)

_LAYOUTS = {
    "ticket": lambda paper_mm: ticket_layout(SAMPLE_TICKET, paper_mm),
    "receipt": lambda paper_mm: receipt_layout(SAMPLE_RECEIPT, paper_mm),
}


def sample_layout(layout: str, paper_mm: int = 80) -> list[Block]:
    """The blocks of the sample ``ticket`` or ``receipt``."""
    try:
        return _LAYOUTS[layout](paper_mm)
    except KeyError:
        raise PrinterError("未知的测试版式：{layout}（可选 ticket 或 receipt）", layout=layout) from None


def print_test(url: str, layout: str, paper_mm: int = 80) -> None:
    """Print a sample slip on the printer at ``url``; raises :class:`PrinterError` on failure."""
    for condition in print_blocks(url, sample_layout(layout, paper_mm)):
        log.warning("%s", condition.value)
