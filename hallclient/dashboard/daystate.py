"""One hall day's incremental structures: ticket facts and evaluations, grouped, counted and combined.

Tickets are grouped by slice (a queue's tickets issued within the same hour), by window and by item;
evaluations by window and by item. Each group's count is cached until one of its records changes,
and the combinations (a queue's slices, the hall's queues) are redone only when a part is new, so
a refresh after a few changes recounts a few small groups.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from hallclient.dashboard.board import ItemRow, TransferRow
from hallclient.dashboard.figures import Calls, TicketTally, calls, merge, tally, ticket_stats
from hallclient.dashboard.partition import Mirror, Partition, Rollup
from hallclient.dashboard.ratings import Ratings, merge_ratings, ratings
from hallclient.dashboard.records import EvaluationRecord, HallDay, QueueKey, TicketRecord
from hallclient.dashboard.series import SeriesParts, add_parts, series_parts
from hallclient.dashboard.ticketfacts import FactsMaker, TicketFacts
from hallclient.dashboard.timebase import Elapsed, day_bounds
from hallclient.dashboard.windows import WindowRow, window_rows, window_tickets
from hallclient.domain.tickets import TicketKind

#: The window key of evaluations made without a window: they count in the hall's ratings, in no row.
NO_WINDOW = ""
_KIND_ORDER = {TicketKind.ACCEPT: 0, TicketKind.CONSULT: 1, TicketKind.PICKUP: 2}
#: Tickets are counted in slices — a queue's tickets issued within this many steps (an hour by
#: default) — so that a changed ticket has a slice counted again, not its whole queue.
SLICE_STEPS = 4


def _queue_order(day: HallDay, queues: Iterable[QueueKey]) -> list[QueueKey]:
    """受理 queues in the order of the hall's zones, then 咨询, then 取件."""
    zone_order = {z.code: index for index, z in enumerate(day.zones)}

    def order(queue: QueueKey) -> tuple[int, int, str]:
        kind, zone = queue
        return _KIND_ORDER.get(kind, len(_KIND_ORDER)), zone_order.get(zone or "", len(zone_order)), zone or ""

    return sorted(queues, key=order)


@dataclass(frozen=True)
class _Slice:
    """The counted tickets of one slice: a queue's tickets issued within the same few steps."""

    tally: TicketTally
    series: SeriesParts
    calls: Calls
    transfers: tuple[TransferRow, ...]


def _transfers(slices: list[_Slice]) -> tuple[TransferRow, ...]:
    return tuple(sorted((row for part in slices for row in part.transfers), key=lambda r: (r.transfer.at, r.number)))


def _slice(facts: list[TicketFacts]) -> _Slice:
    return _Slice(tally(facts), series_parts(facts), calls(facts),
                  tuple(TransferRow(f.ticket.number, move) for f in facts for move in f.ticket.transfers))


class DayState:
    """One day's incremental structures: ticket facts and evaluations, grouped and counted per group."""

    def __init__(self, day: dt.date, step: dt.timedelta) -> None:
        self.day = day
        self.start, end = day_bounds(day)
        self.steps = math.ceil((end - self.start) / step)
        self.by_slice: Partition[tuple[QueueKey, int], TicketFacts, _Slice] = Partition(
            lambda f: (f.ticket.queue, f.arrival_step // SLICE_STEPS), _slice)
        self.by_window = Partition(lambda f: f.ticket.window_id, window_tickets)
        self.by_item = Partition(lambda f: f.ticket.item_code, tally)
        self.tickets: Mirror[TicketRecord, TicketFacts] = Mirror(
            lambda t: t.id, FactsMaker(self.start, step).facts, lambda f: f.ticket,
            [self.by_slice, self.by_window, self.by_item])
        self.ratings_by_window: Partition[str, EvaluationRecord, Ratings] = Partition(
            lambda e: e.window_id or NO_WINDOW, ratings)
        self.ratings_by_item: Partition[str, EvaluationRecord, Ratings] = Partition(lambda e: e.item_code, ratings)
        self.evaluations: Mirror[EvaluationRecord, EvaluationRecord] = Mirror(
            lambda e: e.service_ref, lambda e: e, lambda e: e, [self.ratings_by_window, self.ratings_by_item])
        self.queue_tallies: dict[QueueKey, Rollup[TicketTally, TicketTally]] = {}
        self.hall_tally = Rollup(merge)
        self.series = Rollup(add_parts)
        self.transfers: Rollup[_Slice, tuple[TransferRow, ...]] = Rollup(_transfers)
        self.hall_ratings = Rollup(merge_ratings)

    def sync(self, day: HallDay) -> None:
        self.tickets.sync(day.tickets)
        self.evaluations.sync(day.evaluations)

    def slices(self, day: HallDay) -> dict[QueueKey, list[_Slice]]:
        """The slices of every queue: every configured zone's 受理 queue (even if empty), then every other
        queue that has tickets, in the hall's order."""
        by_queue: dict[QueueKey, list[_Slice]] = {(TicketKind.ACCEPT.value, z.code): [] for z in day.zones}
        for key in self.by_slice:
            by_queue.setdefault(key[0], []).append(self.by_slice.aggregate(key))
        return {queue: by_queue[queue] for queue in _queue_order(day, by_queue)}

    def items(self, day: HallDay, moment: float, target: dt.timedelta) -> tuple[ItemRow, ...]:
        codes = sorted(set(self.by_item) | set(self.ratings_by_item))
        return tuple(ItemRow(code, day.item_names.get(code, code),
                             ticket_stats(self.by_item.aggregate(code), moment, target),
                             self.ratings_by_item.aggregate(code)) for code in codes)

    def window_rows(self, day: HallDay, target: dt.timedelta, moment: dt.datetime,
                    elapsed: Elapsed) -> tuple[WindowRow, ...]:
        mentioned = set(self.by_window) | (set(self.ratings_by_window) - {NO_WINDOW})
        return window_rows(day, mentioned, self.by_window.aggregate,
                           lambda w: self.ratings_by_window.aggregate(w).figures, target, moment, elapsed)

    def ratings(self) -> Ratings:
        return self.hall_ratings([self.ratings_by_window.aggregate(w) for w in self.ratings_by_window])

    def queue_tally(self, queue: QueueKey, parts: list[_Slice]) -> TicketTally:
        rollup = self.queue_tallies.setdefault(queue, Rollup(merge))
        return rollup([part.tally for part in parts])
