"""Rebuilding a ticket's stays from the cached row and events (hallclient.dashboard.replay), hand-checked."""

from __future__ import annotations

from hallclient.dashboard.replay import EventRow, TicketRow, ticket_record
from hallclient.domain.tickets import TicketStatus as S
from tests.dashboard.fixtures import at


def row(status: str, kind: str = "accept", zone: str | None = "D", issued: str = "08:45",
        **times: str | None) -> TicketRow:
    def t(name: str) -> object:
        value = times.get(name)
        return None if value is None else at(value)

    return TicketRow("t1", "B005", kind, zone, "BDC-001", status, False, at(issued), t("called"), t("serving"),
                     t("finished"), times.get("window"), "李四", 0, None)  # type: ignore[arg-type]


def ev(n: int, event: str, hhmm: str, window: str | None = None, **detail: object) -> EventRow:
    return EventRow(n, event, at(hhmm), window, detail or None)


def test_a_transferred_ticket_waits_in_both_queues_and_not_at_the_first_window() -> None:
    """B005 of the fixture day: waits in B 08:45–09:05, at window 1, 转移 09:10 to D, waits to 09:30."""
    events = [ev(1, "issue", "08:45", kind="accept", zone="B"), ev(2, "call", "09:05", "w1"),
              ev(3, "start", "09:06", "w1"),
              ev(4, "transfer", "09:10", "w1", reason="属不动产登记业务", from_kind="accept", from_zone="B",
                 to_zone="D", to_window=None),
              ev(5, "call", "09:30", "w2"), ev(6, "start", "09:31", "w2"), ev(7, "finish", "09:50", "w2")]
    record = ticket_record(row(S.DONE, called="09:30", serving="09:31", finished="09:50", window="w2"),
                           list(reversed(events)))  # any order
    assert [(s.zone, s.entered_at, s.called_at) for s in record.stays] == [
        ("B", at("08:45"), at("09:05")), ("D", at("09:10"), at("09:30"))]
    (move,) = record.transfers
    assert (move.from_zone, move.from_window, move.to_zone, move.reason) == ("B", "w1", "D", "属不动产登记业务")
    assert record.serving_at == at("09:31") and record.finished_at == at("09:50") and not record.no_show


def test_events_recorded_before_the_centre_named_the_queues_fall_back_on_the_ticket() -> None:
    """Old events: no kind/zone on the issue, no from-zone on the transfer — the best guess is the ticket's queue."""
    events = [ev(1, "issue", "08:45"), ev(2, "call", "09:05", "w1"),
              ev(3, "transfer", "09:10", "w1", reason="x", to_zone=None, to_window="w2")]
    record = ticket_record(row(S.WAITING), events)
    assert [(s.zone, s.called_at) for s in record.stays] == [("D", at("09:05")), ("D", None)]


def test_a_skipped_and_reactivated_ticket_counts_as_a_no_show_and_waits_again() -> None:
    """D005: called 08:40, 过号 08:45, reactivated 09:00, called 09:26 (a 开始办理 before that call is dropped)."""
    events = [ev(1, "issue", "08:36", kind="accept", zone="D"), ev(2, "call", "08:40", "w4"),
              ev(3, "recall", "08:42", "w4"), ev(4, "skip", "08:45", "w4"), ev(5, "reactivate", "09:00"),
              ev(6, "call", "09:26", "w4"), ev(7, "finish", "09:29", "w4")]
    record = ticket_record(row(S.DONE, issued="08:36", called="09:26", serving="08:41", finished="09:29",
                               window="w4"), events)
    assert [(s.entered_at, s.called_at) for s in record.stays] == [(at("08:36"), at("08:40")),
                                                                    (at("09:00"), at("09:26"))]
    assert record.no_show and record.serving_at is None


def test_a_call_made_offline_arrives_without_its_event() -> None:
    record = ticket_record(row(S.SERVING, called="09:20", serving="09:21", window="w1"),
                           [ev(1, "issue", "08:45", kind="accept", zone="D")])
    assert record.stays[0].called_at == at("09:20") and record.finished_at is None
    no_events = ticket_record(row(S.CANCELLED, finished="09:00"), [])
    assert no_events.stays[0].called_at is None and no_events.finished_at == at("09:00")
