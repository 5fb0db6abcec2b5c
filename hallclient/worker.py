"""The single thread on which all database work happens.

SQLite wants one writer, and the UI thread must never wait on disk: every service call is routed
here. Threads registered with :meth:`DbWorker.forbid_blocking` (the Qt thread) get an error instead
of a silent freeze if they try to wait for a result; they must :meth:`submit` and await instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class BlockingCallError(RuntimeError):
    """A thread that must stay responsive tried to wait for the database."""


class DbWorker:
    def __init__(self, name: str = "hall-db") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._ident: int | None = None
        self._forbidden: set[int] = set()
        self._executor.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._ident = threading.get_ident()

    @property
    def on_worker(self) -> bool:
        return threading.get_ident() == self._ident

    def forbid_blocking(self, thread_ident: int | None = None) -> None:
        """Make :meth:`call` raise when used from this thread (default: the current one)."""
        self._forbidden.add(thread_ident or threading.get_ident())

    def submit(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Queue ``fn`` on the worker and return its future (never blocks)."""
        if self.on_worker:
            future: Future[T] = Future()
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:  # the caller receives it through the future
                future.set_exception(exc)
            return future
        return self._executor.submit(fn, *args, **kwargs)

    def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn`` on the worker and wait for it (inline when already there)."""
        if self.on_worker:
            return fn(*args, **kwargs)
        if threading.get_ident() in self._forbidden:
            raise BlockingCallError(f"blocking database call {fn.__qualname__} from a UI thread")
        return self._executor.submit(fn, *args, **kwargs).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
