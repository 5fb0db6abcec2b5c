"""Per-ticket facts, derived once per ticket record and independent of the moment, so a refresh can reuse them.

**Wait** (the definition every wait figure uses): the applicant's total time in queues before being
called — the sum over the ticket's stays of *call − entry*. A transferred (转移) ticket waits from its
issue until the first call, then again from the transfer until the next call; both count, the time
at the first window does not. A ticket reactivated after 过号 waits again from the reactivation. A
ticket waiting now has waited its closed stays plus *now − entry* of the open stay (added at the
moment of the figures, from ``waiting_since``).

**Service time**: 开始办理 → 办结 of the last service; when the clerk finished without starting (the
next call finished it), from the last call instead. Only 办结 tickets have one.

Times become seconds since the epoch and time steps become indices of the hall day's steps
(``day_start + k·step``), so that aggregating thousands of tickets is arithmetic on small numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import NamedTuple

from hallclient.dashboard.records import QueueKey, TicketRecord
from hallclient.dashboard.timebase import MINUTE, Elapsed
from hallclient.domain.tickets import TicketStatus


class Counts(NamedTuple):
    """Counters of a set of tickets (of one ticket: each 0 or 1, except ``anomalies``); they add up."""

    tickets: int
    called: int
    served: int
    no_shows: int
    transferred: int
    waiting: int
    anomalies: int


#: Statuses that say a ticket has been called even if its record lacks the call time (inconsistent data
#: must not make served > called or 过号率 > 1).
_AT_A_WINDOW = frozenset({TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW})

#: A stay as samples of the day's steps: waiting at samples ``first <= k < stop`` (``stop`` None: still).
SampledStay = tuple[QueueKey, int, int | None]


@dataclass(frozen=True, slots=True)
class TicketFacts:
    """What the figures need from one ticket record (module docstring); minutes unless said otherwise.

    ``wait`` covers the closed stays (for a served ticket, its whole wait); ``waiting_since`` is the
    open stay's entry in epoch seconds while the ticket waits; ``last_call`` (epoch seconds) ends
    the last wait; ``arrival_step``/``served_step`` are day-step indices (outside ``0..`` when a
    clock jumped); ``anomalies`` counts the negative durations clamped to zero.
    """

    ticket: TicketRecord
    counts: Counts
    wait: float
    waiting_since: float | None
    service: float | None
    last_call: float | None
    arrival_step: int
    served_step: int | None
    stays: tuple[SampledStay, ...]
    last_event: float

    @property
    def served(self) -> bool:
        return self.counts.served == 1

    @property
    def head_start(self) -> float:
        """How long a waiting ticket had waited at the epoch: its wait at ``t`` is ``head_start + t/60``.

        Moment-independent, so the longest waiting ticket of a set is known before the moment is.
        """
        return self.wait - (self.waiting_since or 0.0) / MINUTE


class FactsMaker:
    """Turns ticket records into :class:`TicketFacts` against one hall day's steps."""

    def __init__(self, day_start: dt.datetime, step: dt.timedelta) -> None:
        self._origin = day_start.timestamp()
        self._step = step.total_seconds()

    def _step_of(self, seconds: float) -> int:
        return math.floor((seconds - self._origin) / self._step)

    def _sample_at_or_after(self, seconds: float) -> int:
        return math.ceil((seconds - self._origin) / self._step)

    def _stay_exit(self, ticket: TicketRecord, index: int) -> dt.datetime | None:
        """When the ticket stopped waiting in its ``index``-th stay (``None``: it still waits there)."""
        stay = ticket.stays[index]
        if stay.called_at is not None:
            return stay.called_at
        if ticket.status == TicketStatus.CANCELLED and index == len(ticket.stays) - 1:
            return ticket.finished_at
        return None

    def facts(self, ticket: TicketRecord) -> TicketFacts:
        elapsed = Elapsed()
        wait = 0.0
        sampled = []
        for index, stay in enumerate(ticket.stays):
            if stay.called_at is not None:
                wait += elapsed.minutes(stay.entered_at, stay.called_at)
            exit_at = self._stay_exit(ticket, index)
            sampled.append((stay.queue, self._sample_at_or_after(stay.entered_at.timestamp()),
                            None if exit_at is None else self._sample_at_or_after(exit_at.timestamp())))
        last = ticket.stays[-1]
        waiting = ticket.status == TicketStatus.WAITING and last.called_at is None
        served = ticket.status == TicketStatus.DONE
        called = ticket.called_at is not None or ticket.status in _AT_A_WINDOW
        service = None
        if served and ticket.finished_at is not None and (start := ticket.serving_at or last.called_at) is not None:
            service = elapsed.minutes(start, ticket.finished_at)
        moments = [ticket.issued_at, *(s.called_at for s in ticket.stays if s.called_at is not None)]
        if ticket.finished_at is not None:
            moments.append(ticket.finished_at)
        finished = ticket.finished_at.timestamp() if served and ticket.finished_at is not None else None
        return TicketFacts(
            ticket=ticket,
            counts=Counts(1, int(called), int(served), int(ticket.no_show and called), int(bool(ticket.transfers)),
                          int(waiting), elapsed.anomalies),
            wait=wait,
            waiting_since=last.entered_at.timestamp() if waiting else None,
            service=service,
            last_call=None if last.called_at is None else last.called_at.timestamp(),
            arrival_step=self._step_of(ticket.issued_at.timestamp()),
            served_step=None if finished is None else self._step_of(finished),
            stays=tuple(sampled),
            last_event=max(moments).timestamp(),
        )
