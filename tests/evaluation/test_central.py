"""Evaluations at the real central service: each applied exactly once, one per service across counters,
echoed in the feed with the follow-up (without the rater), follow-ups by managers only, the rater's
contact for managers only; and the network tablet driver through the relay."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from central.models import AuditEvent, Evaluation, EvaluationFollowUp
from hallclient.domain.rating import answer_from_wire
from hallclient.evaluator.desk import EvaluationDesk, Phase
from hallclient.hall import Hall
from hallclient.paths import DataDir
from sync.client import CentralClient
from sync.errors import Refused
from sync.pull import pull_all
from sync.push import push_all, wire
from sync.rating_pad import PadClient, TabletDevice
from tests.evaluation.conftest import BAD, GOOD, end_of, wait_for


def _central_count(central: Any, model: type) -> int:
    return central.app.state.central.run_read(lambda s: s.scalar(select(func.count()).select_from(model)))


def _rate(hall: Hall, ref: str, data: dict[str, Any]) -> str:
    info = hall.evaluations.open(end_of(ref), "builtin").value
    hall.evaluations.close(info.id, answer_from_wire(data))
    return info.id


@pytest.fixture
def other(central: Any, migrated_cache: Path, tmp_path: Path) -> Iterator[tuple[Hall, CentralClient]]:
    """A second PC, the hall manager's (user ``manager``)."""
    root = tmp_path / "manager-pc"
    root.mkdir()
    shutil.copy(migrated_cache, root / "hallclient.db")
    hall = Hall.open(DataDir(root))
    client = CentralClient(central.url, device_id=hall.device_id)
    client.login("manager", "manager")
    yield hall, client
    client.close()
    hall.close()


def test_an_evaluation_reaches_the_centre_once_and_the_manager_pc_by_the_feed(
        central: Any, hall: Hall, client: CentralClient, other: tuple[Hall, CentralClient]) -> None:
    pull_all(hall, client)
    evaluation_id = _rate(hall, "push-1", BAD)
    op = hall.outbox.next_batch()[0]
    assert push_all(hall, client) >= 1
    assert _central_count(central, Evaluation) == 1 and _central_count(central, EvaluationFollowUp) == 1
    again = client.json("POST", "/ops", json={"ops": [wire(op)]})  # the reply was lost: sent again
    assert again["results"][0]["status"] == "duplicate"
    assert _central_count(central, Evaluation) == 1
    stored = central.app.state.central.run_read(lambda s: s.get(Evaluation, evaluation_id))
    assert stored.case_number == "330602-W05-20250101-0001" and stored.level == 5

    manager_hall, manager = other
    pull_all(manager_hall, manager)
    follow = manager_hall.followups.get(evaluation_id)
    assert follow is not None and follow.stage == "callback" and follow.case_number == stored.case_number
    manager_hall.followups.update(evaluation_id, actor="manager", callback_note="已电话回访，申请人反映排队久",
                                  verified=True)
    manager_hall.followups.update(evaluation_id, actor="manager", rectification="增开午间窗口",
                                  applicant_satisfied=True)
    assert push_all(manager_hall, manager) == 2
    pull_all(hall, client)
    seen = hall.followups.get(evaluation_id)
    assert seen is not None and seen.stage == "closed" and seen.verified and seen.applicant_satisfied


def test_a_second_evaluation_of_one_service_is_rejected_by_the_centre(
        central: Any, hall: Hall, client: CentralClient, other: tuple[Hall, CentralClient]) -> None:
    pull_all(hall, client)
    _rate(hall, "twice", GOOD)
    push_all(hall, client)
    other_hall, _manager = other
    pull_all(other_hall, client)
    assert other_hall.evaluations.by_service("ticket:twice") is not None  # the feed brought it
    # a counter that did not know yet (offline) rates the same service: the centre refuses it
    second = Hall.open(DataDir(other_hall.data_dir.root.parent / "third"))
    try:
        _rate(second, "twice", GOOD)
        push_all(second, client)
        problem = second.outbox.problems()[0]
        assert "一次服务只能评价一次" in (problem.last_error or "")
    finally:
        second.close()
    assert _central_count(central, Evaluation) == 1


def test_followups_and_the_rater_are_for_managers_only(central: Any, hall: Hall, client: CentralClient,
                                                       other: tuple[Hall, CentralClient]) -> None:
    pull_all(hall, client)
    evaluation_id = _rate(hall, "who", BAD)
    push_all(hall, client)
    clerk = CentralClient(central.url)
    clerk.login("clerk05", "clerk05")
    with pytest.raises(Refused, match="只有大厅管理员"):
        clerk.json("GET", f"/evaluations/{evaluation_id}/rater")
    _hall, manager = other
    contact = manager.json("GET", f"/evaluations/{evaluation_id}/rater")
    assert contact["case_number"] == "330602-W05-20250101-0001"
    audited = central.app.state.central.run_read(lambda s: s.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "evaluation.rater")))
    assert audited == 1
    hall.followups.update(evaluation_id, actor="clerk05", callback_note="我来回访")
    clerk_hall = hall
    push_all(clerk_hall, clerk)
    assert "无权登记" in (clerk_hall.outbox.problems()[0].last_error or "")
    clerk.close()


def test_network_tablet_rates_through_the_central_relay(central: Any, hall: Hall, client: CentralClient) -> None:
    pull_all(hall, client)
    tablet_login = CentralClient(central.url)
    tablet_login.login("evaluator", "evaluator")
    pad = PadClient(tablet_login, "W05")
    device = TabletDevice(client, "W05", wait_s=1.0, retry_s=0.1)
    desk = EvaluationDesk(hall, device, timeout_s=30, placeholder=b"\x89PNG-avatar").start()
    try:
        first = pad.next(-1, wait=0)  # the tablet comes online
        wait_for(lambda: desk.status.connected, timeout=5)
        info = desk.prompt(end_of("tablet-1"))
        state = pad.next(first.version, wait=5)
        assert state.prompt_id == info.id and state.prompt["item"] == "企业设立登记"
        assert state.prompt["photo"]  # the clerk's photo (here the placeholder) travels to the tablet
        wait_for(lambda: desk.status.shown, timeout=5)
        with pytest.raises(Refused, match="原因"):  # checked at the relay before the window sees it
            pad.answer(info.id, {"level": 4})
        pad.answer(info.id, BAD)
        with pytest.raises(Refused, match=r"已提交|已结束"):
            pad.answer(info.id, BAD)
        wait_for(lambda: desk.status.phase == Phase.RATED, timeout=5)
        stored = hall.evaluations.get(info.id)
        assert stored.level == 5 and stored.device == "tablet"
        after = pad.next(state.version, wait=5)
        wait_for(lambda: pad.next(-1, wait=0).prompt is None, timeout=5)  # back to the welcome screen
        assert after.version > state.version
    finally:
        desk.close()
        tablet_login.close()


def test_tablet_gone_mid_rating_ends_unrated(central: Any, hall: Hall, client: CentralClient) -> None:
    pull_all(hall, client)
    device = TabletDevice(client, "W05", wait_s=0.5, retry_s=0.1)
    desk = EvaluationDesk(hall, device, timeout_s=1.0).start()
    try:
        info = desk.prompt(end_of("tablet-2"))
        assert not desk.status.connected  # no tablet has asked
        wait_for(lambda: desk.status.phase == Phase.TIMED_OUT, timeout=5)
        assert hall.evaluations.get(info.id).level is None
    finally:
        desk.close()
