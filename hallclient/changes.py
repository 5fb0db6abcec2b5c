"""Change-sets returned by every mutation, so views refresh only what they show.

The idea is Anki's ``OpChanges``: the core says *what kind* of data changed (and which records);
each workspace decides whether that concerns it. The core never calls into the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Flags per kind of data plus the keys (``"ticket:<id>"``) of the records touched."""

    hall: bool = False  # zones, windows, hall settings, calendar
    catalog: bool = False
    tickets: bool = False
    cases: bool = False
    results: bool = False
    evaluations: bool = False
    outbox: bool = False
    sync: bool = False  # cursors, sync log, upload progress
    keys: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self) if f.name != "keys"}
        return Changes(**merged, keys=self.keys | other.keys)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, key: str) -> bool:
        return key in self.keys


NO_CHANGES = Changes()


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A mutation's return value together with what it changed."""

    value: T
    changes: Changes
