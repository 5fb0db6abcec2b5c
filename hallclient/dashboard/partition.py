"""Incremental structures: rows grouped by a key with each group's aggregate cached until the group changes.

This is what keeps a refresh cheap: when three tickets changed since the last refresh, only the
groups (slices of queues, windows, items) they left or joined are counted again. Aggregates must not
depend on the order of the rows in a group (a replaced row moves to the end).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

R = TypeVar("R")
A = TypeVar("A")
B = TypeVar("B")
K = TypeVar("K", bound=Hashable)


class Partition(Generic[K, R, A]):
    """Rows by id, grouped by ``key`` (a row whose key is ``None`` is in no group), aggregated lazily."""

    def __init__(self, key: Callable[[R], K | None], aggregate: Callable[[list[R]], A]) -> None:
        self._key = key
        self._aggregate = aggregate
        self._groups: dict[K, dict[str, R]] = {}
        self._cache: dict[K, A] = {}

    def replace(self, row_id: str, old: R | None, new: R | None) -> None:
        """``old`` (if any) leaves its group, ``new`` (if any) joins its group; both groups are recounted later."""
        if old is not None and (key := self._key(old)) is not None:
            group = self._groups[key]
            del group[row_id]
            if not group:
                del self._groups[key]
            self._cache.pop(key, None)
        if new is not None and (key := self._key(new)) is not None:
            self._groups.setdefault(key, {})[row_id] = new
            self._cache.pop(key, None)

    def __iter__(self) -> Iterator[K]:
        return iter(self._groups)

    def rows(self, key: K) -> list[R]:
        return list(self._groups.get(key, {}).values())

    def aggregate(self, key: K) -> A:
        """The group's aggregate (an empty group's for a key without rows)."""
        if key not in self._cache:
            self._cache[key] = self._aggregate(self.rows(key))
        return self._cache[key]


class Mirror(Generic[R, A]):
    """Each record's derived form by id, kept in step with the partitions that group the derived forms.

    :meth:`sync` takes the whole current set of records and compares them **by identity** with the
    previous call's: an unchanged record object is skipped, a new object (a changed record) is
    derived again and moved between groups, a missing id is removed. Storage adapters therefore keep
    the record objects of unchanged rows (and their order, which makes the comparison run in C).
    """

    def __init__(self, ident: Callable[[R], str], derive: Callable[[R], A], source: Callable[[A], R],
                 partitions: list[Partition[Any, A, Any]]) -> None:
        self._ident, self._derive, self._source = ident, derive, source
        self._partitions = partitions
        self._derived: dict[str, A] = {}
        self._previous: Sequence[R] = ()

    def _replace(self, row_id: str, old: A | None, new: A | None) -> None:
        for partition in self._partitions:
            partition.replace(row_id, old, new)

    def sync(self, records: Sequence[R]) -> None:
        derived = self._derived
        # Records at the same place as last time are skipped by C code, without a Python step each.
        changed: Iterator[bool] = map(operator.is_not, records, self._previous)
        if len(records) > len(self._previous):
            changed = itertools.chain(changed, itertools.repeat(True))
        for record in itertools.compress(records, changed):
            row_id = self._ident(record)
            old = derived.get(row_id)
            if old is None or self._source(old) is not record:
                new = derived[row_id] = self._derive(record)
                self._replace(row_id, old, new)
        if len(derived) > len(records):
            present = {self._ident(record) for record in records}
            for row_id in [row_id for row_id in derived if row_id not in present]:
                self._replace(row_id, derived.pop(row_id), None)
        self._previous = records

    def values(self) -> Iterable[A]:
        return self._derived.values()


class Rollup(Generic[A, B]):
    """A combination of cached aggregates (a queue's slices, the hall's queues), redone only when one is new."""

    def __init__(self, combine: Callable[[list[A]], B]) -> None:
        self._combine = combine
        self._parts: list[A] | None = None
        self._result: B | None = None

    def __call__(self, parts: list[A]) -> B:
        previous = self._parts
        if previous is None or len(parts) != len(previous) or any(map(operator.is_not, parts, previous)):
            self._parts, self._result = parts, self._combine(parts)
        return self._result  # type: ignore[return-value]  # set above on the first call
