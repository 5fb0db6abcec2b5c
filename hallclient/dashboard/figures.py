"""Queue figures over a set of tickets — the whole hall, one queue, one window or one service item.

One definition serves every grouping, so the hall's row and the per-zone, per-window and per-item
rows of the report are comparable. Over a set of tickets:

- **tickets**: tickets in the set (取号); **called**: called at least once (or at a window by its status);
- **served**: 办结 tickets; **no-shows**: tickets skipped (过号) at least once, even if reactivated;
- **过号率** = no-shows ÷ called (``None`` before the first call);
- **wait** (see :mod:`~hallclient.dashboard.ticketfacts`): mean and 90th percentile over served tickets;
- **served within target** = served tickets whose wait ≤ the hall's target ÷ served;
- **service time**: mean and 90th percentile over served tickets;
- **recent waits**: the waits of served tickets whose (last) call was in the last hour;
- **waiting**: tickets waiting now; **longest**: the one waiting longest and its wait so far
  (ties: the higher number).

A ticket belongs to the queue it is in or was last in (a transferred ticket counts where it went), to
the window where it was last called, and to its service item.

The work is split in two so that a refresh redoes little: :class:`TicketTally` is everything that
does not depend on the moment (tallies of disjoint sets merge, so the hall's is the sum of its
queues'), and :func:`ticket_stats` adds the moment (the waits so far) and the target.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from hallclient.dashboard.records import QueueKey
from hallclient.dashboard.stats import Summary, rate, summarize
from hallclient.dashboard.ticketfacts import Counts, TicketFacts
from hallclient.dashboard.timebase import MINUTE
from hallclient.domain.tickets import KIND_LABELS, TicketKind


@dataclass(frozen=True)
class TicketTally:
    """The moment-independent part of a set of tickets' figures: counters, sorted waits and service times."""

    counts: Counts
    waits: tuple[float, ...]
    services: tuple[float, ...]
    waiting: tuple[TicketFacts, ...]
    latest_entry: float | None
    wait: Summary
    service: Summary


def _longest_first(facts: TicketFacts) -> tuple[float, str]:
    return facts.head_start, facts.ticket.number


def _tally(counts: Counts, waits: Iterable[float], services: Iterable[float],
           waiting: Iterable[TicketFacts]) -> TicketTally:
    """``waiting`` is kept longest-waiting first; ``latest_entry`` is the latest entry of a waiting ticket."""
    ordered_waits, ordered_services = tuple(sorted(waits)), tuple(sorted(services))
    ordered_waiting = tuple(sorted(waiting, key=_longest_first, reverse=True))
    return TicketTally(counts, ordered_waits, ordered_services, ordered_waiting,
                       max((f.waiting_since or 0.0 for f in ordered_waiting), default=None),
                       summarize(ordered_waits), summarize(ordered_services))


def _column_sums(rows: Sequence[Counts]) -> Counts:
    return Counts._make(map(sum, zip(*rows, strict=True))) if rows else Counts(0, 0, 0, 0, 0, 0, 0)


def tally(facts: Sequence[TicketFacts]) -> TicketTally:
    """Count one set of tickets."""
    counts = _column_sums([f.counts for f in facts])
    served = [f for f in facts if f.served]
    return _tally(counts, (f.wait for f in served), (f.service for f in served if f.service is not None),
                  (f for f in facts if f.waiting_since is not None))


def merge(tallies: Sequence[TicketTally]) -> TicketTally:
    """The tally of the union of disjoint sets."""
    counts = _column_sums([t.counts for t in tallies])
    return _tally(counts, itertools.chain.from_iterable(t.waits for t in tallies),
                  itertools.chain.from_iterable(t.services for t in tallies),
                  itertools.chain.from_iterable(t.waiting for t in tallies))


@dataclass(frozen=True)
class LongestWait:
    """The waiting ticket that has waited longest: its number and its wait so far in minutes."""

    number: str
    minutes: float


@dataclass(frozen=True)
class TicketStats:
    """The figures of the module docstring over one set of tickets."""

    tickets: int
    called: int
    served: int
    no_shows: int
    transferred: int
    waiting: int
    longest: LongestWait | None
    wait: Summary
    within_target: int
    service: Summary

    @property
    def no_show_rate(self) -> Fraction | None:
        """过号率."""
        return rate(self.no_shows, self.called)

    @property
    def within_target_rate(self) -> Fraction | None:
        """Share of served applicants who waited at most the target."""
        return rate(self.within_target, self.served)


def wait_so_far(facts: TicketFacts, moment: float) -> float:
    """A waiting ticket's wait up to ``moment`` (epoch seconds); an entry after it counts as just now."""
    return facts.wait + max(0.0, moment - (facts.waiting_since or moment)) / MINUTE


def ticket_stats(counted: TicketTally, moment: float, target: dt.timedelta) -> TicketStats:
    """The figures of a tally at ``moment`` (epoch seconds), measured against the wait ``target``."""
    if counted.latest_entry is not None and counted.latest_entry > moment:  # a clock jumped: clamp each wait
        longest = max(counted.waiting, key=lambda f: (wait_so_far(f, moment), f.ticket.number))
    else:
        longest = counted.waiting[0] if counted.waiting else None
    counts = counted.counts
    return TicketStats(
        tickets=counts.tickets,
        called=counts.called,
        served=counts.served,
        no_shows=counts.no_shows,
        transferred=counts.transferred,
        waiting=counts.waiting,
        longest=None if longest is None else LongestWait(longest.ticket.number, wait_so_far(longest, moment)),
        wait=counted.wait,
        within_target=bisect.bisect_right(counted.waits, target.total_seconds() / MINUTE),
        service=counted.service,
    )


Calls = tuple[tuple[float, float], ...]


def calls(facts: Iterable[TicketFacts]) -> Calls:
    """``(last call, wait)`` of the served tickets in call order, from which :func:`recent_waits` counts."""
    return tuple(sorted((f.last_call, f.wait) for f in facts if f.served and f.last_call is not None))


def recent_waits(parts: Iterable[Calls], moment: float, span: dt.timedelta) -> Summary:
    """Waits of served tickets whose wait ended (their last call) in ``(moment − span, moment]``."""
    since = moment - span.total_seconds()
    waits = []
    for called in parts:
        first = bisect.bisect_right(called, (since, math.inf))
        waits.extend(wait for _, wait in called[first:bisect.bisect_right(called, (moment, math.inf))])
    return summarize(sorted(waits))


@dataclass(frozen=True)
class QueueRow:
    """The figures of one queue, with its name as the hall shows it."""

    queue: QueueKey
    label: str
    stats: TicketStats


def queue_label(queue: QueueKey, zone_names: Mapping[str, str]) -> str:
    """``商事登记`` for a zone's 受理号, ``咨询`` / ``取件`` for the other kinds (with the zone if they have one)."""
    kind, zone = queue
    zone_name = None if zone is None else zone_names.get(zone, zone)
    if kind == TicketKind.ACCEPT and zone_name is not None:
        return zone_name
    kind_label = KIND_LABELS.get(kind, kind)  # type: ignore[call-overload]  # StrEnum keys match plain str
    return kind_label if zone_name is None else f"{kind_label}·{zone_name}"
