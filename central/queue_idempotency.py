"""Idempotency keys of queue requests: the first answer is stored in the transaction of the effect.

The key is claimed first with ``INSERT ... ON CONFLICT DO NOTHING``. On PostgreSQL a concurrent
request with the same key waits on that insert until the first transaction ends: if it committed,
the retry reads the stored answer; if it failed, the retry's insert goes through and it does the
work itself. On SQLite the write lock serialises the two. Either way the effect happens once.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from central.models import IdempotencyKey
from central.prepared import run
from central.queue_sql import insert_ignore
from hallclient.errors import ConflictError

K = IdempotencyKey.__table__

#: How long a key guards against a retry; retries come within seconds, a day is generous.
KEEP = dt.timedelta(days=1)

Answer = dict[str, Any]

_FIRST = select(K.c.principal, K.c.endpoint, K.c.response).where(K.c.key == bindparam("b_key"))
_ANSWER = update(K).where(K.c.key == bindparam("b_key")).values(response=bindparam("b_response"))


@functools.cache
def _claim(dialect: str) -> Any:
    return insert_ignore(dialect, K).values(
        key=bindparam("b_key"), principal=bindparam("b_principal"), endpoint=bindparam("b_endpoint"),
        created_at=bindparam("b_at"),
    ).returning(K.c.key)


def once(conn: Connection, key: str, principal: str, endpoint: str, now: dt.datetime,
         work: Callable[[], Answer]) -> Answer:
    """Run ``work`` unless ``key`` was already used for this request, and return the first answer."""
    claimed = run(conn, _claim(conn.dialect.name), {"b_key": key, "b_principal": principal,
                                                       "b_endpoint": endpoint, "b_at": now}).first()
    if claimed is None:
        first = run(conn, _FIRST, {"b_key": key}).one()
        if (first.principal, first.endpoint) != (principal, endpoint):
            raise ConflictError("请求标识 {key} 已用于另一个操作，请重新操作", key=key)
        return first.response
    answer = work()
    run(conn, _ANSWER, {"b_key": key, "b_response": answer})
    return answer


def forget_before(conn: Connection, moment: dt.datetime) -> None:
    """Drop keys older than ``moment`` (done once a day, when the day's first ticket is numbered)."""
    conn.execute(delete(K).where(K.c.created_at < moment))
