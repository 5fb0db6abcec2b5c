"""The day's report as an Excel workbook: one sheet per section, Chinese headings, numbers kept as numbers.

Rates are stored as fractions formatted as percentages, minutes as numbers with one decimal and
times as Excel times, so the manager can sort and sum; an undefined figure is the text "—", never a
blank that would read as 0. Columns are as wide as their widest text (Chinese characters count double).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from fractions import Fraction

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hallclient.clock import to_hall
from hallclient.dashboard.cells import UNDEFINED, Cell, display_width, text
from hallclient.dashboard.report import Report, Section

_HEADING = Font(bold=True)
_HEADING_FILL = PatternFill("solid", fgColor="DDDDDD")
#: Excel refuses these in sheet names, and names longer than 31 characters.
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH = 60


def _value(cell: Cell) -> tuple[object, str | None]:
    """The value Excel stores and its number format."""
    if cell is None:
        return UNDEFINED, None
    if isinstance(cell, Fraction):
        return float(cell), "0.0%"
    if isinstance(cell, float):
        return cell, "0.0"
    if isinstance(cell, dt.datetime):
        return to_hall(cell).replace(tzinfo=None), "hh:mm"
    if isinstance(cell, dt.date):
        return cell, "yyyy-mm-dd"
    return cell, None


def _sheet(sheet: Worksheet, section: Section) -> None:
    sheet.append(list(section.headings))
    for heading in sheet[1]:
        heading.font, heading.fill = _HEADING, _HEADING_FILL
        heading.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row_number, row in enumerate(section.rows, start=2):
        for column, cell in enumerate(row, start=1):
            value, number_format = _value(cell)
            target = sheet.cell(row_number, column, value)
            if number_format:
                target.number_format = number_format
    for column, heading in enumerate(section.headings, start=1):
        widest = max([display_width(heading), *(display_width(text(row[column - 1])) for row in section.rows)])
        sheet.column_dimensions[get_column_letter(column)].width = min(widest + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"


def sheet_name(title: str) -> str:
    return _NOT_IN_SHEET_NAMES.sub("-", title)[:31]


def report_xlsx(report: Report) -> bytes:
    book = Workbook()
    book.remove(book.active)
    book.properties.title = f"{report.title} {report.day.isoformat()}"
    book.properties.creator = report.hall or "HallClient"
    for section in report.sections:
        _sheet(book.create_sheet(sheet_name(section.title)), section)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
