"""``POST /api/v1/ops`` on SQLite and PostgreSQL: per-op answers, exactly-once, rejections that leave no trace."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest

from sync.errors import Refused
from tests.sync.ops_helpers import applied_count, consultation_notes, create_op, feed_notes, update_op


def _post(client: Any, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return client.json("POST", "/ops", json={"ops": ops})["results"]


def test_each_op_gets_its_own_answer_and_a_rejection_holds_back_only_its_record(central_any: Any,
                                                                               connect: Any) -> None:
    client = connect(central_any.url)
    a, missing, later = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    batch = [create_op(a, note="第一版", item_codes=["330602-QT-0101"]), update_op(a, note="第二版"),
             update_op(missing, note="不存在的记录"), update_op(missing, note="排在被拒之后"),
             create_op(item_codes=["NO-SUCH-ITEM"]), create_op(later, note="后面的其他记录")]
    results = _post(client, batch)
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "blocked", "rejected", "applied"]
    assert results[2]["reason"] == f"咨询登记 {missing} 不存在" and results[2]["code"] == "not_found"
    assert results[4]["reason"] == "事项 NO-SUCH-ITEM 不存在"
    assert results[3]["reason"] == "等待同一记录的前一操作"
    # the answer carries the server's current record and its feed sequence
    record = results[0]["record"]
    assert record["entity"] == "consultation" and record["key"] == a
    assert record["data"]["note"] == "第二版" and record["data"]["item_codes"] == ["330602-QT-0101"]
    assert record["seq"] == results[1]["record"]["seq"]
    # rejected ops left nothing behind: no row, no feed entry, no applied-op id
    assert consultation_notes(central_any) == {a: "第二版", later: "后面的其他记录"}
    assert feed_notes(central_any, a) == ["第一版", "第二版"]
    assert feed_notes(central_any, missing) == []
    assert applied_count(central_any) == 3


def test_a_resent_batch_gets_the_stored_answers_and_changes_nothing(central_any: Any, connect: Any) -> None:
    client = connect(central_any.url)
    a = str(uuid.uuid4())
    batch = [create_op(a, note="一"), update_op(a, note="二"), create_op(item_codes=["NO-SUCH-ITEM"])]
    first = _post(client, batch)
    again = _post(client, batch)
    assert [r["status"] for r in again] == ["duplicate", "duplicate", "rejected"]
    for before, after in zip(first[:2], again[:2], strict=True):
        assert after["answer"] == before["answer"]  # the same stored answer as the first time
    assert feed_notes(central_any, a) == ["一", "二"]
    assert applied_count(central_any) == 2


def test_simultaneous_duplicate_submissions_apply_each_op_once(central_any: Any, connect: Any) -> None:
    """Eight connections send the same 40 ops at the same instant (PostgreSQL: the id insert waits
    for the first transaction, then finds the duplicate)."""
    clients = [connect(central_any.url) for _ in range(8)]
    batch = [create_op(note=f"并发 {i}") for i in range(40)]
    start = threading.Barrier(len(clients))
    answers: list[list[str]] = []

    def send(client: Any) -> None:
        start.wait()
        answers.append([r["status"] for r in _post(client, batch)])

    threads = [threading.Thread(target=send, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == len(clients)
    assert all(set(a) <= {"applied", "duplicate"} for a in answers)
    assert sum(a.count("applied") for a in answers) == len(batch)
    assert applied_count(central_any) == len(batch)
    assert sorted(consultation_notes(central_any).values()) == sorted(f"并发 {i}" for i in range(40))


def test_unknown_types_malformed_payloads_and_missing_rights_are_rejected_in_chinese(central_any: Any,
                                                                                    connect: Any) -> None:
    client = connect(central_any.url)
    weird = {**create_op(), "type": "case.teleport"}
    broken = create_op()
    del broken["payload"]["staff"]
    results = _post(client, [weird, broken])
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert results[0]["reason"] == "中心系统不支持操作类型 case.teleport"
    assert results[1]["reason"] == "操作内容不符合中心系统的要求：KeyError"
    display = connect(central_any.url, user="display")
    denied = _post(display, [create_op()])[0]
    assert denied["status"] == "rejected" and denied["reason"] == "账号 display 无权登记咨询"
    assert applied_count(central_any) == 0


def test_batches_are_limited_to_500_ops_and_replies_carry_the_api_version(central_any: Any, connect: Any) -> None:
    client = connect(central_any.url)
    with pytest.raises(Refused) as too_many:
        _post(client, [create_op() for _ in range(501)])
    assert too_many.value.status == 422
    response = client.request("POST", "/ops", json={"ops": []})
    assert response.headers["Hall-Api-Version"] == "1"
    assert response.json()["results"] == []
