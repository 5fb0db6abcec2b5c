"""The desk and the core without a UI: one evaluation per service, timeout → 未评价, bad answers refused,
a 差评 opens its follow-up in working days, the outbox carries each closed evaluation once."""

from __future__ import annotations

import datetime as dt

import pytest

from hallclient.domain.rating import PROMPTED, RATED, UNRATED, Closure
from hallclient.errors import ConflictError
from hallclient.evaluator.builtin import BuiltinDevice
from hallclient.evaluator.desk import EvaluationDesk, Phase
from hallclient.hall import Hall
from tests.evaluation.conftest import BAD, GOOD, FakeScreen, end_of, wait_for


@pytest.fixture
def desk(hall: Hall) -> EvaluationDesk:
    d = EvaluationDesk(hall, BuiltinDevice(), timeout_s=30, placeholder=b"png").start()
    yield d
    d.close()


def _screen(desk: EvaluationDesk) -> FakeScreen:
    screen = FakeScreen()
    assert isinstance(desk.device, BuiltinDevice)
    desk.device.attach(screen)
    return screen


def test_bad_rating_is_stored_once_with_its_followup_and_one_outbox_op(hall: Hall, desk: EvaluationDesk) -> None:
    screen = _screen(desk)
    info = desk.prompt(end_of("t-1"))
    assert screen.prompts[-1].item_name == "企业设立登记" and screen.prompts[-1].photo == b"png"
    assert desk.status.phase == Phase.WAITING and desk.status.connected
    desk.device.submit(info.id, BAD)
    desk.device.submit(info.id, BAD)  # the applicant taps twice
    wait_for(lambda: len(screen.finished) == 2)
    stored = hall.evaluations.get(info.id)
    assert stored is not None and stored.status == RATED and stored.level == 5 and stored.has_followup
    assert [f[1] for f in screen.finished] == ["rated", "refused"]
    assert "已结束" in str(screen.finished[1][2])
    ops = [op for op in hall.outbox.next_batch() if op.type == "evaluation.record"]
    assert len(ops) == 1 and ops[0].payload["case_number"] == "330602-W05-20250101-0001"
    assert desk.status.phase == Phase.RATED
    follow = hall.followups.get(info.id)
    assert follow is not None and follow.stage == "callback"
    assert follow.reasons == ("排队等候时间过长", "工作人员服务态度差")
    calendar = hall.calendar.current()
    today = follow.rated_at.astimezone(dt.timezone(dt.timedelta(hours=8))).date()
    assert follow.rectify_due == calendar.add_working_days(today, 15).date


def test_second_prompt_for_one_service_is_refused(desk: EvaluationDesk) -> None:
    desk.prompt(end_of("t-2"))
    with pytest.raises(ConflictError, match="正在等待"):
        desk.prompt(end_of("t-2"))


def test_a_rated_service_cannot_be_prompted_again(hall: Hall, desk: EvaluationDesk) -> None:
    _screen(desk)
    info = desk.prompt(end_of("t-3"))
    desk.device.submit(info.id, GOOD)
    wait_for(lambda: desk.status.phase == Phase.RATED)
    with pytest.raises(ConflictError, match="一次服务只能评价一次"):
        desk.prompt(end_of("t-3"))


def test_a_bad_rating_without_reason_is_refused_and_the_prompt_stays(hall: Hall, desk: EvaluationDesk) -> None:
    screen = _screen(desk)
    info = desk.prompt(end_of("t-4"))
    desk.device.submit(info.id, {"level": 4})
    wait_for(lambda: screen.finished)
    assert screen.finished[0][1] == "refused" and "原因" in str(screen.finished[0][2])
    assert hall.evaluations.get(info.id).status == PROMPTED
    assert desk.status.phase == Phase.WAITING


def test_timeout_records_unrated_never_a_good_rating(hall: Hall) -> None:
    desk = EvaluationDesk(hall, BuiltinDevice(), timeout_s=0.3).start()
    try:
        screen = _screen(desk)
        info = desk.prompt(end_of("t-5"))
        wait_for(lambda: desk.status.phase == Phase.TIMED_OUT)
        stored = hall.evaluations.get(info.id)
        assert stored.status == UNRATED and stored.level is None and stored.closure == Closure.TIMEOUT
        assert stored.label == "未评价" and not stored.has_followup
        assert screen.finished == [(info.id, "timeout", None)]
        desk.device.submit(info.id, GOOD)  # too late
        wait_for(lambda: len(screen.finished) == 2)
        assert hall.evaluations.get(info.id).level is None
    finally:
        desk.close()


def test_next_service_supersedes_an_open_prompt_as_unrated(hall: Hall, desk: EvaluationDesk) -> None:
    first = desk.prompt(end_of("t-6"))
    desk.prompt(end_of("t-7"))
    stored = hall.evaluations.get(first.id)
    assert stored.status == UNRATED and stored.closure == Closure.SUPERSEDED


def test_prompts_left_open_by_a_stopped_counter_close_as_unrated(hall: Hall) -> None:
    info = hall.evaluations.open(end_of("t-8"), "builtin").value
    assert hall.evaluations.close_stale(dt.timedelta(seconds=-1)).value == 1
    assert hall.evaluations.get(info.id).closure == Closure.INTERRUPTED


def test_without_a_screen_the_device_is_disconnected_and_the_prompt_waits(hall: Hall) -> None:
    desk = EvaluationDesk(hall, BuiltinDevice(), timeout_s=30).start()
    try:
        desk.prompt(end_of("t-9"))
        assert not desk.status.connected and desk.status.phase == Phase.WAITING
        screen = FakeScreen()
        detach = desk.device.attach(screen)
        assert desk.status.connected and screen.prompts  # a screen that comes later shows the prompt
        detach()
        assert not desk.status.connected
    finally:
        desk.close()
