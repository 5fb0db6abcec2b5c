"""Printer URLs: each scheme builds the right python-escpos driver, and file/tcp/null really print."""

from __future__ import annotations

import gc
from pathlib import Path

import escpos.printer.cups
import escpos.printer.serial
import escpos.printer.usb
import escpos.printer.win32raw
import pytest
from escpos.printer import Dummy, File, Network, Serial, Usb

from printers.errors import PrinterError
from printers.escpos_render import render_bytes
from printers.job import print_blocks
from printers.slips import TicketSlip, ticket_layout
from printers.urls import connect
from tests.printers.escpos_decode import decode
from tests.printers.fake_printer import FakeTcpPrinter
from tests.printers.slip_asserts import assert_well_formed, line


def test_file_url_writes_the_slip(tmp_path: Path, ticket: TicketSlip) -> None:
    out = tmp_path / "slip 1.bin"
    assert print_blocks(out.as_uri(), ticket_layout(ticket, 58)) == []
    decoded = decode(out.read_bytes())
    assert_well_formed(decoded, 58)
    line(decoded, "B023")
    assert decoded.qr_payloads == [ticket.lookup_id]


def test_file_url_builds_a_file_driver_without_status() -> None:
    connection = connect("file:///tmp/slip.bin")
    assert isinstance(connection.printer, File)
    assert connection.printer.devfile == "/tmp/slip.bin"
    assert not connection.reports_status


def test_unwritable_file_is_a_chinese_error(tmp_path: Path, ticket: TicketSlip) -> None:
    with pytest.raises(PrinterError, match="无法连接打印机"):
        print_blocks((tmp_path / "missing" / "out.bin").as_uri(), ticket_layout(ticket, 80))


def test_tcp_url_prints_through_the_network_driver(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    blocks = ticket_layout(ticket, 80)
    assert print_blocks(fake_printer.url, blocks) == []
    job = fake_printer.job(0)
    assert render_bytes(blocks) in job
    assert_well_formed(decode(job), 80)


def test_tcp_url_parts() -> None:
    connection = connect("tcp://192.168.1.50")
    assert isinstance(connection.printer, Network)
    assert (connection.printer.host, connection.printer.port) == ("192.168.1.50", 9100)
    assert connection.reports_status
    assert not connect("tcp://192.168.1.50:9101?status=off").reports_status


def test_null_url_discards_the_job(ticket: TicketSlip) -> None:
    assert isinstance(connect("null://").printer, Dummy)
    assert print_blocks("null://", ticket_layout(ticket, 58)) == []


def test_serial_url_parts() -> None:
    connection = connect("serial:///dev/ttyUSB0?baudrate=19200", timeout=2)
    assert isinstance(connection.printer, Serial)
    assert (connection.printer.devfile, connection.printer.baudrate) == ("/dev/ttyUSB0", 19200)
    assert connection.printer.timeout == 2
    assert connection.reports_status
    assert connect("serial://COM3").printer.devfile == "COM3"


def test_usb_url_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(escpos.printer.usb, "_DEP_USB", True)  # pyusb need not be installed to build
    connection = connect("usb://04b8:0202?out_ep=0x03")
    assert isinstance(connection.printer, Usb)
    assert connection.printer.usb_args == {"idVendor": 0x04B8, "idProduct": 0x0202}
    assert (connection.printer.in_ep, connection.printer.out_ep) == (0x82, 0x03)
    assert connection.reports_status
    del connection
    gc.collect()  # the driver is in a reference cycle; close it while the patched flag says pyusb is there


@pytest.mark.parametrize(
    ("url", "module", "flag", "package"),
    [
        ("usb://04b8:0202", escpos.printer.usb, "_DEP_USB", "pyusb"),
        ("serial:///dev/ttyUSB0", escpos.printer.serial, "_DEP_PYSERIAL", "pyserial"),
        ("cups://TM-T88V", escpos.printer.cups, "_DEP_PYCUPS", "pycups"),
        ("win32://EPSON TM-T88V Receipt", escpos.printer.win32raw, "_DEP_WIN32PRINT", "pywin32"),
    ],
)
def test_missing_backend_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch, url: str, module: object, flag: str, package: str
) -> None:
    monkeypatch.setattr(module, flag, False)
    with pytest.raises(PrinterError, match=f"需要先安装 {package}"):
        connect(url)


def test_cups_url_builds_a_raw_queue_driver() -> None:
    pytest.importorskip("cups")
    printer = connect("cups://TM-T88V").printer
    assert isinstance(printer, escpos.printer.CupsPrinter)
    assert printer.printer_name == "TM-T88V"


def test_win32_url_builds_a_raw_spooler_driver() -> None:
    pytest.importorskip("win32print")
    printer = connect("win32://EPSON TM-T88V Receipt").printer
    assert isinstance(printer, escpos.printer.Win32Raw)
    assert printer.printer_name == "EPSON TM-T88V Receipt"


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("", "支持 usb://"),
        ("lpt://1", "支持 usb://"),
        ("/dev/usb/lp0", "支持 usb://"),
        ("usb://epson", "厂商ID:产品ID"),
        ("tcp://", "缺少主机名"),
        ("tcp://printer:99999", "端口"),
        ("serial://", "缺少串口设备"),
        ("serial:///dev/ttyUSB0?baudrate=fast", "参数 baudrate 应为数字"),
        ("file://", "缺少文件路径"),
        ("tcp://printer?speed=1", "不认识的参数：speed"),
        ("file:///tmp/x.bin?status=on", "不认识的参数：status"),
    ],
)
def test_bad_urls_are_chinese_errors(url: str, hint: str) -> None:
    with pytest.raises(PrinterError, match="打印机地址格式不正确") as caught:
        connect(url)
    assert hint in str(caught.value)
