"""The centre's ``case.*`` appliers over SQLite and PostgreSQL: stored once, echoed, inconsistent ops refused."""

from __future__ import annotations

import copy
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from hallclient.domain.cases import CaseStatus
from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.pull import pull_all
from sync.push import push_all
from tests.cases.conftest import COMPANY, FOOD, attach, check_all, open_case


@pytest.fixture
def counter(central_any: Any, hall: Hall) -> tuple[Hall, CentralClient]:
    client = CentralClient(central_any.url, device_id=hall.device_id)
    client.login("demo", "demo")
    yield attach(hall, client), client
    client.close()


def _send(client: CentralClient, op_type: str, payload: dict[str, Any], device: str) -> dict[str, Any]:
    body = client.json("POST", "/ops", json={"ops": [{
        "op_id": str(uuid.uuid4()), "type": op_type, "record_key": f"case:{payload['id']}", "payload": payload,
        "device_id": device}]})
    return body["results"][0]


def test_a_case_travels_to_the_centre_and_back(counter: tuple[Hall, CentralClient]) -> None:
    hall, client = counter
    case_id = open_case(hall)
    check_all(hall, case_id, food_safety_rules="missing")
    hall.cases.decide(case_id, None, None, False, actor="demo")
    sent = len(hall.outbox.pending_for(f"case:{case_id}"))
    assert push_all(hall, client) == sent  # open, each material, decide: all applied, in order
    assert hall.outbox.summary().pending == 0 and hall.outbox.problems() == []
    stored = client.json("GET", f"/cases/{case_id}")["data"]
    local = hall.cases.get(case_id)
    assert stored["number"] == local.number and stored["status"] == CaseStatus.ACCEPTED
    assert stored["decision"] == "accept_deferred" and stored["supplement_due"] == "2026-11-27"
    assert stored["promised_date"] == local.deadline.date.isoformat()
    assert stored["id_number"] == "913306********K472"
    assert [h["status"] for h in stored["history"]] == [1, 3]
    # the echo keeps this counter's full values (it typed them) and the centre's timeline
    pull_all(hall, client)
    again = hall.cases.get(case_id)
    assert again.applicant.id_number == COMPANY.id_number and again.applicant.phone == COMPANY.phone
    assert [t.status for t in again.timeline] == [1, 3]


def test_inconsistent_ops_are_refused_in_chinese(counter: tuple[Hall, CentralClient]) -> None:
    hall, client = counter
    case_id = open_case(hall)
    [op] = hall.outbox.pending_for(f"case:{case_id}")
    good = op.payload
    bad_item = {**copy.deepcopy(good), "items": ["330602-XX-9999"]}
    assert _send(client, "case.open", bad_item, hall.device_id)["reason"] == "事项 330602-XX-9999 不存在或已停止办理"
    bad_id = {**copy.deepcopy(good), "id_number": "91330602MA2JD8K473"}
    assert _send(client, "case.open", bad_id, hall.device_id)["reason"] == "统一社会信用代码校验位错误：末位应为 2"
    bad_number = {**copy.deepcopy(good), "number": good["number"].replace("-05-", "-06-")}
    assert "与大厅、窗口" in _send(client, "case.open", bad_number, hall.device_id)["reason"]
    # a decision the centre's copy of the checklist does not support
    push_all(hall, client)
    decide = {"id": case_id, "decision": "accept", "reason": None, "commitment_signed": False,
              "history": [{"status": 3, "at": "2026-11-22T02:05:00+00:00", "actor": "demo", "window_id": "W05",
                           "note": None}]}
    reply = _send(client, "case.decide", decide, hall.device_id)
    assert reply["status"] == "rejected" and "材料不齐全或有误，不能受理" in reply["reason"]
    assert client.json("GET", f"/cases/{case_id}")["data"]["status"] == CaseStatus.RECEIVED


def test_two_pcs_set_to_one_window_are_detected(counter: tuple[Hall, CentralClient], tmp_path: Path,
                                                 migrated_cache: Path, central_any: Any) -> None:
    """Each PC numbers offline; the centre refuses the second PC's number (and says why), the first case
    stays as it was. (A PC that has already pulled the other's case refuses locally: see test_intake.)"""
    hall, client = counter
    root = tmp_path / "pc2"
    root.mkdir()
    root.joinpath("hallclient.db").write_bytes(migrated_cache.read_bytes())
    other = Hall.open(DataDir(root))
    other_client = CentralClient(central_any.url, device_id=other.device_id)
    try:
        other_client.login("demo", "demo")
        attach(other, other_client, "W05")  # the same window by mistake
        first = open_case(hall)
        push_all(hall, client)
        second = open_case(other)
        push_all(other, other_client)
        [problem] = other.outbox.problems()
        assert problem.record_key == f"case:{second}"
        assert "两台电脑被设置成了同一窗口" in problem.last_error
        assert hall.cases.get(first).number in problem.last_error
        stored = client.json("GET", f"/cases/{first}")["data"]
        assert stored["applicant_name"] == COMPANY.name  # the first case is untouched, nothing merged
        missing = requests.get(f"{central_any.url}/api/v1/cases/{second}", timeout=5,
                               headers={"Authorization": f"Bearer {client._access}"})
        assert missing.status_code == 404
    finally:
        other_client.close()
        other.close()


def test_an_op_sent_twice_applies_once(counter: tuple[Hall, CentralClient]) -> None:
    hall, client = counter
    case_id = open_case(hall, (FOOD,))
    [op] = hall.outbox.pending_for(f"case:{case_id}")
    wire = {"op_id": op.op_id, "type": op.type, "record_key": op.record_key, "payload": op.payload,
            "device_id": op.device_id}
    first = client.json("POST", "/ops", json={"ops": [wire]})["results"][0]
    again = client.json("POST", "/ops", json={"ops": [wire]})["results"][0]
    assert (first["status"], again["status"]) == ("applied", "duplicate")
    assert len(client.json("GET", f"/cases/{case_id}")["data"]["history"]) == 1
