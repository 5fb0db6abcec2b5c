"""``hallclient print-test``: sample slips reach the printer, and the printers package stays Qt-free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from printers.errors import PrinterError
from printers.sample import SAMPLE_RECEIPT, SAMPLE_TICKET, print_test
from tests.printers.escpos_decode import decode
from tests.printers.fake_printer import COVER_OPEN, PAPER_LOW, FakeTcpPrinter
from tests.printers.slip_asserts import assert_well_formed, line


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_print_test_ticket(tmp_path: Path, paper_mm: int) -> None:
    out = tmp_path / "ticket.bin"
    print_test(out.as_uri(), "ticket", paper_mm)
    decoded = decode(out.read_bytes())
    assert_well_formed(decoded, paper_mm)
    line(decoded, SAMPLE_TICKET.number)
    line(decoded, "手机号码：138****5678")
    assert decoded.qr_payloads == [SAMPLE_TICKET.lookup_id]


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_print_test_receipt(tmp_path: Path, paper_mm: int) -> None:
    out = tmp_path / "receipt.bin"
    print_test(out.as_uri(), "receipt", paper_mm)
    decoded = decode(out.read_bytes())
    assert_well_formed(decoded, paper_mm)
    line(decoded, SAMPLE_RECEIPT.title)
    line(decoded, "证件号码：110105********002X")
    assert decoded.qr_payloads == [SAMPLE_RECEIPT.qr]


def test_print_test_on_a_network_printer_with_low_paper(
    fake_printer: FakeTcpPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    fake_printer.status = PAPER_LOW
    print_test(fake_printer.url, "ticket")
    assert "打印机纸将用尽" in caplog.text
    assert_well_formed(decode(fake_printer.job(0)), 80)


def test_print_test_failures_are_printer_errors(fake_printer: FakeTcpPrinter) -> None:
    fake_printer.status = COVER_OPEN
    with pytest.raises(PrinterError, match="打印机盖未合上"):
        print_test(fake_printer.url, "receipt")
    with pytest.raises(PrinterError, match="未知的测试版式：label"):
        print_test("null://", "label")
    with pytest.raises(PrinterError, match="不支持的小票纸宽"):
        print_test("null://", "ticket", 76)


def test_printers_package_never_imports_qt() -> None:
    code = (
        "import sys, printers.sample, printers.job, printers.urls, printers.status;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
