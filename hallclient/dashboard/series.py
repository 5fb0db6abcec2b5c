"""The charts' data: arrivals and served per time step, waiting per queue over time, and the wait histogram.

The time axis runs in steps (15 min by default) of the hall day, from the step of the day's first
issue to the step of the moment described — for a past day, to the step of its last recorded event
— so a day without tickets has empty series. ``times[k]`` starts bin ``k``: arrivals are counted by
issue time, served tickets by 办结 time, and the waiting count of a queue is sampled *at* ``times[k]``
(a ticket waits in a stay from its entry, inclusive, until its call or cancellation, exclusive). An
event stamped outside the axis by a jumping clock counts in the nearest bin, so the series always
add up to the day's totals.

:class:`SeriesParts` are the series of a set of tickets in day steps, before the axis is known; the
parts of disjoint sets add up, like the tallies of :mod:`~hallclient.dashboard.figures`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hallclient.dashboard.records import QueueKey
from hallclient.dashboard.ticketfacts import TicketFacts


@dataclass(frozen=True)
class SeriesParts:
    """Counts per day step: arrivals, served, and per queue the changes of the waiting count."""

    arrivals: Counter[int]
    served: Counter[int]
    waiting: Mapping[QueueKey, Counter[int]]
    last_event: float | None


def series_parts(facts: Sequence[TicketFacts]) -> SeriesParts:
    changes: dict[QueueKey, Counter[int]] = {}
    for fact in facts:
        for queue, first, stop in fact.stays:
            if stop is None or first < stop:
                queue_changes = changes.get(queue)
                if queue_changes is None:
                    queue_changes = changes[queue] = Counter()
                queue_changes[first] += 1
                if stop is not None:
                    queue_changes[stop] -= 1
    return SeriesParts(Counter(f.arrival_step for f in facts),
                       Counter(f.served_step for f in facts if f.served_step is not None), changes,
                       max((f.last_event for f in facts), default=None))


def add_parts(parts: Sequence[SeriesParts]) -> SeriesParts:
    """The parts of the union of disjoint sets of tickets."""
    arrivals: Counter[int] = Counter()
    served: Counter[int] = Counter()
    waiting: dict[QueueKey, Counter[int]] = {}
    for part in parts:
        arrivals.update(part.arrivals)
        served.update(part.served)
        for queue, changes in part.waiting.items():
            if queue not in waiting:
                waiting[queue] = Counter()
            waiting[queue].update(changes)
    return SeriesParts(arrivals, served, waiting,
                       max((p.last_event for p in parts if p.last_event is not None), default=None))


@dataclass(frozen=True)
class Timeline:
    """Series over the day's axis; every tuple has one value per entry of ``times``."""

    times: tuple[dt.datetime, ...]
    arrivals: tuple[int, ...]
    served: tuple[int, ...]
    waiting: Mapping[QueueKey, tuple[int, ...]]


def _binned(counts: Counter[int], first: int, last: int) -> tuple[int, ...]:
    values = [0] * (last - first + 1)
    for step, count in counts.items():
        values[min(max(step, first), last) - first] += count
    return tuple(values)


def _sampled(changes: Counter[int], first: int, last: int) -> tuple[int, ...]:
    running = sum(change for step, change in changes.items() if step <= first)
    values = [running]
    for step in range(first + 1, last + 1):
        running += changes.get(step, 0)
        values.append(running)
    return tuple(values)


def timeline(parts: SeriesParts, queues: Sequence[QueueKey], day_start: dt.datetime, day_steps: int,
             moment: dt.datetime, step: dt.timedelta) -> Timeline:
    """The series of the day's tickets over the axis that ends at ``moment`` (module docstring), with a
    waiting series for each of ``queues``."""
    if not parts.arrivals or parts.last_event is None:
        return Timeline((), (), (), {})
    first = min(max(min(parts.arrivals), 0), day_steps - 1)
    end = moment if moment < day_start + day_steps * step else dt.datetime.fromtimestamp(parts.last_event, dt.UTC)
    last = max(first, min((end - day_start) // step, day_steps - 1))
    return Timeline(tuple(day_start + k * step for k in range(first, last + 1)), _binned(parts.arrivals, first, last),
                    _binned(parts.served, first, last),
                    {queue: _sampled(parts.waiting.get(queue, Counter()), first, last) for queue in queues})


@dataclass(frozen=True)
class Histogram:
    """Served tickets by wait: ``counts[i]`` waited ``edges[i]`` ≤ minutes < ``edges[i+1]`` (last bin open)."""

    edges: tuple[int, ...]
    counts: tuple[int, ...]


def histogram(waits: Sequence[float], edges: tuple[int, ...]) -> Histogram:
    """Sorted waits into the bins starting at ``edges`` (minutes)."""
    starts = [bisect.bisect_left(waits, edge) for edge in edges] + [len(waits)]
    return Histogram(edges, tuple(b - a for a, b in itertools.pairwise(starts)))
