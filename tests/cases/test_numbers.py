"""Case numbers: issued by each window PC from its own cache, unique across windows even offline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from hallclient import clock
from hallclient.domain.intake import parse_case_number
from hallclient.errors import NotFoundError
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.push import push_all
from tests.cases.conftest import NOW, open_case


def test_two_windows_number_offline_without_collisions(desk: Hall, client: CentralClient,
                                                       second_pc: Callable[[str], tuple[Hall, CentralClient]]) -> None:
    other, other_client = second_pc("W06")
    # from here on neither PC talks to the centre until the end: numbering needs no network
    ours = [desk.cases.get(open_case(desk)).number for _ in range(3)]
    theirs = [other.cases.get(open_case(other)).number for _ in range(3)]
    assert ours == [f"330602-20261122-05-000{n}" for n in (1, 2, 3)]
    assert theirs == [f"330602-20261122-06-000{n}" for n in (1, 2, 3)]
    parts = parse_case_number(ours[0])
    assert (parts.hall_code, parts.day, parts.window_number, parts.sequence) == ("330602", dt.date(2026, 11, 22), 5, 1)
    clock.set_source(lambda: (NOW + dt.timedelta(days=1)).astimezone(dt.UTC))
    assert desk.cases.get(open_case(desk)).number == "330602-20261123-05-0001"  # a new day starts again
    clock.set_source(lambda: NOW.astimezone(dt.UTC))
    push_all(desk, client)
    push_all(other, other_client)
    assert desk.outbox.problems() == other.outbox.problems() == []  # the centre took all seven
    assert desk.outbox.summary().pending == other.outbox.summary().pending == 0


def test_a_failed_intake_does_not_use_up_a_number(desk: Hall) -> None:
    first = desk.cases.get(open_case(desk)).number
    with pytest.raises(NotFoundError):
        open_case(desk, ("330602-XX-0000",))
    assert desk.cases.get(open_case(desk)).number == first[:-1] + "2"
