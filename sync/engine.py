"""The background sync loops and the online/offline/syncing state the status bar shows.

Four daemon threads, none of them the Qt thread and none importing Qt: **pull** long-polls the
change feed, **push** drains the outbox whenever it has something sendable, **upload** carries stored
files, **download** fetches result documents and keeps only those matching their SHA-256. Each
runs its cycle under a tenacity policy (:mod:`sync.retry`): a failure a later attempt can fix
makes the counter "offline" and waits with capped exponential backoff (the server's ``Retry-After``
respected) — cut short by "立即同步" (:meth:`SyncEngine.sync_now`). An expired session
parks every loop until the user has logged in again (:meth:`SyncEngine.resume`); nothing is lost
meanwhile, the outbox just grows. Listeners are plain callables called on the loop threads; the UI
marshals them onto its own thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy.exc import OperationalError
from tenacity import stop_never

from hallclient import clock
from hallclient.changes import Changes
from hallclient.errors import HallError, StorageError
from hallclient.hall import Hall
from hallclient.services import synclog
from sync.client import CentralClient
from sync.errors import AuthExpired, CentralError
from sync.pull import pull_all, pull_once
from sync.push import push_once
from sync.results import fetch_document
from sync.retry import policy
from sync.upload import CHUNK, upload_file

log = logging.getLogger(__name__)

#: A clock this far from the centre's is reported (record times would be wrong).
CLOCK_SKEW_WARN_S = 300.0
#: An upload counts one unit of progress per MiB (an op counts one unit).
_MIB = 1024**2


class Connection(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    LOGGED_OUT = "logged_out"


@dataclass(frozen=True)
class SyncState:
    connection: Connection = Connection.OFFLINE
    pending: int = 0  # ops and files not yet at the centre
    problems: int = 0  # rejected ops and failed uploads, waiting for the user (the "同步问题" list)
    progress: float | None = None  # 0..1 while syncing
    message: str = ""  # why offline or logged out
    warning: str = ""  # a local problem to fix (clock, disk), shown beside the state
    last_push: dt.datetime | None = None
    last_pull: dt.datetime | None = None


Listener = Callable[[SyncState], None]


class _Stopped(Exception):
    """The engine is stopping: unwinds a loop from wherever it waits."""


def _clock_warning(offset_s: float) -> str:
    return f"本机时间与中心系统相差 {abs(offset_s) / 60:.0f} 分钟，请校准系统时间"


def _freeze_long_lived() -> None:
    """Exempt what exists now (at start, and again after the first catch-up) from full garbage collections.

    By then the process holds what it keeps for good (modules, widgets, the catalog's pinyin
    dictionaries loaded by the first pull); a full collection scanning those hundreds of thousands of objects holds the
    interpreter lock for 100–200 ms — a visible freeze of the window every few seconds while sync
    churns through thousands of records. Frozen, a full collection scans only what came later.
    """
    gc.freeze()


def _local_problem(exc: OperationalError) -> StorageError | None:
    if getattr(exc.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return StorageError("本机磁盘已满，同步的数据未能保存；请清理磁盘后重试")
    return None


class SyncEngine:
    """Keeps the local cache and the centre in step while the app runs."""

    def __init__(self, hall: Hall, client: CentralClient, *, long_poll_s: float = 20.0, chunk_size: int = CHUNK,
                 retry_s: float = 1.0, max_wait_s: float = 60.0) -> None:
        self.hall, self.client = hall, client
        self.long_poll_s, self.chunk_size = long_poll_s, chunk_size
        self.retry_s, self.max_wait_s = retry_s, max_wait_s
        self.state = SyncState()
        self._listeners: list[Listener] = []
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._nudges = 0  # "立即同步" presses
        self._changes = 0  # local commits touching the outbox or files
        self._logged_out = False
        self._failures: dict[str, str] = {}  # loop → why it cannot reach the centre
        self._problems: dict[str, str] = {}  # loop → local problem (disk full) or a refusal
        self._work: dict[str, tuple[float, float]] = {}  # loop → (done, total) units of the current drain
        self._reached = False
        self._caught_up = False  # pull: the feed has been read to its end since the last failure
        self._uploaded = 0  # upload: bytes of the files finished in the current run
        self._threads: list[threading.Thread] = []
        self._unsubscribe: Callable[[], None] | None = None

    # --- listeners and state ---------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _set(self, **changes: object) -> None:
        """Recompute the state; listeners get the newest one (so a late call never shows a stale state)."""
        with self._cond:
            self.state = replace(self._derive(), **changes)  # type: ignore[arg-type]
        for listener in list(self._listeners):
            try:
                listener(self.state)
            except Exception:
                log.exception("sync listener failed")

    def _derive(self) -> SyncState:
        """The state from the loops' reports (called with the lock held)."""
        done = sum(d for d, _t in self._work.values())
        total = sum(t for _d, t in self._work.values())
        warning = "；".join(self._problems.values())
        offset = self.client.clock_offset_s
        if offset is not None and abs(offset) > CLOCK_SKEW_WARN_S:
            skew = _clock_warning(offset)
            warning = f"{warning}；{skew}" if warning else skew
        base = replace(self.state, warning=warning, message="", progress=None)
        if self._logged_out:
            return replace(base, connection=Connection.LOGGED_OUT, message="登录已过期，请重新登录")
        if self._failures:
            return replace(base, connection=Connection.OFFLINE, message=next(iter(self._failures.values())))
        if total > done:
            return replace(base, connection=Connection.SYNCING, progress=done / total)
        return replace(base, connection=Connection.ONLINE if self._reached else Connection.OFFLINE)

    def _count_pending(self) -> int:
        """Publish how many ops and files wait; returns the ops."""
        summary = self.hall.outbox.summary()
        files, _total, _sent = self.hall.files.backlog()
        self._set(pending=summary.pending + files, problems=summary.rejected + self.hall.files.failed_count())
        return summary.pending

    # --- control ---------------------------------------------------------------------------------

    def start(self) -> None:
        _freeze_long_lived()
        self._unsubscribe = self.hall.subscribe(self._on_local_change)
        for name, cycle in (("pull", self._pull_cycle), ("push", self._push_cycle), ("upload", self._upload_cycle),
                            ("download", self._download_cycle)):
            thread = threading.Thread(target=self._loop, args=(name, cycle), name=f"hall-sync-{name}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for thread in self._threads:
            thread.join(timeout=self.client.timeout[0] + 1)

    def sync_now(self) -> None:
        """"立即同步": end every backoff wait at once."""
        with self._cond:
            self._nudges += 1
            self._cond.notify_all()

    def resume(self) -> None:
        """The user has logged in again: the loops carry on where they stopped."""
        with self._cond:
            self._logged_out = False
            self._cond.notify_all()
        self.sync_now()
        self._set()

    def _on_local_change(self, changes: Changes, _initiator: object | None) -> None:
        if changes.outbox or changes.sync:
            with self._cond:
                self._changes += 1
                self._cond.notify_all()

    def _wait(self, seconds: float | None, on_change: Callable[[], None] | None = None, *,
              since: int | None = None) -> None:
        """Sleep up to ``seconds`` (None: until woken). "立即同步" always wakes. A local change (counted
        from ``since``, default now) wakes too, unless ``on_change`` is given: then that is called and
        the sleep goes on (a counter that is offline still shows how many items wait)."""
        deadline = None if seconds is None else time.monotonic() + seconds
        with self._cond:
            nudges, changes = self._nudges, self._changes if since is None else since
        while True:
            with self._cond:
                if self._stop.is_set():
                    raise _Stopped
                if self._nudges != nudges or (on_change is None and self._changes != changes):
                    return
                if self._changes == changes:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        return
                    self._cond.wait(remaining)
                    continue
                changes = self._changes
            assert on_change is not None
            on_change()

    # --- the loops -------------------------------------------------------------------------------

    def _loop(self, name: str, cycle: Callable[[], bool]) -> None:
        """Run ``cycle`` until stopped; it returns False when it has nothing to do (then sleep until a
        local change or "立即同步")."""
        on_change = self._count_pending if name == "push" else (lambda: None)
        retrying = policy(stop=stop_never, sleep=lambda s: self._wait(s, on_change), initial=self.retry_s,
                          cap=self.max_wait_s)
        while not self._stop.is_set():
            try:
                with self._cond:
                    seen = self._changes
                if not retrying(self._attempt, name, cycle):
                    self._wait(None, since=seen)
            except _Stopped:
                return
            except AuthExpired:
                self._park_until_login(name)
            except HallError as exc:  # refused by the centre, or a local problem: wait, do not hammer
                log.warning("sync %s paused: %s", name, exc)
                self._report(name, problem=str(exc))
                self._sleep_quietly(self.max_wait_s, on_change)
            except Exception:
                log.exception("sync %s loop error", name)
                self._report(name, problem="同步出错，稍后重试")
                self._sleep_quietly(self.max_wait_s, on_change)

    def _sleep_quietly(self, seconds: float, on_change: Callable[[], None]) -> None:
        with contextlib.suppress(_Stopped):
            self._wait(seconds, on_change)

    def _attempt(self, name: str, cycle: Callable[[], bool]) -> bool:
        """One cycle, its outcome reported to the state machine."""
        try:
            busy = cycle()
        except OperationalError as exc:
            problem = _local_problem(exc)
            if problem is None:
                raise
            raise problem from exc
        except AuthExpired:
            raise
        except CentralError as exc:
            self._end_work(name)
            if exc.retryable:  # a refusal is reported by the loop, as a problem, not as "offline"
                self._report(name, failure=str(exc))
            raise
        self._report(name)
        return busy

    def _report(self, name: str, *, failure: str | None = None, problem: str | None = None) -> None:
        with self._cond:
            for table, value in ((self._failures, failure), (self._problems, problem)):
                if value is None:
                    table.pop(name, None)
                else:
                    table[name] = value
            if failure is None and problem is None:
                self._reached = True
        self._set()

    def _park_until_login(self, name: str) -> None:
        log.warning("sync %s: session expired, waiting for the user to log in again", name)
        self._end_work(name)
        with self._cond:
            self._logged_out = True
        self._set()
        with self._cond:
            while self._logged_out and not self._stop.is_set():
                self._cond.wait()

    def _set_work(self, name: str, done: float, total: float) -> None:
        with self._cond:
            self._work[name] = (done, total)
        self._set()

    def _end_work(self, name: str) -> None:
        with self._cond:
            self._work.pop(name, None)
            if name == "upload":
                self._uploaded = 0

    def _pull_cycle(self) -> bool:
        """Catch up after (re)connecting, then long-poll: the wait happens on the server."""
        try:
            if self._caught_up:
                pull_once(self.hall, self.client, wait=self.long_poll_s)
            else:
                pull_all(self.hall, self.client)
                self._caught_up = True
                if self.state.last_pull is None:  # the first catch-up of this run
                    _freeze_long_lived()
        except CentralError:
            self._caught_up = False
            raise
        self._set(last_pull=clock.now())
        return True

    def _push_cycle(self) -> bool:
        """Drain everything sendable, batch by batch, with progress; then sleep until the outbox changes."""
        if self.state.last_push is None:
            self._set(last_push=self.hall.synclog.last_success(synclog.PUSH))
        done, waiting = 0, self._count_pending()
        try:
            while waiting:
                self._set_work("push", done, done + waiting)
                _sent, settled = push_once(self.hall, self.client)
                waiting = self._count_pending()
                if not settled:
                    break
                done += settled
                self._set(last_push=clock.now())
        finally:
            self._end_work("push")
        return False

    def _upload_cycle(self) -> bool:
        """Upload the next file; progress counts every byte of this run's backlog."""
        job = self.hall.files.next_upload()
        if job is None:
            self._end_work("upload")
            return False
        _count, total, sent = self.hall.files.backlog()
        before = self._uploaded + sent - job.offset

        def progress(offset: int) -> None:
            self._set_work("upload", (before + offset) / _MIB, (self._uploaded + total) / _MIB)

        progress(job.offset)
        if upload_file(self.hall, self.client, job, chunk_size=self.chunk_size, on_progress=progress):
            self._uploaded += job.size
        self._count_pending()
        return True

    def _download_cycle(self) -> bool:
        """Fetch the next result document (verified by SHA-256); a rejected one waits for its retry time."""
        job = self.hall.results.next_document()
        if job is None:
            return False
        if job.wait_s > 0:
            self._wait(min(job.wait_s, self.max_wait_s), lambda: None)
            return True
        fetch_document(self.hall, self.client, job)
        return True
