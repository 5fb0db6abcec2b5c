"""Group commit: many small concurrent writes share one transaction and one durable COMMIT.

A queue request does about a millisecond of SQL but on SQLite its COMMIT waits for the disk
(``synchronous=FULL`` fsyncs the WAL) while every other writer queues for the single write lock.
With dozens of windows calling at once the disk, not the work, sets the pace. So the writes of a
worker process wait in line, and one drain takes every write waiting once the write lock is its,
runs each inside its own SAVEPOINT of one transaction, and commits once: a write that fails rolls
back its savepoint only (the others are unaffected), and nobody hears "done" before the COMMIT that
makes their write durable has returned. If that COMMIT fails, every write of the batch gets the
error and none of them happened, so a client's retry (same idempotency key) is safe.

The writes, the COMMIT and giving the connection back (which lets the write lock go) run on the
event loop's own thread; only waiting for the lock goes to a worker thread. A thread holding the
lock that the other worker process is waiting for would wait for its turn at the GIL with this
process's event loop: a writer thread made each write take half as long again, and a COMMIT handed
to a thread held the lock for a few milliseconds more per group. The price is that the loop serves
nothing else while a batch runs (about a millisecond per write, at most ``MAX_BATCH`` writes, and
one fsync), which is why only short writes belong here. SQLite only: on PostgreSQL a group holding
many writes' row locks would deadlock against another process's group.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The most writes one transaction takes: bounds how long the event loop is busy with one batch.
MAX_BATCH = 32

Outcome = tuple[Any, BaseException | None]


@dataclass
class _Job:
    fn: Callable[[Session], Any]
    future: asyncio.Future[Any]


class GroupCommitter:
    """The writes of one event loop: :meth:`write` puts a function in line and awaits its answer."""

    def __init__(self, sessions: sessionmaker[Session], max_batch: int = MAX_BATCH) -> None:
        self._sessions = sessions
        self._max_batch = max_batch
        self._waiting: list[_Job] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._drain: asyncio.Task[None] | None = None

    async def write(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a savepoint of the next group transaction; returns once that committed."""
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError("a GroupCommitter serves the event loop that first used it")
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.append(_Job(fn, future))
        if self._drain is None:
            self._drain = loop.create_task(self._drain_all())
        return await future

    async def _drain_all(self) -> None:
        try:
            while self._waiting:
                await self._commit_next()
        finally:
            self._drain = None

    async def _commit_next(self) -> None:
        loop = asyncio.get_running_loop()
        session = self._sessions()
        batch: list[_Job] = []
        try:
            await loop.run_in_executor(None, session.connection)  # waits for the write lock; BEGIN IMMEDIATE
            batch = self._take()  # every write that came while the lock was busy joins this transaction
            outcomes = [self._attempt(session, job) for job in batch]
            session.commit()
        except Exception as exc:  # BEGIN or COMMIT failed: no write of the batch happened
            batch = batch or self._take()
            log.warning("group commit of %d writes failed: %s", len(batch), exc)
            outcomes = [(None, exc)] * len(batch)
        finally:
            session.close()  # rolls back what was not committed
        for job, (value, error) in zip(batch, outcomes, strict=True):
            _deliver(job.future, value, error)

    def _take(self) -> list[_Job]:
        batch, self._waiting = self._waiting[:self._max_batch], self._waiting[self._max_batch:]
        return batch

    @staticmethod
    def _attempt(session: Session, job: _Job) -> Outcome:
        try:
            with session.begin_nested():
                return job.fn(session), None
        except Exception as exc:  # this write only: its savepoint is rolled back, the batch goes on
            return None, exc


def _deliver(future: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)
