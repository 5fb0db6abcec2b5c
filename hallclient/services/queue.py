"""``hall.queue``: this counter's replica of today's queue and what the guide desk, windows and display read.

Tickets arrive through the change feed (``"ticket"`` entries, stored by :func:`store_ticket`) and
straight from the centre's replies to this counter's own actions (:meth:`QueueService.apply`), so a
clerk sees the call before the feed brings it back; whichever comes second is a no-op, because a
ticket's ``version`` never goes back. Every read returns frozen dataclasses for the hall's day.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from hallclient import clock
from hallclient.cache.models import Ticket, TicketEvent, Window, Zone
from hallclient.changes import Changes, OpResult
from hallclient.domain import queue_rules as rules
from hallclient.domain.tickets import KIND_LABELS, TicketKind, TicketStatus
from hallclient.hall import Service, mutation, query
from hallclient.services import queue_offline as offline
from hallclient.services.replica import FeedEntry, register_applier, settle

TIMES = ("appointment_at", "checked_in_at", "issued_at", "queue_at", "called_at", "last_called_at", "serving_at",
         "finished_at")
FIELDS = ("number", "kind", "zone_code", "item_code", "status", "priority", "priority_reason", "phone", "id_number",
          "case_number", "window_id", "target_window_id", "clerk", "recall_count", "reactivated", "transfer_reason",
          "offline", "lookup_id", "version")
AT_WINDOW = (TicketStatus.CALLED, TicketStatus.SERVING)

log = logging.getLogger(__name__)


def _time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def store_ticket(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier of ``"ticket"``: upsert, unless this copy already has a newer version."""
    row = session.get(Ticket, key)
    if data is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        _drop_stand_in(session, key, data)
        row = Ticket(id=key, server_seq=0)
        session.add(row)
    if row.version is None or data["version"] > row.version:
        row.service_date = dt.date.fromisoformat(data["service_date"])
        for name in FIELDS:
            setattr(row, name, data[name])
        for name in TIMES:
            setattr(row, name, _time(data[name]))
    row.server_seq = max(row.server_seq, seq)


def _drop_stand_in(session: Session, key: str, data: dict[str, Any]) -> None:
    """Numbers are unique per day: a local ticket with this number under another id is a stand-in this
    window made for a number called offline, which the centre knew under its own id. The centre wins."""
    stand_in = session.scalars(select(Ticket).where(
        Ticket.service_date == dt.date.fromisoformat(data["service_date"]), Ticket.number == data["number"],
        Ticket.id != key)).first()
    if stand_in is not None:
        session.delete(stand_in)
        session.flush()


def store_ticket_event(session: Session, key: str, data: dict[str, Any] | None, seq: int) -> None:
    """Feed applier of ``"ticket_event"``: a transition is a fact, stored once under the centre's id.

    An event of a ticket this counter does not have (its entry is held back for a pending local op of
    a ticket it never stored) is skipped rather than failing the whole page on the foreign key.
    """
    if data is None or session.get(TicketEvent, int(key)) is not None:
        return
    if session.get(Ticket, data["ticket_id"]) is None:
        log.warning("event %s of unknown ticket %s skipped", key, data["ticket_id"])
        return
    session.add(TicketEvent(id=int(key), ticket_id=data["ticket_id"], event=data["event"], at=_time(data["at"]),
                            window_id=data["window_id"], clerk=data["clerk"], detail=data["detail"]))


register_applier("ticket", store_ticket, "tickets")
register_applier("ticket_event", store_ticket_event, "tickets")


# --- what the reads return -------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketView:
    """A ticket with its zone's name and its window's number; ``phone``/``id_number`` are masked."""

    id: str
    service_date: dt.date
    number: str
    kind: str
    zone_code: str | None
    zone_name: str | None
    item_code: str | None
    status: str
    priority: bool
    priority_reason: str | None
    appointment_at: dt.datetime | None
    checked_in_at: dt.datetime | None
    phone: str | None
    id_number: str | None
    case_number: str | None
    issued_at: dt.datetime
    queue_at: dt.datetime
    called_at: dt.datetime | None
    last_called_at: dt.datetime | None
    serving_at: dt.datetime | None
    finished_at: dt.datetime | None
    window_id: str | None
    window_number: int | None
    target_window_id: str | None
    clerk: str | None
    recall_count: int
    reactivated: bool
    transfer_reason: str | None
    offline: bool
    lookup_id: str

    @property
    def queue_label(self) -> str:
        """``商事登记`` for a 受理号, else the kind (``咨询`` / ``取件``)."""
        return self.zone_name or KIND_LABELS[TicketKind(self.kind)]


