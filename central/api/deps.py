"""What handlers need: the service state, database work off the event loop, the authenticated user.

Handlers are ``async def`` and hand their database work to a worker thread in **one** call
(``await central.write(fn)`` / ``await central.read(fn)``): a sync handler or sync dependency would
cost a thread hop each, which is most of the time a small request takes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from central import auth
from central.errors import ApiError
from central.feed import FeedSignal
from central.group_commit import GroupCommitter

T = TypeVar("T")
R = TypeVar("R")

#: Threads that run the queue's writes on PostgreSQL, per worker process. A few keep the database
#: busy; one per waiting request (the shared thread pool's way) had a hundred windows' calls fight
#: over the GIL and the same rows: 113 calls/s with a p99 of 2.5 s, against 188/s and 0.7 s on four
#: threads (two workers, two CPUs).
QUEUE_WRITERS = 4


@dataclass
class CentralState:
    """Hung on ``app.state.central``: the session factories and the feed's wake-up signal."""

    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]  # never write; on SQLite they do not take the write lock
    reader_engine: Engine  # for hot read paths where an ORM session costs more than the query
    signal: FeedSignal
    dialect: str
    grouped: GroupCommitter | None = field(init=False)
    queue_writers: ThreadPoolExecutor | None = field(init=False)

    def __post_init__(self) -> None:
        # SQLite has one writer at a time and fsyncs every COMMIT: grouping is what lets it keep up.
        # PostgreSQL already shares WAL flushes between concurrent commits, and a group holding the
        # row locks of many writes at once would deadlock against the other worker's group; there
        # the queue's writes run on a few threads of their own instead.
        sqlite = self.dialect == "sqlite"
        self.grouped = GroupCommitter(self.sessions) if sqlite else None
        self.queue_writers = None if sqlite else ThreadPoolExecutor(QUEUE_WRITERS, thread_name_prefix="central-queue")

    def run_write(self, fn: Callable[[Session], T]) -> T:
        with self.sessions.begin() as session:
            return fn(session)

    def run_read(self, fn: Callable[[Session], T]) -> T:
        with self.readers() as session:
            return fn(session)

    async def write(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in one transaction on a worker thread; commits unless it raises."""
        return await run_in_threadpool(self.run_write, fn)

    async def write_grouped(self, fn: Callable[[Session], T], then: Callable[[Connection, T], R] | None = None
                            ) -> T | R:
        """Like :meth:`write` for short, frequent writes (queue actions). On SQLite ``fn`` runs in a
        savepoint of a transaction shared with the writes waiting beside it, which commit together
        (group commit); on PostgreSQL in a transaction of its own on one of ``QUEUE_WRITERS`` threads.

        ``then(conn, value)`` is a read about what ``fn`` wrote, kept out of SQLite's write lock: it
        runs after the COMMIT, on the event loop's thread as the group's writes do (a WAL reader waits
        for nobody; handed to the thread pool, a quarter millisecond of reading made the threads fight
        the loop for the GIL and issuing fell from about 700 to 300 a second). On PostgreSQL, which has
        no such lock, it runs in the write's own transaction, saving a second BEGIN, COMMIT and checkout.
        """
        if self.grouped is not None:
            value = await self.grouped.write(fn)
            return value if then is None else self.run_read_core(lambda conn: then(conn, value))

        def write(session: Session) -> T | R:
            value = fn(session)
            return value if then is None else then(session.connection(), value)

        return await asyncio.get_running_loop().run_in_executor(self.queue_writers, self.run_write, write)

    def close(self) -> None:
        """The service stops: let the queue's writer threads go (a write under way finishes first)."""
        if self.queue_writers is not None:
            self.queue_writers.shutdown(wait=True)

    async def read(self, fn: Callable[[Session], T]) -> T:
        return await run_in_threadpool(self.run_read, fn)

    def run_read_core(self, fn: Callable[[Connection], T]) -> T:
        with self.reader_engine.connect() as conn:
            return fn(conn)


async def state(request: Request) -> CentralState:
    return request.app.state.central


_bearer = HTTPBearer(auto_error=False)


async def current_user(
    central: CentralState = Depends(state),  # noqa: B008
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> auth.Principal:
    """Check the bearer token in a read of its own (never the handler's transaction: a long-poll
    would otherwise hold a SQLite lock or a PostgreSQL transaction for the whole wait)."""
    if credentials is None:
        raise ApiError(401, "not_authenticated", "请先登录")
    token = credentials.credentials
    return await central.read(lambda session: auth.principal_for(session, token))


def require_role(*roles: str) -> Callable[..., object]:
    async def check(user: auth.Principal = Depends(current_user)) -> auth.Principal:  # noqa: B008
        if not set(roles) & set(user.roles) and "admin" not in user.roles:
            raise ApiError(403, "forbidden", "当前账号无权执行此操作")
        return user

    return check
