"""The few SQL constructs that differ between SQLite and PostgreSQL, kept out of the queue's logic."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
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
