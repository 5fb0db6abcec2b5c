"""Fixtures for the printer tests: a sample ticket and a fake network printer on the loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from hallclient.domain.tickets import TicketKind
from printers.slips import TicketSlip
from tests.printers.fake_printer import FakeTcpPrinter


@pytest.fixture
def ticket() -> TicketSlip:
    return TicketSlip(
        hall_name="越城区政务服务中心",
        number="B023",
        kind=TicketKind.ACCEPT,
        zone_name="商事登记",
        people_ahead=5,
        wait_minutes=12,
        issued_at=datetime(2025, 3, 14, 9, 32),
        lookup_id="T20250314-B023-7F3A",
        phone="13812345678",
        priority=True,
        offline=True,
    )


@pytest.fixture
def fake_printer() -> Iterator[FakeTcpPrinter]:
    fake = FakeTcpPrinter().start()
    yield fake
    fake.stop()
