"""Offline ticketing: the centre stops, the guide desk issues from its lease, windows call by number,
the centre comes back and everything reconciles — no number twice, every status right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from central.server import BackgroundCentral
from hallclient.errors import ConflictError
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.errors import Unreachable
from sync.pull import pull_all
from sync.push import push_all
from sync.queue_api import QueueApi
from tests.queue.conftest import Desk


@pytest.fixture
def centre(central_db: str) -> Iterator[list[BackgroundCentral]]:
    """The central service in this process; the test stops it and starts it again on the same port."""
    running = [BackgroundCentral(central_db).start()]
    yield running
    running[-1].stop()


def _counter(hall: Hall, url: str, username: str, offline_for_s: float = 0) -> QueueApi:
    client = CentralClient(url, device_id=hall.device_id, sleep=lambda _s: None)  # retries at once
    client.login(username, username)
    pull_all(hall, client)
    return QueueApi(hall, client, offline_for_s=offline_for_s)


def test_offline_tickets_and_calls_reconcile_when_the_centre_is_back(centre: list[BackgroundCentral], hall: Hall,
                                                                      other_hall: Hall, central_db: str) -> None:
    url, port = centre[0].url, centre[0].port
    guide, clerk = _counter(hall, url, "guide1"), _counter(other_hall, url, "clerk03")
    online = guide.issue("accept", zone_code="B").ticket
    assert online.number == "B001"
    assert hall.queue.leases_left() == {p: 20 for p in ("A", "B", "D", "E", "F", "C", "Q")}  # leased at once
    pull_all(other_hall, clerk.client)
    unseen = guide.issue("accept", zone_code="B").ticket  # issued online, but the windows have not heard yet

    centre[0].stop()
    slips = [guide.issue("accept", zone_code="B"), guide.issue("consult"),
             guide.issue("accept", zone_code="D", phone="13912345678", priority_reason="老年人（60周岁以上）")]
    assert [(s.ticket.number, s.ticket.offline) for s in slips] == [("B980", True), ("C980", True), ("D980", True)]
    assert slips[2].ticket.phone == "139****5678" and slips[0].people_ahead == 2  # B001 and B002 wait ahead
    assert hall.queue.leases_left()["B"] == 19
    with pytest.raises(Unreachable):
        clerk.call_next("W03")  # the order is the centre's to decide: offline, windows call by number
    first = clerk.call_number("W03", "b001").ticket
    second = clerk.call_number("W03", "B980", finish_current=True)  # a number this window never heard of
    assert first is not None and second.ticket is not None and second.finished is not None
    assert (second.ticket.number, second.ticket.status, second.finished.number) == ("B980", "called", "B001")
    assert clerk.finish("W03", second.ticket.id).status == "done"
    assert clerk.call_number("W16", "C980").ticket is not None
    stand_in = clerk.call_number("W04", "B002").ticket  # known to the centre under another id
    assert stand_in is not None and stand_in.id != unseen.id

    centre.append(BackgroundCentral(central_db, port=port).start())
    for counter in (clerk, guide):  # the window's call reaches the centre before the guide desk's issue
        push_all(counter.hall, counter.client)
        assert counter.hall.outbox.summary().pending == counter.hall.outbox.summary().rejected == 0
    desk = Desk(url, "demo")
    tickets = {c["data"]["number"]: c["data"] for c in desk.changes() if c["entity"] == "ticket"}
    assert {n: t["status"] for n, t in tickets.items()} == {
        "B001": "done", "B002": "called", "B980": "done", "C980": "called", "D980": "waiting"}
    b980, d980 = tickets["B980"], tickets["D980"]
    assert (b980["offline"], b980["window_id"], b980["clerk"]) == (True, "W03", "clerk03")
    assert b980["lookup_id"] == slips[0].ticket.lookup_id  # the slip's QR finds it
    assert (d980["phone"], d980["priority"], d980["zone_code"]) == ("139****5678", True, "D")
    assert guide.issue("accept", zone_code="B").ticket.number == "B003"  # online numbering went on unharmed

    for counter in (guide, clerk):
        pull_all(counter.hall, counter.client)
        seen = {t.number: (t.status, t.id) for t in counter.hall.queue.tickets()}
        assert {n: seen[n][0] for n in ("B001", "B002", "B980", "C980", "D980")} == {
            "B001": "done", "B002": "called", "B980": "done", "C980": "called", "D980": "waiting"}
        assert seen["B002"][1] == unseen.id  # the window's stand-in gave way to the centre's ticket
    assert {t.number: t.id for t in hall.queue.tickets()}["B980"] == second.ticket.id  # one ticket, one id


def test_offline_issuing_stops_when_the_lease_is_used_up(centre: list[BackgroundCentral], hall: Hall) -> None:
    guide = _counter(hall, centre[0].url, "guide1", offline_for_s=60)  # after one failure, offline at once
    guide.lease(size=2, prefixes=["Q"])
    centre[0].stop()
    assert [guide.issue("pickup").ticket.number for _ in range(2)] == ["Q998", "Q999"]
    with pytest.raises(ConflictError, match="字头 Q 的离线号段已用完"):
        guide.issue("pickup")
    with pytest.raises(ConflictError, match="字头 B 的离线号段已用完"):
        guide.issue("accept", zone_code="B")  # nothing was leased for zone B


def test_online_numbers_jump_past_the_leased_block(desk: Desk, edit_central: Any) -> None:
    from sqlalchemy import update

    from central.models import TicketCounter

    desk.ok("/leases", {"size": 20, "prefixes": ["F"]})  # F980–F999
    desk.issue("accept", zone_code="F")
    edit_central(lambda s: s.execute(update(TicketCounter).where(TicketCounter.prefix == "F").values(value=978)))
    assert [desk.issue("accept", zone_code="F")["number"] for _ in range(2)] == ["F979", "F1000"]
    assert desk.ok("/leases", {"size": 5, "prefixes": ["F"]})["leases"][0]["first"] == 1001  # above, now
    assert desk.issue("accept", zone_code="F")["number"] == "F1006"
