"""``hall.dashboard``: the hall manager's dashboard fed from this counter's cache (issue 7).

The cache is a replica of the centre's change feed: every ticket with its events, the windows' present
state, cases with their promised dates, results at the hall and the evaluations recorded. A
:class:`DaySource` turns one hall day of it into the dashboard's records
(:mod:`hallclient.dashboard.records`) and keeps the record objects of rows that did not change, which is
what lets :class:`~hallclient.dashboard.compute.DashboardEngine` redo only what changed: a refresh
after a few calls reads a short summary of the day's tickets and rebuilds only the tickets whose
version or events moved.

The windows' spans (open, paused) come from the pause intervals the centre sends (``window_pause``,
cached in ``window_pauses``), the day's ticket events and, today, each window's present state —
:mod:`hallclient.dashboard.spans` says how; so 暂停时长 and the paused/open counts are right for any day.

What the replica does not hold, and how the figures cope:

- **差评 follow-ups** (callback, rectification; ``evaluation_followups``) and the evaluation's
  ``status`` arrived with the evaluation work (migration 0007); they are read when the cache has them,
  else evaluations count without them (差评回复率 and 回访整改率 read 0 of the 差评, no callback alerts).
  A prompt still waiting on the rating pad (``status`` prompted) is not counted yet: it is neither a
  rating nor 未评价.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallclient.cache import models as cache_models
from hallclient.cache.models import (
    Case,
    CaseItem,
    Evaluation,
    HallSetting,
    Result,
    ServiceItem,
    Ticket,
    TicketEvent,
    Window,
    WindowPause,
    Zone,
)
from hallclient.changes import Changes
from hallclient.dashboard.records import (
    CaseRecord,
    EvaluationRecord,
    HallDay,
    OpenWork,
    ResultRecord,
    TicketRecord,
    WindowRecord,
    WindowSpan,
    ZoneRecord,
)
from hallclient.dashboard.replay import EventRow, TicketRow, ticket_record
from hallclient.dashboard.settings import DashboardSettings
from hallclient.dashboard.spans import Pause, Present, window_spans
from hallclient.dashboard.timebase import day_bounds, hall_date
from hallclient.domain.cases import FINISHED_STATUSES, CaseStatus
from hallclient.domain.evaluation import Level
from hallclient.domain.queue_rules import TicketEventType as Ev
from hallclient.domain.queue_rules import WindowStatus
from hallclient.domain.workdays import HolidayCalendar
from hallclient.hall import Service, query
from hallclient.services.calendar import load_calendar

WAIT_TARGET_SETTING = "hall.wait_target_minutes"
HALL_NAME_SETTING = "hall.name"

_TICKET_COLUMNS = (Ticket.id, Ticket.number, Ticket.kind, Ticket.zone_code, Ticket.item_code, Ticket.status,
                   Ticket.priority, Ticket.issued_at, Ticket.called_at, Ticket.serving_at, Ticket.finished_at,
                   Ticket.window_id, Ticket.clerk, Ticket.recall_count, Ticket.appointment_at)
_EVENT_COLUMNS = (TicketEvent.ticket_id, TicketEvent.id, TicketEvent.event, TicketEvent.at, TicketEvent.window_id,
                  TicketEvent.detail)
#: Present once the evaluation work's migration is in (module docstring); ``None`` before.
_FOLLOWUPS: Any = getattr(cache_models, "EvaluationFollowUp", None)
_EVALUATION_STATUS: Any = getattr(Evaluation, "status", None)
_PROMPTED = "prompted"
_EVALUATION_COLUMNS = (Evaluation.service_ref, Evaluation.window_id, Evaluation.clerk, Evaluation.item_code,
                       Evaluation.level, Evaluation.prompted_at, Evaluation.case_number, Evaluation.rated_at)
#: Looked up by the thousand: the ids are bound in chunks below SQLite's variable limit.
_CHUNK = 900


@dataclass(frozen=True)
class DayInputs:
    """Everything :func:`~hallclient.dashboard.compute.compute` needs for one day, read at ``read_at``."""

    day: HallDay
    open_work: OpenWork
    calendar: HolidayCalendar
    settings: DashboardSettings
    hall_name: str
    read_at: dt.datetime


@dataclass(frozen=True)
class _Config:
    zones: tuple[ZoneRecord, ...]
    windows: tuple[Any, ...]  # (id, number, name, status, status_since, pause_reason, clerk) rows
    item_names: dict[str, str]
    settings: DashboardSettings
    hall_name: str
    calendar: HolidayCalendar


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _settings(session: Session) -> tuple[DashboardSettings, str]:
    values = dict(session.execute(select(HallSetting.key, HallSetting.value).where(
        HallSetting.key.in_([WAIT_TARGET_SETTING, HALL_NAME_SETTING]))).all())
    target = values.get(WAIT_TARGET_SETTING)
    settings = DashboardSettings(wait_target=dt.timedelta(minutes=int(target))) if target else DashboardSettings()
    return settings, str(values.get(HALL_NAME_SETTING) or "")


def _config(session: Session) -> _Config:
    zones = tuple(ZoneRecord(code, name, warn) for code, name, warn in session.execute(
        select(Zone.code, Zone.name, Zone.warn_level).order_by(Zone.sort_order, Zone.code)))
    windows = tuple(session.execute(select(Window.id, Window.number, Window.name, Window.status, Window.status_since,
                                           Window.pause_reason, Window.clerk).order_by(Window.number)).all())
    items = {code: name for code, name in session.execute(select(ServiceItem.code, ServiceItem.name))}
    settings, hall_name = _settings(session)
    return _Config(zones, windows, items, settings, hall_name, load_calendar(session))


def _open_work(session: Session) -> OpenWork:
    """Open cases with a promised date and paper results not yet collected (the deadline and pickup alerts)."""
    closed = [int(s) for s in (*FINISHED_STATUSES, CaseStatus.WITHDRAWN_BEFORE, CaseStatus.NOT_ACCEPTED,
                               CaseStatus.REFUSED, CaseStatus.WITHDRAWN, CaseStatus.REVOKED)]
    rows = session.execute(select(Case.id, Case.number, Case.status, Case.accepted_at, Case.promised_date,
                                  Case.deadline_provisional).where(Case.promised_date.is_not(None),
                                                                   Case.status.not_in(closed))).all()
    items: dict[str, list[str]] = {}
    for ids in _chunks([row.id for row in rows]):
        for case_id, code in session.execute(select(CaseItem.case_id, CaseItem.item_code)
                                              .where(CaseItem.case_id.in_(ids)).order_by(CaseItem.position)):
            items.setdefault(case_id, []).append(code)
    cases = tuple(CaseRecord(row.number, tuple(items.get(row.id, ())), CaseStatus(row.status), row.accepted_at,
                             row.promised_date, row.deadline_provisional) for row in rows)
    results = tuple(ResultRecord(row.id, row.case_number, row.arrived_at) for row in session.execute(
        select(Result.id, Result.case_number, Result.arrived_at).where(
            Result.paper.is_(True), Result.handed_out_at.is_(None), Result.state == "waiting")))
    followups: tuple[EvaluationRecord, ...] = ()
    if _FOLLOWUPS is not None:
        followups = tuple(_evaluation(row) for row in session.execute(
            _evaluations().where(_FOLLOWUPS.called_back_at.is_(None))))
    return OpenWork(cases, results, followups)


def _evaluations() -> Any:
    """The evaluations with their follow-up where the cache has follow-ups, prompts still open left out."""
    if _FOLLOWUPS is None:
        stmt = select(*_EVALUATION_COLUMNS)
    else:
        stmt = select(*_EVALUATION_COLUMNS, _FOLLOWUPS.callback_due, _FOLLOWUPS.called_back_at,
                      _FOLLOWUPS.rectify_due, _FOLLOWUPS.rectified_at).outerjoin(
            _FOLLOWUPS, _FOLLOWUPS.evaluation_id == Evaluation.id)
    return stmt if _EVALUATION_STATUS is None else stmt.where(_EVALUATION_STATUS != _PROMPTED)


def _evaluation(row: Any) -> EvaluationRecord:
    followup = {name: getattr(row, name, None) for name in ("callback_due", "called_back_at", "rectify_due",
                                                            "rectified_at")}
    return EvaluationRecord(row.service_ref, row.window_id, row.clerk, row.item_code,
                            None if row.level is None else Level(row.level), row.prompted_at,
                            case_number=row.case_number, rated_at=row.rated_at, **followup)


class DaySource:
    """Reads one hall day from the cache, again and again, keeping the objects of unchanged records.

    One per screen (it holds the previous read); :meth:`DashboardService.read` runs it on the database
    worker. ``changes`` says what changed since the last read (``None``: read everything).
    """

    def __init__(self, day: dt.date) -> None:
        self.day = day
        self.start, self.end = day_bounds(day)
        self._config: _Config | None = None
        self._open_work: OpenWork | None = None
        self._ticket_marks: dict[str, tuple[Any, ...]] = {}
        self._tickets: dict[str, TicketRecord] = {}
        self._ticket_tuple: tuple[TicketRecord, ...] = ()
        #: per window: first call and last event of the day (the spans the replica lets us know)
        self._activity: dict[str, tuple[dt.datetime, dt.datetime]] = {}
        self._evaluations: dict[str, EvaluationRecord] = {}
        self._evaluation_tuple: tuple[EvaluationRecord, ...] = ()
        self._pauses: tuple[Pause, ...] = ()

    def read(self, session: Session, now: dt.datetime, changes: Changes | None = None) -> DayInputs:
        everything = changes is None
        if everything or self._config is None or changes.hall or changes.catalog:
            self._config = _config(session)
            self._pauses = self._read_pauses(session)
        if everything or changes.tickets or not self._ticket_marks:
            self._read_tickets(session)
        if everything or changes.evaluations:
            self._read_evaluations(session)
        if (everything or self._open_work is None or changes.cases or changes.results or changes.hall
                or changes.evaluations):
            self._open_work = _open_work(session)
        config = self._config
        day = HallDay(self.day, self._ticket_tuple, tuple(WindowRecord(w.id, w.number, w.name) for w in config.windows),
                      self._spans(config, now), config.zones, self._evaluation_tuple, config.item_names)
        return DayInputs(day, self._open_work, config.calendar, config.settings, config.hall_name, now)

    # --- tickets ---------------------------------------------------------------------------------

    def _read_tickets(self, session: Session) -> None:
        """Rebuild the tickets whose row or events moved since the last read (module docstring)."""
        marks = {row[0]: tuple(row[1:]) for row in session.execute(
            select(Ticket.id, Ticket.version, Ticket.status, Ticket.recall_count, Ticket.called_at,
                   Ticket.finished_at, func.count(TicketEvent.id), func.max(TicketEvent.id))
            .outerjoin(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(Ticket.service_date == self.day).group_by(Ticket.id).order_by(Ticket.issued_at, Ticket.id))}
        stale = [ticket_id for ticket_id, mark in marks.items() if self._ticket_marks.get(ticket_id) != mark]
        for ids in _chunks(stale):
            events: dict[str, list[EventRow]] = {}
            for ticket_id, *event in session.execute(select(*_EVENT_COLUMNS).where(TicketEvent.ticket_id.in_(ids))):
                events.setdefault(ticket_id, []).append(EventRow(*event))
                self._note_activity(event[3], event[1], event[2])
            for row in session.execute(select(*_TICKET_COLUMNS).where(Ticket.id.in_(ids))):
                ticket = TicketRow(*row)
                self._tickets[ticket.id] = ticket_record(ticket, events.get(ticket.id, ()))
                if ticket.window_id is not None and ticket.called_at is not None:  # an offline call without events
                    self._note_activity(ticket.window_id, Ev.CALL, ticket.called_at)
        for gone in set(self._tickets) - set(marks):
            del self._tickets[gone]
        self._ticket_marks = marks
        # the order of the summary (issue time), so the engine's identity comparison runs along unchanged rows
        self._ticket_tuple = tuple(self._tickets[ticket_id] for ticket_id in marks if ticket_id in self._tickets)

    def _note_activity(self, window_id: str | None, event: str, at: dt.datetime) -> None:
        if window_id is None:
            return
        first, last = self._activity.get(window_id, (None, at))
        if event == Ev.CALL and (first is None or at < first):
            first = at
        if first is not None:
            self._activity[window_id] = first, max(last, at)

    def _read_pauses(self, session: Session) -> tuple[Pause, ...]:
        """The pause intervals that overlap the day (one that began before it or is still running too)."""
        rows = session.execute(select(WindowPause.window_id, WindowPause.started_at, WindowPause.ended_at,
                                      WindowPause.reason, WindowPause.clerk).where(
            WindowPause.service_date <= self.day, WindowPause.started_at < self.end,
            (WindowPause.ended_at.is_(None)) | (WindowPause.ended_at > self.start)).order_by(WindowPause.started_at))
        return tuple(Pause(*row) for row in rows)

    def _spans(self, config: _Config, now: dt.datetime) -> tuple[WindowSpan, ...]:
        """The windows' spans of the day from pauses, activity and, today, the present state (module docstring)."""
        live = self.start <= now < self.end
        present = {w.id: Present(WindowStatus(w.status), w.status_since, w.pause_reason, w.clerk)
                   for w in config.windows} if live else {}
        pauses: dict[str, list[Pause]] = {}
        for pause in self._pauses:
            pauses.setdefault(pause.window_id, []).append(pause)
        spans: list[WindowSpan] = []
        for window_id in dict.fromkeys([*(w.id for w in config.windows), *pauses]):
            spans += window_spans(window_id, pauses.get(window_id, ()), self._activity.get(window_id),
                                  present.get(window_id), self.start, self.end)
        return tuple(spans)

    # --- evaluations -----------------------------------------------------------------------------

    def _read_evaluations(self, session: Session) -> None:
        """The day's evaluations (prompted during the day); unchanged ones keep their record object."""
        found: dict[str, EvaluationRecord] = {}
        for row in session.execute(_evaluations().where(
                Evaluation.prompted_at >= self.start, Evaluation.prompted_at < self.end)
                .order_by(Evaluation.prompted_at, Evaluation.service_ref)):
            record = _evaluation(row)
            known = self._evaluations.get(row.service_ref)
            found[row.service_ref] = known if known == record else record
        self._evaluations = found
        self._evaluation_tuple = tuple(found.values())


class DashboardService(Service):
    """``hall.dashboard``: the dashboard's records from the cache, for the live screen and the reports."""

    @query
    def read(self, session: Session, source: DaySource, now: dt.datetime,
             changes: Changes | None = None) -> DayInputs:
        """What ``source``'s day looks like in the cache now (``changes``: what changed since its last read)."""
        return source.read(session, now, changes)

    @query
    def day(self, session: Session, day: dt.date, now: dt.datetime) -> DayInputs:
        """Any day from scratch (a past day's report): read as it stood at its end, or now for today."""
        return DaySource(day).read(session, min(now, day_bounds(day)[1]))

    @query
    def days_with_tickets(self, session: Session, limit: int = 400) -> list[dt.date]:
        """The hall days the cache has tickets for, newest first (the report's day picker)."""
        return list(session.scalars(select(Ticket.service_date).distinct().order_by(Ticket.service_date.desc())
                                    .limit(limit)))


def today(now: dt.datetime) -> dt.date:
    """The hall day of ``now`` (Asia/Shanghai)."""
    return hall_date(now)
