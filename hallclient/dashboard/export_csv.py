"""The day's report as one CSV file: UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly.

CSV has no sheets, so the sections follow one another: a line with the section's title, its
headings, its rows, then an empty line. Cells read as on screen ("66.7%", "19.1", "—"); the first
lines give the report's title, hall and day.
"""

from __future__ import annotations

import csv
import io

from hallclient.dashboard.cells import text
from hallclient.dashboard.report import Report


def report_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([report.title])
    writer.writerow([])
    for section in report.sections:
        writer.writerow([section.title])
        writer.writerow(section.headings)
        writer.writerows([text(cell) for cell in row] for row in section.rows)
        writer.writerow([])
    return buffer.getvalue().encode("utf-8-sig")
