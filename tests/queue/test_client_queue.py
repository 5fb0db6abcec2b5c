"""The counter's side: QueueApi against the real central service, the replica, estimates, the display feed."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from hallclient.changes import Changes
from hallclient.hall import Hall
from hallclient.services.queue import store_ticket
from sync.client import CentralClient
from sync.engine import SyncEngine
from sync.errors import Refused
from sync.pull import pull_all
from sync.queue_api import QueueApi
from tests.queue.conftest import FakeClock


@pytest.fixture
def api(hall: Hall, client: CentralClient) -> QueueApi:
    pull_all(hall, client)  # zones and windows, as at start-up
    return QueueApi(hall, client)


def test_actions_show_in_the_local_replica_before_the_feed_brings_them(api: QueueApi, hall: Hall) -> None:
    cursor = hall.replica.cursor()
    issued = api.issue("accept", zone_code="B", phone="13812345678", priority_reason="孕妇")
    assert (issued.ticket.number, issued.ticket.queue_label, issued.people_ahead) == ("B001", "商事登记", 0)
    assert issued.ticket.phone == "138****5678" and issued.ticket.priority
    assert [t.number for t in hall.queue.tickets()] == ["B001"]

    called = api.call_next("W03")
    assert called.ticket is not None and called.ticket.window_number == 3 and called.finished is None
    current = hall.queue.current("W03")
    assert current is not None and current.ticket.status == "called" and current.served is None
    board = hall.queue.board()
    assert [(c.number, c.window_number) for c in board.calls] == [("B001", 3)]
    assert {q.label: q.waiting for q in board.queues}["商事登记"] == 0

    assert api.start("W03", called.ticket.id).status == "serving"
    assert api.finish("W03", called.ticket.id, case_number="C-1").status == "done"
    assert hall.queue.current("W03") is None
    assert hall.replica.cursor() == cursor  # all of it came from the replies, not the feed


def test_the_feed_brings_every_counters_actions_and_never_goes_back(api: QueueApi, client: CentralClient,
                                                                     other_hall: Hall) -> None:
    first = api.issue("consult").ticket
    api.issue("accept", zone_code="D")
    called = api.call_next("W16").ticket
    assert called is not None and called.id == first.id
    api.recall("W16", called.id)
    pull_all(other_hall, client)
    seen = other_hall.queue.ticket(first.id)
    assert seen is not None and (seen.status, seen.recall_count, seen.window_number) == ("called", 1, 16)
    assert {q.label: q.waiting for q in other_hall.queue.waiting()}["不动产登记"] == 1

    def events(session: Any) -> list[str]:
        from hallclient.cache.models import TicketEvent

        return [e.event for e in session.query(TicketEvent).filter_by(ticket_id=first.id).order_by(TicketEvent.id)]

    assert other_hall.run(events) == ["issue", "call", "recall"]

    stale = {"service_date": seen.service_date.isoformat(), "number": seen.number, "kind": "consult",
             "zone_code": None, "item_code": None, "status": "waiting", "priority": False, "priority_reason": None,
             "phone": None, "id_number": None, "case_number": None, "window_id": None, "target_window_id": None,
             "clerk": None, "recall_count": 0, "reactivated": False, "transfer_reason": None, "offline": False,
             "lookup_id": seen.lookup_id, "version": 1, "issued_at": seen.issued_at.isoformat(),
             "queue_at": seen.queue_at.isoformat(), "appointment_at": None, "checked_in_at": None,
             "called_at": None, "last_called_at": None, "serving_at": None, "finished_at": None}
    other_hall.run(lambda session: store_ticket(session, first.id, stale, 1))  # an old reply arriving late
    assert other_hall.queue.ticket(first.id).status == "called"


def test_estimated_wait_uses_the_median_service_time_of_the_last_hour(fake_clock: FakeClock, api: QueueApi,
                                                                        hall: Hall, client: CentralClient) -> None:
    served = [api.issue("accept", zone_code="B").ticket for _ in range(2)]
    for minutes in (4, 6):
        ticket = api.call_next("W03", finish_current=True).ticket
        assert ticket is not None
        fake_clock.advance(minutes=minutes)
    api.finish("W03", served[1].id)
    waiting = [api.issue("accept", zone_code="B") for _ in range(3)]
    # W03 is the one window open for zone B; median of 4 and 6 minutes is 5
    assert [w.wait_minutes for w in waiting] == [0, 5, 10]
    assert [w.people_ahead for w in waiting] == [0, 1, 2]
    pull_all(hall, client)  # the window's open state comes with the feed
    estimate = hall.queue.estimate("accept", "B")
    assert (estimate.waiting, estimate.windows_serving, estimate.wait_minutes) == (3, 1, 15)
    placement = hall.queue.placement(waiting[2].ticket.id)
    assert placement is not None and (placement.people_ahead, placement.wait_minutes) == (2, 10)

    fake_clock.advance(minutes=61)  # that history is no longer recent: 8 minutes a person is assumed
    assert hall.queue.estimate("accept", "B").wait_minutes == 24
    looked_up = api.lookup(waiting[2].ticket.lookup_id)
    assert (looked_up.people_ahead, looked_up.wait_minutes) == (2, 16)


def test_a_retry_after_a_lost_reply_gets_the_first_answer(api: QueueApi, hall: Hall) -> None:
    key = api.new_key()
    first = api.issue("accept", zone_code="B", key=key)
    assert api.issue("accept", zone_code="B", key=key) == first  # the reply was lost; the desk asks again
    api.issue("accept", zone_code="B")
    call_key = api.new_key()
    called = api.call_next("W03", key=call_key)
    assert api.call_next("W03", key=call_key) == called
    assert [(t.number, t.status) for t in hall.queue.tickets()] == [("B001", "called"), ("B002", "waiting")]


def test_refusals_are_typed_errors_with_chinese_messages(api: QueueApi) -> None:
    api.pause("W03", "培训")
    with pytest.raises(Refused) as refused:
        api.call_next("W03")
    assert refused.value.status == 409 and str(refused.value) == "3 号窗口已暂停服务，请先恢复服务再叫号"
    assert api.resume("W03").status == "open"
    with pytest.raises(Refused, match="今天没有 B009 号"):
        api.call_number("W03", "B009")
    assert api.call_next("W03").ticket is None
    warned = None
    for _ in range(31):
        warned = api.issue("accept", zone_code="E")
    assert warned is not None and warned.warning is not None
    assert warned.warning.template.startswith("{zone}当前等候") and "社会事务当前等候 30 人" in str(warned.warning)


def test_a_call_reaches_the_display_through_the_long_poll(api: QueueApi, client: CentralClient,
                                                          other_hall: Hall, central: Any) -> None:
    display = CentralClient(central.url, device_id=other_hall.device_id)
    display.login("display", "display")
    engine = SyncEngine(other_hall, display, long_poll_s=20)
    shown = threading.Event()
    numbers: list[str] = []

    def on_change(changes: Changes, _initiator: object) -> None:
        if changes.tickets:
            numbers[:] = [c.number for c in other_hall.queue.board().calls]
            if numbers:
                shown.set()

    other_hall.subscribe(on_change)
    engine.start()
    try:
        api.issue("pickup")
        api.call_next("W15")
        assert shown.wait(timeout=30)  # a guard against hanging, not a timing goal (see bench/queue_display.py)
        assert numbers == ["Q001"]
    finally:
        engine.stop()
        display.close()
