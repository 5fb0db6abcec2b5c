"""What goes on a ticket slip (DOMAIN.md §3) or a short receipt, laid out as blocks for one paper width.

Slips take raw personal values and mask them here, and every printed line is scrubbed once more, so
no caller can put a full ID or phone number on paper that applicants leave on the seats (§9).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from hallclient.domain.masking import mask_id_number, mask_name, mask_phone
from hallclient.domain.tickets import KIND_LABELS, TicketKind
from hallclient.logs import mask_personal_data
from printers.blocks import Align, Block, Cut, Feed, Paper, Qr, Rule, Text, paper, text_width, wrap

TICKET_FOOTER = "请留意叫号屏，过号请到导服台重新激活"
_TIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class TicketSlip:
    """The queue ticket handed to the applicant; ``phone`` is the raw number, masked when laid out."""

    hall_name: str
    number: str
    kind: TicketKind
    zone_name: str
    people_ahead: int
    wait_minutes: int | None
    issued_at: datetime
    lookup_id: str
    phone: str | None = None
    offline: bool = False
    priority: bool = False
    footer: str = TICKET_FOOTER


@dataclass(frozen=True)
class ReceiptSlip:
    """A short slip (acceptance receipt, pickup slip, one-time notice); personal fields are raw values."""

    title: str
    hall_name: str = ""
    rows: Sequence[tuple[str, str]] = ()
    lines: Sequence[str] = ()
    applicant_name: str | None = None
    id_number: str | None = None
    phone: str | None = None
    issued_at: datetime | None = None
    qr: str | None = None
    qr_caption: str = ""
    footer: str = ""


def ticket_layout(slip: TicketSlip, paper_mm: int) -> list[Block]:
    """Hall, big number, kind and zone, marks, waiting figures, time, masked phone, QR, footer, cut."""
    roll = paper(paper_mm)
    kind = f"{KIND_LABELS[slip.kind]}号"
    marks = "　".join(mark for mark, on in (("爱心通道", slip.priority), ("离线取号", slip.offline)) if on)
    details = [f"前面等候：{slip.people_ahead} 人"]
    if slip.wait_minutes is not None:
        details.append(f"预计等候：约 {slip.wait_minutes} 分钟")
    details.append(f"取号时间：{slip.issued_at.strftime(_TIME_FORMAT)}")
    if slip.phone:
        details.append(f"手机号码：{mask_phone(slip.phone)}")
    return [
        *_heading(slip.hall_name, roll, largest=2),
        Rule(roll.columns),
        *_heading(slip.number, roll, largest=roll.number_size),
        *_lines(f"{kind} · {slip.zone_name}" if slip.zone_name else kind, roll, align="center", bold=True),
        *_lines(marks, roll, align="center", bold=True),
        Rule(roll.columns),
        *_lines(details, roll),
        *_qr(slip.lookup_id, "扫码查询排队进度", roll),
        Rule(roll.columns),
        *_lines(slip.footer, roll, align="center"),
        Cut(),
    ]


def receipt_layout(slip: ReceiptSlip, paper_mm: int) -> list[Block]:
    """Hall, title, masked applicant, key/value rows, free lines, time, optional QR and footer, cut."""
    roll = paper(paper_mm)
    personal = (
        ("申请人", mask_name(slip.applicant_name)),
        ("证件号码", mask_id_number(slip.id_number)),
        ("联系电话", mask_phone(slip.phone)),
    )
    rows = [(key, value) for key, value in personal if value]
    rows += slip.rows
    if slip.issued_at:
        rows.append(("打印时间", slip.issued_at.strftime(_TIME_FORMAT)))
    blocks: list[Block] = [
        *_lines(slip.hall_name, roll, align="center"),
        *_heading(slip.title, roll, largest=2),
        Rule(roll.columns),
        *_lines([f"{key}：{value}" for key, value in rows], roll),
        *_lines(slip.lines, roll),
    ]
    if slip.qr:
        blocks += _qr(slip.qr, slip.qr_caption, roll)
    if slip.footer:
        blocks += [Rule(roll.columns), *_lines(slip.footer, roll, align="center")]
    return [*blocks, Cut()]


def _lines(
    texts: str | Iterable[str], roll: Paper, *, align: Align = "left", size: int = 1, bold: bool = False
) -> list[Text]:
    """Wrap text to the paper at ``size``, with personal data masked whatever the caller passed."""
    paragraphs = [texts] if isinstance(texts, str) else texts
    return [
        Text(line, align=align, size=size, bold=bold)
        for paragraph in paragraphs
        if paragraph
        for line in wrap(mask_personal_data(paragraph), roll.columns // size)
    ]


def _heading(text: str, roll: Paper, *, largest: int) -> list[Text]:
    """Bold centred text at the largest size up to ``largest`` that still fits on one line."""
    size = max(1, min(largest, roll.columns // max(1, text_width(text))))
    return _lines(text, roll, align="center", size=size, bold=True)


def _qr(payload: str, caption: str, roll: Paper) -> list[Block]:
    """A QR code with its caption; the payload is a lookup id and may never carry personal data."""
    if mask_personal_data(payload) != payload:
        raise ValueError("QR payload looks like a full ID or phone number")
    return [Feed(), Qr(payload, roll.qr_module), *_lines(caption, roll, align="center")]
