"""The day's report and its exports, read back: CSV (UTF-8 with BOM), XLSX (one sheet per section), A4 PDF."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from fractions import Fraction

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hallclient.dashboard.cells import percent, text
from hallclient.dashboard.export_csv import report_csv
from hallclient.dashboard.export_pdf import report_pdf
from hallclient.dashboard.export_xlsx import report_xlsx, sheet_name
from hallclient.dashboard.records import HallDay
from hallclient.dashboard.report import Report, report_for_day
from printers.documents.fonts import document_font
from tests.dashboard.fixtures import DAY, HALL_DAY, NOW, OPEN_WORK, at, hall_calendar

HALL = "示范政务服务中心"
SECTIONS = ["概况", "按受理区", "按窗口", "按事项", "评价（按窗口）", "评价等级",
            "分时段（每 15 分钟，等候为时段开始时人数）", "等候时长分布（已办结）", "转移记录", "提醒"]


@pytest.fixture(scope="module")
def report() -> Report:
    return report_for_day(HALL_DAY, NOW, calendar=hall_calendar(), open_work=OPEN_WORK, hall=HALL)


def _summary(report: Report) -> dict[str, object]:
    return dict(report.section("summary").rows)  # type: ignore[arg-type]


def test_the_report_holds_every_figure_of_the_dashboard(report: Report) -> None:
    assert [s.title for s in report.sections] == SECTIONS
    summary = _summary(report)
    assert summary["单位"] == HALL and summary["日期"] == DAY and summary["统计时刻"] == NOW
    assert (summary["取号人数"], summary["办结人数"], summary["过号率"]) == (25, 15, Fraction(1, 6))
    assert summary["20 分钟内办结比例"] == Fraction(3, 5)
    assert summary["好评率"] == Fraction(7, 9)
    windows = report.section("windows")
    assert windows.column("状态") == ["开放", "暂停", "空闲", "关闭"]
    assert windows.column("备注") == ["", "", "", "已删除"]
    assert report.section("transfers").rows == ((at("09:10"), "B005", "1 号窗口", "不动产登记", "属不动产登记业务"),)
    assert report.section("histogram").column("人数") == [3, 3, 1, 1, 1, 5, 1, 0]
    assert report.section("ratings").column("数量") == [3, 3, 1, 1, 1, 3]


def test_a_past_day_is_reported_as_it_stood_at_its_end() -> None:
    report = report_for_day(HALL_DAY, NOW + dt.timedelta(days=30), calendar=hall_calendar())
    assert _summary(report)["统计时刻"] == at("00:00", DAY + dt.timedelta(days=1))
    assert text(_summary(report)["统计时刻"]) == "00:00"  # type: ignore[arg-type]


def test_cells_read_as_on_screen() -> None:
    assert [text(c) for c in (None, Fraction(1, 6), Fraction(2, 3), 19.0666, 25, at("09:05"), DAY, "B010")] == [
        "—", "16.7%", "66.7%", "19.1", "25", "09:05", "2025-09-30", "B010"]
    assert percent(Fraction(1, 8)) == "12.5%" and percent(Fraction(1, 2000)) == "0.1%"


def _csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in rows[2:]:
        if not row:
            current = None
        elif current is None:
            current = sections[row[0]] = []
        else:
            current.append(row)
    return sections


def test_csv_has_a_bom_and_every_section(report: Report) -> None:
    data = report_csv(report)
    assert data.startswith(codecs.BOM_UTF8)
    sections = _csv_sections(data)
    assert list(sections) == SECTIONS
    summary = dict(sections["概况"][1:])
    assert (summary["取号人数"], summary["过号率"], summary["平均等候（分钟）"], summary["90% 等候（分钟）"]) == (
        "25", "16.7%", "19.1", "40.0")
    queues = sections["按受理区"]
    assert queues[0][:4] == ["队列", "取号", "办结", "过号"]
    assert queues[3] == ["社会事务", "0", "0", "0", "—", "—", "—", "—", "—", "0", "0", "—"]
    assert sections["提醒"][1] == ["严重", "差评 2025-0990 的回访已于 2025-09-29 到期，尚未回访"]


def test_xlsx_has_one_sheet_per_section_with_numbers_kept_as_numbers(report: Report) -> None:
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames == [sheet_name(title) for title in SECTIONS]
    queues = book["按受理区"]
    assert [c.value for c in queues[1]][:5] == ["队列", "取号", "办结", "过号", "过号率"]
    b_row = [c.value for c in queues[2]]
    assert b_row[:4] == ["商事登记", 12, 6, 1]
    assert b_row[4] == pytest.approx(0.125) and queues["E2"].number_format == "0.0%"
    assert b_row[5] == pytest.approx(133 / 6) and queues["F2"].number_format == "0.0"
    assert [c.value for c in queues[4]][4] == "—"  # 社会事务: no calls, no 过号率
    assert queues.freeze_panes == "A2"
    # The queue names are Chinese: column A is at least as wide as 不动产登记 (5 characters × 2) + 2.
    assert queues.column_dimensions["A"].width >= 12
    timeline = book[sheet_name(SECTIONS[6])]
    assert timeline["A2"].value == dt.datetime(2025, 9, 30, 8, 30) and timeline["A2"].number_format == "hh:mm"
    windows = book["按窗口"]
    assert (windows["Q1"].value, windows["Q5"].value) == ("备注", "已删除")


def test_pdf_text_has_the_chinese_headings_and_figures(report: Report) -> None:
    pdf = PdfReader(io.BytesIO(report_pdf(report, document_font())))
    assert pdf.pages[0].mediabox.width > pdf.pages[0].mediabox.height  # A4 landscape
    assert round(float(pdf.pages[0].mediabox.width)) == 842
    extracted = "\n".join(page.extract_text() for page in pdf.pages)
    for expected in ["政务服务大厅运行日报", HALL, *SECTIONS[:6], "过号率", "16.7%", "好评率", "77.8%", "B010",
                     "不动产转移登记", "已删除", "商事登记最长已等候 60 分钟"]:
        assert expected in extracted, expected


def test_an_empty_day_exports_too() -> None:
    report = report_for_day(HallDay(DAY), NOW, calendar=hall_calendar())
    assert _csv_sections(report_csv(report))["按窗口"] == [list(report.section("windows").headings)]
    summary = {row[0].value: row[1].value for row in load_workbook(io.BytesIO(report_xlsx(report)))["概况"].iter_rows()}
    assert (summary["取号人数"], summary["平均等候（分钟）"], summary["好评率"]) == (0, "—", "—")
    pages = PdfReader(io.BytesIO(report_pdf(report, document_font()))).pages
    assert "平均等候" in "".join(page.extract_text() for page in pages)
