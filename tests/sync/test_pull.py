"""The change feed: pages applied with their cursor, pending local edits win, bad replies change nothing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import delete, event

from hallclient.cache.models import OutboxOp
from hallclient.errors import StorageError
from hallclient.hall import Hall
from hallclient.paths import DataDir
from hallclient.services import replica
from hallclient.services.replica import FeedEntry
from sync.client import CentralClient
from sync.errors import BadReply
from sync.pull import pull_all, pull_once
from sync.push import push_all
from tests.sync.ops_helpers import create_op, update_op
from tests.sync.stub import StubServer, json_reply


def _elsewhere(connect: Any, central: Any, consultation_id: str, **fields: Any) -> None:
    """Another counter edits the consultation (its op reaches the centre directly)."""
    other = connect(central.url)
    [result] = other.json("POST", "/ops", json={"ops": [update_op(consultation_id, **fields)]})["results"]
    assert result["status"] == "applied"


def test_a_pending_local_edit_wins_until_the_centre_has_seen_it(hall: Hall, client: Any, central: Any,
                                                                 connect: Any) -> None:
    cid = hall.consultations.create(staff="guide1", note="初稿").value
    push_all(hall, client)
    pull_all(hall, client)
    hall.consultations.update(cid, actor="guide1", note="本机改的")  # pending
    _elsewhere(connect, central, cid, ticket_number="C007")  # meanwhile, another desk adds the ticket
    cursor = hall.replica.cursor()
    assert pull_all(hall, client) == 1
    assert hall.replica.cursor() > cursor  # the cursor moved on ...
    local = hall.consultations.get(cid)
    assert (local.note, local.ticket_number) == ("本机改的", None)  # ... but the pending edit won
    assert hall.replica.held_count() == 1  # and the other desk's change is kept, not lost
    push_all(hall, client)  # the centre applies our edit on top of theirs and sends the result back
    local = hall.consultations.get(cid)
    assert (local.note, local.ticket_number) == ("本机改的", "C007")
    assert hall.replica.held_count() == 0


def test_a_held_change_newer_than_the_answer_wins_when_the_hold_ends(hall: Hall) -> None:
    cid = hall.consultations.create(staff="guide1", note="本机").value
    data = {"ticket_number": None, "item_codes": [], "note": "", "notice_given": False, "window_id": None,
            "staff": "guide1", "started_at": "2026-01-05T01:00:00+00:00", "finished_at": None}
    newer = FeedEntry(20, "consultation", cid, {**data, "note": "别处后改的"})
    older = FeedEntry(15, "consultation", cid, {**data, "note": "我们的回执"})
    hall.run(lambda s: replica.settle(s, [newer]))  # pulled while our op waits: held
    assert hall.consultations.get(cid).note == "本机"
    hall.run(lambda s: s.execute(delete(OutboxOp)))  # the op cleared
    hall.run(lambda s: replica.settle(s, [older]))
    info = hall.consultations.get(cid)
    assert (info.note, info.server_seq) == ("别处后改的", 20)


def test_a_page_and_its_cursor_are_applied_together_or_not_at_all(hall: Hall, client: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: Any) -> None:
        raise RuntimeError("disk error in the middle of a page")

    monkeypatch.setitem(replica.APPLIERS, "window", (broken, "hall"))
    with pytest.raises(RuntimeError):
        pull_all(hall, client)
    assert hall.replica.cursor() == 0 and hall.catalog.count() == 0  # nothing of the page stayed
    monkeypatch.undo()
    pull_all(hall, client)
    assert hall.catalog.count() > 40 and hall.replica.cursor() > 0


def test_a_long_poll_answers_as_soon_as_another_counter_pushes(hall: Hall, client: Any, central: Any,
                                                               connect: Any) -> None:
    pull_all(hall, client)
    received: list[int] = []
    poller = threading.Thread(target=lambda: received.append(pull_once(hall, client, wait=20)))
    poller.start()
    other_hall_client = connect(central.url)
    other_hall_client.json("POST", "/ops", json={"ops": [create_op(note="别的窗口登记的")]})
    poller.join(timeout=15)
    assert not poller.is_alive() and received == [1]
    assert [c.note for c in hall.consultations.recent()] == ["别的窗口登记的"]


BAD_PAGES = [
    (json_reply({"changes": [{"seq": 1}], "last_seq": 1, "more": False}), "变更数据格式错误"),
    (json_reply({"changes": [{"seq": 2, "entity": "zone", "key": "A", "data": None},
                             {"seq": 1, "entity": "zone", "key": "B", "data": None}], "last_seq": 2, "more": False}),
     "变更序号不连续"),
    ((200, {"Content-Type": "application/json"}, b'{"changes": [{"seq": 1, "ent'), "数据不完整或格式错误"),
    (json_reply({"changes": [], "last_seq": 0, "more": False}, **{"Hall-Api-Version": "2"}), "接口版本 2"),
]


@pytest.mark.parametrize(("reply", "message"), BAD_PAGES, ids=["fields", "order", "truncated", "version"])
def test_a_bad_page_is_refused_in_chinese_and_changes_nothing(hall: Hall, reply: Any, message: str) -> None:
    stub = StubServer([reply])
    client = CentralClient(stub.url, attempts=1)
    try:
        with pytest.raises(BadReply, match=message):
            pull_once(hall, client)
    finally:
        stub.close()
        client.close()
    assert hall.replica.cursor() == 0


def test_too_little_free_disk_stops_the_download_before_it_starts(hall: Hall, client: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DataDir, "free_bytes", lambda _self: 5 * 1024**2)
    with pytest.raises(StorageError, match="磁盘空间不足（剩余 5 MB）"):
        pull_once(hall, client)
    assert hall.replica.cursor() == 0


def test_a_full_disk_while_applying_a_page_loses_nothing(hall: Hall, client: Any) -> None:
    """SQLITE_FULL for real: the cache may not grow by a single page while the feed is applied."""
    from sync.engine import SyncEngine

    def cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(hall.engine, "connect", cap)
    hall.worker.call(hall.engine.dispose)
    engine = SyncEngine(hall, client, long_poll_s=0.2, retry_s=0.05, max_wait_s=0.2)
    engine.start()
    try:
        waiter = threading.Event()
        engine.add_listener(lambda s: "磁盘已满" in s.warning and waiter.set())
        assert waiter.wait(15), engine.state
        assert hall.replica.cursor() == 0 and hall.catalog.count() == 0
        event.remove(hall.engine, "connect", cap)
        hall.worker.call(hall.engine.dispose)
        done = threading.Event()
        engine.add_listener(lambda s: s.warning == "" and s.last_pull is not None and done.set())
        engine.sync_now()
        assert done.wait(15), engine.state
    finally:
        engine.stop()
    assert hall.catalog.count() > 40
