"""Group commit: many small concurrent writes share one transaction and one durable COMMIT.

A queue request does a few milliseconds of SQL but on SQLite its COMMIT waits for the disk
(``synchronous=FULL`` fsyncs the WAL) while every other writer queues for the single write lock.
With dozens of windows calling at once the disk, not the work, sets the pace. So each worker process
runs one writer thread that takes every write waiting in line, runs each inside its own SAVEPOINT of
one transaction, and commits once: a write that fails rolls back its savepoint only (the others are
unaffected), and nobody hears "done" before the COMMIT that makes their write durable has returned.
If that COMMIT fails, every write of the batch gets the error and none of them happened, so a
client's retry (same idempotency key) is safe.

Only short writes belong here: one slow write delays the whole batch behind it. SQLite only: on
PostgreSQL a group holding many writes' row locks would deadlock against another process's group.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The most writes one transaction takes: bounds how long the first of them waits for its answer.
MAX_BATCH = 64


@dataclass
class _Job:
    fn: Callable[[Session], Any]
    future: asyncio.Future[Any]
    loop: asyncio.AbstractEventLoop


def _deliver(future: asyncio.Future[Any], value: Any, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


class GroupCommitter:
    """One writer thread per process; :meth:`write` hands it a function and awaits its answer."""

    def __init__(self, sessions: sessionmaker[Session], max_batch: int = MAX_BATCH) -> None:
        self._sessions = sessions
        self._max_batch = max_batch
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    async def write(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a savepoint of the next group transaction; returns once that committed."""
        self._ensure_started()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put(_Job(fn, future, loop))
        return await future

    def close(self) -> None:
        """Finish the writes already in line, then stop the thread."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    def _ensure_started(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="central-group-commit", daemon=True)
                    self._thread.start()

    def _run(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < self._max_batch:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                batch.append(job)
            self._commit(batch)
            if stop:
                return

    def _commit(self, batch: list[_Job]) -> None:
        outcomes: list[tuple[Any, BaseException | None]] = []
        try:
            with self._sessions.begin() as session:
                for job in batch:
                    outcomes.append(self._attempt(session, job))
        except Exception as exc:  # the COMMIT (or BEGIN) failed: no write of the batch happened
            log.warning("group commit of %d writes failed: %s", len(batch), exc)
            outcomes = [(None, exc)] * len(batch)
        for job, (value, error) in zip(batch, outcomes, strict=True):
            try:
                job.loop.call_soon_threadsafe(_deliver, job.future, value, error)
            except RuntimeError:  # that request's event loop has closed: nobody is waiting any more
                log.debug("group commit: a waiter's event loop closed before its answer")

    @staticmethod
    def _attempt(session: Session, job: _Job) -> tuple[Any, BaseException | None]:
        try:
            with session.begin_nested():
                return job.fn(session), None
        except Exception as exc:  # this write only: its savepoint is rolled back, the batch goes on
            return None, exc
