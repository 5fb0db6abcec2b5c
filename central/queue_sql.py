"""SQL building blocks of the queue's prebuilt statements: what differs between SQLite and PostgreSQL, fixed lists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, false, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement


def insert_ignore(dialect: str, table: Table) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING``: on PostgreSQL a concurrent insert of the same key waits for
    the other transaction and then does nothing, which is what claiming a key or a counter row needs."""
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing()


def binary(dialect: str, column: ColumnElement[str]) -> ColumnElement[str]:
    """Compare strings by code point, as Python does (PostgreSQL would otherwise use the locale)."""
    return column.collate("C") if dialect == "postgresql" else column


def one_of(column: ColumnElement[Any], values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN (values)`` for values fixed when a statement is built: written as equalities, so the
    cached statement runs as it is (an IN list is re-rendered on every execution, which on the queue's
    hottest statements cost more than running them); both databases still use the column's index."""
    return or_(false(), *(column == value for value in values))