@dataclass(frozen=True)
class CurrentTicket:
    """The ticket at a window, with how long it waited before the call and has been served so far."""

    ticket: TicketView
    waited: dt.timedelta
    at_window: dt.timedelta
    served: dt.timedelta | None
    now: dt.datetime


@dataclass(frozen=True)
class CallView:
    """One line of the hall display's recent calls: "请 B023 号 到 5 号窗口 办理"."""

    ticket_id: str
    number: str
    window_id: str
    window_number: int | None
    window_name: str | None
    called_at: dt.datetime
    recall_count: int
    status: str


@dataclass(frozen=True)
class QueueCount:
    """One queue (a kind, and a zone for 受理号): people waiting, windows serving it, estimated wait."""

    kind: str
    zone_code: str | None
    label: str
    waiting: int
    windows_serving: int
    wait_minutes: int | None


@dataclass(frozen=True)
class Placement:
    """Where a ticket stands: what the slip prints (people ahead, estimated wait)."""

    ticket: TicketView
    people_ahead: int
    wait_minutes: int | None


@dataclass(frozen=True)
class Board:
    """Everything the hall display shows, read at once: recent calls (newest first) and the queues."""

    calls: list[CallView]
    queues: list[QueueCount]
    now: dt.datetime


# --- reading ---------------------------------------------------------------------------------------


def _views() -> Select[tuple[Ticket, int | None, str | None]]:
    return (select(Ticket, Window.number, Zone.name)
            .outerjoin(Window, Window.id == Ticket.window_id).outerjoin(Zone, Zone.code == Ticket.zone_code))


def _view(t: Ticket, window_number: int | None, zone_name: str | None) -> TicketView:
    return TicketView(t.id, t.service_date, t.number, t.kind, t.zone_code, zone_name, t.item_code, t.status,
                      t.priority, t.priority_reason, t.appointment_at, t.checked_in_at, t.phone, t.id_number,
                      t.case_number, t.issued_at, t.queue_at, t.called_at, t.last_called_at, t.serving_at,
                      t.finished_at, t.window_id, window_number, t.target_window_id, t.clerk, t.recall_count,
                      t.reactivated, t.transfer_reason, t.offline, t.lookup_id)


def _queues(session: Session) -> list[tuple[str, str | None, str]]:
    """Every queue of the hall in display order: 受理 per zone, then 咨询 and 取件."""
    zones = session.execute(select(Zone.code, Zone.name).order_by(Zone.sort_order, Zone.code)).all()
    return [*((TicketKind.ACCEPT.value, code, name) for code, name in zones),
            (TicketKind.CONSULT.value, None, KIND_LABELS[TicketKind.CONSULT]),
            (TicketKind.PICKUP.value, None, KIND_LABELS[TicketKind.PICKUP])]


class _Snapshot:
    """Today's waiting tickets, windows and recent service times, read once for several estimates."""

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.now = now
        day = clock.to_hall(now).date()
        self.waiting: dict[tuple[str, str | None], list[Ticket]] = defaultdict(list)
        for t in session.scalars(select(Ticket).where(Ticket.service_date == day,
                                                      Ticket.status == TicketStatus.WAITING)):
            self.waiting[(t.kind, t.zone_code)].append(t)
        self.windows = session.execute(select(Window.status, Window.zones, Window.ticket_kinds)).all()
        self.history: dict[tuple[str, str | None], list[float]] = defaultdict(list)
        for kind, zone, called, finished in session.execute(
            select(Ticket.kind, Ticket.zone_code, Ticket.called_at, Ticket.finished_at).where(
                Ticket.service_date == day, Ticket.status == TicketStatus.DONE,
                Ticket.finished_at >= now - rules.SERVICE_HISTORY)):
            if called is not None and finished is not None:
                self.history[(kind, zone)].append(rules.service_minutes(called, finished))

    def count(self, kind: str, zone_code: str | None, label: str) -> QueueCount:
        waiting = len(self.waiting[(kind, zone_code)])
        serving = rules.windows_serving(self.windows, kind, zone_code)
        return QueueCount(kind, zone_code, label, waiting, serving, self.wait(kind, zone_code, waiting))

    def wait(self, kind: str, zone_code: str | None, ahead: int) -> int | None:
        serving = rules.windows_serving(self.windows, kind, zone_code)
        return rules.estimated_wait_minutes(ahead, serving, self.history[(kind, zone_code)])

    def ahead(self, ticket: Ticket) -> int:
        key = rules.order_key(ticket, self.now)
        return sum(rules.order_key(t, self.now) < key for t in self.waiting[(ticket.kind, ticket.zone_code)])


