"""The day's report as a printable A4 PDF (landscape, so the wide windows and items tables fit).

The core does not pick the Chinese font: the caller passes the name of a font registered with
reportlab — the one the A4 documents use, ``printers.documents.fonts.document_font()`` (embedded
TrueType, or the CID fallback). That keeps ``hallclient`` free of the ``printers`` package while the
whole client prints with one font. Column widths follow the widest text of each column, scaled to
the page; headings wrap; a table's heading repeats on every page it spans.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from hallclient.dashboard.cells import display_width, text
from hallclient.dashboard.report import Report, Section

PAGE = landscape(A4)
_MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * _MARGIN
_CELL_SIZE = 8
_GRID = colors.HexColor("#888888")
_HEADING_FILL = colors.HexColor("#eeeeee")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35, wordWrap="CJK",
                              **extra)  # type: ignore[arg-type]

    return {"title": style("title", 18, alignment=TA_CENTER, spaceAfter=2),
            "subtitle": style("subtitle", 10, alignment=TA_CENTER, spaceAfter=6),
            "section": style("section", 12, spaceBefore=8, spaceAfter=4, keepWithNext=1),
            "heading": style("heading", _CELL_SIZE, alignment=TA_CENTER)}


def _widths(section: Section) -> list[float]:
    """Each column as wide as its widest cell (a heading may wrap onto two lines), scaled to fit the page."""
    wanted = [max([(display_width(heading) + 1) // 2, 6, *(display_width(text(row[i])) for row in section.rows)])
              for i, heading in enumerate(section.headings)]
    unit = min(WIDTH / sum(wanted), _CELL_SIZE * 0.62)
    return [width * unit + 6 for width in wanted]


def _table(section: Section, styles: dict[str, ParagraphStyle], font: str) -> Table:
    headings = [Paragraph(escape(heading), styles["heading"]) for heading in section.headings]
    body = [[text(cell) for cell in row] for row in section.rows] or [["—", *[""] * (len(section.headings) - 1)]]
    table = Table([headings, *body], colWidths=_widths(section), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, _CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADING_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *(("ALIGN", (column, 1), (column, -1), "RIGHT") for column in range(len(section.headings))
          if all(not isinstance(row[column], str) for row in section.rows)),
    ]))
    return table


def report_pdf(report: Report, font: str) -> bytes:
    """The report as PDF bytes in ``font`` (a name registered with reportlab; module docstring)."""
    styles = _styles(font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=12 * mm,
                                 bottomMargin=14 * mm, title=report.title, author=report.hall, creator="HallClient",
                                 invariant=True)
    parts = (report.hall, report.day.isoformat(), f"统计至 {text(report.moment)}")
    subtitle = "　".join(part for part in parts if part)
    story: list[Flowable] = [Paragraph(escape(report.title), styles["title"]),
                             Paragraph(escape(subtitle), styles["subtitle"])]
    for section in report.sections:
        story += [Paragraph(escape(section.title), styles["section"]), _table(section, styles, font), Spacer(1, 2 * mm)]

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(PAGE[0] / 2, 7 * mm, f"{report.title} {report.day.isoformat()}　第 {doc.page} 页")

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
