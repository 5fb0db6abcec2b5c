"""A ticket's record rebuilt from what the cache keeps: the ticket as it is now and its events (issue 7).

The replica holds each ticket's latest state (``tickets``) and its transitions (``ticket_events``,
one per issue, call, recall, skip, reactivation, start, transfer, finish, cancellation). The
dashboard needs the stretches of waiting (:class:`~hallclient.dashboard.records.Stay`): a stay
starts at the issue, a transfer or a reactivation and ends at the call that follows.

Which queue each stay was in: the issue event names the queue joined and a transfer the queue it
left (``central.queue``: ``kind``/``zone`` and ``from_kind``/``from_zone``); a transfer to one window
keeps the queue. Events recorded before the centre named them, and tickets whose events never
reached this counter (a window's offline calls travel without them), fall back on the ticket's own
state: its present queue, its issue time and its latest call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hallclient.dashboard.records import QueueKey, Stay, TicketRecord, Transfer
from hallclient.domain.queue_rules import TicketEventType as Ev
from hallclient.domain.tickets import TicketKind, TicketStatus

_CALLED = frozenset({TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW})
_FINISHED = frozenset({TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED})


@dataclass(frozen=True, slots=True)
class TicketRow:
    """The columns of a cached ticket that the dashboard reads (``called_at`` is its latest call)."""

    id: str
    number: str
    kind: str
    zone_code: str | None
    item_code: str | None
    status: str
    priority: bool
    issued_at: dt.datetime
    called_at: dt.datetime | None
    serving_at: dt.datetime | None
    finished_at: dt.datetime | None
    window_id: str | None
    clerk: str | None
    recall_count: int
    appointment_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class EventRow:
    """One cached ticket event; ``detail`` as the centre recorded it (``None`` or a dict)."""

    id: int
    event: str
    at: dt.datetime
    window_id: str | None
    detail: Mapping[str, Any] | None


class _Stay:
    """A stay being built: its queue may be unknown (``None``) until a later event or the ticket says."""

    __slots__ = ("called_at", "entered_at", "queue")

    def __init__(self, queue: QueueKey | None, entered_at: dt.datetime) -> None:
        self.queue, self.entered_at = queue, entered_at
        self.called_at: dt.datetime | None = None


def _issue_queue(events: Sequence[EventRow]) -> QueueKey | None:
    for event in events:
        if event.event == Ev.ISSUE and event.detail and "kind" in event.detail:
            return event.detail["kind"], event.detail.get("zone")
    return None


def _replay(row: TicketRow, events: Sequence[EventRow]) -> tuple[list[_Stay], list[Transfer]]:
    stays = [_Stay(_issue_queue(events), row.issued_at)]
    transfers = []
    for event in events:
        last, detail = stays[-1], event.detail or {}
        if event.event == Ev.CALL and last.called_at is None:
            last.called_at = event.at
        elif event.event == Ev.TRANSFER:
            if "from_kind" in detail:
                last.queue = detail["from_kind"], detail.get("from_zone")
            to_zone = detail.get("to_zone")
            joined = (TicketKind.ACCEPT.value, to_zone) if to_zone else last.queue
            transfers.append(Transfer(event.at, None if last.queue is None else last.queue[1], event.window_id,
                                      to_zone, detail.get("to_window"), str(detail.get("reason") or "")))
            stays.append(_Stay(joined, event.at))
        elif event.event == Ev.REACTIVATE:
            stays.append(_Stay(last.queue, event.at))
    return stays, transfers


def ticket_record(row: TicketRow, events: Sequence[EventRow]) -> TicketRecord:
    """The record of one ticket from its row and its events (in any order)."""
    ordered = sorted(events, key=lambda e: (e.at, e.id))
    status = TicketStatus(row.status)
    stays, transfers = _replay(row, ordered)
    last = stays[-1]
    last.queue = row.kind, row.zone_code  # the ticket's own state is the truth about where it is now
    for later, earlier in zip(reversed(stays), list(reversed(stays))[1:], strict=False):
        if earlier.queue is None:  # an old transfer that did not say where from: best guess, the next queue
            earlier.queue = later.queue
    if status in _CALLED and last.called_at is None and row.called_at is not None:
        last.called_at = max(row.called_at, last.entered_at)  # a call that came without its event (offline)
    no_show = status == TicketStatus.NO_SHOW or any(e.event == Ev.SKIP for e in ordered)
    # a transfer keeps the first window's 开始办理 on the ticket: it is not the start of the last service
    serving = row.serving_at if row.serving_at is not None and (
        last.called_at is None or row.serving_at >= last.called_at) else None
    return TicketRecord(
        id=row.id, number=row.number, item_code=row.item_code, priority=row.priority, issued_at=row.issued_at,
        stays=tuple(Stay(*(s.queue or (row.kind, row.zone_code)), s.entered_at, s.called_at) for s in stays),
        status=status, serving_at=serving, finished_at=row.finished_at if status in _FINISHED else None,
        window_id=row.window_id, clerk=row.clerk, recall_count=row.recall_count, no_show=no_show,
        transfers=tuple(transfers), appointment_at=row.appointment_at,
    )
