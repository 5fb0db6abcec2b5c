"""The A4 page every document shares: heading, tables, signature lines, seal area and tracking QR code.

Built with reportlab's platypus, so long material lists wrap and flow onto further pages. Every
piece of text goes through :func:`text`, which masks anything that looks like a full ID or mobile
number (DOMAIN.md §9) whatever the caller passed, and escapes it for reportlab's paragraph markup.
PDFs are rendered "invariant" (no time stamp or random id inside), so the same document gives the
same bytes and the same SHA-256 in the file store.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

import qrcode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from hallclient.domain.workdays import Deadline
from hallclient.logs import mask_personal_data
from printers.documents.fonts import document_font

PROVISIONAL = "暂定"
_PROVISIONAL_MARK = f"（{PROVISIONAL}）"
_GRID = colors.HexColor("#666666")
_MARGIN = 20 * mm
WIDTH = A4[0] - 2 * _MARGIN


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=document_font(), fontSize=size, leading=size * 1.6, wordWrap="CJK",
                          **extra)  # type: ignore[arg-type]


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the document font (built on first use: finding the font reads the disk)."""
    return {
        "hall": _style("hall", 12, alignment=TA_CENTER),
        "title": _style("title", 20, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2),
        "number": _style("number", 10, alignment=TA_RIGHT),
        "body": _style("body", 11, firstLineIndent=22, spaceBefore=4, spaceAfter=4),
        "plain": _style("plain", 11, spaceBefore=2, spaceAfter=2),
        "cell": _style("cell", 10),
        "small": _style("small", 8, alignment=TA_CENTER),
    }


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text, personal numbers masked, markup characters escaped, （暂定） in red."""
    markup = escape(mask_personal_data(value)).replace("\n", "<br/>")
    return Paragraph(markup.replace(_PROVISIONAL_MARK, f'<font color="#c00000">{_PROVISIONAL_MARK}</font>'), style)


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def deadline_text(deadline: Deadline) -> str:
    """The date, with （暂定） when it lies in a year whose holiday schedule is not yet published."""
    return f"{chinese_date(deadline.date)}{_PROVISIONAL_MARK}" if deadline.provisional else chinese_date(deadline.date)


def provisional_note(deadline: Deadline | None) -> list[Flowable]:
    """Why a date is marked 暂定, printed only when it is (DOMAIN.md §5)."""
    if deadline is None or not deadline.provisional:
        return []
    return [text(f"注：标注“{PROVISIONAL}”的日期所在年份的法定节假日安排尚未公布，按周末和固定节日推算；"
                 "节假日安排公布后将重新计算并告知。", styles()["plain"])]


def info_table(rows: Sequence[tuple[str, str]]) -> Table:
    """Label/value rows in a ruled two-column table (申请人, 办件编号, 受理窗口 ...)."""
    cell = styles()["cell"]
    table = Table([[text(label, cell), text(value, cell)] for label, value in rows],
                  colWidths=[30 * mm, WIDTH - 30 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def list_table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A numbered, ruled table (materials, problems) whose header repeats on every page."""
    cell = styles()["cell"]
    data = [[text(h, cell) for h in ("序号", *headers)]]
    data += [[text(str(number), cell), *(text(value, cell) for value in row)] for number, row in enumerate(rows, 1)]
    table = Table(data, colWidths=[12 * mm, *widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def qr_image(payload: str, size: float = 26 * mm) -> Image:
    """The tracking QR code as an embedded bitmap; the payload may never carry personal data."""
    if mask_personal_data(payload) != payload:
        raise ValueError("QR payload looks like a full ID or phone number")
    picture = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4, border=4)
    picture.add_data(payload)
    buffer = io.BytesIO()
    picture.make_image().save(buffer, format="PNG")
    buffer.seek(0)
    return Image(buffer, width=size, height=size)


class SealArea(Flowable):
    """The 盖章处 box with the issuing unit and date beneath it (《行政许可法》Art. 32: sealed and dated)."""

    def __init__(self, unit: str, day: dt.date, width: float = 55 * mm, height: float = 38 * mm) -> None:
        super().__init__()
        self.unit, self.day = unit, day
        self.width, self.height = width, height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        font = document_font()
        box = self.height - 14 * mm
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setDash(3, 2)
        canvas.rect(8 * mm, 14 * mm, self.width - 16 * mm, box)
        canvas.setFillColor(colors.HexColor("#999999"))
        canvas.setFont(font, 10)
        canvas.drawCentredString(self.width / 2, 14 * mm + box / 2 - 3, "盖章处")
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(self.width / 2, 8 * mm, f"{self.unit}（盖章）")
        canvas.drawCentredString(self.width / 2, 2 * mm, chinese_date(self.day))


def closing(qr: str, caption: str, signatures: Sequence[str], unit: str, day: dt.date) -> Table:
    """The last block: QR code and its caption, signature lines, seal area; kept on one page."""
    st = styles()
    code = Table([[qr_image(qr)], [text(caption, st["small"])]], colWidths=[34 * mm])
    lines = [[text(f"{label}：________________", st["plain"])] for label in signatures]
    signature_block = Table(lines, colWidths=[WIDTH - 34 * mm - 55 * mm])
    block = Table([[code, signature_block, SealArea(unit, day)]], colWidths=[34 * mm, None, 55 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return block


def render(*, title: str, hall_name: str, number: str, body: Sequence[Flowable]) -> bytes:
    """A4 PDF bytes: hall name, title, document number, then ``body``; page numbers in the footer."""
    st = styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=18 * mm,
                                 bottomMargin=18 * mm, title=title, author=hall_name, creator="HallClient",
                                 invariant=True)
    heading: list[Flowable] = [text(hall_name, st["hall"]), text(title, st["title"])]
    if number:
        heading.append(text(f"编号：{number}", st["number"]))
    heading.append(Spacer(1, 4 * mm))

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(document_font(), 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{title}　第 {doc.page} 页")

    document.build([*heading, *body], onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
