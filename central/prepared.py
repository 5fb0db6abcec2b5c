"""The queue's hot statements compiled once per dialect and run straight on the DBAPI cursor.

Every queue action (issue, call-next, finish...) runs about a dozen small statements while it holds
the write lock that both worker processes queue on (SQLite's single writer; a window's row lock on
PostgreSQL), so their cost is the queue's throughput. ``Connection.execute`` spends about 45 µs per
statement around the driver's 5 µs: a cache-key walk, an execution context, per-statement events
and result metadata. :func:`run` keeps what matters of it — the dialect's own SQL and the bind and
result processors of the statement's types — and drops the rest, so a row reads back exactly as
through SQLAlchemy.

It is for the statements the queue builds once (module constants and ``functools.cache``
builders), always inside a transaction the caller opened through SQLAlchemy: no statement events
fire (the write-lock hooks act on connect and check-in, not per statement), and statements with
an expanding ``IN`` list are refused (``queue_sql.one_of`` writes fixed lists as equalities).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import ArgumentError, MultipleResultsFound, NoResultFound
from sqlalchemy.sql import ClauseElement

Params = Mapping[str, Any]


class Rows(list[Any]):
    """A statement's rows, fetched at once, with the ``Result`` methods the queue uses."""

    def first(self) -> Any:
        return self[0] if self else None

    def one(self) -> Any:
        if len(self) != 1:
            raise (NoResultFound if not self else MultipleResultsFound)(f"expected one row, got {len(self)}")
        return self[0]

    def scalar(self) -> Any:
        return self[0][0] if self else None

    def scalar_one(self) -> Any:
        return self.one()[0]

    def scalars(self) -> list[Any]:
        return [row[0] for row in self]

    def all(self) -> list[Any]:
        return list(self)


def _row_type(keys: tuple[str, ...]) -> type:
    """A named tuple with ``_mapping`` like SQLAlchemy's ``Row`` (attribute, index and key access)."""

    class Row(namedtuple("Row", keys)):  # type: ignore[misc]
        __slots__ = ()

        @property
        def _mapping(self) -> dict[str, Any]:
            return dict(zip(self._fields, self, strict=True))

    return Row


#: The value of a bind the caller must give.
_REQUIRED = object()


class _Prepared:
    """One statement's SQL for one dialect, the order of its binds and its type processing.

    Each bind is resolved once: where its value comes from (the caller's parameter of its key, or
    the constant written into the statement, converted up front) and the function its type
    converts a value with; likewise the result columns that need converting.
    """

    def __init__(self, statement: ClauseElement, dialect: Dialect, column_keys: Sequence[str] | None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(column_keys) if column_keys else None)
        if "POSTCOMPILE" in compiled.string:
            raise ValueError("prepared statements take no expanding IN lists: use queue_sql.one_of")
        self.statement = statement  # keeps the cache key's id() from being reused
        self.sql = compiled.string
        self.positional = compiled.positional
        by_name = {name: bind for bind, name in compiled.bind_names.items()}
        names = compiled.positiontup if compiled.positional else list(by_name)
        processors = compiled._bind_processors
        self.binds: list[tuple[str, str, Any, Callable[[Any], Any] | None]] = []
        for name in names or ():
            bind, process = by_name[name], processors.get(name)
            if bind.callable is not None:
                raise ValueError(f"prepared statements take no computed bind values ({bind.key})")
            constant = _REQUIRED if bind.required else bind.value if process is None else process(bind.value)
            self.binds.append((compiled.escaped_bind_names.get(name, name), bind.key, constant, process))
        columns = compiled._result_columns
        self.row_type = _row_type(tuple(column.keyname for column in columns)) if columns else None
        self.converters = [(index, process) for index, column in enumerate(columns)
                           if (process := column.type._cached_result_processor(dialect, None)) is not None]

    def parameters(self, params: Params) -> list[Any] | dict[str, Any]:
        values = []
        for _name, key, constant, process in self.binds:
            if key in params:
                value = params[key]
                values.append(value if process is None else process(value))
            elif constant is _REQUIRED:
                raise ArgumentError(f"a value is required for bind parameter {key!r}")
            else:
                values.append(constant)
        return values if self.positional else {bind[0]: value for bind, value in zip(self.binds, values, strict=True)}

    def row(self, raw: Sequence[Any]) -> Any:
        if not self.converters:
            return self.row_type._make(raw)  # type: ignore[union-attr]
        values = list(raw)
        for index, process in self.converters:
            values[index] = process(values[index])
        return self.row_type._make(values)  # type: ignore[union-attr]


_cache: dict[tuple[int, str, tuple[str, ...] | None], _Prepared] = {}


def _prepared(statement: ClauseElement, dialect: Dialect, params: Params) -> _Prepared:
    # an INSERT without .values() compiles for the columns it is given, as Connection.execute does
    keys = tuple(params) if getattr(statement, "is_insert", False) else None
    key = (id(statement), dialect.name, keys)
    found = _cache.get(key)
    if found is None or found.statement is not statement:
        found = _cache[key] = _Prepared(statement, dialect, keys)
    return found


@contextmanager
def driver_cursor(conn: Connection) -> Iterator[Any]:
    """A cursor of the driver's connection under ``conn``, in its transaction, closed after use."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor
    finally:
        cursor.close()


def run(conn: Connection, statement: ClauseElement, params: Params | Sequence[Params] | None = None) -> Rows:
    """``conn.execute(statement, params)`` for a prebuilt statement; a list of params runs it for each."""
    many = isinstance(params, Sequence)
    first: Params = (params[0] if params else {}) if many else (params or {})  # type: ignore[index,assignment]
    prepared = _prepared(statement, conn.dialect, first)
    with driver_cursor(conn) as cursor:
        if many:
            cursor.executemany(prepared.sql, [prepared.parameters(p) for p in params])  # type: ignore[union-attr]
            return Rows()
        cursor.execute(prepared.sql, prepared.parameters(first))
        if prepared.row_type is None or cursor.description is None:
            return Rows()
        return Rows(prepared.row(raw) for raw in cursor.fetchall())
