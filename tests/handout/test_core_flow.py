"""The hand-out core against the real central service: a result arrives, its document is verified, a
取件号 is linked, the person is checked, the result is handed out or mailed exactly once."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import pytest
from sqlalchemy import select

from central.models import CaseResult
from hallclient.domain.handout import IdSource, Presented, check_mailing
from hallclient.errors import ConflictError, HallError, NotFoundError, ValidationError
from hallclient.hall import Hall
from sync.client import CentralClient
from sync.push import push_all
from sync.results import HandoutApi, fetch_document
from tests.handout.conftest import OTHER_ID, PERSON, accept, arrived, finish

SIGNATURE = b"\x89PNG\r\n\x1a\n fake signature for the core tests"


def _signed(hall: Hall) -> str:
    return hall.files.add(SIGNATURE, filename="signature.png", mime="image/png").value


def _central_result(central: Any, result_id: str) -> CaseResult:
    state = central.app.state.central
    return state.run_read(lambda s: s.scalar(select(CaseResult).where(CaseResult.id == result_id)))


def test_result_arrives_with_its_statement_and_verified_document(hall: Hall, client: CentralClient) -> None:
    case_id = accept(hall, client)
    result_id = finish(client, case_id, 12)
    view = arrived(hall, client, result_id)
    assert (view.case_id, view.outcome, view.state, view.applicant_name) == (case_id, 12, "waiting", "王建军")
    assert view.id_number == "330602********0314"  # the feed carries it masked
    assert [r.id for r in hall.results.waiting()] == [result_id]
    job = hall.results.next_document()
    assert job is not None and job.wait_s == 0
    assert fetch_document(hall, client, job)
    stored = hall.results.get(result_id)
    assert stored.document_verified and stored.document_error is None
    assert hashlib.sha256(hall.files.path(stored.document_sha256).read_bytes()).hexdigest() == stored.document_sha256
    assert hall.results.next_document() is None


def test_a_document_that_does_not_match_its_sha256_is_rejected_and_retried(
        hall: Hall, client: CentralClient, central: Any, caplog: pytest.LogCaptureFixture) -> None:
    result_id = finish(client, accept(hall, client))
    view = arrived(hall, client, result_id)
    from central.api.cases import _store

    blob = _store(central.app.state.central).blob(view.document_sha256)
    good = blob.read_bytes()
    blob.write_bytes(good + b"tampered")
    with caplog.at_level(logging.WARNING, logger="sync.results"):
        assert not fetch_document(hall, client, hall.results.next_document())
    rejected = hall.results.get(result_id)
    assert not rejected.document_verified
    assert "校验不符" in rejected.document_error and "rejected" in caplog.text
    assert not hall.files.path(view.document_sha256).exists()
    job = hall.results.next_document()
    assert job is not None and 0 < job.wait_s <= 30  # retried later, not hammered
    blob.write_bytes(good)
    assert fetch_document(hall, client, job)
    assert hall.results.get(result_id).document_verified


def test_pickup_ticket_by_id_number_is_linked_to_the_results(hall: Hall, client: CentralClient,
                                                             central: Any) -> None:
    first, second = (finish(client, accept(hall, client)) for _ in range(2))
    for result_id in (first, second):
        arrived(hall, client, result_id)
    api = HandoutApi(hall, client)
    picked = api.issue_pickup(PERSON.id_number)
    assert picked.issued.ticket.number.startswith("Q")
    assert {r.id for r in picked.results} == {first, second}
    assert {r.id for r in hall.results.for_ticket(picked.issued.ticket.id)} == {first, second}
    push_all(hall, client)
    assert _central_result(central, first).pickup_number == picked.issued.ticket.number
    with pytest.raises(ValidationError, match="没有找到待领取的结果"):
        api.issue_pickup("13800000000")
    with pytest.raises(HallError, match="不是办件编号"):
        api.issue_pickup("不是号码")


def test_hand_out_checks_every_mismatch_then_is_applied_once(hall: Hall, client: CentralClient,
                                                             central: Any) -> None:
    result_id = finish(client, accept(hall, client))
    arrived(hall, client, result_id)
    api = HandoutApi(hall, client)
    wrong, _by_centre = api.verify(result_id, Presented(OTHER_ID))
    assert [e.template for e in wrong] == ["出示的证件号码 {typed} 与受理记录中的申请人或代办人（{recorded}）不符"]
    named, _ = api.verify(result_id, Presented(PERSON.id_number, "王建国", IdSource.READER))
    assert [e.params["name"] for e in named] == ["王建国"]
    right, _ = api.verify(result_id, Presented(PERSON.id_number, "王建军", IdSource.READER))
    assert right == []
    with pytest.raises(ValidationError, match="签名"):
        hall.results.hand_out(result_id, Presented(PERSON.id_number), "0" * 64, window_id="W05", clerk="demo")
    signature = _signed(hall)
    with pytest.raises(ValidationError, match="不符"):
        hall.results.hand_out(result_id, Presented(OTHER_ID), signature, window_id="W05", clerk="demo")
    done = hall.results.hand_out(result_id, Presented(PERSON.id_number), signature, window_id="W05", clerk="demo")
    assert done.changes.results and done.changes.keys == frozenset({f"result:{result_id}"})
    handed = done.value
    assert (handed.case_number, handed.window_id, handed.clerk, handed.item_codes) == (
        hall.results.get(result_id).case_number, "W05", "demo", ("330602-XK-0206",))
    with pytest.raises(ConflictError, match="不能重复出件"):
        hall.results.hand_out(result_id, Presented(PERSON.id_number), signature, window_id="W05", clerk="demo")
    push_all(hall, client)
    push_all(hall, client)  # nothing is sent twice
    row = _central_result(central, result_id)
    assert (row.state, row.handed_out_window, row.handed_out_clerk, row.signature_sha256) == (
        "handed_out", "W05", "demo", signature)
    assert hall.outbox.summary().rejected == 0


def test_a_second_window_handing_out_the_same_result_is_refused_by_the_centre(
        hall: Hall, client: CentralClient, central: Any, tmp_path: Any, migrated_cache: Any) -> None:
    from hallclient.paths import DataDir
    from sync.pull import pull_all

    result_id = finish(client, accept(hall, client))
    arrived(hall, client, result_id)
    root = tmp_path / "pc2"
    root.mkdir()
    root.joinpath("hallclient.db").write_bytes(migrated_cache.read_bytes())
    other = Hall.open(DataDir(root))
    other_client = CentralClient(central.url, device_id=other.device_id)
    try:
        other_client.login("demo", "demo")
        pull_all(other, other_client)
        hall.results.hand_out(result_id, Presented(PERSON.id_number), _signed(hall), window_id="W05", clerk="demo")
        api = HandoutApi(other, other_client)
        mismatches, by_centre = api.verify(result_id, Presented(PERSON.id_number))
        assert mismatches == [] and by_centre  # the other PC holds the ID only masked: the centre checked
        other.results.hand_out(result_id, Presented(PERSON.id_number), _signed(other), window_id="W06",
                               clerk="demo", checked_by_centre=True)
        push_all(hall, client)
        push_all(other, other_client)
        assert other.outbox.summary().rejected == 1
        assert _central_result(central, result_id).handed_out_window == "W05"
    finally:
        other_client.close()
        other.close()


def test_mail_delivery_is_recorded_masked_and_the_applicant_notified(
        hall: Hall, client: CentralClient, central: Any, caplog: pytest.LogCaptureFixture) -> None:
    result_id = finish(client, accept(hall, client))
    arrived(hall, client, result_id)
    mailing = check_mailing("王建军", "13905751234", "浙江省绍兴市越城区人民中路 100 号", "ems", "EA123456789CN")
    done = hall.results.mail(result_id, mailing, window_id="W05", clerk="demo").value
    assert done.state == "mailed"
    assert hall.results.get(result_id).delivery["phone"] == "139****1234"
    with caplog.at_level(logging.INFO, logger="central.handout"):
        push_all(hall, client)
    row = _central_result(central, result_id)
    assert row.state == "mailed" and row.delivery["tracking_number"] == "EA123456789CN"
    assert row.delivery["phone"] == "139****1234" and "13905751234" not in caplog.text
    assert "短信通知" in caplog.text and "EA123456789CN" in caplog.text


def test_bad_input_is_refused_in_chinese(hall: Hall, client: CentralClient) -> None:
    with pytest.raises(NotFoundError, match="不存在"):
        hall.results.hand_out("no-such-result", Presented(PERSON.id_number), "0" * 64, window_id="W05",
                              clerk="demo")
    with pytest.raises(Exception, match="不存在"):
        client.json("POST", "/test/cases/no-such-case/finish", json={"outcome": 11})
    with pytest.raises(ValidationError, match="运单号"):
        check_mailing("王建军", "13905751234", "浙江省绍兴市越城区人民中路 100 号", "sf", "EA123456789CN")
    with pytest.raises(ValidationError, match="电话号码"):
        check_mailing("王建军", "1390575", "浙江省绍兴市越城区人民中路 100 号", "ems", "EA123456789CN")