class QueueService(Service):
    @query
    def tickets(self, session: Session, statuses: Collection[str] | None = None) -> list[TicketView]:
        """Today's tickets for the guide desk, oldest first (optionally only some statuses)."""
        stmt = _views().where(Ticket.service_date == clock.hall_today()).order_by(Ticket.issued_at)
        if statuses is not None:
            stmt = stmt.where(Ticket.status.in_(list(statuses)))
        return [_view(*row) for row in session.execute(stmt)]

    @query
    def ticket(self, session: Session, ticket_id: str) -> TicketView | None:
        row = session.execute(_views().where(Ticket.id == ticket_id)).first()
        return None if row is None else _view(*row)

    @query
    def find(self, session: Session, number: str) -> TicketView | None:
        """Today's ticket with this number (typed at a window or the guide desk; case and spaces ignored)."""
        row = session.execute(_views().where(Ticket.service_date == clock.hall_today(),
                                             Ticket.number == number.strip().upper())).first()
        return None if row is None else _view(*row)

    @query
    def current(self, session: Session, window_id: str) -> CurrentTicket | None:
        """The ticket called or being served at ``window_id`` now, with its durations."""
        row = session.execute(_views().where(Ticket.service_date == clock.hall_today(),
                                             Ticket.window_id == window_id, Ticket.status.in_(AT_WINDOW))
                              .order_by(Ticket.called_at.desc())).first()
        if row is None:
            return None
        view, now = _view(*row), clock.now()
        called = view.called_at or now
        return CurrentTicket(view, called - view.issued_at, now - called,
                             now - view.serving_at if view.serving_at else None, now)

    @query
    def recent_calls(self, session: Session, limit: int = 8,
                     window_ids: Collection[str] | None = None) -> list[CallView]:
        """The last ``limit`` calls and recalls, newest first (optionally of some windows only)."""
        return self._calls(session, limit, window_ids)

    def _calls(self, session: Session, limit: int, window_ids: Collection[str] | None) -> list[CallView]:
        stmt = (select(Ticket.id, Ticket.number, Ticket.window_id, Window.number, Window.name, Ticket.last_called_at,
                       Ticket.recall_count, Ticket.status)
                .join(Window, Window.id == Ticket.window_id)
                .where(Ticket.service_date == clock.hall_today(), Ticket.last_called_at.is_not(None))
                .order_by(Ticket.last_called_at.desc()).limit(limit))
        if window_ids:
            stmt = stmt.where(Ticket.window_id.in_(list(window_ids)))
        return [CallView(*row) for row in session.execute(stmt)]

    @query
    def waiting(self, session: Session) -> list[QueueCount]:
        """Every queue with its waiting count and estimated wait (guide desk, display)."""
        snapshot = _Snapshot(session, clock.now())
        return [snapshot.count(kind, zone, label) for kind, zone, label in _queues(session)]

    @query
    def estimate(self, session: Session, kind: str, zone_code: str | None = None) -> QueueCount:
        """One queue's figures; a new ticket there would have ``waiting`` people ahead."""
        label = KIND_LABELS[TicketKind(kind)]
        if zone_code is not None:
            label = session.scalar(select(Zone.name).where(Zone.code == zone_code)) or zone_code
        return _Snapshot(session, clock.now()).count(kind, zone_code, label)

    @query
    def placement(self, session: Session, ticket_id: str) -> Placement | None:
        """People ahead of a ticket and its estimated wait (reprinting a slip)."""
        row = session.execute(_views().where(Ticket.id == ticket_id)).first()
        if row is None:
            return None
        ticket, view = row[0], _view(*row)
        if ticket.status != TicketStatus.WAITING:
            return Placement(view, 0, None)
        snapshot = _Snapshot(session, clock.now())
        ahead = snapshot.ahead(ticket)
        return Placement(view, ahead, snapshot.wait(ticket.kind, ticket.zone_code, ahead))

    @query
    def board(self, session: Session, limit: int = 8, window_ids: Collection[str] | None = None) -> Board:
        """The hall display's data in one read: the last ``limit`` calls and every queue."""
        now = clock.now()
        snapshot = _Snapshot(session, now)
        return Board(self._calls(session, limit, window_ids),
                     [snapshot.count(kind, zone, label) for kind, zone, label in _queues(session)], now)

    @mutation
    def apply(self, session: Session, records: Sequence[tuple[str, dict[str, Any]]],
              audit: tuple[str, str, str | None] | None = None) -> OpResult[list[TicketView]]:
        """Store records from the centre's reply — ``(entity, data with "id")``: tickets, their events,
        windows — at once, without waiting for the feed (held like feed entries while local ops for them
        wait); returns the tickets as now stored, in order. ``audit`` = (user, action, window) notes this
        counter's own action in the audit trail."""
        _applied, changes = settle(session, [FeedEntry(0, entity, data["id"], data) for entity, data in records])
        ids = [data["id"] for entity, data in records if entity == "ticket"]
        views = {row[0].id: _view(*row) for row in session.execute(_views().where(Ticket.id.in_(ids)))}
        if audit is not None:
            user, action, window_id = audit
            for entity, data in records:
                if entity != "ticket_event":
                    self.hall.record_audit(session, user, action, f"{entity}:{data['id']}", window_id,
                                           number=data.get("number"))
        return OpResult([views[i] for i in ids], changes)

    # --- while the centre is unreachable (issue 4 §7) ---------------------------------------------

    @mutation
    def store_leases(self, session: Session, leases: Sequence[dict[str, Any]]) -> OpResult[None]:
        """Keep number blocks the centre leased to this guide desk (``POST /queue/leases`` replies)."""
        offline.store_leases(session, leases)
        return OpResult(None, Changes())

    @query
    def leases_left(self, session: Session) -> dict[str, int]:
        """Unused leased numbers of today per prefix of the hall (what offline issuing can still give)."""
        return offline.leases_left(session)

    def _ticket_views(self, session: Session, *tickets: Ticket | None) -> list[TicketView | None]:
        session.flush()
        ids = [t.id for t in tickets if t is not None]
        views = {row[0].id: _view(*row) for row in session.execute(_views().where(Ticket.id.in_(ids)))}
        return [views[t.id] if t is not None else None for t in tickets]

    @mutation
    def issue_offline(self, session: Session, actor: str, kind: str, **fields: Any) -> OpResult[Placement]:
        """Issue from this desk's leased numbers; same fields as ``QueueApi.issue``."""
        ticket = offline.issue(session, self.hall, actor, TicketKind(kind), **fields)
        snapshot = _Snapshot(session, clock.now())
        ahead = snapshot.ahead(ticket)
        view = self._ticket_views(session, ticket)[0]
        assert view is not None
        return OpResult(Placement(view, ahead, snapshot.wait(ticket.kind, ticket.zone_code, ahead)),
                        Changes(tickets=True, outbox=True, keys=frozenset({offline.record_key(ticket.id)})))

    @mutation
    def call_offline(self, session: Session, actor: str, window_id: str, number: str,
                     finish_current: bool = False) -> OpResult[tuple[TicketView, TicketView | None]]:
        """Call a number by hand; returns (the ticket called, the window's ticket finished first)."""
        called, finished = offline.call(session, self.hall, actor, window_id, number, finish_current)
        views = self._ticket_views(session, called, finished)
        keys = {offline.record_key(t.id) for t in (called, finished) if t is not None}
        assert views[0] is not None
        return OpResult((views[0], views[1]), Changes(tickets=True, outbox=True, keys=frozenset(keys)))

    @mutation
    def finish_offline(self, session: Session, actor: str, window_id: str, ticket_id: str) -> OpResult[TicketView]:
        ticket = offline.finish(session, self.hall, actor, window_id, ticket_id)
        view = self._ticket_views(session, ticket)[0]
        assert view is not None
        return OpResult(view, Changes(tickets=True, outbox=True, keys=frozenset({offline.record_key(ticket.id)})))
