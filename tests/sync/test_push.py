"""The outbox and the push: one transaction per mutation, exactly-once delivery, rejections kept in view."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from central import feed
from central.models import ServiceItem
from central.serialize import item_data
from hallclient.cache.models import OutboxOp
from hallclient.errors import ValidationError
from hallclient.hall import Hall
from sync.errors import BadReply, CentralError, Unreachable
from sync.push import parse_reply, push_all, push_once
from tests.sync.ops_helpers import consultation_notes, feed_notes


def _ops(hall: Hall) -> list[OutboxOp]:
    def read() -> list[OutboxOp]:
        with hall.session() as session:
            return list(session.scalars(select(OutboxOp).order_by(OutboxOp.id)))

    return hall.worker.call(read)


def test_a_consultation_and_its_op_are_written_in_one_transaction(hall: Hall, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = hall.consultations.create(staff="guide1", window_id="W01", item_codes=["330602-QT-0101"], note="问营业执照",
                                    notice_given=True, ticket_number="C012").value
    [op] = _ops(hall)
    uuid.UUID(op.op_id)
    assert (op.type, op.record_key, op.device_id, op.attempts, op.last_error, op.state) == (
        "consultation.create", f"consultation:{cid}", hall.device_id, 0, None, "pending")
    assert op.payload["note"] == "问营业执照" and op.payload["ticket_number"] == "C012"
    assert op.created_at is not None
    with pytest.raises(ValidationError, match="票号 12 格式不正确"):
        hall.consultations.create(staff="guide1", ticket_number="12")

    def fail(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(hall, "record_audit", fail)  # the last write of the transaction fails
    with pytest.raises(RuntimeError):
        hall.consultations.update(cid, actor="guide1", note="改了")
    assert len(_ops(hall)) == 1  # no op without its change ...
    assert hall.consultations.get(cid).note == "问营业执照"  # ... and no change without its op


def test_push_delivers_in_order_and_brings_the_replica_up_to_the_centre(hall: Hall, client: Any,
                                                                        central: Any) -> None:
    first = hall.consultations.create(staff="guide1", note="一").value
    second = hall.consultations.create(staff="guide1", note="甲").value
    hall.consultations.update(first, actor="guide1", note="二", finished_at=None)
    assert push_all(hall, client) == 3
    assert hall.outbox.summary().pending == 0
    assert feed_notes(central, first) == ["一", "二"]
    assert consultation_notes(central)[second] == "甲"
    assert hall.consultations.get(first).server_seq > 0  # the answer's record was applied
    assert [line.outcome for line in hall.synclog.recent()] == ["applied"] * 3


def _add_item(central: Any, code: str) -> None:
    def add(session: Any) -> None:
        item = ServiceItem(code=code, name="新上线的事项", zone_code="B")
        session.add(item)
        session.flush()
        feed.record(session, "item", code, item_data(item))

    central.app.state.central.run_write(add)


def test_a_rejected_op_stays_in_view_and_holds_back_only_its_own_record(hall: Hall, client: Any,
                                                                        central: Any) -> None:
    refused = hall.consultations.create(staff="guide1", item_codes=["NEW-ITEM"], note="一").value
    hall.consultations.update(refused, actor="guide1", note="二")
    other = hall.consultations.create(staff="guide1", note="别的记录").value
    push_all(hall, client)
    [problem] = hall.outbox.problems()
    assert problem.type == "consultation.create" and problem.last_error == "事项 NEW-ITEM 不存在"
    assert hall.outbox.summary().pending == 1  # the update waits behind it, not dropped
    assert consultation_notes(central) == {other: "别的记录"}  # other records flowed past
    assert hall.consultations.get(refused).note == "二"  # the local record is untouched
    push_all(hall, client)  # pushing again does not send the waiting update
    assert feed_notes(central, refused) == []
    _add_item(central, "NEW-ITEM")  # the centre's catalog catches up; the clerk presses 重试
    hall.outbox.retry(problem.op_id, actor="guide1")
    assert push_all(hall, client) == 2
    assert feed_notes(central, refused) == ["一", "二"]  # in the record's order
    assert hall.outbox.problems() == [] and hall.outbox.summary().pending == 0
    assert [e.action for e in hall.audit.recent(1)] == ["sync.retry"]


def test_a_reply_lost_after_the_centre_applied_the_batch_applies_nothing_twice(
        hall: Hall, proxy: Any, connect: Any, central: Any, central_log: Any) -> None:
    ids = [hall.consultations.create(staff="guide1", note=f"第 {i} 条").value for i in range(5)]
    client = connect(proxy.url, hall)
    proxy.add("POST", "/api/v1/ops", "swallow")
    assert push_all(hall, client) == 5  # the client retried the batch after losing the reply
    assert [s.action for s in proxy.seen if s.path == "/api/v1/ops"] == ["swallow", "pass"]
    assert hall.outbox.summary().pending == 0
    assert len(central_log("applied op")) == 5  # the server's log: one application each ...
    assert len(central_log("duplicate op")) == 5  # ... and the resend answered from the stored answers
    assert sorted(consultation_notes(central)) == sorted(ids)
    assert [line.outcome for line in hall.synclog.recent()] == ["duplicate"] * 5


def test_a_truncated_reply_changes_nothing_and_the_next_push_settles(hall: Hall, proxy: Any, connect: Any,
                                                                     central: Any) -> None:
    cid = hall.consultations.create(staff="guide1", note="截断").value
    client = connect(proxy.url, hall, attempts=1)
    proxy.add("POST", "/api/v1/ops", "cut", keep=150)  # the head and a few bytes of the body
    with pytest.raises(CentralError) as info:
        push_once(hall, client)
    assert isinstance(info.value, BadReply | Unreachable)
    [op] = _ops(hall)
    assert op.attempts == 1 and op.last_error == str(info.value) and op.state == "pending"
    assert consultation_notes(central) == {cid: "截断"}  # the centre did apply it
    assert push_all(hall, client) == 1
    assert hall.outbox.summary().pending == 0


def test_an_unreachable_centre_counts_the_attempt_and_keeps_the_op(hall: Hall, proxy: Any, connect: Any) -> None:
    hall.consultations.create(staff="guide1", note="离线")
    client = connect(proxy.url, hall, attempts=1)
    proxy.refuse()
    with pytest.raises(Unreachable, match="无法连接中心系统"):
        push_once(hall, client)
    [op] = _ops(hall)
    assert op.attempts == 1 and op.last_error.startswith("无法连接中心系统")


def test_a_reply_that_does_not_answer_the_ops_sent_is_refused() -> None:
    good = {"op_id": "a", "status": "applied", "answer": {}, "reason": None, "record": None}
    with pytest.raises(BadReply, match="应答与发送的操作不符"):
        parse_reply({"api_version": 1, "results": [good]}, ["a", "b"])
    with pytest.raises(BadReply, match="应答与发送的操作不符"):
        parse_reply({"api_version": 1, "results": [{**good, "status": "maybe"}]}, ["a"])
    with pytest.raises(BadReply, match="格式错误"):
        parse_reply({"api_version": 1, "results": [{"status": "applied"}]}, ["a"])
    with pytest.raises(BadReply, match="接口版本 2"):
        parse_reply({"api_version": 2, "results": []}, [])


def test_consultations_read_back_as_stored(hall: Hall) -> None:
    cid = hall.consultations.create(staff="guide1", item_codes=["A", "A", "B"], note="去重").value
    info = hall.consultations.get(cid)
    assert info.item_codes == ("A", "B")
    assert hall.consultations.count() == 1 and hall.consultations.recent()[0].id == cid
    assert info.staff == "guide1" and info.notice_given is False
