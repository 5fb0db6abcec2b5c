"""Printer status over a real TCP connection: Chinese errors for what stops a slip, and reprint after."""

from __future__ import annotations

import socket

import pytest

from printers.errors import PrinterError
from printers.escpos_render import render_bytes
from printers.job import print_blocks
from printers.slips import TicketSlip, ticket_layout
from printers.status import Condition
from tests.printers import fake_printer as states
from tests.printers.escpos_decode import decode
from tests.printers.fake_printer import FakeTcpPrinter
from tests.printers.slip_asserts import assert_well_formed


def status_queries(job: bytes) -> list[int]:
    return [event[1] for event in decode(job).events if event[0] == "status_query"]


def test_ready_printer_is_asked_before_and_after_the_job(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    assert print_blocks(fake_printer.url, ticket_layout(ticket, 58)) == []
    job = fake_printer.job(0)
    assert status_queries(job) == [1, 2, 3, 4, 1, 2, 3, 4]
    assert job.startswith(b"\x10\x04\x01")
    assert_well_formed(decode(job), 58)


def test_low_paper_prints_and_warns(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    fake_printer.status = states.PAPER_LOW
    assert print_blocks(fake_printer.url, ticket_layout(ticket, 80)) == [Condition.PAPER_LOW]
    assert Condition.PAPER_LOW.value == "打印机纸将用尽"
    assert render_bytes(ticket_layout(ticket, 80)) in fake_printer.job(0)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (states.PAPER_OUT, "打印机缺纸，请更换纸卷"),
        (states.COVER_OPEN, "打印机盖未合上"),
        (states.CUTTER_JAMMED, "打印机切刀故障"),
        (states.FEED_BUTTON, "打印机未连接或已关机"),
    ],
)
def test_blocking_condition_stops_the_job_and_a_reprint_succeeds(
    fake_printer: FakeTcpPrinter, ticket: TicketSlip, status: dict[int, int], message: str
) -> None:
    blocks = ticket_layout(ticket, 80)
    fake_printer.status = status
    with pytest.raises(PrinterError) as caught:
        print_blocks(fake_printer.url, blocks)
    assert str(caught.value) == message
    assert b"\x1b@" not in fake_printer.job(0), "nothing may be printed on a printer in trouble"

    fake_printer.status = states.READY  # the clerk fixes the printer and presses 重新打印
    assert print_blocks(fake_printer.url, blocks) == []
    assert render_bytes(blocks) in fake_printer.job(1)


def test_paper_running_out_during_the_job_is_reported(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    blocks = ticket_layout(ticket, 58)
    fake_printer.status_after_cut = states.PAPER_OUT
    with pytest.raises(PrinterError, match="打印机缺纸"):
        print_blocks(fake_printer.url, blocks)

    fake_printer.status, fake_printer.status_after_cut = states.READY, None  # a new roll
    print_blocks(fake_printer.url, blocks)
    assert render_bytes(blocks) in fake_printer.job(0)
    assert render_bytes(blocks) in fake_printer.job(1)


def test_silent_printer_counts_as_offline(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    fake_printer.status = None
    with pytest.raises(PrinterError, match="打印机未连接或已关机"):
        print_blocks(fake_printer.url, ticket_layout(ticket, 80), timeout=0.3)
    assert status_queries(fake_printer.job(0)) == [1]  # gave up after the first unanswered query


def test_status_off_prints_on_a_printer_that_never_answers(fake_printer: FakeTcpPrinter, ticket: TicketSlip) -> None:
    fake_printer.status = None
    assert print_blocks(fake_printer.url + "?status=off", ticket_layout(ticket, 80), timeout=0.3) == []
    job = fake_printer.job(0)
    assert status_queries(job) == []
    assert render_bytes(ticket_layout(ticket, 80)) == job


def test_unreachable_printer_is_a_chinese_error(ticket: TicketSlip) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"tcp://127.0.0.1:{port}"
    with pytest.raises(PrinterError) as caught:
        print_blocks(url, ticket_layout(ticket, 80), timeout=1)
    assert str(caught.value) == f"无法连接打印机（{url}），请检查电源和连线后重新打印"
