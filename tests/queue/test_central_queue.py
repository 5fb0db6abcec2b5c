"""The central queue over SQLite and PostgreSQL, through real HTTP: issuing, order, transitions, refusals."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from typing import Any

from sqlalchemy import select, update

from central.models import Window, WindowPause, Zone
from tests.queue.conftest import Desk, FakeClock


def numbers(tickets: list[dict[str, Any] | None]) -> list[str | None]:
    return [t["number"] if t else None for t in tickets]


# --- issuing ---------------------------------------------------------------------------------------


def test_issue_numbers_each_prefix_and_masks_personal_data(fake_clock: FakeClock, desk: Desk) -> None:
    first = desk.ok("/tickets", {"kind": "accept", "zone_code": "B", "phone": "138 1234 5678",
                                 "id_number": "11010519491231002X"})
    assert first["ticket"]["number"] == "B001"
    assert first["ticket"]["phone"] == "138****5678"
    assert first["ticket"]["id_number"] == "110105********002X"
    assert (first["people_ahead"], first["warning"]) == (0, None)
    by_item = desk.issue("accept", item_code=_item_of_zone(desk, "B"))
    assert (by_item["number"], by_item["zone_code"]) == ("B002", "B")
    assert [desk.issue(kind)["number"] for kind in ("consult", "pickup", "consult")] == ["C001", "Q001", "C002"]
    assert desk.ok("/tickets", {"kind": "accept", "zone_code": "D"})["people_ahead"] == 0

    feed = json.dumps(desk.changes(), ensure_ascii=False)
    assert "13812345678" not in feed and "11010519491231002X" not in feed  # displays read the feed
    assert "138****5678" in feed

    looked_up = desk.http.get(f"{desk.url}/queue/lookup/{first['ticket']['lookup_id']}", timeout=5).json()
    assert looked_up["ticket"]["number"] == "B001" and looked_up["ticket"]["phone"] == "138****5678"
    assert looked_up["people_ahead"] == 0


def test_ticket_ids_and_lookup_ids_are_time_ordered(fake_clock: FakeClock, desk: Desk) -> None:
    """Version 7 UUIDs made when the ticket was issued (real time), so new rows share the last index pages."""
    before_ms = time.time_ns() // 1_000_000
    ticket = desk.issue("accept", zone_code="B")
    after_ms = time.time_ns() // 1_000_000
    for made in (uuid.UUID(ticket["id"]), uuid.UUID(ticket["lookup_id"])):
        assert made.version == 7
        assert before_ms <= made.int >> 80 <= after_ms
    assert ticket["id"] != ticket["lookup_id"]


def _item_of_zone(desk: Desk, zone: str) -> str:
    items = desk.http.get(desk.url + "/catalog/items", params={"zone": zone}, timeout=5).json()
    return items[0]["code"]


def test_numbers_restart_every_hall_day(fake_clock: FakeClock, central_any: Any) -> None:
    fake_clock.now = dt.datetime(2025, 3, 3, 15, 50, tzinfo=dt.UTC)  # 23:50 in the hall
    desk = Desk(central_any.url)
    yesterday = [desk.issue("accept", zone_code="B")["number"] for _ in range(2)]
    fake_clock.advance(minutes=20)  # 00:10 the next day in the hall (still 16:10 UTC)
    desk = Desk(central_any.url)
    today = desk.issue("accept", zone_code="B")
    assert yesterday == ["B001", "B002"]
    assert (today["number"], today["service_date"]) == ("B001", "2025-03-04")
    called = desk.call_next("W03")
    assert called is not None and called["id"] == today["id"]  # yesterday's tickets are never called
    assert desk.call_next("W03", finish=True) is None


def test_daily_cap_refuses_and_warning_level_warns(fake_clock: FakeClock, desk: Desk, edit_central: Any) -> None:
    edit_central(lambda s: s.execute(update(Zone).where(Zone.code == "D").values(warn_level=2, daily_cap=3)))
    replies = [desk.ok("/tickets", {"kind": "accept", "zone_code": "D"}) for _ in range(3)]
    assert [r["warning"] for r in replies[:2]] == [None, None]
    warning = replies[2]["warning"]
    assert warning["message"] == "不动产登记当前等候 2 人，已达预警人数 2 人，请提醒申请人等候时间较长"
    assert warning["template"].startswith("{zone}当前等候") and warning["params"]["waiting"] == 2
    message = desk.refused("/tickets", {"kind": "accept", "zone_code": "D"})
    assert message == "不动产登记今日已取号 3 张，达到每日上限 3 张，请改日办理或预约"
    assert desk.issue("accept", zone_code="B")["number"] == "B001"  # other zones are not capped


# --- order -----------------------------------------------------------------------------------------


def test_priority_then_due_appointments_then_first_come(fake_clock: FakeClock, desk: Desk) -> None:
    def issue(**fields: Any) -> str:
        fake_clock.advance(minutes=1)
        return desk.issue("accept", zone_code="B", **fields)["number"]

    early = issue()
    booked_later = issue(appointment_at=(fake_clock.now + dt.timedelta(minutes=40)).isoformat())
    walk_in = issue()
    booked_now = issue(appointment_at=(fake_clock.now + dt.timedelta(minutes=5)).isoformat())
    booked_first = issue(appointment_at=fake_clock.now.isoformat())
    elderly = issue(priority_reason="老年人（60周岁以上）")
    calls = [desk.call_next("W03", finish=True) for _ in range(7)]
    assert numbers(calls) == [elderly, booked_first, booked_now, early, booked_later, walk_in, None]
    assert calls[0]["priority_reason"] == "老年人（60周岁以上）"


def test_a_window_calls_only_the_kinds_and_zones_it_serves(fake_clock: FakeClock, desk: Desk) -> None:
    tickets = {}
    for kind, zone in (("accept", "B"), ("pickup", None), ("accept", "A"), ("consult", None), ("accept", "F")):
        fake_clock.advance(seconds=30)
        tickets[(kind, zone)] = desk.issue(kind, zone_code=zone)["number"]
    w01 = [desk.call_next("W01", finish=True) for _ in range(3)]  # W01: 受理 A, 咨询
    assert numbers(w01) == [tickets[("accept", "A")], tickets[("consult", None)], None]
    assert numbers([desk.call_next("W15"), desk.call_next("W15", finish=True)]) == [tickets[("pickup", None)], None]
    assert numbers([desk.call_next("W13")]) == [tickets[("accept", "F")]]  # W13: 受理 F only
    assert numbers([desk.call_next("W03")]) == [tickets[("accept", "B")]]


# --- transitions -----------------------------------------------------------------------------------


def test_recall_at_most_three_times_skip_and_reactivate_once_behind_three(fake_clock: FakeClock, desk: Desk) -> None:
    skipped = desk.issue("accept", zone_code="B")
    others = []
    for _ in range(5):
        fake_clock.advance(minutes=1)
        others.append(desk.issue("accept", zone_code="B")["number"])
    called = desk.call_next("W03")
    assert called["id"] == skipped["id"] and called["status"] == "called"
    for count in (1, 2, 3):
        assert desk.act("W03", "recall", called)["recall_count"] == count
    assert desk.refused("/windows/W03/recall", {"ticket_id": called["id"]}) == "已重呼 3 次，达到上限，请按过号处理"
    assert desk.act("W03", "skip", called)["status"] == "no_show"
    fake_clock.advance(minutes=1)
    back = desk.ok(f"/tickets/{skipped['id']}/reactivate")
    assert (back["ticket"]["status"], back["ticket"]["reactivated"], back["people_ahead"]) == ("waiting", True, 3)
    calls = [desk.call_next("W03", finish=True) for _ in range(4)]
    assert numbers(calls) == [*others[:3], skipped["number"]]
    desk.act("W03", "skip", calls[-1])
    assert desk.refused(f"/tickets/{skipped['id']}/reactivate") == "该号码已重新激活过一次，请重新取号"
    assert numbers([desk.call_next("W03"), desk.call_next("W03", finish=True)]) == others[3:]


def test_start_finish_and_the_history_of_a_ticket(fake_clock: FakeClock, desk: Desk) -> None:
    ticket = desk.issue("accept", zone_code="B")
    fake_clock.advance(minutes=3)
    called = desk.call_next("W03")
    fake_clock.advance(minutes=1)
    serving = desk.act("W03", "start", called)
    fake_clock.advance(minutes=7)
    done = desk.act("W03", "finish", serving, case_number="330602-2025-000123")
    assert (done["status"], done["case_number"], done["clerk"], done["window_id"]) == (
        "done", "330602-2025-000123", "demo", "W03")
    assert done["called_at"] < done["serving_at"] < done["finished_at"]
    events = [c["data"] for c in desk.changes()
              if c["entity"] == "ticket_event" and c["data"]["ticket_id"] == ticket["id"]]
    assert [(e["event"], e["window_id"], e["clerk"]) for e in events] == [
        ("issue", None, "demo"), ("call", "W03", "demo"), ("start", "W03", "demo"), ("finish", "W03", "demo")]
    assert len({e["at"] for e in events}) == 4


def test_transfer_keeps_the_original_issue_time(fake_clock: FakeClock, desk: Desk) -> None:
    moved = desk.issue("accept", zone_code="B")
    fake_clock.advance(minutes=5)
    waiting_d = desk.issue("accept", zone_code="D")
    fake_clock.advance(minutes=5)
    called = desk.call_next("W03")
    assert desk.refused("/windows/W03/transfer", {"ticket_id": called["id"], "reason": "需先办不动产",
                                                  "to_zone": "D", "to_window": "W06"}, 422) == \
        "请选择转移到的受理区或窗口（二选一）"
    transferred = desk.act("W03", "transfer", called, reason="需先办理不动产登记", to_zone="D")
    assert (transferred["status"], transferred["zone_code"], transferred["transfer_reason"]) == (
        "waiting", "D", "需先办理不动产登记")
    assert transferred["queue_at"] == moved["issued_at"]
    assert numbers([desk.call_next("W06"), desk.call_next("W06", finish=True)]) == [
        moved["number"], waiting_d["number"]]

    for_w13 = desk.issue("accept", zone_code="B")
    at_w03 = desk.call_next("W03", finish=True)
    assert at_w03["id"] == for_w13["id"]
    desk.act("W03", "transfer", at_w03, reason="水电气报装", to_window="W13")
    assert desk.call_next("W04", finish=True) is None  # W04 serves zone B, but the ticket is W13's now
    assert desk.call_next("W13")["id"] == for_w13["id"]  # W13 serves only zone F, yet gets its transfer


def test_pause_refuses_calls_and_records_the_paused_interval(fake_clock: FakeClock, desk: Desk,
                                                             central_any: Any) -> None:
    desk.issue("accept", zone_code="B")
    paused = desk.ok("/windows/W03/pause", {"reason": "系统维护"})["window"]
    assert (paused["status"], paused["pause_reason"]) == ("paused", "系统维护")
    assert desk.refused("/windows/W03/call-next") == "3 号窗口已暂停服务，请先恢复服务再叫号"
    assert desk.refused("/windows/W03/pause", {"reason": "again"}) == "3 号窗口已处于暂停状态"
    fake_clock.advance(minutes=12)
    assert desk.ok("/windows/W03/resume")["window"]["status"] == "open"
    assert desk.call_next("W03") is not None
    assert desk.refused("/windows/W03/resume") == "3 号窗口未暂停，无需恢复"

    def pauses(session: Any) -> list[tuple[dt.timedelta, str]]:
        return [(p.ended_at - p.started_at, p.reason) for p in session.scalars(select(WindowPause))]

    assert central_any.app.state.central.run_read(pauses) == [(dt.timedelta(minutes=12), "系统维护")]
    statuses = [c["data"]["status"] for c in desk.changes() if c["entity"] == "window" and c["key"] == "W03"]
    assert statuses[1:] == ["paused", "open"]  # after the seed's entry, one per change (the call changed nothing)
    # the interval itself travels too (the dashboard's paused time of any day): begun, then ended
    pauses = [(c["key"], c["data"]) for c in desk.changes() if c["entity"] == "window_pause"]
    assert [(data["window_id"], data["reason"], data["ended_at"] is None) for _, data in pauses] == [
        ("W03", "系统维护", True), ("W03", "系统维护", False)]
    assert pauses[0][0] == pauses[1][0]


# --- idempotency -----------------------------------------------------------------------------------


def test_a_retried_request_returns_the_first_answer_and_acts_once(fake_clock: FakeClock, desk: Desk) -> None:
    key = str(uuid.uuid4())
    first = desk.ok("/tickets", {"kind": "accept", "zone_code": "B"}, key=key)
    again = desk.ok("/tickets", {"kind": "accept", "zone_code": "B"}, key=key)
    assert again == first
    assert desk.issue("accept", zone_code="B")["number"] == "B002"  # the retry took no number

    call_key = str(uuid.uuid4())
    called = desk.ok("/windows/W03/call-next", {}, key=call_key)
    assert desk.ok("/windows/W03/call-next", {}, key=call_key) == called
    assert called["ticket"]["number"] == "B001"
    assert desk.refused("/windows/W03/call-next") == "B001 号尚未办结，请先办结或过号，再呼叫下一位"

    reused = desk.post("/windows/W04/call-next", {}, key=call_key)
    assert reused.status_code == 409 and "已用于另一个操作" in reused.json()["error"]["message"]
    missing = desk.http.post(desk.url + "/queue/windows/W03/call-next", json={}, timeout=5)
    assert missing.status_code == 422 and "Idempotency-Key" in missing.json()["error"]["message"]


def test_a_retried_issue_tells_the_same_ticket_and_its_place_now(fake_clock: FakeClock, desk: Desk) -> None:
    """The ticket is the stored first answer; people ahead are read after the write, so they are current."""
    desk.issue("accept", zone_code="B")
    key = str(uuid.uuid4())
    first = desk.ok("/tickets", {"kind": "accept", "zone_code": "B"}, key=key)
    assert (first["ticket"]["number"], first["people_ahead"]) == ("B002", 1)
    assert desk.ok("/windows/W03/call-next", {})["ticket"]["number"] == "B001"
    again = desk.ok("/tickets", {"kind": "accept", "zone_code": "B"}, key=key)
    assert again["ticket"] == first["ticket"]
    assert again["people_ahead"] == 0


# --- bad input -------------------------------------------------------------------------------------


def test_bad_input_is_refused_with_a_chinese_message(fake_clock: FakeClock, desk: Desk, edit_central: Any) -> None:
    assert desk.refused("/tickets", {"kind": "accept", "zone_code": "X"}, 404) == "受理区 X 不存在"
    assert desk.refused("/tickets", {"kind": "accept"}, 422) == "受理号须选择受理区或事项"
    assert desk.refused("/tickets", {"kind": "accept", "item_code": "NOPE"}, 404) == "事项 NOPE 不存在"
    assert "电话号码格式不正确" in desk.refused("/tickets", {"kind": "consult", "phone": "12345"}, 422)
    assert "校验位错误" in desk.refused("/tickets", {"kind": "consult", "id_number": "110105194912310021"}, 422)
    assert desk.refused("/tickets", {"kind": "consult", "appointment_at": "2020-01-01T10:00:00+08:00"}, 422) == \
        "预约时间 2020-01-01 10:00 不是今天，请核对预约信息"

    edit_central(lambda s: s.execute(update(Window).where(Window.id == "W16").values(ticket_kinds=[])))
    assert desk.refused("/windows/W16/call-next") == \
        "16 号窗口未配置办理的业务（受理区或号码种类），无法叫号，请联系大厅管理员"
    assert desk.refused("/windows/W99/call-next", status=404) == "窗口 W99 不存在"
    assert desk.refused("/windows/W03/call-number", {"number": "B0x3"}, 422) == \
        "号码 B0X3 格式不正确，应为字母加三位数字，如 B023"
    assert desk.refused("/windows/W03/call-number", {"number": "b042"}, 404) == "今天没有 B042 号，请核对号码"

    first, second = desk.issue("accept", zone_code="B"), desk.issue("accept", zone_code="B")
    called = desk.ok("/windows/W03/call-number", {"number": " b002 "})["ticket"]
    assert called["id"] == second["id"]
    assert desk.refused("/windows/W04/call-number", {"number": "B002"}) == "B002 号已呼叫，不能呼叫"
    assert desk.refused("/windows/W03/recall", {"ticket_id": first["id"]}) == "3 号窗口当前号码是 B002，请刷新后再操作"
    assert desk.refused("/windows/W04/skip", {"ticket_id": called["id"]}) == "4 号窗口当前没有已呼叫的号码"
    desk.act("W03", "start", called)
    assert desk.refused("/windows/W03/skip", {"ticket_id": called["id"]}) == "B002 号办理中，不能过号"
    assert desk.refused(f"/tickets/{called['id']}/reactivate") == "只有过号的号码可以重新激活"
    assert desk.refused(f"/tickets/{called['id']}/cancel") == "B002 号办理中，只有等候中的号码可以取消"
    assert desk.ok(f"/tickets/{first['id']}/cancel")["ticket"]["status"] == "cancelled"


def test_roles_guard_the_guide_desk_and_the_windows(central_any: Any) -> None:
    clerk, guide = Desk(central_any.url, "clerk01"), Desk(central_any.url, "guide1")
    assert clerk.refused("/tickets", {"kind": "consult"}, 403) == "当前账号无权执行此操作"
    assert guide.issue("consult")["number"] == "C001"
    assert guide.refused("/windows/W01/call-next", status=403) == "当前账号无权执行此操作"
    assert clerk.call_next("W01")["number"] == "C001"


def test_issue_and_transfer_events_say_which_queue_the_ticket_left_and_joined(fake_clock: FakeClock,
                                                                               desk: Desk) -> None:
    """The dashboard rebuilds a transferred ticket's stays from its events (issue 7): the issue names the
    queue joined, a transfer the queue left, even when it goes to one window and keeps its zone."""
    moved = desk.issue("accept", zone_code="B")
    consult = desk.issue("consult")
    fake_clock.advance(minutes=2)
    called = desk.call_next("W03")
    desk.act("W03", "transfer", called, reason="需先办理不动产登记", to_zone="D")
    again = desk.call_next("W06")
    desk.act("W06", "transfer", again, reason="由专窗办理", to_window="W13")
    details = {(e["ticket_id"], e["event"]): e["detail"] for e in
               (c["data"] for c in desk.changes() if c["entity"] == "ticket_event")
               if e["event"] in ("issue", "transfer")}
    assert details[(moved["id"], "issue")] == {"kind": "accept", "zone": "B"}
    assert details[(consult["id"], "issue")] == {"kind": "consult", "zone": None}
    transfers = [e["detail"] for e in (c["data"] for c in desk.changes() if c["entity"] == "ticket_event")
                 if e["event"] == "transfer"]
    assert [(t["from_kind"], t["from_zone"], t["to_zone"], t["to_window"]) for t in transfers] == [
        ("accept", "B", "D", None), ("accept", "D", None, "W13")]
